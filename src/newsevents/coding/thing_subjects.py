"""Event and weapon nouns that open a sentence, read through a tagging slip: spaCy often tags a
capitalised plural that opens a sentence or follows its dateline ("Missiles struck the plant", "KYIV -
Rockets slammed into the district") as a proper noun, with the capitalised word as its lemma. The
pattern rows then miss their subject ("rocket"), and the agentless rules (coding/agentless.py) take the
word for an actor's name, so an attack with nobody named is lost. A proper-noun subject with no entity
type that opens its sentence (or the text after the dateline's dash), whose lowercase singular is an
event subject of the word lists ("rocket", "bomb", "blast"), is made the common noun it is; the
reattach stage runs this before any coding stage reads the parse.
"""

from __future__ import annotations

import bisect

import numpy
from spacy.attrs import DEP, ENT_TYPE, POS
from spacy.tokens import Doc, Token

from newsevents.coding.rules import declare

THING_SUBJECT = declare(
    "trigger",
    "capitalised-thing",
    "a capitalised plural event or weapon noun that opens a sentence ('Missiles struck the plant') is a "
    "common noun, not a name",
    "RIYADH - Missiles struck an oil plant on Saturday.",
)
# Subject relations the mended noun may hold.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Dashes that end a dateline ("KYIV, Jan 3 (Wire) - Rockets ...").
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
# Words that may come before the noun at the start ("Two rockets", "The blasts").
_LEADING_TAGS = frozenset({"CD", "DT"})


def mend_thing_subjects(doc: Doc, event_subjects: frozenset[str]) -> int:
    """Make each sentence-opening proper-noun subject that is an event or weapon noun a common noun;
    the number of words mended."""
    mended, found = 0, _proper_subjects(doc)
    if not found:
        return 0
    for sent in doc.sents:
        at = bisect.bisect_left(found, sent.start)
        if at == len(found) or found[at] >= sent.end:
            continue  # (no proper-noun subject in the sentence: none of its openers can be mended)
        for tok in _openers(sent.start, sent.end, doc):
            lemma = _singular(tok.lower_)
            if (
                tok.pos_ == "PROPN"
                and tok.ent_type_ == ""
                and tok.dep_ in _SUBJECTS
                and lemma in event_subjects
            ):
                tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NNS" if lemma != tok.lower_ else "NN", lemma
                mended += 1
    return mended


def _proper_subjects(doc: Doc) -> list[int]:
    """The indices of the proper-noun subjects with no entity type, read on the parse's arrays: the
    openers are then sought only in the sentences that have one, not by a Token per word of each
    sentence's start in every article (the words this rule may mend are among these)."""
    if not len(doc):
        return []
    table = doc.to_array([POS, DEP, ENT_TYPE])
    strings = doc.vocab.strings
    pos, deps, types = table[:, 0], table[:, 1], table[:, 2]
    mask = (pos == strings["PROPN"]) & (types == 0)
    mask &= (deps == strings["nsubj"]) | (deps == strings["nsubjpass"])
    return [int(i) for i in numpy.flatnonzero(mask)]


def _openers(start: int, end: int, doc: Doc) -> list[Token]:
    """The words that open the sentence from ``start`` to ``end``: the first one (past a number or an
    article) and the first after a dateline's dash."""
    firsts = [start] + [i + 1 for i in range(start, min(end - 1, start + 25)) if doc[i].text in _DASHES]
    out = []
    for i in firsts:
        while i < end - 1 and doc[i].tag_ in _LEADING_TAGS:
            i += 1
        if i < end:
            out.append(doc[i])
    return out


def _singular(word: str) -> str:
    """The singular of a regular English plural ("rockets" -> "rocket"); other words unchanged."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
