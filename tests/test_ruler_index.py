"""The attribute ruler's patterns looked up by word (newsevents.ruler_index) give spaCy's own matches, and
``parse_indexed`` gives the Docs ``parse`` gives."""

from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from newsevents import nlp
from newsevents.ruler_index import RulerIndex

# Invented sentences with the ruler's exceptions: contractions, two-word forms, a regex-matched word,
# extra spaces and blank lines (space tokens), possessives, modals, quotes and odd punctuation.
TEXTS = [
    "Ministers from Lagos and Accra met on Tuesday; they didn't sign the accord.",
    "I ain't gonna say nothin' about it, y'all know we gotta wait, the envoy said.",
    "Let's   talk,\n\n  he told reporters in Oslo.\n  \n",
    "Its troops'd withdrawn by 9 p.m. -- \"We won't go back,\" a spokesman said (in Kyiv).",
    "Whose plan? Which side? The U.S.-led coalition's jets hit 3 targets … ain't it so?",
    "",
]


@pytest.fixture(scope="module")
def language():  # type: ignore[no-untyped-def]
    return nlp.load()


def test_index_finds_the_rulers_own_matches(language) -> None:  # type: ignore[no-untyped-def]
    ruler = language.get_pipe("attribute_ruler")
    index = RulerIndex.from_ruler(ruler)
    assert index is not None
    with language.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.parse(language, TEXTS))
    for doc in docs:
        assert index.match(doc) == ruler.match(doc)
    assert any(ruler.match(doc) for doc in docs)


def test_parse_indexed_gives_the_same_docs(language) -> None:  # type: ignore[no-untyped-def]
    texts = [*TEXTS, "x" * (nlp.LONG_RUN + 5) + " Troops left."]
    stock = [d.to_bytes() for d in nlp.parse(language, texts, batch_size=2)]
    indexed = list(nlp.parse_indexed(language, texts, batch_size=2))
    assert [d.to_bytes() for d in indexed] == stock
    # (the lemmatizer still sees the parts of speech the ruler set)
    assert [t.lemma_ for t in indexed[0] if t.pos_ == "VERB"] == ["meet", "sign"]


def test_a_pattern_beyond_the_index_keeps_spacys_matcher(language) -> None:  # type: ignore[no-untyped-def]
    ruler = AttributeRuler(language.vocab)
    ruler.add([[{"LOWER": "talks"}]], {"LEMMA": "talk"})
    assert RulerIndex.from_ruler(ruler) is not None
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "very"})  # (an operator: not a fixed run)
    assert RulerIndex.from_ruler(ruler) is None


def test_a_pipeline_of_another_shape_is_parsed_as_usual() -> None:
    other = spacy.blank("en")
    other.add_pipe("sentencizer")
    assert nlp._ruler_index(other) is None
    docs = list(nlp.parse_indexed(other, TEXTS[:2]))
    assert [d.to_bytes() for d in docs] == [d.to_bytes() for d in nlp.parse(other, TEXTS[:2])]
