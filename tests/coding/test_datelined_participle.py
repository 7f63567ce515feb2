"""Subjects the parser hung on the dateline's place with a participle phrase ("TOKYO, May 2 (Wire) - G7
leaders MEETING in Osaka condemned Russia": the place the verb's subject, 'meeting' a modifier of the
place, 'leaders' a compound of 'meeting' or an apposition of the place) (coding/datelined.py
``_swallowed``, issue 10, helper errpair). The parses are built by hand, as the small model makes this
mistake only on some sentences. Every sentence is invented."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

import newsevents.annotations  # noqa: F401  (registers doc._.ne_dateline)
from newsevents.coding import syntax
from newsevents.dateline import Dateline

# "TOKYO, May 2 (Wire) - G7 leaders meeting in Osaka condemned Russia ."
_WORDS = ["TOKYO", ",", "May", "2", "(", "Wire", ")", "-", "G7", "leaders", "meeting", "in", "Osaka"]
_WORDS += ["condemned", "Russia", "."]
_POS = ["PROPN", "PUNCT", "PROPN", "NUM", "PUNCT", "PROPN", "PUNCT", "PUNCT", "PROPN", "NOUN", "VERB"]
_POS += ["ADP", "PROPN", "VERB", "PROPN", "PUNCT"]
_DATELINE = Dateline(
    place="TOKYO", region=None, date="May 2", agency="Wire", start_char=0, end_char=22, start=0, end=8
)


def _doc(heads: list[int], deps: list[str]) -> Doc:
    doc = Doc(Vocab(), words=_WORDS, pos=_POS, heads=heads, deps=deps)
    doc._.ne_dateline = _DATELINE
    return doc


_HEAD = [13, 0, 0, 2, 5, 2, 5, 0]
_DEP = ["nsubj", "punct", "npadvmod", "nummod", "punct", "appos", "punct", "punct"]
_TAIL_HEADS = [10, 11, 13, 13, 13]
_TAIL_DEPS = ["prep", "pobj", "ROOT", "dobj", "punct"]


def test_compound_of_a_participle_on_the_place_is_the_subject() -> None:
    # 'G7' compound of 'leaders', 'leaders' compound of 'meeting', 'meeting' acl of TOKYO
    doc = _doc(_HEAD + [9, 10, 0] + _TAIL_HEADS, _DEP + ["compound", "compound", "acl"] + _TAIL_DEPS)
    assert [t.text for t in syntax.subjects(doc[13])] == ["leaders"]


def test_apposition_of_the_place_before_its_participle_is_the_subject() -> None:
    # 'leaders' an apposition of TOKYO, 'meeting' acl of TOKYO
    doc = _doc(_HEAD + [9, 0, 0] + _TAIL_HEADS, _DEP + ["compound", "appos", "acl"] + _TAIL_DEPS)
    assert [t.text for t in syntax.subjects(doc[13])] == ["leaders"]


def test_a_noun_that_does_not_open_the_sentence_is_no_subject() -> None:
    # 'G7' hangs on the dash, so the phrase of 'leaders' does not open the sentence: the place stays
    doc = _doc(_HEAD + [7, 10, 0] + _TAIL_HEADS, _DEP + ["dep", "compound", "acl"] + _TAIL_DEPS)
    assert [t.text for t in syntax.subjects(doc[13])] == ["TOKYO"]
