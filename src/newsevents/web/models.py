"""The JSON API's response models: what each endpoint returns, typed, for clients and the OpenAPI document.

Every JSON response is built through one of these models (``api`` validates the store's rows with them
and serialises the result), so the OpenAPI document's schemas (``schemas()``) are the shape clients
receive, not a description kept beside it. Fields mirror the store's columns (``EVENT_COLUMNS``,
``MENTION_COLUMNS``, ``ARTICLE_COLUMNS``, ``QUOTE_FIELDS``, ``versions.VERSION_FIELDS``; a test checks
they stay equal); columns a
newer store adds are ignored until a model names them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import models_json_schema


class Model(BaseModel):
    """The base of the API's models: frozen; unknown keys ignored (a newer store's extra columns)."""

    model_config = ConfigDict(frozen=True, extra="ignore")


class ErrorBody(Model):
    status: int = Field(description="The HTTP status.")
    code: str = Field(description="A machine-readable code: bad-parameter, unknown-parameter, not-found...")
    message: str = Field(description="What was wrong, for a human.")


class Error(Model):
    """The one error envelope of the API."""

    error: ErrorBody


class Event(Model):
    """A real-world event: the mentions of it in every article merged (GDELT's Events table)."""

    id: int
    date: dt.date | None = Field(description="When it happened (None: the text gave no date).")
    date_precision: str | None = Field(description="day, month or year.")
    date_from_published: bool = Field(description="The date is the article's publication date.")
    actor1_text: str | None
    actor1_name: str | None
    actor1_country: str | None = Field(description="ISO 3166 alpha-3.")
    actor1_role: str | None
    actor1_code: str | None = Field(description="CAMEO actor code.")
    actor2_text: str | None
    actor2_name: str | None
    actor2_country: str | None
    actor2_role: str | None
    actor2_code: str | None
    cameo: str = Field(description="CAMEO event code.")
    base_code: str
    root: str = Field(description="CAMEO root code, 01-20.")
    quad_class: int | None = Field(
        description="1 verbal coop., 2 material coop., 3 verbal conflict, 4 material."
    )
    goldstein: float | None = Field(description="Goldstein scale, -10 to +10.")
    plover_type: str | None
    plover_mode: str | None
    plover_context: str | None
    modality: str | None
    place_name: str | None
    place_country: str | None
    place_admin1: str | None
    place_lat: float | None
    place_lon: float | None
    place_geonames_id: int | None
    is_root: bool
    num_mentions: int
    num_sources: int
    num_articles: int
    avg_tone: float | None
    confidence: float | None
    first_seen: dt.date | None
    last_seen: dt.date | None
    source_url: str | None
    added_at: dt.datetime


class Mention(Model):
    """One article's report of an event, with its evidence: the sentence and the offsets into the text."""

    id: str
    event_id: int
    article_id: str
    date: dt.date | None
    date_precision: str | None
    actor1_text: str | None
    actor1_name: str | None
    actor1_country: str | None
    actor1_role: str | None
    actor1_code: str | None
    actor2_text: str | None
    actor2_name: str | None
    actor2_country: str | None
    actor2_role: str | None
    actor2_code: str | None
    cameo: str
    root: str
    quad_class: int | None
    goldstein: float | None
    plover_type: str | None
    plover_mode: str | None
    plover_context: str | None
    modality: str | None
    place_name: str | None
    place_country: str | None
    place_lat: float | None
    place_lon: float | None
    sentence: str | None
    sentence_start: int | None = Field(description="Offset of the sentence in the article text.")
    sentence_end: int | None
    trigger: str | None
    rule: str | None = Field(description="The pattern that coded it.")
    steps: list[str] = Field(description="The construction steps after the trigger.")
    confidence: float | None
    tone: float | None
    source: str | None = Field(description="The article's outlet.")
    syndicated: bool = Field(description="The article is a copy: it adds no source.")
    in_lead: bool


class EventMention(Mention):
    """A mention as an event lists it: with its article's title, URL and publication."""

    article_title: str | None
    article_url: str | None
    article_published: str | None


class EventDetail(Event):
    """An event with every mention and its evidence."""

    mentions: list[EventMention]


class Article(Model):
    """A stored article's metadata (no text)."""

    id: str
    url: str | None
    title: str | None
    published: str | None = Field(description="As given (ISO 8601).")
    published_date: dt.date | None
    source: str | None = Field(description="The outlet.")
    language: str | None
    authors: list[str] | None
    translator: str | None
    republished_from: str | None
    duplicate_of: str | None
    words: int | None
    tone: float | None
    num_events: int
    rejection: str | None = Field(description="Why it was kept but not coded (non-English, ...).")


class Actor(Model):
    """An actor found in an article."""

    text: str | None
    name: str | None
    country: str | None
    role: str | None
    code: str | None


class Place(Model):
    """A place found in an article (GeoNames)."""

    name: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None


class ArticleQuote(Model):
    """Direct speech in an article, with its offsets into the text."""

    speaker_name: str | None
    speaker_code: str | None
    quote: str | None
    start: int | None
    end: int | None
    verb: str | None


class ArticleVersion(Model):
    """One version of an article: each text stored under its id (with the ``revisions`` setting, a page
    fetched again with another text is its next version; its earlier mentions are retracted)."""

    version: int = Field(description="1 for the first text stored under this id.")
    current: bool = Field(description="This is the article's text now (the last version).")
    content_hash: str
    title: str | None
    url: str | None
    published: str | None
    stored_at: dt.datetime = Field(description="When this version was stored.")
    replaced_at: dt.datetime | None = Field(description="When the next version replaced it.")
    num_mentions: int = Field(
        description="Its event mentions (a replaced version's, retracted when it was replaced)."
    )
    event_ids: list[int] = Field(description="The events its mentions reported.")
    text: str | None = Field(description="A replaced version's text (null for the current one: see text).")


class ArticleDetail(Article):
    """An article with its text, what was found in it, and its versions, oldest first."""

    text: str
    mentions: list[Mention]
    actors: list[Actor]
    places: list[Place]
    quotes: list[ArticleQuote]
    versions: list[ArticleVersion]


class Quote(Model):
    """A quote with its speaker and its article's outlet, date, title and URL."""

    article_id: str
    n: int = Field(description="Its position among the article's quotes.")
    published_date: dt.date | None
    source: str | None
    speaker_text: str | None
    speaker_name: str | None
    speaker_country: str | None
    speaker_role: str | None
    speaker_code: str | None
    verb: str | None
    quote: str | None
    start: int | None
    end: int | None
    title: str | None
    url: str | None


class ActorCount(Model):
    """An actor of the matching events: how often it is source and target."""

    code: str
    name: str | None
    country: str | None
    role: str | None
    as_source: int
    as_target: int
    events: int


class Page(Model):
    """The paging envelope: ``total`` matching rows, this page's ``count`` of ``items``."""

    total: int
    limit: int
    offset: int
    count: int


class EventPage(Page):
    items: list[Event]


class ArticlePage(Page):
    items: list[Article]


class ActorPage(Page):
    items: list[ActorCount]


class QuotePage(Page):
    items: list[Quote]


class Bucket(Model):
    """One period of the timeline: dated events, their mean Goldstein, counts per quad class or root."""

    period: dt.date
    total: int
    avg_goldstein: float
    counts: dict[str, int]


class Timeline(Model):
    interval: str
    by: str
    buckets: list[Bucket]


class Dyad(Model):
    """A (source, target) pair with its events per QuadClass."""

    source: str
    target: str
    count: int
    quad1: int
    quad2: int
    quad3: int
    quad4: int
    avg_goldstein: float | None


class Dyads(Model):
    level: str
    items: list[Dyad]


RESPONSE_MODELS: tuple[type[Model], ...] = (
    Error,
    EventPage,
    EventDetail,
    ArticlePage,
    ArticleDetail,
    ActorPage,
    QuotePage,
    Timeline,
    Dyads,
)


def schemas() -> dict[str, Any]:
    """The JSON Schemas of ``RESPONSE_MODELS`` and the models they use, keyed by model name, with
    references into an OpenAPI document's ``#/components/schemas``."""
    _, top = models_json_schema(
        [(m, "serialization") for m in RESPONSE_MODELS], ref_template="#/components/schemas/{model}"
    )
    found: dict[str, Any] = top.get("$defs", {})
    return found


__all__ = [
    "RESPONSE_MODELS",
    "Actor",
    "ActorCount",
    "ActorPage",
    "Article",
    "ArticleDetail",
    "ArticlePage",
    "ArticleQuote",
    "ArticleVersion",
    "Bucket",
    "Dyad",
    "Dyads",
    "Error",
    "Event",
    "EventDetail",
    "EventMention",
    "EventPage",
    "Mention",
    "Page",
    "Place",
    "Quote",
    "QuotePage",
    "Timeline",
    "schemas",
]
