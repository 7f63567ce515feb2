"""A show of force placed in its maker's own country is aimed at the foreign party its sentence names
(target:force-counterpart), not at its own country; with no foreign party in that sentence it stays at
home. Sentences written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding import targets
from newsevents.pipeline import Pipeline


def test_troops_moved_at_home_after_a_clash_face_the_foreign_party(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, May 4 (Wire) - Kenya has moved extra troops to its bases near Mandera after a clash "
        "with Somali forces on Sunday, officials said on Monday."
    )
    moved = by_trigger(events_of(pipeline, text, "2021-05-04"))["moved"][0]
    assert moved.root == "15"
    assert moved.source.country == "KEN"
    assert moved.target is not None and moved.target.country == "SOM"
    assert targets.FORCE_COUNTERPART in moved.evidence.steps


def test_a_show_of_force_at_home_takes_no_party_from_the_sentence_before(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, May 4 (Wire) - The foreign minister flew to Mogadishu on Monday. "
        "Kenya has moved extra troops to its bases near Mandera, officials said."
    )
    moved = by_trigger(events_of(pipeline, text, "2021-05-04"))["moved"][0]
    assert moved.target is not None and moved.target.country == "KEN"
    assert targets.FORCE_COUNTERPART not in moved.evidence.steps
