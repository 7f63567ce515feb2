"""Fetching pages over HTTP(S) with httpx, politely and defensively.

Connect and read timeouts, a cap on the (decompressed) body size, a redirect limit with every hop checked
for an http/https scheme, retries with exponential backoff on transport errors, 429 and 5xx, bounded
concurrency, and a User-Agent that says who is asking. Failures come back as ``Rejection`` values.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from urllib.parse import urljoin, urlsplit

import httpx

from ..records import Rejection

USER_AGENT = "newsevents/0.1 (+https://github.com/newsevents)"
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})
_SCHEMES = frozenset({"http", "https"})


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """Limits for fetching; the defaults suit news pages."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    backoff: float = 0.5
    concurrency: int = 4
    user_agent: str = USER_AGENT


DEFAULT_SETTINGS = FetchSettings()


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched body with what the response said about it."""

    url: str
    requested: str
    status: int
    content: bytes
    content_type: str | None
    charset: str | None


def make_client(settings: FetchSettings = DEFAULT_SETTINGS) -> httpx.Client:
    """A client configured with the settings' timeouts and User-Agent (redirects are followed by hand)."""
    return httpx.Client(
        timeout=httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout),
        headers={"User-Agent": settings.user_agent},
        follow_redirects=False,
    )


def _check_url(url: str, origin: str) -> Rejection | None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in _SCHEMES:
        return Rejection(
            origin,
            "unsupported-scheme",
            f"only http and https URLs are fetched, not {parts.scheme or 'a relative URL'!r}",
        )
    if not parts.hostname:
        return Rejection(origin, "invalid-url", "the URL has no host")
    return None


def _content_type(response: httpx.Response) -> tuple[str | None, str | None]:
    raw = response.headers.get("content-type")
    if not raw:
        return None, None
    media, _, params = raw.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media.strip().lower() or None, charset


def _once(
    client: httpx.Client, url: str, settings: FetchSettings, headers: dict[str, str]
) -> Page | Rejection | httpx.Response:
    """One request (no redirects followed): a page, a rejection, or the redirect/retryable response."""
    with client.stream("GET", url, headers=headers, follow_redirects=False) as response:
        if response.status_code in _REDIRECT_STATUS or response.status_code in _RETRY_STATUS:
            return response
        if response.status_code >= 400:
            return Rejection(
                url,
                "http-error",
                f"the server answered {response.status_code} {response.reason_phrase}".rstrip(),
            )
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > settings.max_bytes:
            return Rejection(
                url, "too-large", f"the body is {declared} bytes, over the cap of {settings.max_bytes}"
            )
        chunks: list[bytes] = []
        size = 0
        # Counting decoded bytes caps what a gzip bomb would expand to, not just what crossed the wire.
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > settings.max_bytes:
                return Rejection(url, "too-large", f"the body is over the cap of {settings.max_bytes} bytes")
            chunks.append(chunk)
        media, charset = _content_type(response)
        return Page(str(response.url), url, response.status_code, b"".join(chunks), media, charset)


def fetch(
    url: str, *, client: httpx.Client | None = None, settings: FetchSettings = DEFAULT_SETTINGS
) -> Page | Rejection:
    """Fetch one URL: the page, or a ``Rejection`` saying why not (never raises for network trouble)."""
    problem = _check_url(url, url)
    if problem:
        return problem
    own = client is None
    active = client or make_client(settings)
    headers = {}
    if active.headers.get("user-agent", "").startswith("python-httpx"):
        # A caller's client with httpx's default User-Agent still says who is asking.
        headers["User-Agent"] = settings.user_agent
    try:
        current = url
        redirects = 0
        attempt = 0
        while True:
            try:
                result = _once(active, current, settings, headers)
            except (httpx.TransportError, httpx.DecodingError) as exc:
                if attempt < settings.retries and not isinstance(exc, httpx.DecodingError):
                    time.sleep(settings.backoff * 2**attempt)
                    attempt += 1
                    continue
                kind = "bad-encoding" if isinstance(exc, httpx.DecodingError) else "fetch-failed"
                return Rejection(url, kind, f"{type(exc).__name__}: {exc}".rstrip(": "))
            if isinstance(result, Page):
                return replace(result, requested=url)
            if isinstance(result, Rejection):
                return replace(result, origin=url)
            if result.status_code in _RETRY_STATUS:
                if attempt < settings.retries:
                    time.sleep(settings.backoff * 2**attempt)
                    attempt += 1
                    continue
                return Rejection(
                    url, "http-error", f"the server answered {result.status_code} after {attempt + 1} tries"
                )
            location = result.headers.get("location")
            if not location:
                return Rejection(url, "http-error", f"a {result.status_code} redirect without a Location")
            redirects += 1
            if redirects > settings.max_redirects:
                return Rejection(url, "too-many-redirects", f"more than {settings.max_redirects} redirects")
            current = urljoin(current, location)
            problem = _check_url(current, url)
            if problem:
                return Rejection(url, problem.reason, f"redirected to {current}: {problem.detail}")
    finally:
        if own:
            active.close()


def fetch_many(
    urls: Iterable[str], *, client: httpx.Client | None = None, settings: FetchSettings = DEFAULT_SETTINGS
) -> Iterator[tuple[str, Page | Rejection]]:
    """Fetch URLs with at most ``settings.concurrency`` requests in flight, yielding results in input order.

    Only a small window of URLs is submitted ahead, so a list of a million URLs streams.
    """
    own = client is None
    active = client or make_client(settings)
    window: deque[tuple[str, Future[Page | Rejection]]] = deque()
    try:
        with ThreadPoolExecutor(max_workers=max(1, settings.concurrency)) as pool:
            for url in urls:
                window.append((url, pool.submit(fetch, url, client=active, settings=settings)))
                if len(window) >= 2 * settings.concurrency:
                    done_url, future = window.popleft()
                    yield done_url, future.result()
            while window:
                done_url, future = window.popleft()
                yield done_url, future.result()
    finally:
        if own:
            active.close()


__all__ = ["DEFAULT_SETTINGS", "USER_AGENT", "FetchSettings", "Page", "fetch", "fetch_many", "make_client"]
