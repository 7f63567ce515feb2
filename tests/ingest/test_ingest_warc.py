"""WARC and WARC.gz crawls (issue 4, item 5), on files the tests write."""

from __future__ import annotations

import gzip as gzip_module
from pathlib import Path

import pytest
from ingest_helpers import write_warc

from newsevents.ingest import ReadStats, read
from newsevents.ingest.warc import read_warc
from newsevents.records import Article, Rejection

PARAS = [
    "Engineers finished the new dam on the upper river on Wednesday, the water ministry said.",
    "The project, delayed by two floods, will supply power to about forty thousand homes in the valley.",
    "Farmers downstream have asked for guarantees that the river will not run dry in summer.",
]


def page(title: str, date: str | None = None, charset: str = "utf-8", extra: str = "") -> str:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f'<html><head><meta charset="{charset}"><title>{title}</title>{meta}</head>'
        f"<body><article><h1>{title}</h1>{extra}{body}</article></body></html>"
    )


@pytest.fixture(params=[True, False], ids=["warc.gz", "warc"])
def crawl(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / ("crawl.warc.gz" if request.param else "crawl.warc")
    html_headers = {"Content-Type": "text/html; charset=utf-8"}
    write_warc(
        path,
        [
            (
                "https://news.example.org/2023/04/dam-opens.html",
                "200 OK",
                page("Dam opens", "2023-04-01").encode(),
                html_headers,
            ),
            (
                "https://news.example.org/logo.png",
                "200 OK",
                b"\x89PNG\r\n\x1a\n" + bytes(200),
                {"Content-Type": "image/png"},
            ),
            ("https://news.example.org/old", "301 Moved Permanently", b"", {"Location": "/new"}),
            # No date on the page: the capture date is the fallback. Latin-1 declared only in the HTTP header.
            (
                "https://news.example.org/2023/04/caf%C3%A9-reopens",
                "200 OK",
                page(
                    "Café reopens", charset="x-unknown", extra="<p>Le café de la gare a rouvert.</p>"
                ).encode("latin-1"),
                {"Content-Type": "text/html; charset=ISO-8859-1"},
            ),
        ],
        gzip=request.param,
    )
    return path


def test_html_responses_become_articles(crawl: Path) -> None:
    stats = ReadStats()
    records = list(read([crawl], stats=stats))
    assert all(isinstance(r, Article) for r in records)
    first, second = records
    assert first.url == "https://news.example.org/2023/04/dam-opens.html"
    assert (
        first.id.startswith("dam-opens-") and first.published == "2023-04-01" and first.title == "Dam opens"
    )
    assert first.origin == f"{crawl}#record-3"
    assert second.published == "2023-04-05"
    assert "café de la gare" in second.text
    assert second.id.startswith("cafe-reopens-")
    # warcinfo, 4 requests, the image and the redirect.
    assert stats.skipped_records == 7 and stats.articles == 2


def test_ids_are_stable(crawl: Path) -> None:
    assert [r.id for r in read([crawl])] == [r.id for r in read([crawl])]


@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_truncated_crawl_keeps_what_came_before(tmp_path: Path, cut: float) -> None:
    full = tmp_path / "full.warc.gz"
    write_warc(
        full,
        [
            (
                f"https://news.example.org/story-{i}",
                "200 OK",
                page(f"Story {i}").encode(),
                {"Content-Type": "text/html"},
            )
            for i in range(6)
        ],
        gzip=True,
    )
    data = full.read_bytes()
    cut_path = tmp_path / "cut.warc.gz"
    cut_path.write_bytes(data[: int(len(data) * cut)])
    records = list(read([cut_path]))
    assert isinstance(records[-1], Rejection) and records[-1].reason == "truncated"
    assert all(isinstance(r, Article) for r in records[:-1])
    assert len(records) - 1 in range(1, 6)


def test_record_over_the_cap_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "big.warc"
    big = page("Big", extra="<p>" + "word " * 5000 + "</p>").encode()
    write_warc(
        path,
        [
            ("https://news.example.org/big", "200 OK", big, {"Content-Type": "text/html"}),
            (
                "https://news.example.org/small",
                "200 OK",
                page("Small").encode(),
                {"Content-Type": "text/html"},
            ),
        ],
        gzip=False,
    )
    with open(path, "rb") as handle:
        records = list(read_warc(handle, "big.warc", max_record_bytes=10_000))
    assert [getattr(r, "reason", "article") for r in records] == ["too-large", "article"]


def test_gzip_content_encoding_bomb_is_capped(tmp_path: Path) -> None:
    path = tmp_path / "bomb.warc"
    bomb = gzip_module.compress(b"<p>" + b"a" * 5_000_000 + b"</p>")
    write_warc(
        path,
        [
            (
                "https://news.example.org/bomb",
                "200 OK",
                bomb,
                {"Content-Type": "text/html", "Content-Encoding": "gzip"},
            )
        ],
        gzip=False,
    )
    with open(path, "rb") as handle:
        records = list(read_warc(handle, "bomb.warc", max_record_bytes=100_000))
    assert [getattr(r, "reason", "article") for r in records] == ["too-large"]


def test_not_a_warc_at_all(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc.gz"
    path.write_bytes(b"this is not a crawl file\n" * 10)
    records = list(read([path]))
    assert [r.reason for r in records] == ["not-warc"]
