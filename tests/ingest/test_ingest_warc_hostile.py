"""Hostile WARC files (issue 12, item 3): header caps and truncation points that never drop a record
without a rejection."""

from __future__ import annotations

import io
import resource
import zlib
from pathlib import Path

import pytest
from ingest_helpers import write_warc
from warcio.archiveiterator import ArchiveIterator

from newsevents.ingest import warc
from newsevents.ingest.warc import MAX_HEADER_LINE, read_warc
from newsevents.records import Article, Rejection


def _gzip_warc(path: Path, head: bytes, filler: bytes, size: int) -> None:
    """One gzipped record whose header holds ``size`` bytes of ``filler`` (compressed as it is written,
    so a file of a few hundred KB holds a header of hundreds of MB)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = filler * max(1, 65536 // len(filler))
    with open(path, "wb") as out:
        out.write(packer.compress(b"WARC/1.0\r\nWARC-Type: response\r\n" + head))
        for _ in range(size // len(block)):
            out.write(packer.compress(block))
        out.write(packer.compress(b"\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n"))
        out.write(packer.flush())


@pytest.mark.parametrize(
    ("head", "filler", "cap"),
    [
        (b"X-Long: ", b"a", "header line over"),  # one line of 60 MB
        (b"X-Folded: a\r\n", b" b\r\n", "header lines"),  # millions of continuation lines
        (b"", b"X-Many: b\r\n", "header lines"),  # millions of short headers
        (b"", b"X-" + b"w" * 40000 + b": b\r\n", "KB of headers"),  # fewer, longer headers
    ],
    ids=["long-line", "continuations", "many-headers", "header-bytes"],
)
def test_huge_headers_are_one_rejection(tmp_path: Path, head: bytes, filler: bytes, cap: str) -> None:
    path = tmp_path / "huge.warc.gz"
    _gzip_warc(path, head, filler, 60_000_000)
    assert path.stat().st_size < 2_000_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with open(path, "rb") as handle:
        records = list(read_warc(handle, "huge.warc.gz"))
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert len(records) == 1 and isinstance(records[0], Rejection)
    assert records[0].reason == "header-too-large" and cap in records[0].detail
    # Without the caps this took gigabytes; the test process may already be large, so only growth counts.
    assert grown_mb < 100


def test_a_long_but_legal_header_line_is_read(tmp_path: Path) -> None:
    path = tmp_path / "cookie.warc"
    long_cookie = "c=" + "v" * (MAX_HEADER_LINE // 2)
    html = (
        b"<html><head><title>Ferry</title></head><body><p>" + b"The ferry runs again. " * 20 + b"</p></body>"
    )
    write_warc(
        path,
        [
            (
                "https://news.example.org/ferry",
                "200 OK",
                html,
                {"Content-Type": "text/html", "Set-Cookie": long_cookie},
            )
        ],
        gzip=False,
    )
    with open(path, "rb") as handle:
        records = list(read_warc(handle, "cookie.warc"))
    assert [type(r) for r in records] == [Article]


def _boundaries(data: bytes) -> set[int]:
    """Offsets where a record starts or ends, or in the blank lines between two records (which a plain
    WARC does not count in a record's length): cuts there lose nothing."""
    archive = ArchiveIterator(io.BytesIO(data))
    spans = []
    for _ in archive:
        archive.read_to_end()
        start, length = archive.member_info
        spans.append((start, start + length))
    found = {0, len(data)}
    for (_, end), (start, _) in zip(spans, [*spans[1:], (len(data), len(data))], strict=True):
        found |= set(range(end, start + 1))
    return found


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_every_truncation_point_is_reported(
    tmp_path: Path, gzip: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 12: some truncation points dropped a record without a word (a cut inside a header line, or
    inside a gzip member's trailer). Every cut that is not at a record boundary gives a rejection."""
    # The reader is under test, not the extractor: a stand-in keeps thousands of cuts fast.
    monkeypatch.setattr(warc, "extract_html", lambda body, **_: Rejection("page", "stand-in", "not read"))
    path = tmp_path / "small.warc"
    html = (
        b"<html><head><title>Dam</title></head><body><p>" + b"The dam opened on Monday. " * 8 + b"</p></body>"
    )
    write_warc(
        path,
        [
            ("https://news.example.org/dam", "200 OK", html, {"Content-Type": "text/html"}),
            (
                "https://news.example.org/logo.png",
                "200 OK",
                b"\x89PNG" + bytes(60),
                {"Content-Type": "image/png"},
            ),
        ],
        gzip=gzip,
    )
    data = path.read_bytes()
    safe = _boundaries(data)
    silent = []
    for cut in range(1, len(data)):
        records = list(read_warc(io.BytesIO(data[:cut]), "small.warc"))
        if cut not in safe and not any(r.reason != "stand-in" for r in records if isinstance(r, Rejection)):
            silent.append(cut)
    assert silent == []


def test_a_sloppy_http_block_is_not_taken_for_a_cut_file() -> None:
    """A record whose HTTP block ends inside a header line (no blank line, no body) is the record's own
    fault, not the end of the file: the next record is still read."""

    def record(uri: str, http: bytes) -> bytes:
        head = (
            f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
        )
        return head.encode() + http + b"\r\n\r\n"

    html = b"<html><head><title>Mill</title></head><body><p>" + b"The mill reopened on Friday. " * 8 + b"</p>"
    data = record("https://news.example.org/a", b"HTTP/1.1 204 No Content\r\nX-Cut: no newline") + record(
        "https://news.example.org/mill", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html
    )
    records = list(read_warc(io.BytesIO(data), "sloppy.warc"))
    assert isinstance(records[-1], Article) and records[-1].title == "Mill"
    assert not any(isinstance(r, Rejection) and r.reason == "truncated" for r in records)
