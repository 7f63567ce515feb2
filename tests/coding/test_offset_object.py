"""A verb's object read as a compound of the time offset after it ("visited Baku days after the row") is
put back as the verb's object (issue 10, helper errparty2: coding/offset_object.py, run by
coding/reattach.py), so the visit names the country visited rather than the article's other party.
Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents import nlp
from newsevents.coding.offset_object import offset_objects
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "visit-days-after",
            "ANKARA, Oct 2 (Wire) - Turkey accused Greece on Monday of arming its islands, and Greece "
            "accused Turkey of violating its airspace. The Turkish president visited Baku days after the "
            "row.",
            (("04", "TUR", "AZE"),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_offset_object_is_the_target(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    ("text", "name", "verb"),
    [
        ("The Turkish president visited Baku days after the ceasefire.", "Baku", "visited"),
        ("Russian missiles struck Kyiv hours after the talks ended.", "Kyiv", "struck"),
    ],
)
def test_offset_compound_becomes_the_object(text: str, name: str, verb: str) -> None:
    doc = nlp.load()(text)
    assert offset_objects(doc) == 1
    tok = next(t for t in doc if t.text == name)
    assert (tok.dep_, tok.head.text) == ("dobj", verb)


def test_a_verb_with_an_object_keeps_it() -> None:
    """ "left Kabul weeks before": the parser already gives the verb its object; nothing moves."""
    doc = nlp.load()("The envoy left Kabul weeks before the fall of the city.")
    assert offset_objects(doc) == 0
