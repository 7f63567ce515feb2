"""Ingestion: every kind of input becomes a stream of ``Article`` records (or ``Rejection`` values).

:func:`read` takes paths (files, directories, ``-`` for standard input) and yields one record at a time:

========================  ==========================================================================
``.txt``, ``.text``        scraped or plain text (a file of nothing but URLs is read as a URL list)
``.html``, ``.htm``        a saved web page (trafilatura plus caption and credit handling)
``.jsonl``, ``.ndjson``    one article per line (``id`` and ``text`` or ``html``)
``.xml``, ``.rss``,        an RSS or Atom feed, one article per entry (``fetch=True`` fetches each link)
``.atom``
``.warc``, ``.warc.gz``    a web crawl, one article per HTML response record
``.urls``                  one URL per line, each fetched
========================  ==========================================================================

Bad inputs become ``Rejection`` records with a short ``reason`` and the batch goes on; nothing raises for
a bad file. Article ids are the JSON ``id``, else the file's stem, else (crawls, feeds, URLs) a slug of the
URL plus a short hash of it.

``read`` only reads: ``newsevents.run`` (the runner behind every command and ``Store.ingest``) reads
through it, then removes duplicates (``dedup``) and analyses.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

import httpx

from ..errors import ConfigError
from ..records import Article, Rejection
from .boilerplate import CleanText, split_text
from .dedup import Deduplicator
from .fetch import DEFAULT_SETTINGS, FetchSettings, Page, fetch, fetch_many
from .jsonl import read_jsonl
from .language import detect_language
from .stats import ReadStats
from .text import (
    MAX_FILE_BYTES,
    decode_utf8,
    id_from_name,
    id_from_url,
    make_article,
    normalize_date,
    sniff_kind,
)

STDIN = "-"
STDIN_ID = "stdin"
STDIN_ORIGIN = "<stdin>"
# Longest suffixes first, so "x.warc.gz" is a WARC and not an unknown ".gz".
KINDS_BY_SUFFIX: tuple[tuple[str, str], ...] = (
    (".warc.gz", "warc"),
    (".warc", "warc"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".html", "html"),
    (".htm", "html"),
    (".xhtml", "html"),
    (".txt", "text"),
    (".text", "text"),
    (".xml", "feed"),
    (".rss", "feed"),
    (".atom", "feed"),
    (".urls", "urls"),
)


def kind_of(path: str | os.PathLike[str]) -> str | None:
    """The input kind a file name announces, or None for an unknown extension."""
    lower = os.fspath(path).lower()
    for suffix, kind in KINDS_BY_SUFFIX:
        if lower.endswith(suffix):
            return kind
    return None


def _stem(path: Path) -> str:
    name = path.name
    for suffix, _ in KINDS_BY_SUFFIX:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def read(
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: str | None = None,
    fetch: bool = False,
    client: httpx.Client | None = None,
    stats: ReadStats | None = None,
    stdin: IO[bytes] | None = None,
    settings: FetchSettings = DEFAULT_SETTINGS,
) -> Iterator[Article | Rejection]:
    """Read articles from files, directories (recursively, in sorted order) and ``-`` (standard input).

    ``published`` (``YYYY-MM-DD``) is the reference date of articles that carry none of their own.
    ``fetch`` fetches the pages that feed entries link to (URL lists are always fetched); ``client`` is the
    httpx client to use (one is made otherwise). ``stats``, when given, is filled with counts (files,
    articles, rejections by reason, skipped files and records). ``stdin`` replaces ``sys.stdin.buffer``.
    Raises ``ConfigError`` for an invalid ``published`` only; bad inputs are yielded as ``Rejection``.
    """
    if published is not None and normalize_date(published) is None:
        raise ConfigError(f"--published must be a date like 2019-06-30, not {published!r}")
    reference = normalize_date(published)
    counts = stats if stats is not None else ReadStats()
    options = _Options(reference, fetch, client, counts, settings)
    for raw in paths:
        for record in _read_one(os.fspath(raw), options, stdin):
            if isinstance(record, Article):
                counts.articles += 1
            else:
                counts.rejected += 1
                counts.rejected_by_reason[record.reason] = counts.rejected_by_reason.get(record.reason, 0) + 1
            yield record


class _Options:
    __slots__ = ("published", "fetch", "client", "stats", "settings")

    def __init__(
        self,
        published: str | None,
        fetch: bool,
        client: httpx.Client | None,
        stats: ReadStats,
        settings: FetchSettings,
    ) -> None:
        self.published = published
        self.fetch = fetch
        self.client = client
        self.stats = stats
        self.settings = settings


def _read_one(name: str, options: _Options, stdin: IO[bytes] | None) -> Iterator[Article | Rejection]:
    if name == STDIN:
        options.stats.files += 1
        yield from _read_stream(stdin if stdin is not None else sys.stdin.buffer, options)
        return
    path = Path(name)
    if path.is_dir():
        for child in _walk(path, options.stats):
            options.stats.files += 1
            yield from _read_file(child, kind_of(child), options)
        return
    options.stats.files += 1
    yield from _read_file(path, kind_of(path), options)


def _walk(root: Path, stats: ReadStats) -> Iterator[Path]:
    """Files under a directory with a known extension, sorted; others are counted as skipped."""
    try:
        entries = sorted(root.rglob("*"))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".") or any(part.startswith(".") for part in entry.relative_to(root).parts):
            continue  # hidden files and folders (.git, editor swap files) are not inputs
        if not entry.is_file():
            continue
        if kind_of(entry) is None:
            stats.skipped_files += 1
            continue
        yield entry


def _open_error(origin: str, exc: OSError) -> Rejection:
    if isinstance(exc, FileNotFoundError):
        return Rejection(origin, "missing", "no such file or directory")
    if isinstance(exc, PermissionError):
        return Rejection(origin, "unreadable", "permission denied")
    if exc.errno == errno.EISDIR:
        return Rejection(origin, "unreadable", "is a directory")
    return Rejection(origin, "unreadable", exc.strerror or str(exc))


def _read_file(path: Path, kind: str | None, options: _Options) -> Iterator[Article | Rejection]:
    origin = str(path)
    try:
        handle = open(path, "rb")  # noqa: SIM115 (closed below; the generator holds it while streaming)
    except OSError as exc:
        yield _open_error(origin, exc)
        return
    with handle:
        try:
            if kind == "jsonl":
                yield from read_jsonl(handle, origin, default_published=options.published)
            elif kind == "warc":
                from .warc import read_warc

                yield from read_warc(handle, origin, default_published=options.published, stats=options.stats)
            else:
                data = handle.read(MAX_FILE_BYTES + 1)
                yield from _read_bytes(data, kind, origin, _stem(path), options)
        except OSError as exc:
            yield _open_error(origin, exc)


def _read_stream(stream: IO[bytes], options: _Options) -> Iterator[Article | Rejection]:
    """Standard input: sniffed; JSON lines stream, anything else is read whole (with the size cap)."""
    try:
        head = stream.read(8192) or b""
    except OSError as exc:
        yield _open_error(STDIN_ORIGIN, exc)
        return
    kind = sniff_kind(head)
    if kind == "jsonl":
        yield from read_jsonl(_Prefixed(head, stream), STDIN_ORIGIN, default_published=options.published)
        return
    rest = stream.read(MAX_FILE_BYTES + 1 - len(head)) if len(head) == 8192 else b""
    yield from _read_bytes(head + rest, kind, STDIN_ORIGIN, STDIN_ID, options)


class _Prefixed:
    """A binary stream that replays bytes already read (the sniffed head) before the rest."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readline(self, limit: int = -1) -> bytes:
        if self._head:
            cut = self._head.find(b"\n")
            if cut >= 0 and (limit < 0 or cut < limit):
                line, self._head = self._head[: cut + 1], self._head[cut + 1 :]
                return line
            if limit >= 0 and len(self._head) >= limit:
                line, self._head = self._head[:limit], self._head[limit:]
                return line
            line, self._head = self._head, b""
            more = self._rest.readline(-1 if limit < 0 else limit - len(line))
            return line + more
        return self._rest.readline(limit)


