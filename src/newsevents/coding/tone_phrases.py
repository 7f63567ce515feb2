"""Phrases of blame in a judgement's complement that hold no word of blame of their own: an attack on a
value ("said the raids were an attack on press freedom") and an aim to harm ("called the cut-off an attempt
to punish the country", "said the ruling was part of a campaign to silence dissent"). Read by
``judgement.tone``, which counts such a phrase as a word of blame; the words are in
``coding/data/tone_phrases.toml``. An attack on a place or a people is left to the patterns (an act of
force), and an aim to do something of no harm ("an attempt to end the war") carries no blame.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.coding.resources import word_table

_FILE = "coding/data/tone_phrases.toml"
# Nouns of an attack on something, and the preposition of what is attacked.
_ATTACK_NOUNS = frozenset({"attack", "assault", "onslaught"})
_ON = "on"
# Links by which an aim's infinitive hangs on its noun ("an attempt TO PUNISH").
_AIM_DEPS = frozenset({"acl", "xcomp", "relcl"})


@dataclass(frozen=True, slots=True)
class ToneWords:
    """``coding/data/tone_phrases.toml``."""

    attacked_values: frozenset[str]
    aim_nouns: frozenset[str]
    blamed_aims: frozenset[str]
    verdict_nouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def tone_words() -> ToneWords:
    """The values, aim nouns and hostile aims of ``coding/data/tone_phrases.toml``, checked."""
    return word_table(ToneWords, _FILE)


def blamed_phrase(tok: Token) -> bool:
    """Whether ``tok`` ends a phrase of blame: the value an attack is on ("an attack on FREEDOM"), the
    verb of an aim to harm ("an attempt to PUNISH"), or a noun of blame that is the verdict itself ("called
    the tariffs economic PRESSURE")."""
    words = tone_words()
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == _ON and head.head.lemma_.casefold() in _ATTACK_NOUNS:
        return tok.lemma_.casefold() in words.attacked_values
    if _verdict_word(tok) in words.verdict_nouns:  # (not "a reply to foreign pressure", a thing named)
        return tok.dep_ != "pobj" and not _doer_named(tok)  # ("called the tariffs PRESSURE")
    if tok.pos_ == "VERB" and tok.dep_ in _AIM_DEPS and head.lemma_.casefold() in words.aim_nouns:
        return tok.lemma_.casefold() in words.blamed_aims
    return False


def _verdict_word(tok: Token) -> str:
    """The noun's lemma, or the adjective before it and the lemma ("a red LINE": "red line") when the
    adjective modifies it: the two-word verdicts of ``verdict_nouns``."""
    lemma = tok.lemma_.casefold()
    if tok.i > 0 and (before := tok.nbor(-1)).dep_ == "amod" and before.head.i == tok.i:
        two = f"{before.lower_} {lemma}"
        if two in tone_words().verdict_nouns:
            return two
    return lemma


# Entity kinds of a modifier that names who did the act ("a CHADIAN invasion", "Moscow's occupation").
_DOER_ENTITIES = frozenset({"NORP", "GPE", "ORG"})


def _doer_named(tok: Token) -> bool:
    """Whether the verdict noun names its doer ("called the raid a Chadian INVASION"): then it tells the
    act itself (coded by the patterns), not a verdict on it."""
    return any(
        c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in _DOER_ENTITIES)
        for c in tok.children
    )
