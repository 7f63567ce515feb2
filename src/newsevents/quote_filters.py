"""The quote filters, declared once like the event filters (``filters.declare``).

``newsevents quotes``, ``Store.quotes()`` and ``/api/quotes`` all take them; ``store.quotes`` runs the
query (``q`` is the quotes table, ``a`` its article).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from newsevents.filters import conditions, date_bounds, declare, declared, sql_string


def _quote_speaker(f: QuoteFilters, q: str) -> str | None:
    if not f.speaker:
        return None
    pattern = sql_string(f"%{f.speaker}%")
    return "(" + " OR ".join(f"{q}.speaker_{c} ILIKE {pattern}" for c in ("text", "name", "code")) + ")"


def _quote_equal(column: str, attribute: str) -> Any:
    def clause(f: QuoteFilters, q: str) -> str | None:
        value = getattr(f, attribute)
        return f"{q}.{column} = {sql_string(value.upper())}" if value else None

    return clause


def _quote_contains(f: QuoteFilters, q: str) -> str | None:
    return f"{q}.quote ILIKE {sql_string(f'%{f.contains}%')}" if f.contains else None


def _quote_article(f: QuoteFilters, q: str) -> str | None:
    return f"{q}.article_id = {sql_string(f.article)}" if f.article else None


def _quote_source(f: QuoteFilters, q: str) -> str | None:
    return f"a.source ILIKE {sql_string(f.source)}" if f.source else None


def _quote_published(f: QuoteFilters, q: str) -> str | None:
    first, last = date_bounds(f.since, f.until)
    parts = [f"a.published_date >= DATE '{first.isoformat()}'"] if first else []
    parts += [f"a.published_date <= DATE '{last.isoformat()}'"] if last else []
    return " AND ".join(parts) or None


def _quote_none(f: QuoteFilters, q: str) -> str | None:
    return None  # written by ``since`` together with it


@dataclass(frozen=True, slots=True)
class QuoteFilters:
    """The quote filters (all given must hold). Help in each declaration; ``QUOTE_FILTERS`` lists them."""

    speaker: str | None = declare(
        "text", "Substring (case-insensitive) of the speaker's text, name or code.", _quote_speaker
    )
    country: str | None = declare(
        "text",
        "ISO 3166 alpha-3 country of the speaker, e.g. KOR.",
        _quote_equal("speaker_country", "country"),
        pattern=r"[A-Za-z]{3}",
    )
    role: str | None = declare(
        "text",
        "CAMEO role of the speaker, e.g. GOV.",
        _quote_equal("speaker_role", "role"),
        pattern=r"[A-Za-z]{3}",
    )
    contains: str | None = declare(
        "text", "Substring (case-insensitive) of the quoted words.", _quote_contains
    )
    article: str | None = declare("text", "Quotes of this article id.", _quote_article)
    source: str | None = declare(
        "text", "Quotes in articles of this outlet (case-insensitive, % wildcards).", _quote_source
    )
    since: str | dt.date | None = declare(
        "date", "Articles published on or after this date.", _quote_published
    )
    until: str | dt.date | None = declare(
        "date", "Articles published on or before the end of this date.", _quote_none
    )

    def where(self, alias: str = "q") -> str:
        """The SQL condition on ``quotes AS {alias}`` joined to ``articles AS a``."""
        return conditions(self, QUOTE_FILTERS, alias)


QUOTE_FILTERS = declared(QuoteFilters)


__all__ = ["QUOTE_FILTERS", "QuoteFilters"]
