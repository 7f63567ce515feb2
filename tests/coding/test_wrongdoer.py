"""Wrongs a speaker says another party did (coding/wrongdoer.py, judgement's reported-wrong): verbs of
wrongdoing ("poaching", "tampered", "smuggled"), deeds that are wrongs by their phrase ("worked against",
"crossed a red line"), a wrongful manner ("illegally", "without permission",
"in breach of"), and a wrong suspected done ("may have tampered"). Plans, facts, praise and fears in a
reported clause stay uncoded. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.pipeline import Pipeline

STEP = "trigger:reported-wrong"
CASES = [
    DyadCase(
        "a speaker saying another party's boat was poaching accuses it",
        "Norway's fisheries ministry said the Icelandic trawler had been poaching in Norwegian waters.",
        (("11", "NOR", "ISL"),),
        STEP,
    ),
    DyadCase(
        "a speaker saying another party tampered with evidence accuses it",
        "The Georgian interior minister said Armenian agents had tampered with the evidence.",
        (("11", "GEO", "ARM"),),
        STEP,
    ),
    DyadCase(
        "a speaker saying another party smuggled arms accuses it",
        "The Malian army said Algerian traffickers had smuggled rifles across the desert.",
        (("11", "MLI", "DZA"),),
        STEP,
    ),
    DyadCase(
        "an act told as done illegally accuses its doer",
        "Chile's navy said the Argentine fishermen had entered Chilean waters illegally.",
        (("11", "CHL", "ARG"),),
        STEP,
    ),
    DyadCase(
        "an act told as done without permission accuses its doer",
        "Jakarta said the Malaysian survey ship had been drilling without permission near the island.",
        (("11", "IDN", "MYS"),),
        STEP,
    ),
    DyadCase(
        "a wrong told by a verb coordinated with the reported one accuses their shared subject",
        "Havana said the American plane had crossed the coast and landed without permission.",
        (("11", "CUB", "USA"),),
        STEP,
    ),
    DyadCase(
        "a speaker saying another party's envoys worked against it accuses their country",
        "Ghana's minister said the Togolese diplomats had worked against Ghana's interests for months.",
        (("11", "GHA", "TGO"),),
        STEP,
    ),
    DyadCase(
        "a speaker saying another party crossed a red line accuses it",
        "The Qatari ministry said Bahrain had crossed every red line in the dispute.",
        (("11", "QAT", "BHR"),),
        STEP,
    ),
    DyadCase(
        "a wrong suspected done, 'may have', accuses",
        "The Dutch envoy said Belarus may have tampered with the ballots.",
        (("11", "NLD", "BLR"),),
        STEP,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_reported_wrongs(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_hostile_act_done_illegally_is_one_accusation(pipeline: Pipeline) -> None:
    # an act of force told as done illegally is charged once, by the reported wrong (reported_accusations.py
    # finds the speaker's accusation of the party already told and adds none)
    text = "Ecuador's foreign minister said Colombian soldiers had illegally opened fire on its patrol."
    accusations = [e for e in events_of(pipeline, text, "2021-03-10") if e.root == "11"]
    assert [(e.source.country, e.target and e.target.country) for e in accusations] == [("ECU", "COL")]


@pytest.mark.parametrize(
    "text",
    [
        # a plan, a fact and praise in a reported clause accuse nobody
        "The Peruvian minister said Bolivia planned to open a new rail line to the coast.",
        "The Kenyan ministry said the Ugandan team had arrived in Nairobi on Monday.",
        "The Irish minister said Portugal had handled the talks with great skill.",
        # a fear of a wrong to come, with "could", is no accusation
        "The Danish minister said the shipments could breach the embargo.",
        # a coordinated clause with a subject of its own ("bodies LAY") is no wrong of the first subject's
        "The Swiss delegate said the Sudanese militia had entered the town and that bodies lay in the road.",
        # working against an ill is to a party's credit; a bare verb after "insisted" is a demand
        "The Omani minister said the Yemeni coast guard had worked hard against the pirates.",
        "The Omani minister insisted that the Yemeni coast guard work against the smugglers' networks.",
        # crossing a border or a river, not a line drawn as a limit, is no wrong by itself
        "The Malawian minister said the Zambian lorries had crossed the border at dawn.",
        # a party's own act done with leave is no wrong
        "The Thai navy said its ships had entered the bay with permission.",
    ],
)
def test_no_accusation(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events_of(pipeline, text, "2021-03-10") if e.root == "11"]
