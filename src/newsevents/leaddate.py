"""The day of an undated lead: "Moldova has told the visiting monitors to quit the depot, an official
said. The order was handed over on Friday, ...". A wire lead often leaves its day to the next sentence,
which tells the same news with its day; the event of the lead takes that day, when it falls in the week
before the report was filed (an older date is a background the story recalls).

Helper of ``newsevents.when`` (its fallback, with ``dateclause.story_day``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Token

from newsevents import dateclause, doccache
from newsevents.coding.rules import declare
from newsevents.datewords import When
from newsevents.mediumdate import retold_participles
from newsevents.narrativeday import NARRATIVE_DAY, narrative_day
from newsevents.reactiondate import REACTION_DAY, reaction_day

LEAD_DAY = declare(
    "date",
    "lead-day",
    "an undated event of the lead takes the day of the next sentence's main event, when that is a day "
    "in the week before the report was filed: the lead leaves its day to the sentence that goes on with it",
    "Ghana has closed its border with Togo. The order was signed on Sunday, officials said.",
)
STORY_MOVED_ON = declare(
    "date",
    "story-moved-on",
    "an undated event after the lead takes the day of the last sentence before it that dates its main "
    "event, when that day is later than the lead's: the story has moved on from the lead's day",
    "Police detained him on Sunday. A judge ordered him held on Monday. He urged supporters to rally.",
)
# Sentences before an undated event whose main clause may say that the story moved on from the lead's day.
_MOVED_REACH = 3
# Sentences after the lead whose main clause may give the lead's day.
_REACH = 1
# Days before the report's reference date within which that day is the lead's (as for the story day).
_WEEK = 6

_Lead = tuple[int, When | None]
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# The present forms of "be" that make a progressive present: an act going on as the report is filed.
_NOW_BE = frozenset({"is", "are", "am", "'s", "'re", "'m"})


def story_day(
    tok: Token, reference: dt.date | None, own: Callable[[Token], list[When]], lead: list[_Lead]
) -> tuple[When, str] | None:
    """``dateclause.story_day`` for an event after the lead; for an undated event of the lead itself, the
    day the next sentence's main clause gives, within the week before ``reference``."""
    if _ongoing(tok):
        return None  # ("the envoys ARE HOLDING talks in the capital": now, as the report is filed)
    day = dateclause.story_day(tok, reference, own, lead)
    if day is not None:
        later = _moved_on(tok, day, own, lead[0][0])
        if later is not None:
            return later, STORY_MOVED_ON
        # ("Gunmen stormed a post on Sunday. Niger condemned the attack": the report's day)
        reacted = reaction_day(tok, day, reference)
        return (reacted, REACTION_DAY) if reacted is not None else (day, dateclause.STORY_DAY)
    end, lead_day = lead[0] if lead else (0, None)
    if tok.i >= end and (told := narrative_day(tok, reference, own)) is not None:
        return told, NARRATIVE_DAY  # (the lead told no earlier day: newsevents.narrativeday)
    if reference is None or lead_day is not None or tok.i >= end:
        return None
    lead_sent = doccache.sent(tok)
    if any(dateclause.offset(t) is not None for t in lead_sent if t.pos_ in ("VERB", "AUX", "NOUN")):
        return None  # "ordered ..., a day after Prague announced ...": the lead counts its own day
    if any(t.lower_ in _WEEKDAYS for t in lead_sent):
        return None  # "arrested lawyers protesting ... on Monday": the lead names its day, in a side clause
    sents = [s for s in doccache.sents(tok.doc) if s.start >= end][:_REACH]
    for sent in sents:
        # its main clause, else (the parser may make a side clause the root) its first dated clause
        verbs = [sent.root] + [t for t in doccache.verbs(sent) if not dateclause.describes_noun(t)]
        verbs[1:1] = retold_participles(sent.root)  # ("The ban, ANNOUNCED on Friday, came ...": mediumdate)
        dates = next((d for t in verbs if t.pos_ in ("VERB", "AUX") and (d := own(t))), [])
        if dates and dates[0].precision == "day":
            gap = (reference - dt.date.fromisoformat(dates[0].date)).days
            return (dates[0], LEAD_DAY) if 0 < gap <= _WEEK else None
    return None


def _moved_on(tok: Token, day: When, own: Callable[[Token], list[When]], lead_end: int) -> When | None:
    """The day, later than the lead's ``day``, of the last sentence before ``tok``'s (after the lead) that
    dates its main clause to a day ("... on Sunday. A judge ordered him held on Monday. He urged ...")."""
    sents = [s for s in doccache.sents(tok.doc) if lead_end <= s.start and s.end <= doccache.sent(tok).start]
    for sent in reversed(sents[-_MOVED_REACH:]):
        # its main clause, else (the parser may make a side clause the root) its first dated clause
        verbs = [sent.root] + [t for t in doccache.verbs(sent) if not dateclause.describes_noun(t)]
        dates = next((d for t in verbs if t.pos_ in ("VERB", "AUX") and (d := own(t))), [])
        if dates:
            return dates[0] if dates[0].precision == "day" and dates[0].date > day.date else None
    return None


def _ongoing(tok: Token) -> bool:
    """Whether verb ``tok`` is in the present progressive ("are meeting", "is holding talks"), whose only
    auxiliary is a present "be": the act goes on on the filing day, not on the day the lead tells of."""
    if tok.tag_ != "VBG":
        return False
    auxes = [c for c in doccache.children(tok) if c.dep_ in ("aux", "auxpass")]
    return bool(auxes) and all(a.lower_ in _NOW_BE for a in auxes)
