"""A measure that names no target joins another party's earlier measure against a third country before
the event its object noun names ("suspended talks" after sanctions is a cut of ties with the sanctioned,
not a reaction to an earlier meeting) (issue 10, helper errparty2: coding/answered.py ``joined_first``,
read by the selection stage). Every sentence is invented."""

from __future__ import annotations

from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.coding.answered import JOINED_MEASURE
from newsevents.pipeline import Pipeline

_TEXT = (
    "WASHINGTON, May 13 (Wire) - The United States imposed sanctions on Nigeria on Monday after a coup in "
    "Abuja. The American envoy held talks in Berlin on Tuesday. Japan froze new grants, and Germany "
    "suspended talks on development aid."
)


def test_measure_joins_the_earlier_measure_not_the_meeting(pipeline: Pipeline) -> None:
    check_dyads(
        pipeline,
        DyadCase(
            "talks-suspended-after-sanctions",
            _TEXT,
            (("16", "USA", "NGA"), ("16", "JPN", "NGA"), ("16", "DEU", "NGA")),
        ),
    )
    german = [e for e in events_of(pipeline, _TEXT, "2021-03-10") if e.source.country == "DEU"]
    assert german and all(JOINED_MEASURE in e.evidence.steps for e in german), german
