"""A past-tense verb the parser coordinated with the bare verb of a reported clause is the speaker's own
second act (coding/reported_conjunct.py). Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.coding.reported_conjunct import reported_conjuncts
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-05-05"


def test_a_call_after_a_proposal_is_the_speakers(pipeline: Pipeline) -> None:
    text = (
        "OSLO, May 4 (Wire) - President Jan Olsen of Norway proposed that Norwegian troops help defend the "
        "port and called on Sweden to act."
    )
    assert ("020", "NOR", "SWE") in coded(pipeline, text, PUBLISHED_ON)


def test_a_call_after_a_reported_judgement_is_the_speakers(pipeline: Pipeline) -> None:
    text = (
        "OSLO, May 4 (Wire) - Sweden said the vote would be neither free nor fair and called on Finland "
        "to respond."
    )
    assert coded(pipeline, text, PUBLISHED_ON) == [("020", "SWE", "FIN"), ("111", "SWE", "FIN")]


def test_the_verb_is_put_beside_the_reporting_verb(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Sweden said the vote would be neither free nor fair and called on Finland to act.")
    called = next(t for t in doc if t.lower_ == "called")
    assert called.head.lower_ == "be"  # (the parser's slip: the call read as part of what was said)
    assert reported_conjuncts(doc) == 1
    assert called.head.lower_ == "said"


def test_a_participle_clause_is_left_alone(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Norway signed a loan with the IMF, agreeing to cut spending and shut weak banks.")
    heads = [t.head.i for t in doc]
    reported_conjuncts(doc)
    assert [t.head.i for t in doc] == heads