def _read_bytes(
    data: bytes, kind: str | None, origin: str, stem: str, options: _Options
) -> Iterator[Article | Rejection]:
    art_id = id_from_name(stem)
    if len(data) > MAX_FILE_BYTES:
        yield Rejection(origin, "too-large", f"the input is over {MAX_FILE_BYTES // (1024 * 1024)} MB")
        return
    if not data.strip():
        yield Rejection(origin, "empty", "the input is empty")
        return
    if kind is None:
        kind = sniff_kind(data)
    if kind == "text":
        from .text import is_url_list

        if is_url_list(data):
            kind = "urls"
    if kind == "html":
        from .html import extract_html

        yield extract_html(data, id=art_id, origin=origin, default_published=options.published)
    elif kind == "feed":
        from .feeds import read_feed

        yield from read_feed(
            data,
            origin,
            default_published=options.published,
            fetch=options.fetch,
            client=options.client,
            settings=options.settings,
        )
    elif kind == "urls":
        yield from _read_urls(data, origin, options)
    elif kind == "jsonl":
        import io

        yield from read_jsonl(io.BytesIO(data), origin, default_published=options.published)
    else:
        text = decode_utf8(data, origin)
        if isinstance(text, Rejection):
            yield text
            return
        yield make_article(text, id=art_id, origin=origin, default_published=options.published)


