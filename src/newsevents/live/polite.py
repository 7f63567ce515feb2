"""Fetching for ``watch``, politely: robots.txt honoured, one request at a time per host with a pause
between two, a bound on requests in flight, and the fetcher's caps (size, time, redirects, addresses).

robots.txt follows RFC 9309: a 4xx answer (no robots.txt) allows everything; a 5xx or no answer at all
disallows everything *for this round* (the failure is transient, the page is tried again next round).
Each round reads every host's robots.txt again at most once (``Polite.new_round``), and a robots.txt
``Crawl-delay`` longer than our pause is honoured.
"""

from __future__ import annotations

import re
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from newsevents.ingest.fetch import FetchSettings, Page, fetch, make_client
from newsevents.records import Rejection

# The product token robots.txt rules name (RFC 9309 matches it case-insensitively).
ROBOTS_AGENT = "newsevents"
# Reasons of a fetch that may well succeed next round: the page is not marked seen, so it is tried again.
_TRANSIENT = frozenset({"timeout", "fetch-failed", "robots-unreachable"})
_STATUS = re.compile(r"answered (\d{3})")  # the fetcher's http-error detail names the status


def is_transient(rejection: Rejection) -> bool:
    """Whether a failed fetch is worth trying again later (a timeout, a 5xx or 429, a network error)."""
    if rejection.reason in _TRANSIENT:
        return True
    status = _STATUS.search(rejection.detail or "")
    return rejection.reason == "http-error" and status is not None and (
        status.group(1).startswith("5") or status.group(1) == "429"
    )


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


class _Host:
    """One host's turn: the lock serializes its requests, ``next_at`` spaces them."""

    __slots__ = ("lock", "next_at", "robots")

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.next_at = 0.0
        self.robots: RobotFileParser | Rejection | None = None  # None: not read this round


class Polite:
    """A polite fetcher: ``get`` one URL, ``get_many`` in order with a bounded number in flight.

    ``delay``: seconds between the end of one request to a host and the start of the next.
    ``settings``: the fetcher's caps and ``concurrency`` (requests in flight over all hosts)."""

    def __init__(self, settings: FetchSettings, delay: float = 1.0) -> None:
        self.settings = settings
        self.delay = delay
        self._client = make_client(settings)
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def new_round(self) -> None:
        """Forget the robots.txt files read, so each round honours the current ones."""
        with self._lock:
            for host in self._hosts.values():
                host.robots = None

    def _host(self, origin: str) -> _Host:
        with self._lock:
            return self._hosts.setdefault(origin, _Host())

    def _robots(self, origin: str, host: _Host) -> RobotFileParser | Rejection:
        """The host's robots.txt rules (read under the host's lock, once a round)."""
        if host.robots is not None:
            return host.robots
        answer = fetch(f"{origin}/robots.txt", client=self._client, settings=self.settings)
        if isinstance(answer, Rejection) and is_transient(answer):
            host.robots = Rejection(
                answer.origin, "robots-unreachable", f"robots.txt cannot be read ({answer.detail})"
            )
            return host.robots
        parser = RobotFileParser()
        # A 4xx (no robots.txt) allows everything: the rules of an empty file.
        text = "" if isinstance(answer, Rejection) else answer.content.decode("utf-8", "replace")
        parser.parse(text.splitlines())
        host.robots = parser
        return parser

    def get(self, url: str, headers: dict[str, str] | None = None) -> Page | Rejection:
        """The page at ``url`` once robots.txt allows it and the host's turn has come, or why not."""
        origin = _origin(url)
        host = self._host(origin)
        with host.lock:
            rules = self._robots(origin, host)
            if isinstance(rules, Rejection):
                return Rejection(url, rules.reason, rules.detail)
            if not rules.can_fetch(ROBOTS_AGENT, url):
                return Rejection(url, "robots-disallowed", f"robots.txt of {origin} disallows it")
            crawl_delay = rules.crawl_delay(ROBOTS_AGENT)
            pause = max(self.delay, float(crawl_delay or 0))
            wait = host.next_at - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                return fetch(url, client=self._client, settings=self.settings, headers=headers)
            finally:
                host.next_at = time.monotonic() + pause

    def get_many(self, urls: Iterable[str]) -> Iterator[tuple[str, Page | Rejection]]:
        """``get`` each URL with at most ``settings.concurrency`` in flight; results in input order."""
        window: deque[tuple[str, Future[Page | Rejection]]] = deque()
        size = max(1, self.settings.concurrency)
        with ThreadPoolExecutor(max_workers=size) as pool:
            for url in urls:
                window.append((url, pool.submit(self.get, url)))
                if len(window) >= 2 * size:
                    done, future = window.popleft()
                    yield done, future.result()
            while window:
                done, future = window.popleft()
                yield done, future.result()

    def close(self) -> None:
        """Close the HTTP client."""
        self._client.close()


__all__ = ["ROBOTS_AGENT", "Polite", "is_transient"]
