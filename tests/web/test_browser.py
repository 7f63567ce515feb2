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
        ("network", "/network?level=actor"),
        ("events", "/events"),
        ("article", "/articles/panmunjom-2019"),
    ]:
        page.goto(url)
        path = target / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 10_000


# -- issue 13, point 5: the explorer tells the truth at a glance ---------------------------------------


def _api_total(server: str, **query: str) -> int:
    return int(httpx.get(f"{server}/api/events", params={**query, "limit": "1"}).json()["total"])


def test_filtered_overview_shows_the_filtered_totals(page: Page, server: str) -> None:
    page.goto("/")
    everything = int(page.locator("#totals b").first.inner_text())
    assert page.locator("#totals").get_attribute("data-filtered") == "false"
    assert everything == _api_total(server)
    page.goto("/?country=PRK&quad=1")
    totals = page.locator("#totals")
    assert totals.get_attribute("data-filtered") == "true" and "Matching the filter" in totals.inner_text()
    selected = int(totals.locator("b").first.inner_text())
    assert selected == _api_total(server, country="PRK", quad="1") < everything
    # the timeline sums to the same filtered, dated events
    counts = page.locator("#timeline rect.column").evaluate_all("els => els.map(e => +e.dataset.count)")
    assert 0 < sum(counts) <= selected


def test_goldstein_line_leaves_gaps_at_empty_periods(page: Page) -> None:
    page.goto("/?interval=year")
    columns = page.locator("#timeline rect.column").evaluate_all(
        "els => els.map(e => [+e.getAttribute('x'), +e.getAttribute('width'), +e.dataset.count])"
    )
    lines = page.locator("#goldstein polyline").evaluate_all(
        "els => els.map(e => e.getAttribute('points').split(' ').map(p => +p.split(',')[0]))"
    )
    empty = [x + w / 2 for x, w, n in columns if n == 0]
    full = [x + w / 2 for x, w, n in columns if n > 0]
    assert empty, "the seed's events span years with no event: there must be gaps"
    for xs in lines:
        assert not any(min(xs) < centre < max(xs) for centre in empty)
    # every pair of neighbouring filled years is joined: the gaps are exactly the empty periods
    joined = sum(len(xs) - 1 for xs in lines)
    neighbours = sum(1 for a, b in zip(columns, columns[1:], strict=False) if a[2] and b[2])
    assert joined == neighbours and len(full) >= 2


def test_map_circles_see_through_sized_and_explained(page: Page) -> None:
    page.goto("/map")
    circles = page.locator("#world circle.marker").evaluate_all(
        "els => els.map(e => [+e.dataset.count, +e.getAttribute('r'), +getComputedStyle(e).fillOpacity])"
    )
    assert circles and all(opacity < 0.8 for _, _, opacity in circles)
    by_count = sorted(circles)
    assert all(a[1] <= b[1] for a, b in zip(by_count, by_count[1:], strict=False))  # more events, bigger
    legend = page.locator("#map-legend")
    assert legend.is_visible()
    shades = legend.locator(".swatch").evaluate_all("els => els.map(e => e.dataset.css)")
    drawn = set(page.locator("#world path.country").evaluate_all(
        "els => els.filter(e => +e.dataset.count > 0).map(e => e.classList[1])"))
    assert drawn and drawn <= set(shades)
    # each legend swatch shows the colour its countries are filled with
    for css in shades:
        swatch = legend.locator(f'.swatch[data-css="{css}"]')
        colour = swatch.evaluate("e => getComputedStyle(e).backgroundColor")
        country = page.locator(f"#world path.country.{css}")
        if country.count():
            assert country.first.evaluate("e => getComputedStyle(e).fill") == colour
    sizes = legend.locator("svg.size-key circle").evaluate_all("els => els.map(e => +e.dataset.count)")
    assert max(sizes) == max(n for n, _, _ in circles)


def _view_box(page: Page) -> list[float]:
    return [float(v) for v in (page.locator("#world").get_attribute("viewBox") or "").split()]


def test_map_zooms_and_pans_offline(page: Page, server: str) -> None:
    response = httpx.get(f"{server}/map")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.goto("/map")
    scripts = page.evaluate("() => Array.from(document.scripts).map(s => s.src)")
    assert scripts and all(s.startswith(server + "/static/") for s in scripts)
    full = _view_box(page)
    page.locator("#zoom-controls button[data-zoom=in]").click()
    zoomed = _view_box(page)
    assert zoomed[2] == pytest.approx(full[2] / 2, abs=0.1) and page.locator("#world").get_attribute(
        "data-zoom") == "2.000"
    box = page.locator("#world").bounding_box()
    assert box is not None
    cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(cx, cy)
    page.mouse.down()
    page.mouse.move(cx + 120, cy + 40, steps=6)
    page.mouse.up()
    panned = _view_box(page)
    assert panned[0] < zoomed[0] and panned[2] == zoomed[2]  # dragged right: the view moved left
    page.mouse.wheel(0, -300)
    page.wait_for_function("() => +document.getElementById('world').dataset.zoom > 2")
    page.locator("#zoom-controls button[data-zoom=reset]").click()
    assert _view_box(page) == full


