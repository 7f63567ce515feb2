"""Measures a state orders another to take against itself: the orderer's act, aimed at the one told.

"India told Pakistan to halve its High Commission's staff" and "Washington ordered Beijing to close its
consulate in Houston" are India's and Washington's measures. The parser makes the state told the subject
of the infinitive ("Pakistan ... to cut"), so the cut read as Pakistan's act against India, or the closure
as Beijing's against Washington. For a verb of commanding (not of appealing: "urged Pakistan to cut" is an
appeal, coded as one) whose infinitive codes a reduction of relations (``code_prefixes``), the commanding
verb's subject is the source and its object the target. A passive order ("Pakistan was told to cut") names
no orderer and is left alone. Words: ``data/ordered_cut.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.resources import word_table
from newsevents.coding.roles import Head
from newsevents.coding.rules import declare

ORDERED_BY = declare(
    "source",
    "ordered-cut-by",
    "a post closed or a mission cut that one state orders another to close or cut is the orderer's measure",
    "India told Pakistan to halve its High Commission's staff.",
)
ORDERED_STATE = declare(
    "target",
    "ordered-cut-state",
    "the state ordered to close or cut its own post is the target of the orderer's measure",
    "India told Pakistan to halve its High Commission's staff.",
)


@dataclass(frozen=True, slots=True)
class OrderedCutWords:
    """``coding/data/ordered_cut.toml``."""

    ordering_verbs: frozenset[str]
    code_prefixes: frozenset[str]


@functools.lru_cache(maxsize=1)
def ordered_cut_words() -> OrderedCutWords:
    """The commanding verbs and turned codes of the rule (``word_table`` checks every key)."""
    return word_table(OrderedCutWords, "coding/data/ordered_cut.toml")


def ordered_cut(
    tok: Token, code: str, sources: list[Head], targets: list[Head]
) -> tuple[list[Head], list[Head]]:
    """The heads of a reduction ``tok`` (code ``code``) that is the infinitive of a commanding verb with a
    named subject and object: that subject as the source, that object as the target; else unchanged."""
    words = ordered_cut_words()
    if tok.dep_ != "xcomp" or not code.startswith(tuple(words.code_prefixes)):
        return sources, targets
    verb = tok.head
    if verb.lemma_.casefold() not in words.ordering_verbs or syntax.is_passive(verb):
        return sources, targets
    told = [c for c in doccache.children(verb) if c.dep_ in ("dobj", "dative")]
    return _turned(verb, told, sources, targets)


def _turned(
    verb: Token, told: list[Token], sources: list[Head], targets: list[Head]
) -> tuple[list[Head], list[Head]]:
    """The orderer (the commanding verb's subject, or that of the verb it is coordinated with: "suspended
    visas and told Ottawa to cut") as the source and the one told as the target, when both are named."""
    orderers = syntax.subjects(verb)
    for head in syntax.shared_heads(verb):
        orderers = orderers or syntax.subjects(head)
    if not told or not orderers:
        return sources, targets
    return [Head(o, ORDERED_BY) for o in orderers], [Head(t, ORDERED_STATE) for t in told]
