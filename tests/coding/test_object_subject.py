"""A named party after "and" that the parser reads as the last coordinated object of a clause, just before a
subjectless verb coordinated with that clause's verb, is that verb's subject (issue 10, helper srcerr:
coding/object_subject.py, run by coding/reattach.py): the second act is the second party's, not a shared
act of the first clause's subject. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents import nlp
from newsevents.coding.object_subject import object_subjects
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "condemned-after-cut",
            "LIMA, March 4 (Wire) - Peru suspended military ties with Ecuador and Chile condemned Quito "
            "over the border raid on Monday.",
            (("11", "CHL", "ECU"),),
        ),
        DyadCase(
            "said-ban-after-recall",
            "LONDON, March 4 (Wire) - Britain recalled its ambassador from Harare and Canada said it "
            "would ban arms sales to Zimbabwe.",
            (("16", "GBR", "ZWE"), ("13", "CAN", "ZWE")),
        ),
    ],
    ids=lambda c: c.name,
)
def test_second_clause_has_its_own_subject(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    ("text", "party", "verb"),
    [
        ("Peru cut ties with Ecuador and Chile condemned the raid.", "Chile", "condemned"),
        ("Russia sent troops to Syria and Iran quickly supplied arms.", "Iran", "supplied"),
        ("Norway withdrew its envoy from Accra and the United States said it would act.", "States", "said"),
    ],
)
def test_party_becomes_the_subject(text: str, party: str, verb: str) -> None:
    doc = nlp.load()(text)
    assert object_subjects(doc) == 1
    tok = next(t for t in doc if t.text == party)
    assert (tok.dep_, tok.head.text) == ("nsubj", verb)


@pytest.mark.parametrize(
    "text",
    [
        "Chile signed a trade deal with Peru and Bolivia on Monday.",
        "Chile signed a deal with Peru and Bolivia, and Lima praised it.",
    ],
)
def test_objects_without_a_verb_of_their_own_stay(text: str) -> None:
    """Two parties of one act ("a deal with Peru and Bolivia"), or a second clause with its own subject:
    nothing moves."""
    assert object_subjects(nlp.load()(text)) == 0
