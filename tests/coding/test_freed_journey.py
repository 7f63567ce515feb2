"""A journey told of freed people as part of their release is no visit (coding/freed_journey.py).
Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline


def test_the_freed_peoples_flight_is_no_visit(pipeline: Pipeline) -> None:
    text = "ROME, May 4 (Wire) - Two Italian engineers were freed by the kidnappers and flown to Tripoli."
    codes = [c[0] for c in coded(pipeline, text, "2021-05-04")]
    assert "0841" in codes and "042" not in codes


def test_a_releasers_own_trip_stays_a_visit(pipeline: Pipeline) -> None:
    text = "The French premier freed the prisoners and flew to Algiers on Monday."
    assert [c for c in coded(pipeline, text, "2021-05-04") if c[0] == "042"]
