"""RSS and Atom feeds (feedparser): each entry becomes an article.

An entry gives a title, a link, a date and its content or summary. With fetching on, the linked page is
fetched and extracted instead (feeds often carry only a teaser); when the fetch fails, the entry's own
content is used and nothing is lost.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from typing import Any

import feedparser
import httpx

from ..records import Article, Rejection
from .fetch import DEFAULT_SETTINGS, FetchSettings, fetch_many
from .html import extract_html, html_to_text
from .text import id_from_url, make_article


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            return time.strftime("%Y-%m-%d", parsed)
    return None


def _entry_html(entry: Any) -> str:
    contents = entry.get("content") or []
    for content in contents:
        value = content.get("value") if hasattr(content, "get") else None
        if value:
            return str(value)
    return str(entry.get("summary") or entry.get("description") or "")


def _entry_authors(entry: Any) -> list[str]:
    names = [a.get("name") for a in entry.get("authors") or [] if hasattr(a, "get") and a.get("name")]
    if not names and entry.get("author"):
        names = [entry.get("author")]
    return [str(n) for n in names]


log = logging.getLogger(__name__)


def read_feed(
    data: bytes,
    name: str,
    *,
    default_published: str | None = None,
    fetch: bool = False,
    client: httpx.Client | None = None,
    settings: FetchSettings = DEFAULT_SETTINGS,
) -> Iterator[Article | Rejection]:
    """Articles from the bytes of an RSS or Atom feed; origins are ``name#entry-N``."""
    parsed = feedparser.parse(data)
    entries = list(parsed.entries)
    if not entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            yield Rejection(name, "invalid-feed", f"the feed cannot be parsed ({problem})")
        else:
            yield Rejection(name, "empty", "the feed has no entries")
        return
    site = parsed.feed.get("title") if hasattr(parsed, "feed") else None
    pages: dict[int, Any] = {}
    if fetch:
        links = [(i, str(e.get("link"))) for i, e in enumerate(entries, 1) if e.get("link")]
        for (index, _), (_, result) in zip(
            links, fetch_many([u for _, u in links], client=client, settings=settings), strict=True
        ):
            pages[index] = result
    for index, entry in enumerate(entries, 1):
        origin = f"{name}#entry-{index}"
        link = str(entry.get("link") or "") or None
        art_id = id_from_url(link) if link else id_from_url(f"{name}#{entry.get('id') or index}")
        published = _entry_date(entry)
        page = pages.get(index)
        if page is not None and not isinstance(page, Rejection):
            found = extract_html(
                page.content,
                id=art_id,
                origin=page.url,
                url=page.url,
                charsets=[page.charset],
                fallback_published=published,
                default_published=default_published,
            )
            if isinstance(found, Article):
                yield found
                continue
        if isinstance(page, Rejection):
            # Said out loud: the teaser is often one sentence, so the article codes far less.
            log.warning("%s: %s (%s); coding the feed entry's own text", origin, page.detail, page.reason)
        # No page (not fetching, or the fetch failed): the entry's own content.
        text = html_to_text(_entry_html(entry))
        yield make_article(
            text,
            id=art_id,
            origin=origin,
            default_published=default_published,
            url=link,
            title=entry.get("title"),
            published=published,
            source=site,
            authors=_entry_authors(entry),
        )


__all__ = ["read_feed"]
