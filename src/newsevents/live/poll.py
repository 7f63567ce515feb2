"""One round's reading: what is new in each source, as the records the runner takes.

Feeds are fetched with a conditional GET (a 304 costs one request and nothing else); an entry whose page
was dealt with before (``state.seen``) is not fetched again; the pages of the others are fetched politely
(``polite``) and extracted, the entry's own text standing in when a page has none. Folders give the files
not read before, in sorted order. Each page or file is a ``state.Unit`` of the round's ``Ledger``.

What fails is logged (``Poll.fail``) and never stops the round: a transient failure (a timeout, a 5xx)
leaves its page unmarked so the next round tries again; a permanent one (a robots.txt disallow, a 404)
becomes a stored rejection and its page is marked, so it is not asked for again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from newsevents.config import Settings
from newsevents.ingest import input_files, read
from newsevents.ingest.fetch import FetchSettings, Page
from newsevents.live import state
from newsevents.live.polite import Polite, is_transient
from newsevents.live.sources import Feed, Folder, Source
from newsevents.records import Article, Rejection
from newsevents.store.database import Database


@dataclass(slots=True)
class Counts:
    """What a round's polling did: feeds asked, unchanged (304) and failed; pages fetched; files read."""

    feeds: int = 0
    not_modified: int = 0
    failed: int = 0
    pages: int = 0
    files: int = 0
    # feed URL -> (ETag, Last-Modified) to save once every entry of the feed is dealt with
    validators: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    retry: set[str] = field(default_factory=set)  # feeds with an entry to try again next round


class Poll:
    """The records of one round over ``sources``, registering each unit in ``ledger``; stops early (at a
    record boundary) when ``stop`` is set."""

    def __init__(
        self,
        database: Database,
        settings: Settings,
        polite: Polite,
        ledger: state.Ledger,
        stop: threading.Event,
        fail: Callable[[str], object],
    ) -> None:
        self.database = database
        self.settings = settings
        self.polite = polite
        self.ledger = ledger
        self.stop = stop
        self.fail = fail
        self.counts = Counts()
        self._keys: set[str] = set()  # units of this round (one link may be in two feeds)

    def records(self, sources: list[Source]) -> Iterator[Article | Rejection]:
        for source in sources:
            if self.stop.is_set():
                return
            if isinstance(source, Feed):
                yield from self._feed(source.url)
            else:
                yield from self._folder(source)

    # -- feeds ----------------------------------------------------------------------------------------

    def _feed(self, url: str) -> Iterator[Article | Rejection]:
        from newsevents.ingest.feeds import read_feed

        self.counts.feeds += 1
        answer = self.polite.get(url, headers=state.validators(self.database, url))
        if isinstance(answer, Rejection):
            self.counts.failed += 1
            self.fail(f"feed {url}: {answer.reason}: {answer.detail}")
            return
        if answer.status == 304:
            self.counts.not_modified += 1
            return
        entries = list(read_feed(answer.content, url, default_published=self.settings.published))
        if len(entries) == 1 and isinstance(entries[0], Rejection) and entries[0].origin == url:
            if entries[0].reason == "empty":  # nothing published yet: not a failure
                self.counts.validators[url] = (answer.etag, answer.last_modified)
                return
            self.counts.failed += 1
            self.fail(f"feed {url}: {entries[0].reason}: {entries[0].detail}")
            return
        self.counts.validators[url] = (answer.etag, answer.last_modified)
        teasers = [e for e in entries if isinstance(e, Article)]
        fresh = self._new(url, teasers)
        links = [t.url for t in fresh if t.url]
        pages = self.polite.get_many(links)
        for teaser in fresh:
            if self.stop.is_set():
                return
            if not teaser.url:
                yield self._unit(url, teaser.id, teaser)
                continue
            _, page = next(pages)
            yield from self._page(url, teaser, page)

    def _new(self, feed: str, teasers: list[Article]) -> list[Article]:
        """The entries not dealt with before (by this round or an earlier one)."""
        keys = [t.url or t.id for t in teasers]
        done = state.seen(self.database, keys) | self._keys
        fresh = []
        for key, teaser in zip(keys, teasers, strict=True):
            if key not in done:
                done.add(key)
                self._keys.add(key)
                fresh.append(teaser)
        return fresh

    def _page(self, feed: str, teaser: Article, page: Page | Rejection) -> Iterator[Article | Rejection]:
        from newsevents.ingest.html import extract_html

        assert teaser.url is not None
        if isinstance(page, Rejection):
            self.fail(f"page {teaser.url}: {page.reason}: {page.detail}")
            if is_transient(page):
                self.counts.retry.add(feed)  # not marked: tried again next round
                return
            yield self._unit(feed, teaser.url, Rejection(teaser.url, page.reason, page.detail, teaser.id))
            return
        self.counts.pages += 1
        found = extract_html(
            page.content,
            id=teaser.id,
            origin=page.url,
            url=page.url,
            charsets=[page.charset],
            fallback_published=teaser.published,
            default_published=self.settings.published,
        )
        # A page with no extractable text: the entry's own text, as ``read_feed`` does.
        yield self._unit(feed, teaser.url, found if isinstance(found, Article) else teaser)

    def _unit(self, source: str, key: str, record: Article | Rejection) -> Article | Rejection:
        outcome = "article" if isinstance(record, Article) else record.reason
        self.ledger.add(state.Unit(key, source, outcome, {state.token(record)}, closed=True))
        return record

    # -- folders --------------------------------------------------------------------------------------

    def _folder(self, folder: Folder) -> Iterator[Article | Rejection]:
        files = list(input_files([folder.path]))
        keys = [f"file:{path}" for path in files]
        done = state.seen(self.database, keys)
        fetching = FetchSettings(allow_private=self.settings.allow_private)
        for key, path in zip(keys, files, strict=True):
            if key in done or key in self._keys:
                continue
            if self.stop.is_set():
                return
            self._keys.add(key)
            self.counts.files += 1
            unit = self.ledger.add(state.Unit(key, folder.path))
            for record in read([path], published=self.settings.published, settings=fetching):
                if self.stop.is_set():
                    return  # left open: read again next round, its stored articles skipped then
                unit.tokens.add(state.token(record))
                yield record
            unit.closed = True  # every record given: the file is done once they are all committed


__all__ = ["Counts", "Poll"]
