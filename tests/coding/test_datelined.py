"""Subjects the parser took from the dateline (coding/datelined.py, issue 10, pcodeb): the dateline's
place made the verb's subject and the real one hung on the verb as a bare noun. The parses are built by
hand, because the small model makes this mistake only on some sentences. Every sentence is invented."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

import newsevents.annotations  # noqa: F401  (registers doc._.ne_dateline)
from newsevents.coding import syntax
from newsevents.dateline import Dateline

# "LIMA, May 2 (Wire) - Envoy Ruiz pressed Chile ."
_WORDS = ["LIMA", ",", "May", "2", "(", "Wire", ")", "-", "Envoy", "Ruiz", "pressed", "Chile", "."]
_POS = ["PROPN", "PUNCT", "PROPN", "NUM", "PUNCT", "PROPN", "PUNCT", "PUNCT"]
_POS += ["PROPN", "PROPN", "VERB", "PROPN", "PUNCT"]
_HEADS = [10, 0, 0, 2, 5, 2, 5, 2, 9, 10, 10, 10, 10]
_DATELINE = Dateline(
    place="LIMA", region=None, date="May 2", agency="Wire", start_char=0, end_char=21, start=0, end=8
)


def _doc(deps: list[str], dateline: Dateline | None) -> Doc:
    doc = Doc(Vocab(), words=_WORDS, pos=_POS, heads=_HEADS, deps=deps)
    doc._.ne_dateline = dateline
    return doc


def _deps(subject_dep: str) -> list[str]:
    return ["nsubj", "punct", "nmod", "nummod", "punct", "parataxis", "punct", "punct", "compound",
            subject_dep, "ROOT", "dobj", "punct"]  # fmt: skip


def test_a_dateline_subject_gives_way_to_the_name_after_the_dash() -> None:
    doc = _doc(_deps("npadvmod"), _DATELINE)
    assert [t.text for t in syntax.subjects(doc[10])] == ["Ruiz"]


def test_without_a_dateline_the_parse_stands() -> None:
    doc = _doc(_deps("npadvmod"), None)
    assert [t.text for t in syntax.subjects(doc[10])] == ["LIMA"]


def test_a_subject_outside_the_dateline_stands() -> None:
    deps = _deps("nsubj")
    deps[0] = "npadvmod"
    doc = _doc(deps, _DATELINE)
    assert [t.text for t in syntax.subjects(doc[10])] == ["Ruiz"]
