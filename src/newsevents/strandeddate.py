"""A date the parser pulled into the next noun phrase: "On Sunday Chilean troops took the hill".

Without a comma after a fronted "On Sunday", the small English model often reads the weekday as a
compound of the words that follow ("Sunday Chilean troops", "Monday Peru") and leaves the preposition
without an object. The date then looks bound to a noun ("Sunday's election") and dates no clause, so
the event falls back on the dateline. A weekday or "Month Day" right after a bare "on"/"in" still
dates the clause it opens.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsevents import doccache
from newsevents.datewords import MONTH_NAMES

# Prepositions that open a fronted date of an act ("On Sunday ...", "In March ...").
_OPENERS = frozenset({"on", "in"})
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Dependents through which a preposition holds its object.
_OBJECT_DEPS = frozenset({"pobj", "pcomp"})


def stranded(ent: Span) -> bool:
    """Whether ``ent`` (a DATE entity) is the lost object of the "on"/"in" just before it: a weekday or
    a month the parser made a compound of the following noun phrase ("On Sunday Chilean troops ...",
    "on Monday Peru shot down ..."), the preposition holding no object or only that phrase."""
    if ent.start == 0 or ent.root.dep_ not in ("compound", "nmod", "npadvmod"):
        return False
    prep = ent.doc[ent.start - 1]
    if prep.lower_ not in _OPENERS or prep.dep_ != "prep":
        return False
    if not {t.lower_ for t in ent} & (_WEEKDAYS | MONTH_NAMES):
        return False
    objects = [c for c in doccache.children(prep) if c.dep_ in _OBJECT_DEPS]
    # "on [Monday Peru]": the object is the phrase the date was fused into, which the date modifies
    return not objects or all(ent.root.head.i == o.i or ent.root.head.head.i == o.i for o in objects)
