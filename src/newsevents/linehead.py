"""Dates at the head of a line: the entries of chronologies, timelines and wire bulletins.

Digests and timelines give each entry its date once, at the start of its line, and tell the entry's
events in undated clauses after it: "March 24 - Jets strike ...", "AUG 9, 16:00 - TBILISI - Parliament
approves ...", "JULY 12 0915 BEIRUT - ...", "1998: Troops occupy the town in May; jets bomb the airport
in June." The parser seldom hangs the head's date on the entry's verb (it reads "March 24 - NATO" as one
noun phrase), so an undated event of such a line fell back to the publication date. Here the heads are
read from the text itself: an event of a headed line with no date of its own takes the head's date; a
bare month or day in a line headed by another year than the report's is read in that year ("1994: ...
in November" is November 1994, not the November before the report).

Only a line's first characters count, and only a date followed by a dash, a colon, a time of day or a
capitalised place name: a sentence that merely opens with a date ("May 4 was quiet") has none of these.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsevents.annotations import doc_text
from newsevents.coding.rules import declare
from newsevents.datewords import When, resolve

__all__ = ["LINE_HEAD", "LineHead", "LineHeads", "head_spans"]

LINE_HEAD = declare(
    "date",
    "line-head",
    "an undated event of a chronology or bulletin line takes the date at the head of its line",
    "March 24 - Jets strike the capital's airport.",
)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# What may follow a head's date: a dash or colon, else a time of day ("19:40", "0915") and then one, or
# a capitalised dateline place before the dash ("JULY 12 0915 BEIRUT -").
_TIME = r"(?:\d{1,2}[:.]\d{2}|\d{4})(?:\s*(?:GMT|UTC|[AP]\.?M\.?|local time))?"
_PLACE_DASH = r"[A-Z][A-Z .'/]{2,}\s[-\u2013\u2014]"
_AFTER = rf"(?:,?\s*{_TIME})?,?\s*(?:[-\u2013\u2014:](?:\s*{_PLACE_DASH})?|{_PLACE_DASH})"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_MONTH_DAY = rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>\d{{4}}))?"
_DAY_MONTH = rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})(?:\s+(?P<year>\d{{4}}))?"
_HEADS = (
    re.compile(rf"(?im)^[ \t]*{_WEEKDAY}{_MONTH_DAY}(?-i:{_AFTER})"),
    re.compile(rf"(?im)^[ \t]*{_WEEKDAY}{_DAY_MONTH}(?-i:{_AFTER})"),
    re.compile(r"(?m)^[ \t]*(?P<year>1[89]\d\d|20\d\d)\s*[:\u2013\u2014-]\s"),
)
# A live blog's time stamp ("06:10 -", "14:05 GMT -"): no date, but a head the entry's sentence starts after.
_STAMP = re.compile(rf"(?m)^[ \t]*{_TIME}\s*[-\u2013\u2014]\s")
_FOUR_DIGITS = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True, slots=True)
class LineHead:
    """One headed line: its character span, the head's date and the year it sets for the line."""

    start: int
    end: int
    when: When
    year: int


class LineHeads:
    """The headed lines of one article, found once (``when.DocDates``)."""

    def __init__(self, doc: Doc, reference: dt.date | None) -> None:
        self.reference = reference
        # (the recorded text: ``Doc.text`` joins every word's text anew at each read)
        self._heads = _find(doc_text(doc), reference) if reference is not None else []
        self._starts = [h.start for h in self._heads]

    def __bool__(self) -> bool:
        return bool(self._heads)

    def at(self, char: int) -> LineHead | None:
        """The headed line that holds the character at ``char``, if any."""
        k = bisect.bisect_right(self._starts, char) - 1
        if k < 0:
            return None
        head = self._heads[k]
        return head if head.start <= char < head.end else None

    def of(self, tok: Token) -> When | None:
        """The head date of the line ``tok`` stands in."""
        head = self.at(tok.idx)
        return head.when if head is not None else None

    def reference_of(self, ent: Span) -> dt.date | None:
        """The day to read ``ent`` from: the last day of its line's year when the line is headed by another
        year than the report's and ``ent`` names no year of its own; else ``None`` (the report's)."""
        head = self.at(ent.start_char)
        if head is None or self.reference is None or head.year == self.reference.year:
            return None
        if _FOUR_DIGITS.search(ent.text) or head.year > self.reference.year:
            return None
        return dt.date(head.year, 12, 31)


def _find(text: str, reference: dt.date) -> list[LineHead]:
    found: dict[int, LineHead] = {}
    for pattern in _HEADS:
        for m in pattern.finditer(text):
            start = m.start()
            if start in found:
                continue
            end = text.find("\n", m.end())
            when = _head_date(m, reference)
            if when is not None:
                found[start] = LineHead(start, len(text) if end < 0 else end, when, int(when.date[:4]))
    return [found[k] for k in sorted(found)]


def _head_date(m: re.Match[str], reference: dt.date) -> When | None:
    groups = m.groupdict()
    year = groups.get("year")
    if groups.get("month") is None:
        return When(year, "year") if year and int(year) <= reference.year else None
    text = f"{groups['month'].rstrip('.')} {groups['day']}" + (f", {year}" if year else "")
    when = resolve(text, reference)
    if when is None or when.precision != "day" or when.date > reference.isoformat():
        return None
    return when


def head_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the line heads of ``text`` (dates and time stamps with their dashes, and a
    bulletin's place): the parser reads "Feb 22 - Rebels led by ..." as one noun phrase unless the head
    is a sentence of its own (``newsevents.paragraphs``)."""
    spans = {m.start(): m.end() for pattern in (*_HEADS, _STAMP) for m in pattern.finditer(text)}
    return sorted(spans.items())
