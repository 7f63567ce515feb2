"""WARC and WARC.gz crawls (warcio), laid out like Common Crawl's CC-NEWS.

HTML ``response`` records with a 2xx status become articles (target URI, capture date, charset from the
HTTP headers); every other record (``warcinfo``, ``request``, ``metadata``, ``revisit``, non-HTML
responses, redirects) is skipped and counted. Records are read one at a time and each body is read with a
cap, so memory stays flat on a crawl of any size and a decompression bomb cannot expand past the cap.

Headers are capped too (:class:`_GuardedReader`): warcio reads a header line whole, however long, and
joins continuation lines by repeated string concatenation, so a 1 MB ``.warc.gz`` whose one header
expands to a gigabyte would otherwise cost gigabytes of memory and minutes. A record whose headers break
a cap ends the file with a ``header-too-large`` rejection (the reader cannot find the next record's start
from inside a header).
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.recordloader import ArcWarcRecord

from ..records import Article, Rejection
from .html import extract_html
from .stats import ReadStats
from .text import content_type, id_from_url, normalize_date

MAX_RECORD_BYTES = 10 * 1024 * 1024
# Header caps per record (WARC and HTTP headers together). Real crawls stay far below: CC-NEWS records
# carry about 20 WARC header lines and at most a few dozen HTTP ones, the longest (Set-Cookie,
# Content-Security-Policy) a few kilobytes.
MAX_HEADER_LINE = 64 * 1024
MAX_HEADER_BYTES = 512 * 1024
MAX_HEADER_LINES = 2000
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


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
    for number, record in enumerate(_records(stream, name), start=1):
        if isinstance(record, Rejection):
            yield record
            return
        result = _from_record(record, f"{name}#record-{number}", number, name, max_record_bytes)
        if result is None:
            _skip(stats)
        elif isinstance(result, Rejection):
            yield result
            if result.reason == "truncated":
                return
        else:
            # The capture date is when the crawler saw the page, not when it was published; it is only
            # the fallback for pages that carry no date of their own (and beats no reference date at all).
            body, url, art_id, charset = result
            yield extract_html(
                body,
                id=art_id,
                origin=f"{name}#record-{number}",
                url=url,
                charsets=[charset],
                fallback_published=normalize_date(record.rec_headers.get_header("WARC-Date")),
                default_published=default_published,
            )


def _records(stream: IO[bytes], name: str) -> Iterator[ArcWarcRecord | Rejection]:
    """warcio's records, one at a time, ending with a Rejection when the file is damaged or cut short."""
    archive = ArchiveIterator(stream)
    # Swapped in before the first record is read (the iterator reaches its reader through the attribute).
    reader = archive.reader = _GuardedReader(archive.fh, block_size=archive.reader.block_size)
    # warcio prints a multi-line warning of its own when a record's Content-Length is off; what follows
    # is then damaged and becomes our one rejection line instead.
    archive.INC_RECORD = ""
    records = iter(archive)
    number = 0
    while True:
        where = f"{name}#record-{number + 1}"
        try:
            with reader.headers():
                record = next(records)
        except HeaderTooLarge as exc:
            yield Rejection(where, "header-too-large", f"record {number + 1} has {exc}; the rest is not read")
            return
        except StopIteration:
            # warcio ends quietly when the file stops inside a record's header or a gzip member; bytes it
            # never accounted for, or a member or header block never closed, mean exactly that.
            size = _size(stream)
            if number == 0:
                yield Rejection(name, "truncated", "the crawl file holds no complete record")
            elif (size is not None and archive.offset < size) or reader.member_cut or reader.unterminated:
                yield Rejection(where, "truncated", f"the crawl file is cut short after {number} records")
            return
        except Exception as exc:  # noqa: BLE001
            # warcio fails on damaged input with anything from ArchiveLoadFailed and zlib errors to
            # AttributeError on a record without a target URI; for us each means the same: the file is
            # damaged from here on, and what was read before it stands.
            yield Rejection(
                where,
                "truncated",
                f"the crawl file is damaged or cut short after {number} records ({_why(exc)})",
            )
            return
        number += 1
        if reader.unterminated:
            yield Rejection(
                where, "truncated", f"the crawl file is cut short inside record {number}'s header"
            )
            return
        yield record


