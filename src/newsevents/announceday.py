"""The day of an announcement: "Quito will reopen the crossing on Monday, the government said on Friday".

An announced decision is coded as the announcement (corpus/README.md: intent 03 for a cooperative act,
threat 13 for a coercive one), so it is dated by the day it was announced, not by the day the act is to
take effect: the announcement happened, the act has not. The date stage reads the trigger's own clause
and finds the act's coming day ("on Monday", "from Aug. 1"); when the verb of saying that reports the
announcement has a day of its own before it, that day is the event's. A meeting or visit to come keeps its
day ("the leaders will meet on Thursday, officials said on Tuesday": the corpus dates meetings to come by
the meeting, and coding/scheduled.py codes one on the calendar as the meeting), and so does an
announcement whose verb of saying has no date of its own (the act's day is the only one the text gives).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.coding import syntax
from newsevents.coding.lexicon import kind_of
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare
from newsevents.dated import own_dates
from newsevents.datewords import When
from newsevents.when import OWN_CLAUSE, DocDates

ANNOUNCED_DAY = declare(
    "date",
    "announced-day",
    "an announced decision coded as the announcement (03x, 13x) is dated by the day of the verb of saying "
    "that reports it, not by the coming day the act is to take effect",
    "Quito will reopen the border crossing on Monday, the government said on Friday.",
)
# The roots of an announcement: intent to cooperate (03), threat (13).
_ANNOUNCED_ROOTS = frozenset({"03", "13"})
# A meeting or visit promised keeps its own day, as the corpus dates meetings to come by the meeting.
_MEETING_ROOT = "04"
_Dated = tuple[list[When], bool, str | None]


def announced_day(trigger: Trigger, found: _Dated, dates: DocDates) -> _Dated:
    """``found`` (the trigger's dates, whether its own, the rule), or the day of the verb of saying that
    reports the announcement when the act's own day lies after it."""
    whens, own, rule = found
    if rule != OWN_CLAUSE or not own or len(whens) != 1 or whens[0].precision == "year":
        return found
    if trigger.modality != "intended" or trigger.coded_as[:2] not in _ANNOUNCED_ROOTS:
        return found
    if trigger.pattern.code[:2] == _MEETING_ROOT:
        return found  # ("the leaders will meet on Thursday, officials said on Tuesday": the meeting's day)
    said = _saying_day(trigger.token, dates)
    if said is None or said.date >= whens[0].date[: len(said.date)]:
        return found  # (the act's day is not after the announcement: it is no coming day)
    return [said], True, ANNOUNCED_DAY


def _saying_day(tok: Token, dates: DocDates) -> When | None:
    """The one day the nearest verb of saying above ``tok`` gives in its own clause ("said ON FRIDAY")."""
    for gov in syntax.governors(tok):
        if kind_of(gov) != "report":
            continue
        days = [w for w in own_dates(dates, gov) if w.precision == "day"]
        return days[0] if len(days) == 1 else None
    return None
