"""A measure that names no target joins the same-root measure of another party told before it
(target:joined-measure), instead of being aimed at that party; on sentences written for these tests
(issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding import answered
from newsevents.pipeline import Pipeline


def test_a_second_freeze_joins_the_first_against_its_target(pipeline: Pipeline) -> None:
    text = (
        "OSLO, March 3 - Norway froze all aid to Eritrea on Monday after the arrest of two opposition "
        "leaders. Denmark, Eritrea's second donor, then froze its grants."
    )
    events = by_trigger(events_of(pipeline, text, "2020-03-03"))
    first, second = events["froze"]
    assert (first.source.country, first.target and first.target.country) == ("NOR", "ERI")
    assert second.root == "16"
    assert second.source.country == "DNK"
    assert second.target is not None and second.target.country == "ERI"
    assert answered.JOINED_MEASURE in second.evidence.steps


def test_a_reaction_of_another_root_still_answers_the_actor(pipeline: Pipeline) -> None:
    # (a condemnation of a freeze answers whoever froze: the reaction rule, not the joining)
    text = (
        "OSLO, March 3 - Norway froze all aid to Eritrea on Monday. "
        "Russia condemned the decision on Tuesday."
    )
    condemned = by_trigger(events_of(pipeline, text, "2020-03-03"))["condemned"][0]
    assert condemned.root == "11"
    assert condemned.target is not None and condemned.target.country == "NOR"
    assert answered.JOINED_MEASURE not in condemned.evidence.steps
