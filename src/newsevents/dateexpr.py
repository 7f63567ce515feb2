"""The dates of an article's date expressions, each resolved on first look (``when.DocDates``): most
expressions sit in sentences with no event, and need not be read at all.

A bare weekday is read back from the dateline's day; when the report was published a day or more after
its dateline, a weekday that falls after the dateline, up to the publication date, is that day: "KYIV,
June 30 - ... bombed the island again on Friday" in a report of Friday July 1 is the news added on
publication, not the Friday six days before the dateline. Not so for background told in the past perfect
("the government, which HAD ISSUED a warrant on Monday"): it happened before the dateline's news.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from newsevents import datetense, doccache, nearyear
from newsevents.coding.rules import declare
from newsevents.datewords import MONTH_NAMES, When, resolve
from newsevents.linehead import LineHeads

PUBLISHED_WEEKDAY = declare(
    "date",
    "published-weekday",
    "a bare weekday that falls after the dateline's day, up to the publication date, is that day, not "
    "the same weekday a week before the dateline",
    "KYIV, June 30 (Wire) - ... Jets bombed the island again on Friday. (published Friday 1 July)",
)
# A weekday alone, perhaps with its part of the day: not "last Friday", "next Friday", "Friday, May 3".
_BARE_WEEKDAY = re.compile(
    r"^(?:on |early |late )*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?: (?:morning|afternoon|evening|night))?$"
)


class Resolved(dict[int, list[When]]):
    """The dates of each expression of ``when.DocDates``, by its first token, resolved on first look."""

    def __init__(
        self,
        ents: list[Span],
        reference: dt.date | None,
        anchors: dict[int, Token | None],
        published: dt.date | None = None,
        heads: LineHeads | None = None,
    ) -> None:
        super().__init__()  # (no reference back to the DocDates: no cycle to wait for the collector)
        self._ents = {e.start: e for e in ents}
        self._reference = reference
        self._anchors = anchors
        self._published = published
        self._heads = heads

    def __missing__(self, start: int) -> list[When]:
        future = datetense.future_clause(self._anchors[start])
        ent = self._ents[start]
        # "1994: ... in November": a line headed by an earlier year reads its bare months in that year
        ref = (self._heads.reference_of(ent) if self._heads else None) or self._reference
        found = resolve_ent(ent, ref, future)
        if not future:
            found = [nearyear.nearer_year(ent.text, w, ref) for w in found]
        whens = self[start] = [self._on_publication(ent, w, future) for w in found]
        return whens

    def _on_publication(self, ent: Span, when: When, future: bool) -> When:
        """``when``, or the publication day's week's reading of a bare weekday (see the module's doc)."""
        ref, published = self._reference, self._published
        if future or ref is None or published is None or published <= ref or when.precision != "day":
            return when
        if not _BARE_WEEKDAY.match(" ".join(ent.text.casefold().split())):
            return when
        if past_perfect(self._anchors.get(ent.start)):
            return when  # (background before the dateline's day, not news added on publication)
        later = dt.date.fromisoformat(when.date) + dt.timedelta(days=7)
        return When.of_day(later) if ref < later <= published else when


def past_perfect(verb: Token | None) -> bool:
    """Whether ``verb`` is told in the past perfect ("had issued", "had been seized")."""
    if verb is None or verb.tag_ != "VBN":
        return False
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in doccache.children(verb))


def resolve_ent(ent: Span, reference: dt.date | None, future: bool) -> list[When]:
    # "in May 1998 and June 2004" may come as one entity: each part is a date of its own.
    text = _with_day(ent)
    parts = [p for p in text.replace(" and ", "|").replace(" or ", "|").split("|") if p.strip()]
    whens = [w for p in parts if (w := resolve(p, reference, future)) is not None]
    if not whens and len(parts) > 1:
        whole = resolve(text, reference, future)
        whens = [whole] if whole else []
    return whens


# Determiners that place a unit of time against the report ("THIS year's clashes", "THIS month's vote"): the
# tagger leaves them out of the expression before a possessive, which then reads as no date at all.
_PLACING = frozenset({"this", "last", "next", "past"})


def _with_day(ent: Span) -> str:
    """The expression's text with the day the tagger left out of it: in "the night of 4 June" the
    entity is "June" alone, its day the number before it that modifies it; in "this year's clashes" it
    is "year" alone, without the "this" that places it."""
    first = ent[0]
    if first.i == 0:
        return ent.text
    before = ent.doc[first.i - 1]
    if before.lower_ in _PLACING and before.head.i == first.i:
        return f"{before.lower_} {ent.text}"
    if first.lower_.rstrip(".") not in MONTH_NAMES:
        return ent.text
    day = ent.doc[first.i - 1]
    if day.dep_ == "nummod" and day.head.i == first.i and day.text.isdigit() and 1 <= int(day.text) <= 31:
        return f"{day.text} {ent.text}"
    return ent.text


def date_anchor(ent: Span) -> Token | None:
    """The nearest verb (or the root) a date expression hangs from; a date the parser hung on a reported
    clause but told before that clause's subject is the reporting verb's ("said ON FRIDAY it would open
    its airspace": Friday is the day of saying, a past day, not a coming one)."""
    tok = ent.root.head
    for _ in range(6):
        if tok.dep_ == "ROOT" or tok.head.i == tok.i:
            return _reporting_verb(ent, tok)
        if (tok.pos_ == "VERB" or tok.pos_ == "AUX") and not _epithet(tok, ent):
            return _reporting_verb(ent, tok)
        tok = tok.head
    return None


def _epithet(verb: Token, ent: Span) -> bool:
    """Whether ``verb`` is a participle used as a place's epithet, which takes no date ("surrounded the
    embassy in occupied Nicosia on Friday", "in besieged Gaza"): the date is the clause's around it."""
    if verb.dep_ == "amod":
        return verb.i < verb.head.i < ent.start
    # (the parser may read "in occupied Nicosia" as a clause after "in" with the place as its object)
    return (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "in"
        and verb.tag_ in ("VBN", "VBD")
        and verb.i + 1 < ent.start
        and verb.doc[verb.i + 1].pos_ == "PROPN"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in doccache.children(verb))
    )


def _reporting_verb(ent: Span, verb: Token) -> Token:
    """``verb``'s governor when ``verb`` heads a reported clause whose subject comes after ``ent`` and
    ``ent`` comes after the governor ("said on Friday it would ..."); else ``verb``."""
    gov = verb.head
    if verb.dep_ != "ccomp" or gov.i == verb.i or not gov.i < ent.start:
        return verb
    subjects = [c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    return gov if subjects and ent.end <= subjects[0].i else verb


def said_over(anchor: Token | None, verb: Token) -> bool:
    """Whether a date the parser hung on reported clause ``verb`` was given to the reporting verb by
    ``date_anchor`` ("said ON FRIDAY it had killed 40 rebels at the end of March"): then it dates the
    saying, not the act, even though it hangs from the act's verb."""
    return anchor is not None and verb.dep_ == "ccomp" and anchor.i == verb.head.i
