"""A definite numbered group that takes up a list named before: "Chile, Peru and Bolivia closed their
borders. The three governments said ..." -> all three; "Lima urged the three to reopen" (a bare numeral).

``pairs.pair`` reads only two ("the two countries", "both sides"); a list of three or more is no pair
there. Here a phrase "the N <state noun>" or "the N" standing alone (N from three to six) is the nearest
list of exactly N parties of different countries named together (by "and"/commas) within a few sentences
before it, none of them the phrase's own clause's speaker; only a group acted on (no subject, no possessor).
Read by the phrase rule ``definite-pair``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.actors.words import packaged_words
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["listed_group"]

_WORDS = packaged_words()
# The numerals of a group that takes up a list (two is a pair: ``pairs.pair``).
_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6}
# A group as the subject or possessor acts itself, and the coder then aims what it does at one of its own
# members ("the three said they ...", "the three countries' envoys met"): only a group acted on is read.
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
# How many sentences back (the phrase's own included) the list is looked for in.
_SENTENCES = 3


def listed_group(actors: DocActors, head: Token, tokens: list[Token], day: dt.date | None) -> list[Actor]:
    """The N parties a definite "the N countries" / "the N" takes up; none unless a list of exactly N
    parties of different countries is found."""
    if head.dep_ in _ACTING_DEPS:
        return []
    count = _count(head, tokens)
    if count is None:
        return []
    first = doccache.window_start(head, _SENTENCES)
    speaker = _speaker(head)
    ends = {m.end - 1: m for m in actors.mentions if m.names_party and first <= m.start < head.i}
    for end in sorted(ends, reverse=True):
        tok = actors.doc[end]
        if tok.dep_ == "conj" or end in speaker:
            continue  # (a list is read from its first member, which the others hang from)
        listed = [c for c in doccache.conjuncts(tok) if c.i < head.i]
        members = [tok, *listed]
        if len(members) != count or any(c.i not in ends or c.i in speaker for c in members):
            continue
        found: dict[str, Actor] = {}
        for c in members:
            for a in actors.resolve_phrase(c, day)[:1]:
                if a.country and a.code:
                    found.setdefault(a.country, a)
        if len(found) == count:
            return list(found.values())
    return []


def _count(head: Token, tokens: list[Token]) -> int | None:
    """N of "the N countries" (a state noun) or of "the N" standing alone."""
    if not any(t.lower == labels.THE for t in tokens):
        return None
    if head.lower_ in _COUNTS and head.pos_ == "NUM":
        return _COUNTS[head.lower_]
    if head.lemma_.casefold() not in _WORDS.pair_groups:
        return None
    numbers = [c for c in doccache.children(head) if c.dep_ == "nummod" and c.lower_ in _COUNTS]
    if len(numbers) != 1 or any(t.lower_ in ("other", "former") for t in tokens):
        return None
    return _COUNTS[numbers[0].lower_]


def _speaker(head: Token) -> set[int]:
    """The tokens of the subject of the phrase's verb (who speaks to the group is none of it)."""
    verb = head.head
    while verb.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in doccache.children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    return {t.i for c in subjects for t in doccache.subtree(c)}
