"""'called X Y' with a complement after its object is a judgement of X, never the verb's own row: not a
strike called (143) nor a telephone call (041) (coding/diplomacy.called_not_phoned); sentences written for
these tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline

_DAY = "2021-06-02"


def test_a_strike_called_a_slap_is_no_strike_called(pipeline: Pipeline) -> None:
    text = "KYIV, June 1 (Wire) - The foreign ministry called the strike a slap in the face of the mediators."
    assert not any(code.startswith("14") for code, _, _ in coded(pipeline, text, _DAY))


def test_a_general_strike_called_stays_a_strike(pipeline: Pipeline) -> None:
    text = "SEOUL, June 1 (Wire) - The union called a general strike on Tuesday."
    assert [code for code, _, _ in coded(pipeline, text, _DAY)] == ["143"]
