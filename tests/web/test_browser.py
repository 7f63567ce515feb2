"""The explorer in a real browser (issue 6): Debian's Chromium driven by Playwright against ``serve``
on 127.0.0.1, over a store built from the seed article by the real pipeline plus a hostile article.

Screenshots of the overview, map, network and article pages are written to ``$NEWSEVENTS_SCREENSHOTS``
when it is set (``NEWSEVENTS_SCREENSHOTS=docs/screenshots pytest tests/web/test_browser.py``), else to a
temporary folder; either way the test checks they are real PNG images.
"""

from __future__ import annotations

import math
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from web_factories import HOSTILE_TEXT, HOSTILE_TITLE

from newsevents.records import Article
from newsevents.store import Database, ingest_results

CHROMIUM = "/usr/bin/chromium"
SEED = (
    Path(__file__).resolve().parent.parent.parent.parent / "shared" / "corpus" / "seed" / "panmunjom-2019.txt"
)
PANMUNJOM = (37.956, 126.677)  # the truce village's coordinates


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article and a hostile article, analysed by the real pipeline and stored."""
    if not SEED.is_file():
        pytest.skip(f"needs the shared checkout: {SEED} is absent (check out `shared` next to the project)")
    from newsevents.ingest import read
    from newsevents.pipeline import Pipeline

    pipe = Pipeline.load()
    items: list[Any] = list(read([str(SEED)], published=None))
    items.append(
        Article(
            id="hostile",
            text=HOSTILE_TEXT,
            title=HOSTILE_TITLE,
            published="2019-02-28",
            source="<i>Bad</i> Outlet",
            url="javascript:alert(1)",
        )
    )
    results = list(pipe.analyze(items))
    path = tmp_path_factory.mktemp("browser") / "seed.duckdb"
    database = Database(path)
    try:
        ingest_results(results, database)
    finally:
        database.close()
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def server(seed_store: Path) -> Iterator[str]:
    """``newsevents.web.serve`` on a free port of 127.0.0.1, in a child process; yields its base URL."""
    port = _free_port()
    code = f"from newsevents.web import serve; serve({str(seed_store)!r}, '127.0.0.1', {port})"
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(base + "/api/openapi.json").status_code == 200:
                    break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"serve did not start: {process.stderr.read()!r}") from None
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.communicate(timeout=10)


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    args = [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ]
    with sync_playwright() as p:
        # Playwright gives launch() a fresh, temporary user data dir of its own (it refuses the flag).
        instance = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=args)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Browser, server: str) -> Iterator[Page]:
    """A page that fails the test on any request to another host, page error or console error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server)
    tab = context.new_page()
    problems: list[str] = []
    tab.on(
        "request", lambda r: problems.append(f"request to {r.url}") if not r.url.startswith(server) else None
    )
    tab.on("pageerror", lambda e: problems.append(f"page error {e}"))
    tab.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    tab.on("dialog", lambda d: (problems.append(f"dialog {d.message}"), d.dismiss()))
    yield tab
    context.close()
    assert problems == []


def _dated_events(store: Path) -> int:
    with duckdb.connect(str(store), read_only=True) as con:
        row = con.execute("SELECT count(*) FROM events WHERE date IS NOT NULL").fetchone()
    return int(row[0]) if row else 0


def test_seed_events_appear_on_the_timeline(page: Page, seed_store: Path) -> None:
    page.goto("/")
    columns = page.locator("#timeline rect.column")
    counts = [int(c) for c in columns.evaluate_all("els => els.map(e => e.dataset.count)")]
    assert sum(counts) == _dated_events(seed_store) > 0
    periods = page.locator("#timeline rect.bar").evaluate_all("els => els.map(e => e.dataset.period)")
    assert any(p.startswith("2019") for p in periods)  # the summit of 2019-06-30
    assert page.locator("#goldstein").count() == 1
    assert page.locator("#timeline rect.bar").first.is_visible()


def test_map_has_a_marker_at_panmunjom(page: Page) -> None:
    page.goto("/map")
    markers = page.locator("#world circle.marker").evaluate_all(
        "els => els.map(e => [parseFloat(e.dataset.lat), parseFloat(e.dataset.lon), e.dataset.place])"
    )
    near = [m for m in markers if math.dist(m[:2], PANMUNJOM) < 0.5]
    assert near, markers
    place = near[0][2]
    marker = page.locator(f'#world circle.marker[data-place="{place}"]')
    assert marker.is_visible()
    box = marker.bounding_box()
    assert box is not None and box["width"] > 2
    # the marker sits over South Korea's boundary on the drawn map
    korea = page.locator('#world path.country[data-iso3="KOR"]').bounding_box()
    assert korea is not None
    cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    assert korea["x"] - 5 <= cx <= korea["x"] + korea["width"] + 5
    assert korea["y"] - 5 <= cy <= korea["y"] + korea["height"] + 5


def test_clicking_an_event_opens_its_article_with_the_evidence_highlighted(page: Page, server: str) -> None:
    page.goto("/events?actor=Kim Jong Un&sort=date")
    row = page.locator("tr.event-row").first
    event_id = row.get_attribute("data-event-id")
    row.locator("a.evidence-link").click()
    page.wait_for_url("**/articles/panmunjom-2019#m-*")
    expected = httpx.get(f"{server}/api/events/{event_id}").json()["mentions"][0]
    focused = page.locator("mark.evidence.focus")
    assert focused.count() >= 1 and focused.first.is_visible()
    assert "".join(focused.all_inner_texts()) == expected["sentence"]
    # every mention of the article is highlighted, and the sidebar lists its codes and actors
    article = httpx.get(f"{server}/api/articles/panmunjom-2019").json()
    assert page.locator("aside.sidebar li[data-mention]").count() == len(article["mentions"])
    assert page.locator("mark.evidence").count() >= len({m["sentence_start"] for m in article["mentions"]})


def test_hostile_article_shows_as_plain_text(page: Page) -> None:
    page.goto("/articles/hostile")
    assert page.locator("#article-title").inner_text() == HOSTILE_TITLE
    text = page.locator("#article-text").inner_text()
    assert '<script>window.__pwned = "text";</script>' in text
    assert '<img src="http://203.0.113.9/x.png"' in text
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("#article-text script, #article-text img, #article-title b").count() == 0
    page.goto("/articles")
    assert HOSTILE_TITLE in page.locator("table").inner_text()
    assert page.evaluate("() => window.__pwned") is None


def test_screenshots(page: Page, tmp_path: Path) -> None:
    target = Path(os.environ.get("NEWSEVENTS_SCREENSHOTS") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    for name, url in [
        ("overview", "/"),
        ("map", "/map"),
        ("network", "/network"),
        ("events", "/events"),
        ("article", "/articles/panmunjom-2019"),
    ]:
        page.goto(url)
        path = target / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 10_000
