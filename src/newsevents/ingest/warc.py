"""WARC and WARC.gz crawls (warcio), laid out like Common Crawl's CC-NEWS.

HTML ``response`` records with a 2xx status become articles (target URI, capture date, charset from the
HTTP headers); every other record (``warcinfo``, ``request``, ``metadata``, ``revisit``, non-HTML
responses, redirects) is skipped and counted. Records are read one at a time and each body is read with a
cap, so memory stays flat on a crawl of any size and a decompression bomb cannot expand past the cap.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from ..records import Article, Rejection
from .html import extract_html
from .stats import ReadStats
from .text import id_from_url, normalize_date

MAX_RECORD_BYTES = 10 * 1024 * 1024
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def _media_and_charset(raw: str | None) -> tuple[str | None, str | None]:
    if not raw:
        return None, None
    media, _, params = raw.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media.strip().lower(), charset


def read_warc(
    stream: IO[bytes],
    name: str,
    *,
    default_published: str | None = None,
    stats: ReadStats | None = None,
    max_record_bytes: int = MAX_RECORD_BYTES,
) -> Iterator[Article | Rejection]:
    """Articles from a (possibly gzipped) WARC stream; origins are ``name#record-N``."""
    problem = _check_magic(stream, name)
    if problem is not None:
        yield problem
        return
    number = 0
    archive = ArchiveIterator(stream)
    records = iter(archive)
    while True:
        try:
            record = next(records)
        except StopIteration:
            # warcio ends quietly when the file stops inside a record's header; bytes it never accounted
            # for mean exactly that.
            size = _size(stream)
            if number == 0:
                yield Rejection(name, "truncated", "the crawl file holds no complete record")
            elif size is not None and archive.offset < size:
                yield Rejection(
                    f"{name}#record-{number + 1}",
                    "truncated",
                    f"the crawl file is cut short inside a record header (after {number} records)",
                )
            return
        except Exception as exc:  # noqa: BLE001
            # warcio fails on damaged input with anything from ArchiveLoadFailed and zlib errors to
            # AttributeError on a record without a target URI; for us each means the same: the file is
            # damaged from here on, and what was read before it stands.
            yield Rejection(
                f"{name}#record-{number + 1}",
                "truncated",
                f"the crawl file is damaged or cut short after {number} records "
                f"({type(exc).__name__}: {exc})",
            )
            return
        number += 1
        origin = f"{name}#record-{number}"
        skip = record.rec_type != "response" or record.http_headers is None
        if not skip:
            status = record.http_headers.get_statuscode()
            media, charset = _media_and_charset(record.http_headers.get_header("Content-Type"))
            skip = not (status or "").startswith("2") or (media is not None and media not in _HTML_TYPES)
        if skip:
            if _cut_short(record):
                yield Rejection(
                    origin,
                    "truncated",
                    f"the crawl file is cut short inside record {number} (after {number - 1} records)",
                )
                return
            _skip(stats)
            continue
        url = record.rec_headers.get_header("WARC-Target-URI") or None
        art_id = id_from_url(url) if url else f"{name}-record-{number}"
        try:
            body = record.content_stream().read(max_record_bytes + 1)
        except Exception as exc:  # noqa: BLE001 (same reason as above: a damaged body, in any shape)
            yield Rejection(
                origin, "truncated", f"the record's body cannot be read ({type(exc).__name__}: {exc})", art_id
            )
            return
        if len(body) > max_record_bytes:
            yield Rejection(
                origin,
                "too-large",
                f"the record's body is over {max_record_bytes // (1024 * 1024)} MB",
                art_id,
            )
            continue
        # warcio hands over a cut-off record without complaint; bytes still owed by the record's reader
        # once its body is read to the end mean the file stopped inside this record.
        if _cut_short(record):
            yield Rejection(
                origin,
                "truncated",
                f"the crawl file is cut short inside record {number} (after {number - 1} records)",
                art_id,
            )
            return
        # The capture date is when the crawler saw the page, not when it was published; it is only the
        # fallback for pages that carry no date of their own (and it beats no reference date at all).
        captured = normalize_date(record.rec_headers.get_header("WARC-Date"))
        yield extract_html(
            body,
            id=art_id,
            origin=origin,
            url=url,
            charsets=[charset],
            fallback_published=captured,
            default_published=default_published,
        )


def _check_magic(stream: IO[bytes], name: str) -> Rejection | None:
    """A Rejection unless the stream starts like a WARC file (plain or gzipped); the stream is rewound.

    warcio accepts almost anything (it falls back to the old ARC format and warns on stderr), so a file
    that is not a crawl at all would otherwise pass silently as zero records.
    """
    if not stream.seekable():
        return None
    start = stream.tell()
    head = stream.read(512)
    stream.seek(start)
    if not head:
        return Rejection(name, "empty", "the crawl file is empty")
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return Rejection(name, "not-warc", "the file is gzip-compressed but damaged at the start")
    if not head.startswith(b"WARC/"):
        return Rejection(name, "not-warc", "the file does not start with a WARC record header")
    return None


def _cut_short(record: ArcWarcRecord) -> bool:
    """Read what is left of a record (warcio would read it anyway to reach the next one) and tell whether
    the file ended before the record's declared length."""
    if record.length is None:
        return True  # every WARC record declares its length; one without was cut inside its header
    raw = record.raw_stream
    try:
        while raw.read(65536):
            pass
    except Exception:  # noqa: BLE001 (a damaged compressed member, in whatever shape)
        return True
    return getattr(raw, "limit", 0) > 0


def _size(stream: IO[bytes]) -> int | None:
    try:
        return os.fstat(stream.fileno()).st_size
    except (OSError, AttributeError, ValueError):
        pass
    try:
        if stream.seekable():
            here = stream.tell()
            end = stream.seek(0, os.SEEK_END)
            stream.seek(here)
            return end
    except (OSError, ValueError):
        pass
    return None


def _skip(stats: ReadStats | None) -> None:
    if stats is not None:
        stats.skipped_records += 1


__all__ = ["MAX_RECORD_BYTES", "read_warc"]
