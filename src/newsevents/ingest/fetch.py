"""Fetching pages over HTTP(S) with httpx, politely and defensively.

Connect and read timeouts and a total deadline per URL (a server that drips a byte just inside the read
timeout still ends), a cap on the body size counted after every content-encoding layer is undone (we
decode ``gzip``/``deflate`` ourselves, in bounded steps, so a few kilobytes of nested gzip cannot expand
to gigabytes), a redirect limit with every hop checked for an http/https scheme and a public address
(loopback, private, link-local and multicast addresses are refused unless ``allow_private``), retries
with exponential backoff on transport errors, 429 and 5xx, bounded concurrency, and a User-Agent that
says who is asking. Failures come back as ``Rejection`` values.

The address check happens where the connection is made (:class:`PinnedBackend`, the network backend of
every client :func:`make_client` builds): the host is resolved once, every address is checked, and the
socket connects to a checked address, so a DNS server that answers differently the second time
(rebinding) has no second time. TLS still verifies the certificate for, and sends SNI with, the host name
of the URL, and the ``Host`` header is the URL's. IP literals (``127.1``, ``2130706433``, ``[::1]``) are
refused before any request. A client you pass in yourself gets only that literal check; through an HTTP
proxy (``HTTPS_PROXY``) the proxy resolves names, so put the proxy behind the egress rules instead.
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
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from ..records import Rejection
from .text import content_type

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
    # The validators of a conditional GET (``fetch(..., headers={"If-None-Match": etag})``): a 304 Page
    # has an empty body and means "unchanged since".
    etag: str | None = None
    last_modified: str | None = None


class BlockedAddress(Exception):
    """A host resolves to a loopback, private, link-local or multicast address (``address``)."""

    def __init__(self, host: str, address: str) -> None:
        super().__init__(f"{host} resolves to {address}")
        self.host = host
        self.address = address


def _not_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    return not ip.is_global or ip.is_multicast


def make_client(settings: FetchSettings = DEFAULT_SETTINGS) -> httpx.Client:
    """A client configured with the settings' timeouts and User-Agent (redirects are followed by hand),
    connecting only to checked addresses (see :class:`PinnedBackend`)."""
    from .pinned import _PinnedTransport

    return httpx.Client(
        timeout=httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout),
        headers={"User-Agent": settings.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
        follow_redirects=False,
        transport=_PinnedTransport(settings.allow_private),
    )


def __getattr__(name: str) -> Any:
    # The httpcore-based classes live in .pinned, imported on first use: httpcore (with h11 and anyio)
    # costs a start-up that reads local files a fiftieth of a second for nothing.
    if name in ("PinnedBackend", "_PinnedTransport"):
        from . import pinned

        return getattr(pinned, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Deadline(Exception):
    """The URL's total time ran out."""


def _literal_address(host: str) -> str | None:
    """The address of an IP literal in any form the resolver accepts (``127.1``, ``2130706433``,
    ``[::1]``), without a DNS lookup; None for a name."""
    try:
        infos = socket.getaddrinfo(host.strip("[]"), None, flags=socket.AI_NUMERICHOST)
    except (OSError, UnicodeError, ValueError):
        return None
    return str(infos[0][4][0]) if infos else None


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
        literal = _literal_address(host)
        if literal is not None and _not_public(literal):
            return _private(origin, host, literal)
    return None


def _private(origin: str, host: str, address: str) -> Rejection:
    return Rejection(
        origin,
        "private-address",
        f"{host} is a loopback, private or link-local address ({address}); "
        "use --allow-private to fetch from it",
    )


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
        media, charset = content_type(response.headers.get("content-type"))
        return Page(
            str(response.url),
            url,
            response.status_code,
            b"".join(chunks),
            media,
            charset,
            response.headers.get("etag"),
            response.headers.get("last-modified"),
        )


def fetch(
    url: str,
    *,
    client: httpx.Client | None = None,
    settings: FetchSettings = DEFAULT_SETTINGS,
    headers: dict[str, str] | None = None,
) -> Page | Rejection:
    """Fetch one URL: the page, or a ``Rejection`` saying why not (never raises for network trouble).
    ``headers`` are sent with every request (``If-None-Match``/``If-Modified-Since``: a 304 comes back
    as a ``Page`` with status 304 and no body)."""
    if problem := _check_url(url, url, settings):
        return problem
    deadline = time.monotonic() + settings.total_timeout
    own = client is None
    active = client or make_client(settings)
    # A caller's client with httpx's default User-Agent still says who is asking.
    default_agent = active.headers.get("user-agent", "").startswith("python-httpx")
    headers = {**({"User-Agent": settings.user_agent} if default_agent else {}), **(headers or {})}
    try:
        current, redirects, attempt = url, 0, 0
        while True:
            try:
                result = _once(active, current, settings, headers, deadline)
            except _Deadline:
                return Rejection(url, "timeout", f"no complete answer within {settings.total_timeout:g} s")
            except BlockedAddress as exc:
                return _private(url, exc.host, exc.address)
            except httpx.InvalidURL as exc:  # httpx parses a redirect's Location even when not following
                return Rejection(url, "invalid-url", f"the server redirected to an unusable URL ({exc})")
            except UnicodeError as exc:  # a host that is not valid IDNA ("xn--"): httpx cannot encode it
                return Rejection(url, "invalid-url", f"{current[:200]} has an unusable host name ({exc})")
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
            if problem := _check_url(current, url, settings):
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
    "BlockedAddress",
    "PinnedBackend",  # noqa: F822  (served by __getattr__ from .pinned)
    "USER_AGENT",
    "FetchSettings",
    "Page",
    "fetch",
    "fetch_many",
    "make_client",
]
