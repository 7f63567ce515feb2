"""Fetching pages over HTTP(S) with httpx, politely and defensively.

Connect and read timeouts and a total deadline per URL (a server that drips a byte just inside the read
timeout still ends), a cap on the body size counted after every content-encoding layer is undone (we
decode ``gzip``/``deflate`` ourselves, in bounded steps, so a few kilobytes of nested gzip cannot expand
to gigabytes), a redirect limit with every hop checked for an http/https scheme and a public address
(loopback, private, link-local and multicast addresses are refused unless ``allow_private``), retries
with exponential backoff on transport errors, 429 and 5xx, bounded concurrency, and a User-Agent that
says who is asking. Failures come back as ``Rejection`` values.

The address check resolves the host before the request; a DNS server that answers differently the second
time (rebinding) is not caught here: run newsevents behind an egress firewall if that matters.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import zlib
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
    total_timeout: float = 60.0  # per URL: connect, every read, redirects and retries together
    allow_private: bool = False  # fetch loopback/private/link-local addresses (local test servers)
    max_url_length: int = 8192


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
        headers={"User-Agent": settings.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
        follow_redirects=False,
    )


class _Deadline(Exception):
    """The URL's total time ran out."""


def _blocked_address(host: str) -> str | None:
    """The first address ``host`` resolves to that is not public, or None (None too when it does not
    resolve: the request then fails with the transport's own error)."""
    try:
        infos = socket.getaddrinfo(host.strip("[]"), None)
    except (OSError, UnicodeError, ValueError):
        return None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global or address.is_multicast:
            return str(address)
    return None


def _check_url(url: str, origin: str, settings: FetchSettings = DEFAULT_SETTINGS) -> Rejection | None:
    if len(url) > settings.max_url_length:
        return Rejection(origin[:200], "invalid-url", f"the URL is over {settings.max_url_length} characters")
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 (raises ValueError for a port that is not a number in range)
    except ValueError as exc:
        return Rejection(origin, "invalid-url", f"the URL cannot be parsed ({exc})")
    if parts.scheme.lower() not in _SCHEMES:
        return Rejection(
            origin,
            "unsupported-scheme",
            f"only http and https URLs are fetched, not {parts.scheme or 'a relative URL'!r}",
        )
    if not host:
        return Rejection(origin, "invalid-url", "the URL has no host")
    if not settings.allow_private:
        blocked = _blocked_address(host)
        if blocked:
            return Rejection(
                origin,
                "private-address",
                f"{host} is a loopback, private or link-local address ({blocked}); "
                "use --allow-private to fetch from it",
            )
    return None


ACCEPT_ENCODING = "gzip, deflate"
_STEP = 64 * 1024  # most bytes one decompression step may produce


def _inflate(chunks: Iterator[bytes], encoding: str) -> Iterator[bytes]:
    """Undo one ``gzip`` or ``deflate`` layer, never producing more than ``_STEP`` bytes per step, so
    a consumer that stops early stops the expansion too."""
    decoder: zlib._Decompress | None = None
    for chunk in chunks:
        if decoder is None:
            if encoding in ("gzip", "x-gzip"):
                wbits = 16 + zlib.MAX_WBITS
            else:  # deflate is zlib-wrapped by the standard, raw from some servers
                wbits = zlib.MAX_WBITS if chunk[:1] == b"\x78" else -zlib.MAX_WBITS
            decoder = zlib.decompressobj(wbits)
        data = chunk
        while data and not decoder.eof:
            out = decoder.decompress(data, _STEP)
            data = decoder.unconsumed_tail
            if out:
                yield out
    if decoder is not None and not decoder.eof:
        tail = decoder.flush()
        if tail:
            yield tail


def _decoded(response: httpx.Response) -> Iterator[bytes]:
    """The body with its content-encoding layers undone, last applied first."""
    if response.is_stream_consumed:  # an in-memory transport hands over a body httpx already decoded
        body = response.content
        return iter([body[i : i + _STEP] for i in range(0, len(body), _STEP)])
    layers = [e.strip().lower() for e in response.headers.get("content-encoding", "").split(",")]
    stream: Iterator[bytes] = response.iter_raw()
    for encoding in reversed([e for e in layers if e and e != "identity"]):
        if encoding not in ("gzip", "x-gzip", "deflate"):
            raise httpx.DecodingError(f"unsupported content-encoding {encoding!r}")
        stream = _inflate(stream, encoding)
    return stream


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
    client: httpx.Client, url: str, settings: FetchSettings, headers: dict[str, str], deadline: float
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
        try:
            for chunk in _decoded(response):
                size += len(chunk)
                if size > settings.max_bytes:
                    return Rejection(
                        url, "too-large", f"the body is over the cap of {settings.max_bytes} bytes"
                    )
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise _Deadline
        except zlib.error as exc:
            raise httpx.DecodingError(f"the body does not decode: {exc}") from exc
        media, charset = _content_type(response)
        return Page(str(response.url), url, response.status_code, b"".join(chunks), media, charset)


def fetch(
    url: str, *, client: httpx.Client | None = None, settings: FetchSettings = DEFAULT_SETTINGS
) -> Page | Rejection:
    """Fetch one URL: the page, or a ``Rejection`` saying why not (never raises for network trouble)."""
    problem = _check_url(url, url, settings)
    if problem:
        return problem
    deadline = time.monotonic() + settings.total_timeout
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
                result = _once(active, current, settings, headers, deadline)
            except _Deadline:
                return Rejection(url, "timeout", f"no complete answer within {settings.total_timeout:g} s")
            except httpx.InvalidURL as exc:  # httpx parses a redirect's Location even when not following
                return Rejection(url, "invalid-url", f"the server redirected to an unusable URL ({exc})")
            except (httpx.TransportError, httpx.DecodingError) as exc:
                late = time.monotonic() + settings.backoff * 2**attempt > deadline
                if attempt < settings.retries and not isinstance(exc, httpx.DecodingError) and not late:
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
                if attempt < settings.retries and time.monotonic() + settings.backoff * 2**attempt < deadline:
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
            try:
                current = urljoin(current, location)
            except ValueError:
                return Rejection(url, "invalid-url", "redirected to a URL that cannot be parsed")
            problem = _check_url(current, url, settings)
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


__all__ = [
    "ACCEPT_ENCODING",
    "DEFAULT_SETTINGS",
    "USER_AGENT",
    "FetchSettings",
    "Page",
    "fetch",
    "fetch_many",
    "make_client",
]
