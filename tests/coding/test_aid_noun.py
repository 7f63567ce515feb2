"""Round 21 (missed events): "to aid convoys" read as an infinitive verb, mended into a "to" phrase
(coding/aid_noun.py); blame words of a manoeuvre in a judgement ("called the intercept unsafe",
``negative_judgements`` in coding/data/words.toml). Every sentence is invented (issue 10)."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents import doccache
from newsevents.coding.aid_noun import aid_nouns
from newsevents.pipeline import Pipeline


def test_the_repair_makes_aid_the_modifier_of_its_carrier_noun(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Egypt closed the Rafah crossing to aid convoys on Monday.")
    aid = next(t for t in doc if t.lower_ == "aid")
    assert aid.pos_ == "VERB"  # (the pinned model's misreading, which the repair is for)
    verb = next(t for t in doc if t.lower_ == "closed")
    to, convoys = (next(t for t in doc if t.lower_ == word) for word in ("to", "convoys"))
    assert aid_nouns(doccache.words(doc, ("aid",))["aid"]) == 1
    assert (to.head.i, to.dep_) == (verb.i, "prep")
    assert (convoys.head.i, convoys.dep_) == (to.i, "pobj")
    assert (aid.head.i, aid.dep_, aid.pos_) == (convoys.i, "compound", "NOUN")


def test_aid_given_to_people_stays_a_verb(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Kenya pledged money to aid refugees.")
    assert aid_nouns(doccache.words(doc, ("aid",))["aid"]) == 0


def test_a_crossing_reopened_to_aid_shipments_allows_access_and_gives_no_aid_of_its_own(
    pipeline: Pipeline,
) -> None:
    found = coded(pipeline, "Israel reopened the crossing to aid shipments on Sunday.", "2024-05-12")
    assert ("0863", "ISR", None) in found
    assert not [c for c in found if c[0].startswith("07")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US Navy called the Chinese intercept unsafe and unprofessional.", ("111", "USA", "CHN")),
        ("Canberra called the Chinese manoeuvre unsafe.", ("111", "AUS", "CHN")),
    ],
)
def test_an_intercept_called_unsafe_is_criticised(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert coded(pipeline, text, "2023-06-05") == [expected]
