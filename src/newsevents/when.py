"""Event dates: the date expression of an event's own clause, resolved against the publication date.

"June 30, 2019" and "in August 2009" are absolute; "on Sunday", "yesterday", "last month", "October 9" are
resolved against the article's publication date; without one they resolve to nothing. The machine's clock
is never used. Parsing is dateparser's; this module decides which expressions count as a point in time
(not a duration such as "two years", nor a decade such as "the 1990s") and at what precision.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from dateparser.date import DateDataParser
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import newsevents.annotations  # noqa: F401  (declares the Doc attributes)
from newsevents.coding import syntax
from newsevents.coding.lexicon import lexicon
from newsevents.coding.rules import declare
from newsevents.errors import DataFileError
from newsevents.records import DatePrecision

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_RELATIVE = re.compile(r"\b(yesterday|today|tonight|tomorrow|ago|last|next|previous|this)\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DECADE = re.compile(r"\b\d{2,4}'?s\b")
# Words that make a date expression a span or a vague period rather than a point in time.
_VAGUE = re.compile(
    r"\b(weeks?|decades?|centur(y|ies)|era|period|season|years|months|days|hours|"
    r"recent|past|coming|within|over|during|war|anniversary|weekend)\b",
    re.I,
)
_STARTS_DATE = re.compile(
    r"^(\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|"
    r"tonight|tomorrow|last|next|this|previous|early|late|mid|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|a$|an$)",
    re.I,
)
_LEADING = re.compile(r"^(on|in|at|since|by|from|until|of|the|a|an|early|late|mid|earlier|later)\s+", re.I)


@dataclass(frozen=True, slots=True)
class When:
    """A resolved date: ``YYYY-MM-DD``/``YYYY-MM``/``YYYY`` with its precision."""

    date: str
    precision: DatePrecision

    @classmethod
    def of_day(cls, day: dt.date) -> When:
        return cls(day.isoformat(), "day")


def parse_published(value: str | None) -> dt.date | None:
    """An article's ``published`` (ISO date or datetime) as a date, or ``None`` if absent or unusable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@functools.lru_cache(maxsize=64)
def _parser(base: dt.date, year_required: bool) -> DateDataParser:
    # One parser per reference date: dateparser fixes its settings when the parser is built, and the
    # articles of one batch share a handful of publication dates.
    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["year"] if year_required else [],
    }
    return DateDataParser(languages=["en"], settings=settings)


def _weekday(text: str) -> int | None:
    words = text.casefold().split()
    if len(words) == 1 and words[0] in _WEEKDAYS:
        return _WEEKDAYS.index(words[0])
    return None


@functools.lru_cache(maxsize=4096)
def resolve(text: str, published: dt.date | None) -> When | None:
    """The point in time ``text`` (a date expression from an article) names, or ``None``.

    Relative expressions need ``published``; without it only expressions with a year resolve.
    """
    words = text.strip().strip(",.;:()").replace("’", "'").split()
    # Date entities often carry lead-in words ("the date June 30, 2019", "as early as 2010"): drop them
    # until the expression starts with something a date can start with.
    while words and not _STARTS_DATE.match(words[0]):
        words = words[1:]
    clean = " ".join(words)
    while _LEADING.match(clean):
        clean = _LEADING.sub("", clean, count=1)
    # What is left may again start with a lead-in ("as early as 2010" -> "as 2010").
    words = clean.split()
    while words and not _STARTS_DATE.match(words[0]):
        words = words[1:]
    clean = " ".join(words)
    lower = clean.casefold()
    ago = lower.endswith(" ago")  # "two years ago" is a point in time, "two years" a duration
    if not clean or _DECADE.search(lower) or (_VAGUE.search(lower) and not ago):
        return None
    has_year = bool(_YEAR.search(lower))
    relative = bool(_RELATIVE.search(lower))
    found = set(re.findall(r"[a-z]+", lower))
    if not (has_year or relative or found & set(_MONTHS) or found & set(_WEEKDAYS)):
        return None
    if published is None and not has_year:
        return None
    base = published or dt.date(2000, 1, 1)  # only reached with an explicit year, which overrides it
    weekday = _weekday(clean)
    if weekday is not None and published is not None:
        # News writes "on Sunday" for the most recent Sunday, and "on Tuesday" in a Tuesday paper is today.
        return When.of_day(published - dt.timedelta(days=(published.weekday() - weekday) % 7))
    try:
        data = _parser(base, published is None).get_date_data(clean)
    except (ValueError, OverflowError):
        return None
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    if data.period == "day":
        return When.of_day(day)
    if data.period == "month":
        return When(day.strftime("%Y-%m"), "month")
    if data.period == "year":
        return When(str(day.year), "year")
    return None


# -- the dates stage ----------------------------------------------------------------------------------

OWN_CLAUSE = declare(
    "date",
    "own-clause",
    "the date expression that hangs from the event's own clause",
    "Helsinki recalled its envoy on 4 May.",
)
SHARED_CONJUNCT = declare(
    "date",
    "shared-conjunct",
    "a coordinated verb shares its head's date",
    "The ministers met in Accra on Friday and signed a transit accord.",
)
SENTENCE = declare(
    "date",
    "sentence",
    "a date of the sentence that no other event of the sentence claims",
    "In March 2011, protesters filled the square as police watched.",
)
SEQUEL = declare(
    "date",
    "sequel",
    "an event told as the sequel of the last one ('then') shares its date",
    "The envoy landed in Lomé on Monday. He then drove to the border.",
)
PUBLISHED = declare(
    "date",
    "published",
    "an event whose text gives no date is dated by the publication date",
    "Jakarta condemned the raid. (published 2 March)",
)