def _from_record(
    record: ArcWarcRecord, origin: str, number: int, name: str, max_record_bytes: int
) -> tuple[bytes, str | None, str, str | None] | Rejection | None:
    """(body, url, id, charset) of an HTML response, None for a record to skip, or a Rejection (reason
    ``truncated`` when the file ends inside this record: nothing after it can be read)."""
    cut = Rejection(origin, "truncated", f"the crawl file is cut short inside record {number}")
    skip = record.rec_type != "response" or record.http_headers is None
    charset = None
    if not skip:
        status = record.http_headers.get_statuscode()
        media, charset = content_type(record.http_headers.get_header("Content-Type"))
        skip = not (status or "").startswith("2") or (media is not None and media not in _HTML_TYPES)
    if skip:
        return cut if _cut_short(record) else None
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    art_id = id_from_url(url) if url else f"{name}-record-{number}"
    try:
        body = record.content_stream().read(max_record_bytes + 1)
    except Exception as exc:  # noqa: BLE001 (same reason as above: a damaged body, in any shape)
        return Rejection(origin, "truncated", f"the record's body cannot be read ({_why(exc)})", art_id)
    if len(body) > max_record_bytes:
        return Rejection(
            origin, "too-large", f"the record's body is over {max_record_bytes // (1024 * 1024)} MB", art_id
        )
    # warcio hands over a cut-off record without complaint; bytes still owed by the record's reader
    # once its body is read to the end mean the file stopped inside this record.
    if _cut_short(record):
        return replace(cut, article_id=art_id)
    return body, url, art_id, charset


class HeaderTooLarge(Exception):
    """A record's headers break one of the caps (the message says which)."""


class _GuardedReader(DecompressingBufferedReader):  # type: ignore[misc]  # warcio has no type hints
    """warcio's reader with capped header lines: no line longer than ``MAX_HEADER_LINE`` ever, and while
    a record's headers are read (:meth:`headers`), at most ``MAX_HEADER_LINES`` lines and
    ``MAX_HEADER_BYTES`` bytes. Body reads (and the short chunk-size lines of a chunked body) happen
    outside :meth:`headers` and are not counted."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._counting = False
        self._lines = 0
        self._bytes = 0
        self._seen_header = False
        # The file ended inside a header block (no blank line closed it), or inside a gzip member (the
        # decompressor never reached the member's end): warcio hands over what it got without a word.
        self.unterminated = False
        self.member_cut = False

    @contextmanager
    def headers(self) -> Iterator[None]:
        self._counting, self._lines, self._bytes = True, 0, 0
        self._seen_header = self.unterminated = False
        try:
            yield
        finally:
            self._counting = False

    def close_decompressor(self) -> None:
        decompressor = self.decompressor
        self.member_cut = decompressor is not None and not decompressor.eof
        super().close_decompressor()

    def readline(self, length: int | None = None) -> bytes:
        cap = MAX_HEADER_LINE + 1 if length is None else min(length, MAX_HEADER_LINE + 1)
        # warcio's own readline miscounts a length across more than two buffer refills (it subtracts
        # the whole line so far each time) and cuts a long header short; this loop counts each piece.
        pieces: list[bytes] = []
        got = 0
        while got < cap:
            self._fillbuff()
            if self.empty():
                break
            piece: bytes = self.buff.readline(cap - got)
            pieces.append(piece)
            got += len(piece)
            if piece.endswith(b"\n"):
                break
        line = b"".join(pieces)
        if len(line) > MAX_HEADER_LINE:
            raise HeaderTooLarge(f"a header line over {MAX_HEADER_LINE // 1024} KB")
        if self._counting:
            # A line without its newline that is shorter than asked for: the file ended (a line cut at
            # the length asked for is the end of a record's HTTP block, which warcio reads with a limit).
            if (line and not line.endswith(b"\n") and len(line) < cap) or (not line and self._seen_header):
                self.unterminated = True
            self._seen_header = self._seen_header or bool(line.strip())
            self._lines += 1
            self._bytes += len(line)
            if self._lines > MAX_HEADER_LINES:
                raise HeaderTooLarge(f"over {MAX_HEADER_LINES} header lines")
            if self._bytes > MAX_HEADER_BYTES:
                raise HeaderTooLarge(f"over {MAX_HEADER_BYTES // 1024} KB of headers")
        return line


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


def _why(exc: Exception) -> str:
    """An exception as part of one line: warcio's messages quote raw header lines, newlines included."""
    return " ".join(f"{type(exc).__name__}: {exc}".split())[:300]


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


__all__ = [
    "MAX_HEADER_BYTES",
    "MAX_HEADER_LINE",
    "MAX_HEADER_LINES",
    "MAX_RECORD_BYTES",
    "HeaderTooLarge",
    "read_warc",
]
