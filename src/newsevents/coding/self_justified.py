"""Self-justification: "said the expulsion was legitimate" defends the speaker's own act, praises nobody.

A reported judgement (judgement.py) with a word of praise codes praise (051) of the party judged. Words of
lawfulness and need ("legal", "legitimate", "justified", "necessary") said of a bare act ("the step",
"the measure", "any action") that names no party of its own are, on news wires, far more often a
government defending what it did itself (a plain statement, 010) than praise of another: "said the
curbs were a lawful response" is no praise of anyone. So such a judgement is set aside and the verb of
saying keeps its own code. An act that names its party ("said Lima's vote was legitimate") and praise
words beside the lawful ones ("fair and legitimate", "a constructive and legal step") stay praise.
Word lists: ``coding/data/self_justified.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.lexicon import lexicon
from newsevents.coding.resources import word_table

_FILE = "coding/data/self_justified.toml"
_PRAISE = "051"
# Dependents of the act noun that may name its party: "Lima's step", "the Chilean move", "the EU measure".
_PARTY_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


@dataclass(frozen=True, slots=True)
class SelfJustifiedWords:
    """``coding/data/self_justified.toml``."""

    lawful_words: frozenset[str]
    own_act_nouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def self_justified_words() -> SelfJustifiedWords:
    """The word lists, checked: every key present, a list of words."""
    return word_table(SelfJustifiedWords, _FILE)


def justified(code: str, subject: Token, tokens: list[Token]) -> bool:
    """Whether a reported judgement ``code`` of ``subject`` ("the step") in the words ``tokens`` only
    calls a bare act lawful or needed: praise of lawfulness alone, of an act with no party
    named in its own phrase."""
    if code != _PRAISE:
        return False
    words = self_justified_words()
    praise = lexicon().positive_judgements
    if subject.lemma_.casefold() not in words.own_act_nouns:
        return False
    said = {t.lemma_.casefold() for t in tokens} | {t.lower_ for t in tokens}
    if not said & words.lawful_words or said & praise - words.lawful_words:
        return False  # ("a fair and legitimate vote": praise beside the lawfulness)
    return not any(_names_party(t) for t in doccache.subtree(subject) if t.i != subject.i)


def _names_party(tok: Token) -> bool:
    """A name in the act's own phrase ("Lima's", "Chilean", "by Moscow") tells whose act it is."""
    named = tok.pos_ == "PROPN" or (tok.dep_ in _PARTY_DEPS and tok.text[:1].isupper())
    return named or (tok.dep_ == "poss" and tok.pos_ != "PRON")