def test_network_edges_do_not_cross_unrelated_nodes(page: Page) -> None:
    page.goto("/network?level=actor")
    found = page.evaluate(
        """() => {
        const nodes = Array.from(document.querySelectorAll('#network circle.node')).map(c =>
            [c.dataset.label, +c.getAttribute('cx'), +c.getAttribute('cy'), +c.getAttribute('r')]);
        const hits = [];
        let edges = 0;
        for (const e of document.querySelectorAll('#network path.edge')) {
            edges += 1;
            const length = e.getTotalLength();
            for (const [label, x, y, r] of nodes) {
                if (label === e.dataset.source || label === e.dataset.target) continue;
                for (let s = 0; s <= 60; s++) {
                    const p = e.getPointAtLength(length * s / 60);
                    if (Math.hypot(p.x - x, p.y - y) < r) {
                        hits.push([e.dataset.source, e.dataset.target, label]);
                        break;
                    }
                }
            }
        }
        return {nodes: nodes.length, edges, hits};
    }"""
    )
    assert found["nodes"] >= 3 and found["edges"] >= 2
    assert found["hits"] == []


def test_events_table_names_codes_and_keeps_dates_on_one_line(page: Page) -> None:
    from newsevents.coding.codebook import load_codebook

    codebook = load_codebook()
    page.goto("/events?limit=100")
    rows = page.locator("tr.event-row").evaluate_all(
        "els => els.map(r => [r.querySelector('.event-link code').textContent,"
        " r.querySelector('.code-name').textContent])"
    )
    assert rows
    for code, name in rows:
        expected = codebook[code].name
        assert name.casefold() == expected.casefold(), (code, name)
    assert any(len(code) > 2 for code, _ in rows)  # a non-root code, named for itself
    _dates_on_one_line(page)


def _dates_on_one_line(page: Page) -> None:
    lines = page.locator("td.date a").evaluate_all("els => els.map(e => e.getClientRects().length)")
    heights = page.locator("td.date a").evaluate_all(
        "els => els.map(e => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight))"
    )
    assert lines and set(lines) == {1} and max(heights) < 1.5


def test_directed_dyad_option_in_the_form(page: Page, server: str) -> None:
    page.goto("/events")
    page.fill("input[name=dyad]", "USA,PRK")
    page.check("input[name=directed]")
    page.click("form.filters-form button[type=submit]")
    page.wait_for_url("**directed=true**")
    assert page.locator("input[name=directed]").is_checked()
    shown = int(page.locator("h1 small").inner_text().split()[0])
    assert shown == _api_total(server, dyad="USA,PRK", directed="true")
    both = _api_total(server, dyad="USA,PRK")
    assert shown < both  # the seed has events in both directions


@pytest.fixture
def phone(browser: Browser, server: str) -> Iterator[Page]:
    """A phone-sized page (390 x 844, touch), failing on any request elsewhere or script error."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, base_url=server, is_mobile=True, has_touch=True
    )
    tab = context.new_page()
    problems: list[str] = []
    tab.on("request", lambda r: problems.append(r.url) if not r.url.startswith(server) else None)
    tab.on("pageerror", lambda e: problems.append(f"page error {e}"))
    yield tab
    context.close()
    assert problems == []


@pytest.mark.parametrize("url", ["/", "/map", "/network", "/events", "/articles", "/events?limit=100"])
def test_pages_fit_a_phone(phone: Page, url: str) -> None:
    phone.goto(url)
    width = phone.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 390, f"{url} is {width}px wide on a 390px screen"
    # a wide table scrolls inside its own box, every cell still reachable
    for box in phone.locator(".table-scroll").all():
        assert box.evaluate("e => getComputedStyle(e).overflowX") == "auto"
        inner = box.evaluate("e => e.scrollWidth - e.clientWidth")
        if inner > 0:
            box.evaluate("e => { e.scrollLeft = e.scrollWidth; }")
            assert box.evaluate("e => e.scrollLeft") > 0
    if url.startswith("/events"):
        _dates_on_one_line(phone)
