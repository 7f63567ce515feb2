"""Humanitarian and aid-agency reports (the phuman probe set's error classes): aid and funding paused or
suspended (verbs.curated.tsv ne.phuman.*), an aid body halting its operations, work or deliveries
(synsets.curated.tsv &AID_BODY), the stop aimed at the country of its place (coding/aid_halted.py,
target:aid-halted-place), charities and aid organisations as parties (tools/curated_agents.tsv).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.pipeline import Pipeline

Found = list[Coded]


def _found(pipeline: Pipeline, text: str) -> Found:
    return coded(pipeline, text, "2019-05-08")


@pytest.mark.parametrize(("text", "found"), [
    # aid or funding paused, funding suspended: stopping aid (162)
    ("Norway paused its aid to Malawi on Tuesday.", [("162", "NOR", "MWI")]),
    ("Germany paused new funding for the agency on Friday.", [("162", "DEU", None)]),
    ("Britain froze its funding to the Zambian government on Tuesday.", [("162", "GBR", "ZMB")]),
    # a charity or aid agency halting its work where it gives aid: humanitarian aid stopped, aimed at the
    # country of the place
    ("The charity suspended its operations in Somalia on Tuesday.", [("1623", "SOM", "SOM")]),
    ("Oxfam paused its food distribution in Yemen on Tuesday.", [("1623", None, "YEM")]),
    ("The Norwegian Refugee Council halted its work in Mali on Tuesday.", [("1623", None, "MLI")]),
    # a firm suspending operations is no event
    ("The mining company suspended its operations in Peru on Tuesday.", []),
])  # fmt: skip
def test_aid_halted(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found
