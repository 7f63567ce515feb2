"""Captives transferred to another state are handed over, a release (rows ne.missed3.*). Sentences written
for these tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline


def test_detainees_transferred_to_a_state_are_released_to_it(pipeline: Pipeline) -> None:
    text = "The United States transferred six detainees from Guantanamo Bay to Kazakhstan on Tuesday."
    assert ("0841", "USA", "KAZ") in coded(pipeline, text, "2016-08-10")


def test_a_transfer_between_prisons_is_no_release(pipeline: Pipeline) -> None:
    text = "Peru transferred the prisoners from the Lima jail on Tuesday."
    assert not [c for c in coded(pipeline, text, "2016-08-10") if c[0].startswith("08")]
