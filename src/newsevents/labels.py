"""Dependency labels and parts of speech as the integers spaCy keeps on a token (``Token.dep``,
``Token.pos``; the same in every vocabulary: a label's symbol or hash).

Reading ``Token.dep_`` or ``Token.pos_`` makes a new string at each read (``pos_`` a Python enum first):
about ten times the cost of reading the integer. The coder's hottest tests (a word's children by label,
every word of a sentence by part of speech) compare integers; ``tok.dep == labels.NSUBJ`` holds exactly
when ``tok.dep_ == "nsubj"``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.strings import StringStore

_STRINGS = StringStore()


def label(name: str) -> int:
    """The integer of the label or part of speech ``name``."""
    return int(_STRINGS[name])


def labels(names: Iterable[str]) -> frozenset[int]:
    """The integers of ``names``, for a membership test."""
    return frozenset(label(n) for n in names)


# dependency labels
ACL = label("acl")
ACOMP = label("acomp")
ADVCL = label("advcl")
ADVMOD = label("advmod")
AGENT = label("agent")
AMOD = label("amod")
APPOS = label("appos")
ATTR = label("attr")
AUX = label("aux")
AUXPASS = label("auxpass")
CC = label("cc")
CCOMP = label("ccomp")
COMPOUND = label("compound")
CONJ = label("conj")
DET = label("det")
DATIVE = label("dative")
DOBJ = label("dobj")
MARK = label("mark")
NEG = label("neg")
NPADVMOD = label("npadvmod")
NSUBJ = label("nsubj")
NSUBJPASS = label("nsubjpass")
PCOMP = label("pcomp")
POBJ = label("pobj")
POSS = label("poss")
PREP = label("prep")
PRT = label("prt")
RELCL = label("relcl")
ROOT = label("ROOT")
XCOMP = label("xcomp")
# (clauses that complete or qualify a verb: "urged X TO FREE", "left TO AVOID")
COMPLEMENTS = labels(("xcomp", "advcl", "ccomp"))
# (a passive clause: its subject or auxiliary; all its words tested in one set operation)
PASSIVE = labels(("nsubjpass", "auxpass"))

# words (as ``Token.lower`` gives them; a word without letters is the same as ``Token.orth``)
ANTI = label("anti")
HYPHEN = label("-")
OF = label("of")
THE = label("the")

# parts of speech
POS_AUX = label("AUX")
POS_NOUN = label("NOUN")
POS_PROPN = label("PROPN")
POS_VERB = label("VERB")
VERBAL = labels(("VERB", "AUX"))