def _read_urls(data: bytes, origin: str, options: _Options) -> Iterator[Article | Rejection]:
    text = decode_utf8(data, origin)
    if isinstance(text, Rejection):
        yield text
        return
    urls = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    for _url, page in fetch_many(urls, client=options.client, settings=options.settings):
        if isinstance(page, Rejection):
            yield page
            continue
        yield _page_article(page, options)


def _page_article(page: Page, options: _Options) -> Article | Rejection:
    art_id = id_from_url(page.requested)
    if page.content_type == "text/plain":
        text = decode_utf8(page.content, page.url)
        if isinstance(text, Rejection):
            return text
        return make_article(
            text, id=art_id, origin=page.url, url=page.url, default_published=options.published
        )
    if page.content_type not in (None, "text/html", "application/xhtml+xml"):
        return Rejection(page.url, "not-html", f"the server sent {page.content_type}, not a web page", art_id)
    from .html import extract_html

    return extract_html(
        page.content,
        id=art_id,
        origin=page.url,
        url=page.url,
        charsets=[page.charset],
        default_published=options.published,
    )


def input_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """The files ``read(paths)`` reads, in the same order: directories walked as ``read`` walks them.

    For engines that read each file in its own task (the Spark job); standard input is not a file here.
    """
    stats = ReadStats()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from (str(child) for child in _walk(path, stats))
        else:
            yield str(path)


def read_data(data: bytes, name: str, *, published: str | None = None) -> Iterator[Article | Rejection]:
    """Read one input already in memory (``name``'s extension says its kind, as for a file), as ``read``
    would read the file: for engines that hand over file contents (Spark's ``binaryFiles``)."""
    import io

    if published is not None and normalize_date(published) is None:
        raise ConfigError(f"--published must be a date like 2019-06-30, not {published!r}")
    options = _Options(normalize_date(published), False, None, ReadStats(), DEFAULT_SETTINGS)
    kind = kind_of(name)
    if kind == "jsonl":
        yield from read_jsonl(io.BytesIO(data), name, default_published=options.published)
    elif kind == "warc":
        from .warc import read_warc

        yield from read_warc(io.BytesIO(data), name, default_published=options.published, stats=options.stats)
    else:
        stem = name.rstrip("/").rsplit("/", 1)[-1]
        yield from _read_bytes(data, kind, name, _stem(Path(stem)), options)


# Imported on first use: trafilatura (web pages) and feedparser cost a plain-text `analyze` a third of its
# start-up otherwise.
_LAZY = {"extract_html": ".html", "read_feed": ".feeds", "read_warc": ".warc"}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "STDIN",
    "CleanText",
    "Deduplicator",
    "FetchSettings",
    "KINDS_BY_SUFFIX",
    "Page",
    "ReadStats",
    "detect_language",
    "extract_html",
    "fetch",
    "fetch_many",
    "input_files",
    "kind_of",
    "make_article",
    "read",
    "read_data",
    "read_feed",
    "read_jsonl",
    "read_warc",
    "split_text",
]
