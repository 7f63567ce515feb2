"""Captives transferred to another state are handed over, a release; relations reviewed are put in question
(rows ne.missed3.*). Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline


def test_detainees_transferred_to_a_state_are_released_to_it(pipeline: Pipeline) -> None:
    text = "The United States transferred six detainees from Guantanamo Bay to Kazakhstan on Tuesday."
    assert ("0841", "USA", "KAZ") in coded(pipeline, text, "2016-08-10")


def test_a_transfer_between_prisons_is_no_release(pipeline: Pipeline) -> None:
    text = "Peru transferred the prisoners from the Lima jail on Tuesday."
    assert not [c for c in coded(pipeline, text, "2016-08-10") if c[0].startswith("08")]


def test_relations_to_be_reviewed_under_a_condition_are_a_threat(pipeline: Pipeline) -> None:
    text = "Kenya's envoy said on Thursday that Nairobi would review its ties with Somalia if the law passed."
    found = coded(pipeline, text, "2024-03-10")
    assert [c for c in found if c[0].startswith("13") and c[1:] == ("KEN", "SOM")]
