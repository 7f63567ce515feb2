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
    "a past act the lead reports under a dated verb of saying ('X did Y, officials said on Tuesday') "
    "takes the earlier day the next sentence gives its main clause, within the week before: the next "
    "sentence tells that act again with its day",
    "Togo's troops shelled a rebel post, officials said on Friday. The post was hit on Thursday.",
)
_WEEK = 6
# Verbs that report an act told before ("officials said"), and the auxiliaries of an act told as news of
# the day ("has ordered", "have been killed in two days of unrest").
_SAYING = frozenset({"say", "tell", "report", "confirm", "announce", "state", "add", "claim"})
_PERFECT = frozenset({"has", "have", "'ve"})


def next_sentence_day(tok: Token, enclosing: When, own: Callable[[Token], list[When]]) -> When | None:
    """The day the sentence after the lead gives its main clause, for a past act ``tok`` of the lead that
    would take ``enclosing`` (a later day) from the clause around it; else None."""
    if enclosing.precision != "day" or tok.tag_ not in ("VBD", "VBN") or tok.dep_ != "ccomp":
        return None  # (a reported act only: a coordinated act or an "as" clause goes on that day)
    if tok.head.lemma_ not in _SAYING or any(c.lower_ in _PERFECT for c in doccache.children(tok)):
        return None  # ("ordered him held": the order's day; "has demanded": news of the day it is told)
    sents = list(doccache.sents(tok.doc))
    if len(sents) < 2 or doccache.sent(tok).start != sents[0].start:
        return None
    after = sents[1]
    # its main clause, else (the parser may make a side clause the root) its first dated clause
    verbs = [after.root] + [t for t in after if t.pos_ == "VERB" and not dateclause.describes_noun(t)]
    dates = next((d for t in verbs if t.pos_ in ("VERB", "AUX") and (d := own(t))), [])
    if not dates or dates[0].precision != "day":
        return None
    gap = (dt.date.fromisoformat(enclosing.date) - dt.date.fromisoformat(dates[0].date)).days
    return dates[0] if 0 < gap <= _WEEK else None
