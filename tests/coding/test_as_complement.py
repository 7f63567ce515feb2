"""The "as" complement a parse reads as an adverbial clause (coding/as_complement.py): "described the move
as unjustified" with "as" the mark or adverb of "unjustified"; and dismissing or rejecting a report or
findings "as" something, a rejection (rows ne.errjudge.*). Every sentence is invented (issue 10)."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.coding.as_complement import as_complements
from newsevents.pipeline import Pipeline


def test_the_repair_makes_as_the_verbs_preposition(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Warsaw described the Russian move as unjustified.")
    verb = next(t for t in doc if t.lower_ == "described")
    as_word = next(t for t in doc if t.lower_ == "as")
    if as_word.dep_ == "prep":
        pytest.skip("the parser read the phrase right: nothing to mend")
    assert as_complements(doc) == 1
    assert (as_word.head.i, as_word.dep_) == (verb.i, "prep")
    assert next(t for t in doc if t.lower_ == "unjustified").head.i == as_word.i


def test_a_clause_of_its_own_after_as_is_left_alone(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Warsaw described the Russian move as it was announced.")
    assert as_complements(doc) == 0


def test_a_judgement_told_with_as_and_an_adjective_criticises(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Warsaw described the Russian move as unjustified.", "2016-05-10") == [
        ("111", "POL", "RUS")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow dismissed the Dutch report as biased.", ("120", "RUS", "NLD")),
        ("Tehran rejected the IAEA report as meaningless.", ("120", "IRN", None)),
    ],
)
def test_a_report_dismissed_as_something_is_a_rejection(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert coded(pipeline, text, "2016-05-10") == [expected]


def test_a_charge_dismissed_outright_stays_a_denial(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Tehran rejected the accusation.", "2016-05-10") == [("016", "IRN", None)]
