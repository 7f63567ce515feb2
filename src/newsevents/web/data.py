"""The explorer's read-side queries: the store's query layer, under the names the pages use.

The SQL lives in the store (``store.browse``: pages of events, articles and actors, facets, records with
their evidence; ``store.stats``: timelines, dyads, places, totals), where Python users reach the same
functions through ``Store``. Every function only reads, through ``Database.read()``.
"""

from __future__ import annotations

from typing import Any

from newsevents.filters import EVENT_SORTS
from newsevents.store.browse import (
    ARTICLE_COLUMNS,
    MENTION_COLUMNS,
    facets,
    first_mentions,
    get_article,
    get_event,
    list_actors,
    list_articles,
    list_events,
)
from newsevents.store.database import Database
from newsevents.store.jsonrows import jsonable
from newsevents.store.quotes import list_quotes
from newsevents.store.stats import INTERVALS, auto_interval, country_counts, dyads, places, timeline, totals


def summary(db: Database) -> dict[str, Any]:
    """Row counts and the date range of the whole store, for the overview's header."""
    return totals(db)


__all__ = [
    "ARTICLE_COLUMNS",
    "EVENT_SORTS",
    "INTERVALS",
    "MENTION_COLUMNS",
    "auto_interval",
    "country_counts",
    "dyads",
    "facets",
    "first_mentions",
    "get_article",
    "get_event",
    "jsonable",
    "list_actors",
    "list_articles",
    "list_events",
    "list_quotes",
    "places",
    "summary",
    "timeline",
    "totals",
]
