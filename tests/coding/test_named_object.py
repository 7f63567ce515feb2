"""The object a free relative of naming gives (coding/named_object.py): "launched what it called X
operations", "imposed what it described as a ban on Y": the named thing is the act's object, unless the
name is a verdict (a judgement: coding/judgement.py). Every sentence is invented (issue 10)."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.coding.named_object import named_objects
from newsevents.pipeline import Pipeline


def test_the_repair_makes_the_named_thing_the_verbs_object(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("The Sudanese army launched what it called pacification operations in Darfur.")
    verb = next(t for t in doc if t.lower_ == "launched")
    named = next(t for t in doc if t.lower_ == "operations")
    if named.head.i == verb.i:
        pytest.skip("the parser read the phrase right: nothing to mend")
    assert named_objects(doc) == 1
    assert (named.head.i, named.dep_) == (verb.i, "dobj")
    assert next(t for t in doc if t.lower_ == "in").head.i == verb.i
    assert next(t for t in doc if t.lower_ == "called").head.i == verb.i  # (the naming clause stays)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Nigerien army launched what officials called air strikes on rebel camps in Mali.",
            ("195", "NER", "MLI"),
        ),
        (
            "Niger imposed what it called a temporary ban on exports of millet to Nigeria.",
            ("163", "NER", "NGA"),
        ),
    ],
)
def test_the_named_thing_decides_the_acts_code(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in coded(pipeline, text, "2016-05-10")


def test_an_operation_named_by_its_doer_is_the_act(pipeline: Pipeline) -> None:
    text = "The Sudanese army launched what it called anti-insurgent operations."
    found = coded(pipeline, text, "2016-05-10")
    assert [c[:2] for c in found] == [("190", "SDN")]


def test_a_name_that_is_a_verdict_stays_a_judgement(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Kenya condemned what it called an unprovoked attack by Somali militias.")
    assert named_objects(doc) == 0


def test_a_strike_named_in_another_partys_words_is_left_alone(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Kenyan jets bombed what Nairobi called a militant camp near the border.")
    assert named_objects(doc) == 0


def test_a_verb_with_an_object_of_its_own_is_left_alone(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("The minister told reporters what he called the plain facts.")
    assert named_objects(doc) == 0
