"""The memos and plain-string tests of the tenth round's throughput work give what the computations they
stand for give (issue 10, throughput): a whole-word name test without a pattern, the direct-question scan,
the prepositions, future clauses and phrase heads kept per Doc, the holiday search's substring test, and
the extension read from ``Doc.user_data``. The texts are invented."""

from __future__ import annotations

import re

import pytest
from spacy.tokens import Doc, Token

from newsevents import dateclause, datetense
from newsevents.actors.headmemo import HeadMemo, acting_phrase
from newsevents.annotations import annotation
from newsevents.coding import syntax
from newsevents.coding.confidence_features import _names
from newsevents.coding.unasserted import _direct_question
from newsevents.pipeline import Pipeline
from newsevents.records import Article

TEXTS = (
    "Will Quito expel the envoy? Officials in Lima said on Monday they would recall their ambassador, "
    'and the minister asked: "Who ordered the raid?" Police arrested two men near the border!',
    "Chile and Peru will sign the fishing accord on Christmas Eve, a week after talks in Santiago, which "
    "the envoys of both countries hosted, broke down. Peruvian police, who plan to patrol the coast, "
    "seized three boats from Bolivian and Ecuadorean crews.",
)


def _parsed(pipeline: Pipeline, text: str) -> Doc:
    return pipeline.nlp(text)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Peru", "Peruvian police"),
        ("Peru", "Peru's navy"),
        ("peru", "PERU -- the navy"),
        ("Ana Ruiz", "President Ana Ruiz said"),
        ("Ana Ruiz", "Ana Ruizova said"),
        ("Ruiz", "Ruiz_2 and Ruiz"),
        ("Ruiz", "Ruiz_2"),
        ("A1", "the A1 road"),
        ("U.N.", "the U.N. envoy"),
        ("U.N.", "the U.N.X envoy"),
        ("Côte d'Ivoire", "troops of Côte d'Ivoire"),
        ("Mali", "Somalia and Mali"),
        ("Mali", "Somalia"),
    ],
)
def test_a_whole_word_name_is_found_as_the_pattern_finds_it(name: str, text: str) -> None:
    pattern = re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE) is not None
    assert _names(name, text) is pattern


def _scan(tok: Token) -> bool:
    """The direct-question scan as it reads without a memo."""
    doc = tok.doc
    for i in range(tok.i + 1, len(doc)):
        if doc[i].text in (".", "!", "?"):
            return doc[i].text == "?"
        if doc[i].is_sent_end:
            return False
    return False


@pytest.mark.parametrize("backwards", [False, True])
def test_the_direct_question_memo_gives_the_scan_in_any_order(pipeline: Pipeline, backwards: bool) -> None:
    for text in TEXTS:
        doc = _parsed(pipeline, text)
        tokens = list(reversed(doc)) if backwards else list(doc)
        assert [_direct_question(t) for t in tokens] == [_scan(t) for t in tokens]
    assert _direct_question(_parsed(pipeline, TEXTS[0])[0])  # ("Will Quito expel ...?")


def test_prepositions_and_future_clauses_kept_per_doc_are_the_fresh_ones(pipeline: Pipeline) -> None:
    for text in TEXTS:
        doc = _parsed(pipeline, text)
        for _ in range(2):  # (the second round reads the memos)
            for tok in doc:
                for deep in (False, True):
                    found = syntax.preps(tok, deep)
                    assert found == syntax._preps(tok, deep)
                    found.append(tok)  # a caller's list is its own: the memo is not changed
                assert datetense.future_clause(tok) == (dateclause.is_future(tok) or datetense.planned(tok))
    assert datetense.future_clause(None) is False


def test_phrase_heads_kept_per_head_are_the_fresh_ones(pipeline: Pipeline) -> None:
    for n, text in enumerate(TEXTS):
        doc = pipeline.code(Article(id=f"m{n}", text=text, published="2024-03-04"), _parsed(pipeline, text))
        actors = doc._.ne_actors
        for _ in range(2):
            for tok in doc:
                fresh = actors.heads(acting_phrase(HeadMemo(), tok, actors.dateline_tokens))
                assert actors.phrase_heads(tok) == fresh
        assert annotation(doc, "ne_published") == doc._.ne_published is not None
        assert annotation(doc, "ne_actors") is actors


def test_a_holiday_is_found_and_a_text_without_one_gives_none(pipeline: Pipeline) -> None:
    assert [s.text for s in dateclause.holiday_spans(_parsed(pipeline, TEXTS[1]))] == ["Christmas Eve"]
    assert dateclause.holiday_spans(_parsed(pipeline, TEXTS[0])) == []


def test_an_extension_never_written_reads_none(pipeline: Pipeline) -> None:
    doc = _parsed(pipeline, TEXTS[0])
    assert annotation(doc, "ne_dateline") is None and doc._.ne_dateline is None
