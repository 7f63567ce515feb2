"""The thirty-fourth round's shortcuts give what the plain readings gave (issue 10, throughput): a Doc's
words found by their lower-case hashes from one array and one set per Doc (``doccache.words``), and the
trigger scan's sentence words reading the extra singular only of names outside an entity
(``objects.sentence_words``). Own sentences."""

from __future__ import annotations

import numpy
import spacy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from newsevents import doccache
from newsevents.coding import objects, syntax
from newsevents.pipeline import Pipeline

TEXTS = (
    "KAMPALA (Wire) - Rebels shelled two border posts on Sunday, and the army said the crossing was closed.",
    "Police sealed the square and barred reporters; the ministry in Lusaka said the road stayed shut.",
    "The envoys of Chile and Peru met each other in Quito, and one another's aides signed the accord.",
    "",
)
WORD_SETS = (
    ("closed", "shut", "sealed", "barred", "frozen"),
    ("by", "persona", "aid"),
    ("other", "another", "other"),
    ("the", "said", "nowhere"),
)


def _plain_words(doc: Doc, texts: tuple[str, ...]) -> dict[str, list[Token]]:
    """``doccache.words`` as it compared the whole lower-case array once per word asked."""
    lowers = doc.to_array(LOWER)
    return {t: [doc[int(i)] for i in numpy.flatnonzero(lowers == doc.vocab.strings[t])] for t in texts}


def _plain_sentence_words(tokens: list[Token]) -> set[str]:
    """``objects.sentence_words`` as it asked ``syntax.subject_words`` of every name-tagged word."""
    out = {t.lemma_.casefold() for t in tokens} | {t.lower_ for t in tokens}
    for t in tokens:
        if t.tag_ in syntax.NAME_TAGS:
            out.update(syntax.subject_words(t))
    return out


def test_words_asked_again_of_one_doc_are_the_plain_ones(pipeline: Pipeline) -> None:
    for doc in pipeline.nlp.pipe(TEXTS):
        for texts in (*WORD_SETS, *WORD_SETS):  # (the second time from the Doc's kept array and set)
            found = doccache.words(doc, texts)
            assert list(found) == list(dict.fromkeys(texts))
            assert {w: [t.i for t in ts] for w, ts in found.items()} == {
                w: [t.i for t in ts] for w, ts in _plain_words(doc, texts).items()
            }


def test_words_on_a_hand_built_doc() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["Shut", "the", "gate", ",", "SHUT", "it", "shut"])
    assert {w: [t.i for t in ts] for w, ts in doccache.words(doc, ("shut", "gate", "door")).items()} == {
        "shut": [0, 4, 6], "gate": [2], "door": []
    }
    assert doccache.words(Doc(doc.vocab, words=[]), ("shut",)) == {"shut": []}


def test_sentence_words_are_the_plain_ones(pipeline: Pipeline) -> None:
    for doc in pipeline.nlp.pipe(TEXTS):
        for sent in doccache.sents(doc) if len(doc) else ():
            tokens = list(doccache.sent_tokens(sent))
            assert objects.sentence_words(tokens) == _plain_sentence_words(tokens)
