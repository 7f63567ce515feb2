"""A relative clause dated to the days of the report is news, not backstory.

``roles._relative_pronoun`` reads a relative clause with a date of its own as backstory ("the rebels, who
overran the town LAST MONTH, ..."), and its relative pronoun then stands for nobody, so no event is coded
from it. A clause dated by a day of the week, "today" or "yesterday" ("Peru, which expelled the envoy ON
MONDAY, called for calm") tells an act of the report's own days, told in passing as wires do: its pronoun
stands for its noun as an undated clause's does.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.diplomacy import arrival
from newsevents.coding.relative_acts import act_told
from newsevents.coding.rules import declare

RECENT_RELATIVE = declare(
    "source",
    "recent-relative",
    "a relative clause dated by a weekday, 'today' or 'yesterday' tells an act of the report's days: its "
    "relative pronoun stands for the noun it hangs from, as in an undated clause",
    "Peru, which expelled the Chilean ambassador on Monday, called for calm.",
)

# Words that date a clause to the report's own days.
_RECENT_DAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"}
)
# Words that push such a day back into backstory ("on Monday last month", "a week ago Sunday").
_EARLIER = frozenset(
    {"ago", "last", "previous", "earlier", "month", "year", "week", "weeks", "months", "years"}
)


def told(clause: Token, dated: Callable[[Token], bool]) -> bool:
    """Whether relative clause ``clause`` tells an act of its own: undated, or dated (``dated``) and news."""
    return not dated(clause) or news(clause)


def news(clause: Token) -> bool:
    """Whether dated relative clause ``clause`` tells news, not backstory: an arrival ("Obama, who landed
    on Sunday for a visit": the visit itself, coding/diplomacy.py), an act of the report's days, or a
    withdrawal, show of force or assault whenever told (coding/relative_acts.py)."""
    return arrival(clause) or recent(clause) or act_told(clause)


def recent(clause: Token) -> bool:
    """Whether relative clause ``clause`` is dated only by a day of the report's week ("on Monday")."""
    dated = [
        t
        for t in doccache.subtree(clause)
        if t.ent_type_ in ("DATE", "TIME") or (t.dep_ == "npadvmod" and t.pos_ == "NOUN")
    ]
    words = {t.lower_ for t in dated}
    return bool(words & _RECENT_DAYS) and not words & _EARLIER
