"""The note of two-party events that a later pair phrase refers to: "Ruritania and Freedonia met in Geneva
on Monday. ... The two sides agreed to reopen the border" are the two that met.

The arguments stage drafts an article's events sentence by sentence. After each sentence it notes, in
``doc._.ne_sides``, the two parties of each meeting, agreement, ceasefire or fight it drafted
there (``coding/data/pair_events.toml``), when both were read from the event's own clause: a counterpart
guessed from the rest of the article, the event's place or the dateline names no pair. The actors layer
reads the note when it resolves "the two sides", "both countries", "the two leaders" in a later sentence
(``actors/event_sides.py``): the pair a story goes on about is that of its last such event, not whichever
two states were named last.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc

from newsevents.actors.event_sides import PairEvent
from newsevents.actors.group_mentions import NON_STATE_SIDES
from newsevents.annotations import annotation
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_table

__all__ = ["noted", "pair_event"]

# The step of an actor read as a definite pair ("the two sides": actors/pairs.py).
_PAIR_RULE = "actor:definite-pair"


@dataclass(frozen=True, slots=True)
class PairEventWords:
    """``coding/data/pair_events.toml``."""

    codes: frozenset[str]
    not_codes: frozenset[str]
    guessed_steps: frozenset[str]
    mutual_steps: frozenset[str]


@functools.lru_cache(maxsize=1)
def pair_event_words() -> PairEventWords:
    return word_table(PairEventWords, "coding/data/pair_events.toml")


def noted(doc: Doc, made: Iterable[Draft]) -> Iterator[Draft]:
    """``made`` (one sentence's drafts, in order), noting the pair of each two-party event among them in
    ``doc._.ne_sides`` (which the stage empties before its first sentence)."""
    found: list[PairEvent] = annotation(doc, "ne_sides")  # (read per sentence: no Underscore made)
    for d in made:
        event = pair_event(d)
        if event is not None:
            found.append(event)
        yield d


def pair_event(d: Draft) -> PairEvent | None:
    """The two parties of a draft of a two-party act, both named in its own clause, two different sides
    of some country's; None for any other draft."""
    words = pair_event_words()
    code = d.code
    if not any(code.startswith(c) for c in words.codes) or any(code.startswith(c) for c in words.not_codes):
        return None
    # (a party read from a pair phrase, "met envoys of both sides", is the pair a third party dealt with,
    # unless the pair acts on each other: "the two sides clashed")
    if _PAIR_RULE in d.steps and not words.mutual_steps & set(d.steps):
        return None
    source, target = d.source, d.target
    if target is None or not source.country or not target.country or words.guessed_steps & set(d.steps):
        return None
    if source.code == target.code or _one_state(source.role, target.role, source.country, target.country):
        return None
    return PairEvent(d.token.i, (source, target))


def _one_state(role: str | None, other: str | None, country: str, other_country: str) -> bool:
    """Whether two parties are one state's (its army and its government): a pair needs two states, or a
    state and a rebel force or an opposition."""
    return country == other_country and role not in NON_STATE_SIDES and other not in NON_STATE_SIDES
