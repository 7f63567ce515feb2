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


def test_rows_met_again_are_answered_from_the_memo(language) -> None:  # type: ignore[no-untyped-def]
    ruler = language.get_pipe("attribute_ruler")
    index = RulerIndex.from_ruler(ruler)
    assert index is not None
    with language.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.parse(language, [*TEXTS, *reversed(TEXTS)]))
    first = [index.match(doc) for doc in docs]
    rows = len(index._seen)
    assert rows and [index.match(doc) for doc in docs] == first == [ruler.match(doc) for doc in docs]
    assert len(index._seen) == rows  # (every row met before: no new answer)


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


def test_words_set_at_once_as_the_ruler_sets_them(language) -> None:  # type: ignore[no-untyped-def]
    # Two rules on one word (the later wins), a rule on the last word of a two-word run (a negative
    # index), and a ruler that also sets a lexeme's attribute (NORM), which keeps the ruler's own writing.
    with language.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = next(nlp.parse(language, ["The envoys held talks in Oslo and the talks went on."]))
    for with_norm in (False, True):
        ruler = AttributeRuler(language.vocab)
        ruler.add([[{"LOWER": "talks"}]], {"LEMMA": "talk", "POS": "NOUN"})
        ruler.add([[{"TAG": "NNS"}]], {"LEMMA": "plural", "MORPH": "Number=Plur"})
        ruler.add([[{"LOWER": "the"}, {"LOWER": "talks"}]], {"TAG": "NN"}, index=-1)
        if with_norm:
            ruler.add([[{"LOWER": "oslo"}]], {"NORM": "oslo-city"})
        index = RulerIndex.from_ruler(ruler)
        assert index is not None and index._plain is not with_norm
        fast, stock = index(doc.copy()), doc.copy()
        ruler.set_annotations(stock, ruler.match(stock))
        assert fast.to_bytes() == stock.to_bytes()
        talks = [(t.lemma_, t.tag_) for t in fast if t.lower_ == "talks"]
        assert talks == [("plural", "NNS"), ("plural", "NN")]
