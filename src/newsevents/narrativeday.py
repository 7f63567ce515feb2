"""The day a narrative carries on: "West African ministers agreed on Monday to close their ports. A patrol
boat seized a trawler off Tema on Saturday. Coastguards arrested its crew." When the lead tells the filing
day's news (or no day), the story often goes back to an earlier day in a sentence of its own and tells the
acts of that day in the next sentences without repeating the day: an undated act told in the simple past
right after such a sentence took that day. The day stops at a reaction (a verb of saying, condemning,
vowing: news of the filing day), at a quote, and at a change of tense (a present, perfect or future act, or
a sentence between them that is one); a sentence that dates only the start of an occasion ("the conference
opened on Wednesday") lends no day: the occasion goes on after it. Words: ``data/narrative_day.toml``, with
``data/reaction_date.toml``'s reactions and stances.

Helper of ``newsevents.leaddate`` (read where an undated event after the lead has no story day).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsevents import dateclause, doccache
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare
from newsevents.datewords import When
from newsevents.reactiondate import reaction_words

NARRATIVE_DAY = declare(
    "date",
    "narrative-day",
    "an undated act told in the simple past right after a sentence whose main clause goes back to an "
    "earlier day of the week before the report takes that day, when the lead gives no earlier day: the "
    "narrative carries on; not a reaction, a quote or an act in another tense",
    "Envoys agreed on Monday to lift the ban. Guards seized the ship on Sunday. They detained its crew.",
)
# Sentences back to the one that gives the narrative's day (each between them told in the simple past).
_REACH = 2
# Days before the report's reference date within which a sentence's day is a day the story goes back to.
_WEEK = 6
# Auxiliaries of a simple past act ("was detained", "were seized"); any other makes another tense.
_PAST_BE = frozenset({"was", "were"})
_QUOTES = frozenset({'"', "“", "”", "'"})


@dataclass(frozen=True, slots=True)
class NarrativeWords:
    """``data/narrative_day.toml``."""

    response_verbs: frozenset[str]
    opening_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def narrative_words() -> NarrativeWords:
    """The words of the rule (``word_table`` checks every key)."""
    return word_table(NarrativeWords, "data/narrative_day.toml")


def narrative_day(tok: Token, reference: dt.date | None, own: Callable[[Token], list[When]]) -> When | None:
    """The day of the sentence just before ``tok``'s that dates its main clause to a day of the week
    before ``reference``, for an undated act ``tok`` told in the simple past; else None."""
    if reference is None or not _simple_past(tok) or _reaction(tok):
        return None
    sent = doccache.sent(tok)
    if _quoted(sent) or not _simple_past(sent.root) or _reaction(sent.root):
        return None
    before = [s for s in doccache.sents(tok.doc) if s.end <= sent.start][-_REACH:]
    for prior in reversed(before):
        # its main clause, else (the parser may make a side clause the root) its first dated clause
        verbs = [prior.root] + [t for t in prior if t.pos_ == "VERB" and not dateclause.describes_noun(t)]
        dated = next(((t, d) for t in verbs if t.pos_ in ("VERB", "AUX") and (d := own(t))), None)
        if dated is not None:
            verb, dates = dated
            if dates[0].precision != "day" or verb.lemma_ in narrative_words().opening_verbs:
                return None
            gap = (reference - dt.date.fromisoformat(dates[0].date)).days
            return dates[0] if 0 < gap <= _WEEK else None
        if _quoted(prior) or not _simple_past(prior.root) or _reaction(prior.root):
            return None  # (the narrative was broken off between them)
    return None


def _simple_past(verb: Token) -> bool:
    """A verb in the simple past, active or passive ("detained", "was detained"): not a perfect, a
    present, a future or a modal."""
    auxes = [c for c in doccache.children(verb) if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and bool(auxes) and all(a.lower_ in _PAST_BE for a in auxes)


def _reaction(verb: Token) -> bool:
    """A verb of saying, condemning, vowing, of a stance or a response: news of the day it is told."""
    words = reaction_words()
    return (
        verb.lemma_ in words.reaction_verbs
        or verb.lemma_ in words.stance_verbs
        or verb.lemma_ in narrative_words().response_verbs
    )


def _quoted(sent: Span) -> bool:
    return any(t.text in _QUOTES for t in sent)
