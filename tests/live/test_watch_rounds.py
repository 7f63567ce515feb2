"""Issue 15: three ``watch --once`` rounds over a feed that grows, against two outlets on 127.0.0.1,
with a story syndicated by the second outlet a round later, a 304, a 500, a slow page and a robots.txt
disallow."""

from __future__ import annotations

from pathlib import Path

import duckdb
from feedserver import Route, Site
from stories import FLOOD, MISSILE, PROTEST, TRADE, copied

from newsevents.config import Settings
from newsevents.live import RoundStats, WatchOptions, watch


def _round(sites: tuple[Site, Site], db: Path, settings: Settings, options: WatchOptions,
           log: list[str]) -> RoundStats:
    feeds = [f"{site.base}/feed.xml" for site in sites]
    (found,) = watch(feeds, db, settings, options, log=log.append)
    return found


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_three_rounds(
    outlets: tuple[Site, Site], tmp_path: Path, local_settings: Settings, quick: WatchOptions
) -> None:
    courier, times = outlets
    db = tmp_path / "live.duckdb"
    log: list[str] = []
    # Round 1: two stories from the first outlet, and a page robots.txt forbids.
    courier.page("/news/trade", "Kenya and Tanzania sign a trade accord", TRADE)
    courier.page("/news/protest", "Arrests at a Lima protest", PROTEST)
    courier.page("/private/memo", "An internal memo", MISSILE)
    for path in ("/news/trade", "/news/protest", "/private/memo"):
        courier.publish(path, path)
    first = _round(outlets, db, local_settings, quick, log)
    assert (first.added, first.pages, first.failed) == (2, 2, 0)
    assert any("robots-disallowed" in line for line in log)

    # Round 2: the second outlet runs the trade story (another intro and footer), the first outlet
    # adds a story, a page that fails with a 500 and one too slow to answer in time.
    times.page("/world/trade", "Trade accord signed", copied(TRADE))
    times.publish("/world/trade", "trade")
    courier.page("/news/missile", "Germany condemns a missile test", MISSILE)
    courier.routes["/news/flood"] = Route(status=500, body=b"broken")
    courier.page("/news/slow", "A slow page", FLOOD, delay=3.0)
    for path in ("/news/missile", "/news/flood", "/news/slow"):
        courier.publish(path, path)
    log.clear()
    second = _round(outlets, db, local_settings, quick, log)
    assert second.added == 2 and second.pages == 2  # the copy and the new story
    assert any("/news/flood" in line and "500" in line for line in log)
    assert any("/news/slow" in line and "timeout" in line.lower() for line in log), log

    # Round 3: the second outlet's feed is unchanged (a 304); the 500 page works now; the slow one is
    # still slow. The first outlet's feed is asked for in full again, as its failed entries are retried.
    courier.page("/news/flood", "Floods in Bangladesh", FLOOD)
    log.clear()
    third = _round(outlets, db, local_settings, quick, log)
    assert third.not_modified == 1 and third.added == 1 and third.pages == 1

    # Each page was fetched once, except the ones that failed; the disallowed one never.
    assert courier.hits.get("/private/memo", 0) == 0
    assert courier.hits["/news/trade"] == 1 and times.hits["/world/trade"] == 1
    assert courier.hits["/news/flood"] == 2 and courier.hits["/news/slow"] == 2
    assert times.hits["/feed.xml"] == 3

    articles = dict(_rows(db, "SELECT url, duplicate_of FROM articles"))
    paths = ("/news/trade", "/news/protest", "/news/missile", "/news/flood")
    expected = [f"{courier.base}{p}" for p in paths]
    assert sorted(articles) == sorted([*expected, f"{times.base}/world/trade"])
    originals = [url for url, copy in articles.items() if copy is None]
    assert len(originals) == 4  # each story once; the second outlet's trade story is a copy
    assert articles[f"{times.base}/world/trade"] is not None
    assert not _rows(db, "SELECT id FROM articles WHERE url LIKE '%/private/%'")
    assert not _rows(db, "SELECT id FROM mentions WHERE article_id LIKE 'memo%'")

    # The trade story's events count both outlets; the others one.
    counts = _rows(
        db,
        "SELECT a.url, e.num_sources, e.num_articles FROM events e JOIN articles a ON a.url = e.source_url",
    )
    assert counts
    for url, sources, num_articles in counts:
        expected = 2 if url.endswith("/news/trade") else 1
        assert (sources, num_articles) == (expected, expected), url
    assert any(url.endswith("/news/trade") for url, _, _ in counts)
