"""Finding mentions: dictionary phrases (longest first), the recogniser's unlisted people and bodies."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span
from spacy.util import filter_spans

from newsevents.actors.mentions import Mention, MentionFinder, _longest_first


def _found(read, text: str) -> list[tuple[str, str, str | None]]:
    actors = read(text)
    return [(actors.doc[m.start : m.end].text, m.kind, m.iso3) for m in actors.mentions]


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("South Korea protested.", [("South Korea", "country", "KOR")]),  # the longest phrase
        ("Chile may object.", [("Chile", "country", "CHL")]),  # "may" is no name in lower case
        ("The US and the UN met us.", [("The US", "country", "USA"), ("the UN", "entry", None)]),
        ("President Obama spoke.", [("President Obama", "entry", "USA")]),
        ("The Andean Fisheries Forum criticised the plan.", [("The Andean Fisheries Forum", "org", None)]),
        (
            "Alan Garcia and Maria Quispe spoke.",
            [("Alan Garcia", "entry", "PER"), ("Maria Quispe", "person", None)],  # Quispe is not listed
        ),
    ],
)
def test_find(text: str, mentions: list[tuple[str, str, str | None]], read) -> None:
    assert _found(read, text) == mentions


def test_mention_details(read) -> None:
    actors = read("Peruvian diplomats met President Obama.")
    country, entry = actors.mentions
    assert country == Mention(0, 1, "country", "PER", None, "adjective")
    assert entry.entry is not None and entry.entry.name == "Barack Obama"


def test_finder_reads_docs_of_another_vocab(component, nlp) -> None:
    finder = MentionFinder(component.resolver.dictionary, spacy.blank("en").vocab)
    doc = nlp("Peru and Chile met.")
    assert [(m.start, m.iso3) for m in finder.find(doc)] == [(0, "PER"), (2, "CHL")]


@pytest.mark.parametrize(
    "matches",
    [
        [],
        [(0, 2, "a"), (1, 3, "b")],  # same length: the first in the text
        [(1, 3, "a"), (0, 3, "b"), (2, 4, "c")],  # the longest
        [(0, 2, "a"), (0, 2, "b"), (3, 4, "c")],  # same span: the first listed
        [(4, 5, "a"), (0, 1, "b"), (1, 4, "c"), (2, 3, "d")],
    ],
)
def test_longest_first_is_filter_spans(matches: list[tuple[int, int, str]]) -> None:
    nlp = spacy.blank("en")
    doc = nlp("one two three four five six")
    spans = [Span(doc, start, end, label=key) for start, end, key in matches]
    expected = [(s.start, s.end, s.label_) for s in filter_spans(spans)]
    assert _longest_first(matches) == expected
