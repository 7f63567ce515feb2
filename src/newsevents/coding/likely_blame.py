"""Blame told through an impersonal frame: "Vilnius said it looked as if Minsk had been behind the hack",
"Riga said it was very likely that the Belarusian side was responsible".

The judgement rules read "said X was behind it" (``judgement``'s ``_culpable``) on the reported clause
itself; here that clause is only the frame ("it looked", "it was likely") and the charge is one clause
further down, in its "as though" or "that" clause. A speaker who says it looks as though, or is likely,
that a party was behind an act accuses it (CAMEO 112): the hedge of "likely" is the usual form of an
official charge. Kept narrow: the frame's subject is "it", its verb or adjective is in
``data/likely_blame.toml``, the inner clause's subject a named party (``pointed_blame.named_phrase``),
and neither clause negated. ``judgement._reported`` calls this through ``speech_blame``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.patterns import construction
from newsevents.coding.pointed_blame import named_phrase
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

LIKELY_BLAME = declare(
    "trigger",
    "likely-blame",
    "a speaker saying it looks as though, or is likely that, a party was behind an act ('said it was highly "
    "likely that Moscow was responsible') accuses it (112)",
    "Vilnius said it looked as though Belarus was behind the cyber attack.",
)
_FILE = "coding/data/likely_blame.toml"
# CAMEO code of an accusation (112: accuse, not specified).
_ACCUSE = "112"
# The impersonal subject of the frame.
_IT = "it"
# Links by which the inner clause hangs on the frame ("looked [as though ...]", "likely [that ...]").
_INNER = frozenset({"advcl", "ccomp"})


@dataclass(frozen=True, slots=True)
class LikelyWords:
    """``coding/data/likely_blame.toml``."""

    frame_verbs: frozenset[str]
    frame_adjectives: frozenset[str]
    culprit_prepositions: frozenset[str]
    culprit_adjectives: frozenset[str]
    negations: frozenset[str]


@functools.lru_cache(maxsize=1)
def likely_words() -> LikelyWords:
    """The frames and words of blame of the rule (``word_table`` checks every key)."""
    return word_table(LikelyWords, _FILE)


def likely_blame(tok: Token, clause: Token) -> Trigger | None:
    """The accusation a reporting verb ``tok`` makes when its reported ``clause`` is an impersonal frame
    over a clause that lays an act at a named party's door; its target is that party."""
    words = likely_words()
    children = doccache.children(clause)
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == _IT for c in children):
        return None
    if doccache.negated(clause, words.negations):
        return None
    for inner in _inner_clauses(clause, words):
        culprit = _culprit(inner, words)
        if culprit is not None:
            pattern = construction("ne.likely-blame", _ACCUSE, tok, "a party said likely to be behind an act")
            steps = (LIKELY_BLAME,)
            return Trigger(token=tok, pattern=pattern, noun=False, target_heads=(culprit,), steps=steps)
    return None


def _inner_clauses(clause: Token, words: LikelyWords) -> Iterator[Token]:
    """The clauses the frame holds: on its verb ("it LOOKED [as though ...]") or on its adjective ("it was
    LIKELY [that ...]")."""
    lemma = clause.lemma_.casefold()
    for c in doccache.children(clause):
        if c.dep_ in _INNER and lemma in words.frame_verbs:
            yield c
        if c.dep_ == "acomp" and c.lower_ in words.frame_adjectives and lemma == "be":
            yield from (i for i in doccache.children(c) if i.dep_ in _INNER)


def _culprit(inner: Token, words: LikelyWords) -> Token | None:
    """The named subject of "X was BEHIND the attack", "X was RESPONSIBLE"."""
    if inner.lemma_.casefold() != "be" or doccache.negated(inner, words.negations):
        return None
    children = doccache.children(inner)
    blamed = any(c.dep_ == "prep" and c.lower_ in words.culprit_prepositions for c in children) or any(
        c.dep_ == "acomp" and c.lower_ in words.culprit_adjectives for c in children
    )
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if not blamed or subject is None or subject.pos_ == "PRON" or not named_phrase(subject):
        return None  # ("the project was behind schedule": no party)
    return subject