@functools.lru_cache(maxsize=1)
def role_day_defaults() -> tuple[int, int]:
    """``data/dates.toml``: the month and day on which roles are read for a month- or year-precise date."""
    text = resources.files("newsevents").joinpath("data/dates.toml").read_text(encoding="utf-8")
    try:
        table = tomllib.loads(text)["role_day"]
        month, day = int(table["month"]), int(table["day"])
        dt.date(2001, month, day)
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise DataFileError(f"data/dates.toml: bad [role_day] ({exc})") from exc
    return month, day


def role_day(when: When | None) -> dt.date | None:
    """The day on which to read the roles of an event dated ``when`` (see ``data/dates.toml``)."""
    if when is None:
        return None
    month, day = role_day_defaults()
    parts = when.date.split("-")
    return dt.date(
        int(parts[0]), int(parts[1]) if len(parts) > 1 else month, int(parts[2]) if len(parts) > 2 else day
    )


class DocDates:
    """The date expressions of one article, resolved against its publication date (``doc._.ne_dates``),
    and the choice of an event's date among them."""

    def __init__(self, doc: Doc, published: dt.date | None) -> None:
        self.published = published
        self.ents = [e for e in doc.ents if e.label_ == "DATE"]
        self._resolved = {e.start: _resolve_ent(e, published) for e in self.ents}
        # Roles of undated events are read on the article's day: its publication date, else the first
        # full date it gives (when its story is set), never the machine's clock.
        self.story_day = published or next(
            (
                dt.date.fromisoformat(w.date)
                for e in self.ents
                for w in _resolve_ent(e, None)
                if w.precision == "day"
            ),
            None,
        )

    def event_dates(
        self, tok: Token, sent: Span, triggers: set[int], last_dated: When | None
    ) -> tuple[list[When], bool, str | None]:
        """The dates of the event at ``tok`` (several when one clause gives several: "in 1994 and
        2010"), whether they come from the text rather than the publication date, and the rule used.
        ``triggers`` are the token indices of every trigger of the sentence: a date that hangs from
        another trigger is that event's, not this one's."""
        sent_ents = [e for e in self.ents if sent.start <= e.start < sent.end]
        whens, step = self._own(tok, sent_ents, triggers)
        if whens:
            return whens, True, step
        unclaimed = [
            w
            for e in sent_ents
            if (a := _date_anchor(e)) is None or a.i not in triggers
            for w in self._resolved[e.start]
        ]
        if unclaimed:
            return unclaimed[:1], True, SENTENCE
        return self.fallback(tok, last_dated)

    def fallback(self, tok: Token, last_dated: When | None) -> tuple[list[When], bool, str | None]:
        """The date of an event whose sentence gives none: the last event's for a sequel ("then"), else
        the publication date, else none."""
        sequel = any(
            c.lower_ in lexicon().sequel_adverbs for t in syntax.clause_chain(tok) for c in t.children
        )
        if sequel and last_dated is not None:
            return [last_dated], True, SEQUEL
        if self.published is not None:
            return [When.of_day(self.published)], False, PUBLISHED
        return [], False, None

    def _own(self, tok: Token, ents: list[Span], triggers: set[int]) -> tuple[list[When], str]:
        """Dates in the trigger's own clause: those hanging from it (or from its light-verb head)."""
        heads = {tok.i}
        if tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ == "VERB":
            heads.add(tok.head.i)
        whens: list[When] = []
        for ent in ents:
            anchor = _date_anchor(ent)
            if anchor is not None and (
                anchor.i in heads or (anchor.i not in triggers and ent.root.head.i in heads)
            ):
                whens.extend(self._resolved[ent.start])
            elif ent.root.head.i == tok.i or (ent.root.head.head.i == tok.i and ent.root.head.dep_ == "prep"):
                whens.extend(self._resolved[ent.start])
        if whens:
            return list(dict.fromkeys(whens)), OWN_CLAUSE
        head = tok
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
            if head.i in triggers:
                shared, _ = self._own(head, ents, triggers - {tok.i})
                if shared:
                    return shared, SHARED_CONJUNCT
        return [], OWN_CLAUSE


def _date_anchor(ent: Span) -> Token | None:
    """The nearest verb (or the root) a date expression hangs from."""
    tok = ent.root.head
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT" or tok.head is tok:
            return tok
        tok = tok.head
    return None


def _resolve_ent(ent: Span, published: dt.date | None) -> list[When]:
    # "in May 1998 and June 2004" may come as one entity: each part is a date of its own.
    parts = [p for p in ent.text.replace(" and ", "|").replace(" or ", "|").split("|") if p.strip()]
    whens = [w for p in parts if (w := resolve(p, published)) is not None]
    if not whens and len(parts) > 1:
        whole = resolve(ent.text, published)
        whens = [whole] if whole else []
    return whens


@Language.factory("newsevents_dates")
def make_date_stage(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Stage ``newsevents_dates``: reads ``doc._.ne_published`` and the DATE entities; writes
    ``doc._.ne_dates`` (``DocDates``)."""

    def annotate(doc: Doc) -> Doc:
        doc._.ne_dates = DocDates(doc, doc._.ne_published)
        return doc

    return annotate
