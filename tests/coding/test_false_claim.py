"""A claim called false is a denial (016), not a criticism (coding/false_claim.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.coding.false_claim import false_claim_words
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "Minsk called the Lithuanian report a fabrication.",
        "Minsk called Lithuania's accusations lies on Tuesday.",
    ],
)
def test_a_claim_called_untrue_is_denied(pipeline: Pipeline, text: str) -> None:
    found = coded(pipeline, text, "2021-08-03")
    assert [(c[0], c[1]) for c in found] == [("016", "BLR")]


def test_a_plan_called_reckless_stays_a_criticism(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Minsk called the Lithuanian fence plan reckless.", "2021-08-03")
    assert [(c[0][:2], c[1]) for c in found] == [("11", "BLR")]


def test_a_claim_called_absurd_keeps_the_tone(pipeline: Pipeline) -> None:
    # scorn is not a denial: the corpus reads it as criticism or rejection
    found = coded(pipeline, "Minsk called the Lithuanian accusations absurd.", "2021-08-03")
    assert [c[0][:2] for c in found] == ["11"]


def test_the_untrue_words_are_read_from_the_data_file() -> None:
    words = false_claim_words()
    assert "fabrication" in words.untrue_words and "absurd" not in words.untrue_words


def test_a_participle_calling_a_claim_untrue_stays_a_criticism(pipeline: Pipeline) -> None:
    # beside another act the participle is a criticism of its own (coding/judged_claim.py)
    text = "Minsk recalled its envoy on Friday, calling the accusation baseless."
    found = coded(pipeline, text, "2021-08-03")
    assert any(c[0] == "111" for c in found) and all(c[0] != "016" for c in found)
