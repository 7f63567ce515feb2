"""A pair's joint intent whose object belongs to one of the pair is one act between the two: the owner's
copy aimed back at its own country goes; acts of other roots drafted per party stay. Sentences written for
these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-05-06"


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (e.source.country, e.target.country if e.target else None, e.cameo)
        for e in events_of(pipeline, text, PUBLISHED_ON)
    ]


def test_a_pair_agreeing_to_swap_prisoners_held_by_one_is_one_act(pipeline: Pipeline) -> None:
    text = (
        "LIMA, May 5 (Wire) - Peru and Ecuador agreed on Wednesday to exchange all the prisoners held in "
        "Peru since the border war."
    )
    coded = _coded(pipeline, text)
    assert ("PER", "PER", "0353") not in coded
    assert coded == [("ECU", "PER", "0353")]


def test_the_two_leaders_opening_one_sides_ports_is_no_act_at_home(pipeline: Pipeline) -> None:
    text = (
        "QUITO, May 5 (Wire) - The presidents of Peru and Ecuador met in Quito on Wednesday. The two "
        "leaders agreed to reopen embassies and allow the use of Peruvian ports."
    )
    coded = _coded(pipeline, text)
    assert not any(source == target for source, target, _ in coded)
    assert ("PER", "ECU", "032") in coded


def test_arrests_by_two_forces_stay_one_per_force(pipeline: Pipeline) -> None:
    text = (
        "BRUSSELS, May 5 (Wire) - French and Belgian police arrested 26 people in raids in Belgium on "
        "Tuesday."
    )
    assert _coded(pipeline, text) == [("FRA", "BEL", "173"), ("BEL", "BEL", "173")]
