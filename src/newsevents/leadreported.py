"""The day of a lead's reported act: "A navy vessel seized a survey ship, Guyana said on Friday. The ship
was held on Thursday ..." A wire lead often dates only its verb of saying ("officials said on Tuesday")
and leaves the day of the act it reports to the next sentence, which tells that act again with its day.
The act takes that day when it falls in the week before the enclosing clause's day (an older one is
background the story recalls).

Helper of ``newsevents.when`` (read where an event would take its enclosing clause's date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Token

from newsevents import dateclause, doccache
from newsevents.coding.rules import declare
from newsevents.datewords import When

LEAD_ACT_DAY = declare(
    "date",
    "lead-act-day",
    "a past act the lead reports under a dated verb of saying ('X did Y, officials said on Tuesday'), or "
    "tells as the cause its dated news followed ('X vowed on Friday to retaliate after a bomb killed 40'), "
    "takes the earlier day the next sentence gives its main clause, within the week before: the next "
    "sentence tells that act again with its day",
    "Togo's troops shelled a rebel post, officials said on Friday. The post was hit on Thursday.",
)
_WEEK = 6
# Days before the lead's news within which the next sentence's day is that of the cause it followed
# ("vowed on Friday to retaliate after a bomb killed 40. The bomber struck on Thursday"): a cause comes
# just before the news; an older day is another act the story recalls ("detained on Dec. 28").
_CAUSE_REACH = 2
# Verbs that report an act told before ("officials said"), and the auxiliaries of an act told as news of
# the day ("has ordered", "have been killed in two days of unrest").
_SAYING = frozenset({"say", "tell", "report", "confirm", "announce", "state", "add", "claim"})
_PERFECT = frozenset({"has", "have", "'ve"})


def next_sentence_day(tok: Token, enclosing: When, own: Callable[[Token], list[When]]) -> When | None:
    """The day the sentence after the lead gives its main clause, for a past act ``tok`` of the lead that
    would take ``enclosing`` (a later day) from the clause around it; else None."""
    if enclosing.precision != "day" or tok.tag_ not in ("VBD", "VBN"):
        return None
    clause = tok
    while clause.dep_ == "conj" and clause.head.i < clause.i:  # ("forced a jet down and ARRESTED ...")
        clause = clause.head
    cause = _cause(clause)
    # a reported act's conjunct shares its report when the two are told alike ("said gunmen stormed the
    # post and KILLED two"); after a perfect ("said the jet had been hit, and DEMANDED ...") the parser
    # often hangs the speaker's own next act on the reported one
    alike = clause.i == tok.i or (clause.tag_ == "VBD" and not _auxiliaries(clause))
    if not (cause or (_reported(clause) and alike)):
        return None  # (a reported act or a cause only: a coordinated act or an "as" clause goes on that day)
    if any(c.lower_ in _PERFECT for c in doccache.children(tok)):
        return None  # ("has demanded": news of the day it is told)
    sents = list(doccache.sents(tok.doc))
    if len(sents) < 2 or doccache.sent(tok).start != sents[0].start:
        return None
    after = sents[1]
    # its main clause, else (the parser may make a side clause the root) its first dated clause
    verbs = [after.root] + [t for t in after if t.pos_ == "VERB" and not dateclause.describes_noun(t)]
    if cause:  # (the parser may hang the retold act's day on a clause describing its object, as
        # ``objectdate`` says: "a jet escorted the plane, which was flying to Riga, to Minsk on Sunday")
        verbs += [t for t in after if t.pos_ == "VERB" and _describes_object(t, after.root)]
    dates = next((d for t in verbs if t.pos_ in ("VERB", "AUX") and (d := own(t))), [])
    if not dates or dates[0].precision != "day":
        return None
    gap = (dt.date.fromisoformat(enclosing.date) - dt.date.fromisoformat(dates[0].date)).days
    return dates[0] if 0 < gap <= (_CAUSE_REACH if cause else _WEEK) else None


def _reported(clause: Token) -> bool:
    """An act the lead reports under a verb of saying ("gunmen stormed a post, officials said")."""
    return clause.dep_ == "ccomp" and clause.head.lemma_ in _SAYING  # (not "ordered him held": the order's)


def _describes_object(verb: Token, root: Token) -> bool:
    """Whether ``verb`` heads a clause describing the object of ``root`` (not its subject: "the man who
    announced the coup on Wednesday was on the run" tells of another act, with its own day)."""
    noun = verb.head
    return dateclause.describes_noun(verb) and noun.dep_ == "dobj" and noun.head.i == root.i


def _auxiliaries(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in doccache.children(verb))


def _cause(clause: Token) -> bool:
    """An act the lead's news followed ("vowed on Friday to retaliate AFTER a bomb killed 40"): the next
    sentence tells it again with its own, earlier day."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "after" for c in doccache.children(clause)
    )
