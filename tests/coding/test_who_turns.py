"""Who acts when wire copy turns the roles round or names a party that is not one (issue 10, probe
classes): a consultation's topic ("talks on X"), what one party receives from another, a state body
named with another country's adjective, unnamed aircraft placed by the place they strike. Sentences
written for these tests; each case lists every event of its roots as (root, source country, target)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "two leaders' talks on a third country are between the two",
        "Chinese President Xi Jinping and French President Emmanuel Macron held talks on Ukraine in "
        "Beijing on Thursday.",
        (("04", "CHN", "FRA"),),
    ),
    DyadCase(
        "the topic after the counterpart is not the counterpart",
        "German Chancellor Olaf Scholz held talks with U.S. President Joe Biden on Iran on Friday.",
        (("04", "DEU", "USA"),),
    ),
    DyadCase(
        "'conferred over' a topic: the two coordinated parties",
        "The foreign ministers of Egypt and Jordan conferred by telephone on Sunday over the fighting in "
        "Sudan.",
        (("04", "EGY", "JOR"),),
    ),
    DyadCase(
        "aid received from a donor is the donor's",
        "Kenya received military aid from Japan on Tuesday.",
        (("07", "JPN", "KEN"),),
        step="source:received-from",
    ),
    DyadCase(
        "a shipment of food got from a neighbour: the giver acts on the receiver",
        "Ukraine has received a shipment of food from Poland, officials in Kyiv said on Monday.",
        (("07", "POL", "UKR"),),
    ),
    DyadCase(
        "a call received from a president is the caller's",
        "The Lebanese prime minister received a telephone call from the French president on Sunday.",
        (("04", "FRA", "LBN"),),
    ),
    DyadCase(
        "receiving a delegation is still hosting it",
        "The Ukrainian president received a delegation from Poland in Kyiv on Wednesday.",
        (("04", "UKR", "POL"),),
    ),
    DyadCase(
        "a senate named with a nationality adjective is that country's",
        "The Philippine Senate ratified a defence pact with Australia on Monday.",
        (("05", "PHL", "AUS"),),
    ),
    DyadCase(
        "another state's senate approving a trade deal",
        "The Mexican Senate approved the trade agreement with Canada on Thursday.",
        # (a legislature approving an agreement ratifies it: 057, verbs.curated.tsv ne.pparl.1)
        (("05", "MEX", "CAN"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_who_turns(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        ("Warplanes struck the city of Idlib on Sunday, killing twelve people.", "SYR"),
        ("Unidentified aircraft bombed a market in Nyala on Tuesday, residents said.", "SDN"),
        ("Drones hit an energy plant near Kharkiv overnight, Ukrainian officials said.", "UKR"),
    ],
)
def test_unnamed_aircraft_not_placed_by_what_they_strike(pipeline: Pipeline, text: str, struck: str) -> None:
    """The place unnamed aircraft hit, or who tells of it, is no home of theirs: the source stays
    unknown rather than the struck country."""
    events = [e for e in events_of(pipeline, text, "2021-03-10") if e.root in ("18", "19")]
    assert all(e.source.country != struck for e in events), [(e.root, e.source.code) for e in events]


def test_unnamed_aircraft_take_the_sentence_s_other_party(pipeline: Pipeline) -> None:
    text = (
        "Israel's offensive on Gaza entered its third week on Monday as warplanes struck a refugee camp in "
        "Rafah, Palestinian officials said."
    )
    events = [e for e in events_of(pipeline, text, "2021-03-10") if e.root == "19"]
    assert events and all(e.source.country == "ISR" for e in events), [e.source.code for e in events]
