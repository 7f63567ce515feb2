"""The typed records that flow through newsevents.

``Article`` goes in, ``ArticleResult`` comes out; everything between is a pure function (see
``pipeline.analyze``). Records are frozen dataclasses with slots so that a stage can never change what an
earlier stage produced, and so that they pickle cheaply to worker processes (and Spark executors).

``Event.to_dict()`` is the public event record of ``newsevents analyze --format jsonl`` (``to_json()`` the
same record as a JSON string); its shape is pinned by ``data/event.schema.json`` and documented in the
README. Change both together, never one. Every record has the same pair: ``to_dict()`` for a plain dict,
``to_json()`` for its JSON text.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from typing import Any, Literal

Modality = Literal["asserted", "intended", "hypothetical", "reported"]
DatePrecision = Literal["day", "month", "year"]


class _Record:
    """What every record offers: ``to_dict()`` (each record defines it) and ``to_json()``, that dict as
    one line of JSON text (non-ASCII kept as is), the form the CLI prints."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def to_json(self) -> str:
        """The record as JSON text: ``json.dumps(self.to_dict())`` keeping non-ASCII characters."""
        return json.dumps(self.to_dict(), ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class Article(_Record):
    """One news article after extraction: clean body text plus the metadata the page gave.

    ``published`` is an ISO 8601 date (``YYYY-MM-DD``) or ``None``: relative dates in the text are
    resolved against it and never against the machine's clock.
    """

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    language: str | None = None
    authors: tuple[str, ...] = ()
    translator: str | None = None
    photo_credits: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    republished_from: str | None = None
    # Set by near-duplicate detection: the id of the article this one copies (syndication).
    duplicate_of: str | None = None
    # Where the article came from (a path, a URL, "<stdin>", "file.warc.gz#record-7"), for messages.
    origin: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 of the whitespace- and case-normalised body: equal for exact duplicates."""
        normal = " ".join(self.text.split()).casefold()
        return hashlib.sha256(normal.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        """The record printed by ``newsevents extract``."""
        out = dataclasses.asdict(self)
        out["authors"] = list(self.authors)
        out["photo_credits"] = list(self.photo_credits)
        out["captions"] = list(self.captions)
        return out


@dataclass(frozen=True, slots=True)
class Rejection(_Record):
    """An input that could not become an article, or an article that produces no events by design.

    ``reason`` is a short machine-readable kind (``missing``, ``unreadable``, ``binary``, ``empty``,
    ``encoding``, ``invalid-json``, ``too-large``, ``not-english``, ``duplicate``, ...); ``detail`` is the
    human sentence printed on stderr.
    """

    origin: str
    reason: str
    detail: str
    article_id: str | None = None

    def message(self) -> str:
        return f"newsevents: {self.origin}: {self.reason}: {self.detail}"

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class Actor(_Record):
    """An event participant: the words in the text and what they resolved to.

    ``code`` is the CAMEO actor code (country + role, e.g. ``USAGOV``; ``IGOUNO`` for the UN). ``name`` is
    the canonical name (a person, an organisation, or the country's name).
    """

    text: str
    name: str | None = None
    country: str | None = None
    role: str | None = None
    code: str | None = None

    def with_role(self, role: str) -> Actor:
        """The same participant in another role of its country (a state's forces as ``MIL``): the code is
        rebuilt from the country and the role, so the two never disagree."""
        return dataclasses.replace(self, role=role, code=f"{self.country}{role}")

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class Place(_Record):
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class Evidence(_Record):
    """Why an event exists: its sentence, the sentence's character span in the article, the trigger word,
    the id of the pattern that fired, and the construction rules that shaped the event after it.

    ``steps`` are ``"<aspect>:<rule-name>"`` strings in the order the rules applied (``"source:subject"``,
    ``"date:own-clause"``); the aspects are source, target, modality, code, date, place, select and
    confidence. Empty for events coded before rules were recorded.
    """

    sentence: str
    start: int
    end: int
    trigger: str
    rule: str
    steps: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        out["steps"] = list(self.steps)
        return out


@dataclass(frozen=True, slots=True)
class Plover(_Record):
    type: str | None
    mode: str | None
    context: str | None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class Event(_Record):
    """One coded event. ``to_dict`` gives the public record (``data/event.schema.json``)."""

    event_id: str
    article_id: str
    date: str | None
    date_precision: DatePrecision | None
    source: Actor
    target: Actor | None
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover: Plover
    modality: Modality
    location: Place | None
    evidence: Evidence
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "date": self.date,
            "date_precision": self.date_precision,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "root": self.root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover.to_dict(),
            "modality": self.modality,
            "location": self.location.to_dict() if self.location else None,
            "evidence": self.evidence.to_dict(),
            "confidence": self.confidence,
        }


def make_event_id(
    article_id: str,
    sentence_start: int,
    trigger_start: int,
    trigger_end: int,
    cameo: str,
    source_code: str | None,
    target_code: str | None,
    date: str | None = None,
) -> str:
    """Stable id: the same article coded the same way gives the same id on any machine, any run.

    The date is part of the key because one trigger can report several events ("went there twice, in May
    1998 and June 2004")."""
    key = "\x1f".join(
        [
            article_id,
            str(sentence_start),
            str(trigger_start),
            str(trigger_end),
            cameo,
            source_code or "",
            target_code or "",
            date or "",
        ]
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Quote(_Record):
    """Direct speech, like GDELT GKG's quotations: who said it, what, and where in the article text."""

    speaker: Actor | None
    quote: str
    start: int
    end: int
    verb: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "verb": self.verb,
        }


@dataclass(frozen=True, slots=True)
class ArticleResult(_Record):
    """Everything the per-article step learned about one article.

    ``rejection`` is set when the article was kept but not coded (non-English, empty after cleaning,
    duplicate); ``events`` is then empty.
    """

    article: Article
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    rejection: Rejection | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "actors": [a.to_dict() for a in self.actors],
            "places": [p.to_dict() for p in self.places],
            "rejection": self.rejection.to_dict() if self.rejection else None,
        }


__all__ = [
    "Actor",
    "Article",
    "ArticleResult",
    "DatePrecision",
    "Event",
    "Evidence",
    "Modality",
    "Place",
    "Plover",
    "Quote",
    "Rejection",
    "make_event_id",
]
