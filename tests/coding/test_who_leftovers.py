"""Who acts and who is acted on when wire copy refers back (issue 10, the review's leftover classes):
reactions to an event named earlier by a definite noun ("condemned the attack", "dismissed the charge",
"regret over the bombing"), acts towards its victims, and personal object pronouns ("met Orban and urged
him"). Sentences written for these tests; each case lists every event of its roots as (root, source
country, target country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

REFERRED = [
    DyadCase(
        "regret over a bombing and apologies to its victims go to the side that suffered it",
        "ANKARA, March 4 (Wire) - Greek warplanes bombed a Turkish frigate off Rhodes on Monday, killing "
        "three sailors. Greek Prime Minister Kostas Karamanlis expressed regret over the bombing on Tuesday "
        "and offered his apologies to the victims.",
        (("19", "GRC", "TUR"), ("01", "GRC", "TUR"), ("05", "GRC", "TUR")),
    ),
    DyadCase(
        "condemning 'the strike' named in a background clause is aimed at who struck",
        "Thousands of Serbian students marched on the Croatian embassy in Belgrade on Sunday, a day after "
        "Hungarian jets struck a Serbian army depot near Subotica. The Serbian government condemned the "
        "strike as a criminal act.",
        (("11", "SRB", "HUN"),),
        step="target:referred-event",
    ),
    DyadCase(
        "denying 'the accusation' answers the accuser",
        "Ghana accused Togo on Tuesday of harbouring armed separatists near the border. Lome rejected the "
        "accusation as baseless.",
        (("11", "GHA", "TGO"), ("01", "TGO", "GHA")),
    ),
    DyadCase(
        "'the move' is the earlier act of another country, not a statement about it",
        "NAIROBI, May 2 (Wire) - Uganda closed its border with Kenya on Saturday and suspended fuel "
        "shipments. Kenya denounced the closure as illegal. Tanzania also criticised the move.",
        (("11", "KEN", "UGA"), ("11", "TZA", "UGA")),
    ),
    DyadCase(
        "a reaction that names its own party keeps it",
        "North Korean artillery shelled a South Korean island on Tuesday. Pyongyang blamed Seoul for the "
        "clash.",
        (("11", "PRK", "KOR"),),
    ),
]

PRONOUNS = [
    DyadCase(
        "'asked him' after a call: the other party of the call",
        "French President Emmanuel Macron spoke to Recep Tayyip Erdogan by telephone on Thursday and asked "
        "him to release the detained journalists.",
        (("02", "FRA", "TUR"),),
    ),
    DyadCase(
        "'urged him' after a meeting: the person met, not the subject",
        "Dutch Prime Minister Mark Rutte met Viktor Orban in Budapest on Friday and urged him to drop the "
        "law.",
        (("02", "NLD", "HUN"),),
    ),
    DyadCase(
        "'urged him' after a telephone call",
        "Canadian Prime Minister Justin Trudeau telephoned Indian Prime Minister Narendra Modi on Monday "
        "and urged him to cooperate with the investigation.",
        (("02", "CAN", "IND"),),
    ),
]


@pytest.mark.parametrize("case", REFERRED, ids=[c.name for c in REFERRED])
def test_referred_events(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize("case", PRONOUNS, ids=[c.name for c in PRONOUNS])
def test_object_pronouns(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
