"""The parts of live mode on their own: sources, durations, polite fetching, conditional GETs."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from feedserver import Route, Server, Site

from newsevents.errors import ConfigError
from newsevents.ingest.fetch import FetchSettings
from newsevents.live.polite import Polite, is_transient
from newsevents.live.sources import Feed, Folder, duration, expand
from newsevents.records import Rejection

LOCAL = FetchSettings(allow_private=True, retries=0, total_timeout=2.0)


def test_sources_expand_lists_and_folders(tmp_path: Path) -> None:
    listed = tmp_path / "feeds.urls"
    listed.write_text("# morning papers\nhttps://courier.example/rss\n\nhttps://times.example/atom\n")
    opml = tmp_path / "reader.opml"
    opml.write_text(
        '<opml version="2.0"><body><outline text="news">'
        '<outline type="rss" xmlUrl="https://times.example/atom"/>'
        '<outline type="rss" xmlUrl="https://gazette.example/feed"/></outline></body></opml>'
    )
    found = expand(["https://courier.example/rss", str(listed), str(opml), str(tmp_path)])
    assert found == [
        Feed("https://courier.example/rss"),
        Feed("https://times.example/atom"),
        Feed("https://gazette.example/feed"),
        Folder(str(tmp_path)),
    ]


@pytest.mark.parametrize(
    ("source", "message"),
    [("missing-folder", "no such file"), ("note.txt", "a source is a feed URL"), ("bad.urls", "not an http")],
)
def test_bad_sources_are_named(tmp_path: Path, source: str, message: str) -> None:
    (tmp_path / "note.txt").write_text("text")
    (tmp_path / "bad.urls").write_text("ftp://old.example/feed\n")
    with pytest.raises(ConfigError, match=message):
        expand([str(tmp_path / source)])


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("15m", 900.0), ("90s", 90.0), ("1h", 3600.0), ("2d", 172800.0), ("45", 45.0), ("0.5m", 30.0)],
)
def test_durations(text: str, seconds: float) -> None:
    assert duration(text) == seconds


@pytest.mark.parametrize("text", ["", "m", "-5m", "0", "soon", "5w"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(ConfigError, match="duration"):
        duration(text)


@pytest.mark.parametrize(
    ("reason", "detail", "again"),
    [
        ("http-error", "the server answered 503 after 3 tries", True),
        ("http-error", "the server answered 429 after 1 tries", True),
        ("http-error", "the server answered 404 Not Found", False),
        ("timeout", "no complete answer within 60 s", True),
        ("fetch-failed", "ConnectError: refused", True),
        ("robots-disallowed", "robots.txt of x disallows it", False),
        ("not-html", "the server sent application/pdf", False),
    ],
)
def test_what_is_tried_again(reason: str, detail: str, again: bool) -> None:
    assert is_transient(Rejection("https://x.example/a", reason, detail)) is again


@pytest.fixture
def site() -> Site:
    return Site("Valley Ledger")


def test_conditional_get_and_robots(site: Site) -> None:
    server = Server(site)
    rules = b"User-agent: newsevents\nDisallow: /drafts/\n"
    site.routes["/robots.txt"] = Route(body=rules, content_type="text/plain")
    site.page("/drafts/one", "Draft", ["Not for us."])
    site.publish("/news/one", "One")
    polite = Polite(LOCAL, delay=0.0)
    try:
        page = polite.get(f"{site.base}/feed.xml")
        assert not isinstance(page, Rejection) and page.status == 200 and page.etag == '"v1"'
        again = polite.get(f"{site.base}/feed.xml", headers={"If-None-Match": page.etag})
        assert not isinstance(again, Rejection) and again.status == 304 and again.content == b""
        refused = polite.get(f"{site.base}/drafts/one")
        assert isinstance(refused, Rejection) and refused.reason == "robots-disallowed"
        assert site.hits.get("/drafts/one", 0) == 0 and site.hits["/robots.txt"] == 1  # read once a round
    finally:
        polite.close()
        server.close()


def test_robots_answers(site: Site) -> None:
    server = Server(site)
    site.page("/news/one", "One", ["A page."])
    polite = Polite(LOCAL, delay=0.0)
    try:
        assert not isinstance(polite.get(f"{site.base}/news/one"), Rejection)  # no robots.txt (404): allowed
        site.routes["/robots.txt"] = Route(status=503, body=b"down")
        polite.new_round()
        down = polite.get(f"{site.base}/news/one")
        assert isinstance(down, Rejection) and down.reason == "robots-unreachable" and is_transient(down)
    finally:
        polite.close()
        server.close()


def test_one_host_is_paced(site: Site) -> None:
    server = Server(site)
    for n in range(3):
        site.page(f"/news/{n}", f"Story {n}", ["A page."])
    polite = Polite(LOCAL, delay=0.3)
    try:
        started = time.monotonic()
        results = list(polite.get_many([f"{site.base}/news/{n}" for n in range(3)]))
        # Three requests to one host, 0.3 s apart whatever the concurrency: at least two pauses.
        assert time.monotonic() - started >= 0.6
        assert [url for url, _ in results] == [f"{site.base}/news/{n}" for n in range(3)]
    finally:
        polite.close()
        server.close()
