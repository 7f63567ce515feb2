"""A retreat whose target is the source's own forces ("ordered his troops to withdraw") is aimed where the
forces leave, not at the source itself (target:withdrawn-forces, coding/withdrawn_forces.py); sentences
written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.withdrawn_forces import WITHDRAWN_FORCES
from newsevents.pipeline import Pipeline

DAY = "2021-06-11"


def test_a_presidents_troops_leave_the_field_taken_from_a_neighbour(pipeline: Pipeline) -> None:
    text = (
        "NDJAMENA, June 10 (Wire) - Chad's President Idriss Deby ordered his troops on Friday to withdraw "
        "from the Bol oil field they seized from Niger last week."
    )
    ordered = by_trigger(events_of(pipeline, text, DAY))["ordered"][0]
    assert ordered.cameo.startswith("087") and ordered.source.country == "TCD"
    assert ordered.target is not None and ordered.target.country == "NER"
    assert WITHDRAWN_FORCES in ordered.evidence.steps


def test_a_place_left_keeps_its_own_reading(pipeline: Pipeline) -> None:
    # (the place the forces leave is read as the target already: the rule does not fire)
    text = "OSLO, June 10 (Wire) - Norwegian peacekeepers have begun leaving South Sudan after ten years."
    leaving = by_trigger(events_of(pipeline, text, DAY))["leaving"][0]
    assert leaving.target is not None and leaving.target.country == "SSD"
    assert WITHDRAWN_FORCES not in leaving.evidence.steps
