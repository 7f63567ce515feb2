"""Regression cases of issue 12 on the reading side that other test modules do not cover: each hostile
input is one rejection (or a clean article) and the inputs after it are still read.

Covered elsewhere: JSON lines (test_ingest_hostile.py), fetching (test_ingest_fetch.py and
test_ingest_fetch_pinned.py), WARC headers and truncation (test_ingest_warc_hostile.py), HTML attribute
bombs (test_ingest_html.py), safe SQL, CSV cells and the web (tests/store, tests/web).
"""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

import pytest
from ingest_helpers import write_warc

from newsevents.ingest import read
from newsevents.ingest.fetch import DEFAULT_SETTINGS
from newsevents.ingest.text import looks_binary
from newsevents.records import Article, Rejection

STORY = (
    "Dock workers in a river port stopped loading grain barges on Thursday after the port authority cut "
    "the night shift, and the transport ministry said it would send a mediator."
)
PAGE = f"<html><head><title>Barges</title></head><body><article><p>{STORY}</p></article></body></html>"
Server = Callable[[dict[str, tuple[int, dict[str, str], bytes]]], str]


@pytest.mark.parametrize(
    "data",
    [
        STORY.encode() * 400 + bytes(range(1, 32)) * 300,  # text, then a binary tail past the first 8 KB
        STORY.encode() * 400 + b"\x00" + STORY.encode(),  # one NUL far into the file
        STORY.encode() * 200 + bytes(range(1, 9)) * 200 + STORY.encode() * 200,  # a binary stretch inside
    ],
    ids=["tail", "nul", "middle"],
)
def test_binary_detection_reads_the_whole_file(tmp_path: Path, data: bytes) -> None:
    """Issue 12: the binary check read only the first 8 KB."""
    assert looks_binary(data)
    path = tmp_path / "mixed.txt"
    path.write_bytes(data)
    assert [getattr(r, "reason", None) for r in read([path])] == ["binary"]


def test_text_with_a_few_stray_controls_is_still_text() -> None:
    assert not looks_binary((STORY + "\x07").encode() * 500)
    assert not looks_binary("﻿".encode("utf-16") + STORY.encode("utf-16-le"))


@pytest.mark.parametrize("uri", ["http://[::1", "http://[127.0.0.1]/", "http://x.example:99999/"])
def test_a_broken_warc_target_uri_costs_one_record(tmp_path: Path, uri: str) -> None:
    path = tmp_path / "crawl.warc"
    html = {"Content-Type": "text/html"}
    write_warc(
        path,
        [
            (uri, "200 OK", PAGE.encode(), html),
            ("https://port.example.org/barges", "200 OK", PAGE.encode(), html),
        ],
        gzip=False,
    )
    records = list(read([path]))
    assert isinstance(records[-1], Article) and records[-1].url == "https://port.example.org/barges"
    assert all(isinstance(r, Article | Rejection) for r in records)


def _feed(links: list[str]) -> str:
    items = "".join(
        f"<item><title>Barges {i}</title><link>{link}</link><description>{STORY}</description></item>"
        for i, link in enumerate(links)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Port</title>{items}</channel></rss>'


def test_broken_feed_links_are_rejections_with_fetch(tmp_path: Path, http_server: Server) -> None:
    """Issue 12: a malformed IPv6 or bracketed IPv4 feed link crashed the batch."""
    base = http_server({"/barges": (200, {"Content-Type": "text/html"}, PAGE.encode())})
    path = tmp_path / "port.xml"
    path.write_text(_feed(["http://[::1", "http://[127.0.0.1]/", f"{base}/barges"]), encoding="utf-8")
    from dataclasses import replace

    settings = replace(DEFAULT_SETTINGS, allow_private=True, retries=0)
    records = list(read([path], fetch=True, settings=settings))
    assert len(records) == 3 and isinstance(records[-1], Article)
    assert records[-1].url == f"{base}/barges"


def test_entity_expansion_in_a_feed_stays_small(tmp_path: Path) -> None:
    entities = "".join(
        f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    doctype = f'<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">{entities}]>'
    body = _feed(["https://port.example.org/a"]).replace(STORY, "&i;")
    path = tmp_path / "laughs.xml"
    path.write_text(body.replace("<rss", doctype + "<rss", 1), encoding="utf-8")
    records = list(read([path]))
    assert len(records) == 1
    text = records[0].text if isinstance(records[0], Article) else ""
    assert len(text) < 1_000_000  # a billion characters would have been expanded otherwise


def test_a_gzip_gzip_page_in_a_url_list_is_capped(tmp_path: Path, http_server: Server) -> None:
    """Issue 12: a 3.5 KB answer with ``Content-Encoding: gzip, gzip`` took 4.3 GB."""
    bomb = gzip.compress(gzip.compress(b"<p>" + b"a" * 50_000_000, 9), 9)
    assert len(bomb) < 200_000
    base = http_server(
        {
            "/bomb": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip, gzip"}, bomb),
            "/barges": (200, {"Content-Type": "text/html"}, PAGE.encode()),
        }
    )
    path = tmp_path / "list.urls"
    path.write_text(f"{base}/bomb\n{base}/barges\n", encoding="utf-8")
    from dataclasses import replace

    records = list(read([path], settings=replace(DEFAULT_SETTINGS, allow_private=True, max_bytes=1_000_000)))
    assert [getattr(r, "reason", "article") for r in records] == ["too-large", "article"]


@pytest.mark.parametrize("charset", ["utf\x008", "\x00\xff", "x" * 5000])
def test_a_declared_charset_that_is_no_name_is_skipped(charset: str) -> None:
    """Issue 12 campaign: a WARC record declaring ``charset=\x00...`` crashed ingest (embedded null)."""
    from newsevents.ingest.text import decode_any

    assert decode_any(STORY.encode(), "page", [charset]) == STORY
