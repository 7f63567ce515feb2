"""The base of an offset whose clause the parser made the sentence's root: "A gunman killed 40 people at
a youth camp on Friday, two hours after a car bomb tore through the ministries." The parser may hang the
main clause under the subject and make the clause after "two hours after" the root, with "after" as its
own mark: the offset then counts from its own clause, which has no date. What is told before the unit is
the clause it counts from; the last day it gives ("on Friday") is the base.

An offset parsed onto an undated clause nested in the sentence ("moved in on Sunday to hunt men they say
are hiding there, two days after jets bombed it") counts from the main clause's date, as it is told.

Helper of ``newsevents.when`` (``DocDates._offset``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.datewords import When, date_words
from newsevents.sentencedates import SentenceDates


def root_offset_base(ref: Token, dates: SentenceDates, own: Callable[[Token], list[When]]) -> When | None:
    """The date an offset counts from when its reference ``ref`` is an undated verb: the main clause's
    own date when ``ref`` is nested below it; when ``ref`` is the root itself, with the offset's "after"
    or "before" as its own mark, the last day told before the offset's unit; else None."""
    if ref.pos_ not in ("VERB", "AUX"):
        return None
    root = doccache.sent(ref).root
    if root.i != ref.i:
        return next(iter(own(root)), None)
    unit = _unit_before_mark(ref)
    if unit is None:
        return None
    for ent, _ in reversed(dates.anchored()):
        if ent.end <= unit.i and (days := dates.day_records(ent)):
            return days[0]
    return None


def _unit_before_mark(verb: Token) -> Token | None:
    """The unit ("hours" in "two hours after") hanging from ``verb`` right before its "after"/"before"
    mark, also hanging from it."""
    subordinators = date_words().subordinators
    children = doccache.children(verb)
    mark = next((c for c in children if c.dep == labels.MARK and c.lower_ in subordinators), None)
    if mark is None:
        return None
    return next((c for c in children if c.dep == labels.NPADVMOD and c.i == mark.i - 1), None)
