"""The JSON API (issue 6): filters, pagination, sorting, detail records, statistics, CSV, OpenAPI,
the error envelope, validation and the security headers."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient
from web_factories import EXPECTED_EVENTS, HOSTILE_TEXT, STEPS

from newsevents.errors import StoreError
from newsevents.store.queries import EVENT_COLUMNS
from newsevents.web import create_app
from newsevents.web.api import ENDPOINTS


def ids(client: TestClient, query: str) -> list[int]:
    response = client.get(f"/api/events?{query}&sort=id&limit=1000")
    assert response.status_code == 200, response.text
    return [row["id"] for row in response.json()["items"]]


def cameo_dates(client: TestClient, query: str) -> set[tuple[str, str]]:
    response = client.get(f"/api/events?{query}&limit=1000")
    assert response.status_code == 200, response.text
    return {(row["cameo"], row["date"]) for row in response.json()["items"]}


def test_error_envelope_is_pinned(client: TestClient) -> None:
    """The one error shape every client can rely on (changing it breaks API users)."""
    response = client.get("/api/events?quad=9")
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {
        "error": {"status": 400, "code": "bad-parameter", "message": "quad: 9 is above the maximum 4"}
    }


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("limit=0", "bad-parameter"),
        ("limit=5000", "bad-parameter"),
        ("limit=ten", "bad-parameter"),
        ("offset=-1", "bad-parameter"),
        ("sort=name", "bad-parameter"),
        ("country=US", "bad-parameter"),
        ("country=U%27SA", "bad-parameter"),
        ("dyad=USA", "bad-parameter"),
        ("since=2019-13-01", "bad-parameter"),
        ("until=yesterday", "bad-parameter"),
        ("root=4x", "bad-parameter"),
        ("code=abc", "bad-parameter"),
        ("directed=maybe", "bad-parameter"),
        ("root=04&quad=1", "bad-parameter"),
        ("actor=" + "x" * 300, "bad-parameter"),
        ("colour=red", "unknown-parameter"),
        ("quad=1&quad=2", "repeated-parameter"),
    ],
)
def test_bad_parameters_are_400_with_the_envelope(client: TestClient, query: str, code: str) -> None:
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["status"] == 400 and error["code"] == code and error["message"]


@pytest.mark.parametrize(
    "path",
    [
        "/api/events/999999",
        "/api/events/abc",
        "/api/events/99999999999999999999999",
        "/api/articles/no-such-article",
        "/api/no-such-endpoint",
    ],
)
def test_unknown_ids_are_404_with_the_envelope(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not-found"
    assert response.json()["error"]["status"] == 404


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "",
            {
                ("040", "2019-06-30"),
                ("051", "2019-06-30"),
                ("111", "2019-07-14"),
                ("190", "2019-07-15"),
                ("070", "2019-08-01"),
                ("040", "2019-08-02"),
                ("111", "2019-02-28"),
            },
        ),
        (
            "country=PRK",
            {
                ("040", "2019-06-30"),
                ("111", "2019-07-14"),
                ("190", "2019-07-15"),
                ("040", "2019-08-02"),
                ("111", "2019-02-28"),
            },
        ),
        ("dyad=USA,PRK", {("040", "2019-06-30"), ("040", "2019-08-02"), ("111", "2019-02-28")}),
        ("dyad=USA-PRK&directed=true", {("040", "2019-06-30"), ("111", "2019-02-28")}),
        (
            "actor=jong",
            {
                ("040", "2019-06-30"),
                ("111", "2019-07-14"),
                ("190", "2019-07-15"),
                ("040", "2019-08-02"),
                ("111", "2019-02-28"),
            },
        ),
        ("role=mil", {("190", "2019-07-15")}),
        ("root=04", {("040", "2019-06-30"), ("040", "2019-08-02")}),
        ("code=11", {("111", "2019-07-14"), ("111", "2019-02-28")}),
        ("quad=2", {("070", "2019-08-01")}),
        ("since=2019-07-15&until=2019-08-01", {("190", "2019-07-15"), ("070", "2019-08-01")}),
        ("until=2019-06", {("040", "2019-06-30"), ("051", "2019-06-30"), ("111", "2019-02-28")}),
        ("place=panmun", {("040", "2019-06-30")}),
        ("article=w2", {("111", "2019-07-14"), ("190", "2019-07-15")}),
        (
            "source=daily%25",
            {("040", "2019-06-30"), ("051", "2019-06-30"), ("070", "2019-08-01"), ("040", "2019-08-02")},
        ),
        ("country=KOR&quad=1", {("051", "2019-06-30")}),
        ("actor=%27%3B DROP TABLE events; --", set()),
    ],
)
def test_event_filters(client: TestClient, query: str, expected: set[tuple[str, str]]) -> None:
    assert cameo_dates(client, query) == expected


def test_pagination_is_stable_and_complete(client: TestClient) -> None:
    first = client.get("/api/events?limit=3&offset=0&sort=date").json()
    second = client.get("/api/events?limit=3&offset=3&sort=date").json()
    third = client.get("/api/events?limit=3&offset=6&sort=date").json()
    assert first["total"] == second["total"] == EXPECTED_EVENTS
    assert (first["count"], second["count"], third["count"]) == (3, 3, 1)
    seen = [r["id"] for page in (first, second, third) for r in page["items"]]
    assert sorted(seen) == sorted(set(seen)) and len(seen) == EXPECTED_EVENTS
    dates = [r["date"] for page in (first, second, third) for r in page["items"]]
    assert dates == sorted(dates)


@pytest.mark.parametrize(
    ("sort", "field", "reverse"),
    [
        ("goldstein", "goldstein", False),
        ("-goldstein", "goldstein", True),
        ("-date", "date", True),
        ("id", "id", False),
    ],
)
def test_sorting(client: TestClient, sort: str, field: str, reverse: bool) -> None:
    values = [r[field] for r in client.get(f"/api/events?sort={sort}").json()["items"]]
    assert values == sorted(values, reverse=reverse)


def test_event_detail_has_every_mention_with_evidence(client: TestClient) -> None:
    [event_id] = ids(client, "place=Panmunjom")
    event = client.get(f"/api/events/{event_id}").json()
    assert set(EVENT_COLUMNS) <= set(event)
    [mention] = event["mentions"]
    assert mention["article_id"] == "w1" and mention["article_title"] == "Story w1"
    assert mention["sentence"] == "Trump met Kim in Panmunjom on Sunday."
    assert mention["trigger"] == "met" and mention["rule"] == "test.met"
    assert mention["steps"] == ["source:subject", "place:locative", "date:own-clause"]
    text = client.get("/api/articles/w1").json()["text"]
    assert text[mention["sentence_start"] : mention["sentence_end"]] == mention["sentence"]


def test_mentions_carry_their_steps_and_an_empty_list_without_any(client: TestClient) -> None:
    for article_id in ("w1", "w2", "w3"):
        for mention in client.get(f"/api/articles/{article_id}").json()["mentions"]:
            assert mention["steps"] == list(STEPS.get(mention["sentence"], ())), mention


def test_article_page_shows_how_each_event_was_coded(client: TestClient) -> None:
    html = client.get("/articles/w1").text
    # hovering the evidence names the pattern, then each step in order (a title tooltip, no script)
    titles = re.findall(r'<mark class="evidence" data-mentions="[^"]*" title="([^"]*)">', html)
    assert "pattern test.met\nsource:subject\nplace:locative\ndate:own-clause" in titles
    # an event without steps (old data) still names its pattern
    assert "pattern test.praised" in titles
    # the sidebar lists them too, in order
    assert re.search(
        r'<li class="pattern">pattern <code>test\.met</code></li><li><code>source:subject</code></li>'
        r"<li><code>place:locative</code></li><li><code>date:own-clause</code></li></ol>",
        html,
    )


def test_event_page_lists_the_steps_of_each_mention(client: TestClient) -> None:
    [event_id] = ids(client, "place=Panmunjom")
    html = client.get(f"/events/{event_id}").text
    steps = re.search(r'<ol class="steps"[^>]*>(.*?)</ol>', html)
    assert steps is not None
    assert re.findall(r"<li[^>]*>(.*?)</li>", steps.group(1)) == [
        "pattern <code>test.met</code>",
        "<code>source:subject</code>",
        "<code>place:locative</code>",
        "<code>date:own-clause</code>",
    ]
    [undated] = ids(client, "article=w3&code=040")
    assert "<li><code>" not in client.get(f"/events/{undated}").text  # no steps: the pattern alone


def test_articles_list_and_detail(client: TestClient) -> None:
    listing = client.get("/api/articles?source=daily one").json()
    assert listing["total"] == 2 and {a["id"] for a in listing["items"]} == {"w1", "w3"}
    assert "text" not in listing["items"][0]
    assert client.get("/api/articles?since=2019-07&until=2019-07-31").json()["items"][0]["id"] == "w2"
    article = client.get("/api/articles/hostile").json()
    assert article["text"] == HOSTILE_TEXT
    assert [m["cameo"] for m in article["mentions"]] == ["111"]
    assert {a["code"] for a in article["actors"]} == {"USAGOV", "PRKGOV"}
    assert article["places"][0]["name"] == "Hanoi"


def test_actors(client: TestClient) -> None:
    body = client.get("/api/actors").json()
    by_code = {a["code"]: a for a in body["items"]}
    assert by_code["USAGOV"]["events"] == 5
    assert (by_code["USAGOV"]["as_source"], by_code["USAGOV"]["as_target"]) == (3, 2)
    assert by_code["KORMIL"]["events"] == 1
    assert [a["code"] for a in client.get("/api/actors?q=moon").json()["items"]] == ["KORGOV"]
    assert body["items"][0]["events"] >= body["items"][-1]["events"]


@pytest.mark.parametrize(
    ("by", "keys"), [("quad", {"1", "2", "3", "4"}), ("root", {"04", "05", "07", "11", "19"})]
)
def test_timeline(client: TestClient, by: str, keys: set[str]) -> None:
    body = client.get(f"/api/stats/timeline?interval=month&by={by}").json()
    assert body["interval"] == "month" and body["by"] == by
    periods = [b["period"] for b in body["buckets"]]
    assert periods == ["2019-02-01", "2019-06-01", "2019-07-01", "2019-08-01"]
    assert sum(b["total"] for b in body["buckets"]) == EXPECTED_EVENTS
    assert {k for b in body["buckets"] for k in b["counts"]} == keys
    july = body["buckets"][2]
    assert july["total"] == 2 and july["avg_goldstein"] == pytest.approx((-2.0 - 10.0) / 2)


def test_timeline_auto_interval_and_filters(client: TestClient) -> None:
    body = client.get("/api/stats/timeline?country=KOR").json()
    assert body["interval"] == "day"  # 2019-06-30 .. 2019-08-01: a month
    assert sum(b["total"] for b in body["buckets"]) == 4
    assert client.get("/api/stats/timeline").json()["interval"] == "week"  # 2019-02-28 .. 2019-08-02


def test_dyads(client: TestClient) -> None:
    items = client.get("/api/stats/dyads").json()["items"]
    top = items[0]
    assert (top["source"], top["target"], top["count"]) == ("USA", "PRK", 2)
    assert (top["quad1"], top["quad3"]) == (1, 1)
    actors = client.get("/api/stats/dyads?level=actor&limit=1").json()["items"]
    assert len(actors) == 1 and actors[0]["source"] == "USAGOV"


def test_csv_download_of_a_filtered_list(client: TestClient) -> None:
    response = client.get("/api/events.csv?country=PRK&sort=date")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0].keys()) == EVENT_COLUMNS
    assert [r["date"] for r in rows] == ["2019-02-28", "2019-06-30", "2019-07-14", "2019-07-15", "2019-08-02"]
    assert client.get("/api/events.csv?quad=0").json()["error"]["code"] == "bad-parameter"


def test_openapi_describes_every_endpoint(client: TestClient) -> None:
    doc = client.get("/api/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    assert set(doc["paths"]) == {e.path for e in ENDPOINTS}
    for endpoint in ENDPOINTS:
        operation = doc["paths"][endpoint.path]["get"]
        documented = {p["name"] for p in operation["parameters"] if p["in"] == "query"}
        assert documented == {p.name for p in endpoint.params}
        assert "400" in operation["responses"]
    assert doc["components"]["schemas"]["Error"]["required"] == ["error"]


def _call(endpoint_path: str) -> str:
    return endpoint_path.replace("{event_id}", "1").replace("{article_id}", "w1")


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.path)
def test_every_documented_endpoint_answers_and_rejects_unknown_parameters(
    client: TestClient, endpoint: Any
) -> None:
    path = _call(endpoint.path)
    assert client.get(path).status_code == 200
    assert client.get(f"{path}?bogus=1").json()["error"]["code"] == "unknown-parameter"


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/map",
        "/network",
        "/network?level=actor",
        "/events",
        "/events?country=PRK&sort=goldstein",
        "/events/1",
        "/articles",
        "/articles/w1",
        "/articles/hostile",
        "/api/docs",
        "/api",
    ],
)
def test_pages_render_with_a_strict_policy_and_no_other_host(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy and "unsafe" not in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    html = response.text
    # every resource and link stays on this origin (article URLs are shown as text, never linked)
    for attribute in re.findall(r'(?:src|href|action)="([^"]*)"', html):
        assert not re.match(r"^(?:[a-z]+:)?//", attribute, re.I), attribute
        assert not attribute.lower().startswith("javascript:"), attribute
    assert "<script>" not in html and not re.search(r"<[^>]*\s(?:style|on[a-z]+)=", html)


def test_hostile_article_is_escaped(client: TestClient) -> None:
    html = client.get("/articles/hostile").text
    assert "&lt;script&gt;window.__pwned" in html
    assert "&lt;b&gt;headline&lt;/b&gt;" in html
    assert "&lt;i&gt;Bad&lt;/i&gt; Outlet" in html
    assert "<b>headline" not in html and "<img" not in html
    # a step with markup is shown as text, in the tooltip and in the sidebar
    assert "&lt;b&gt;bold&lt;/b&gt;" in html and "<b>bold" not in html
    assert "<code>code:&lt;b&gt;bold&lt;/b&gt;</code>" in html
    # the evidence of its one event is highlighted, escaped too
    assert re.search(
        r'<mark class="evidence"[^>]*>Trump </mark><mark class="evidence"[^>]*>'
        r'<b class="trigger">criticized</b></mark>',
        html,
    )


def test_page_errors(client: TestClient) -> None:
    bad = client.get("/events?quad=x")
    assert (
        bad.status_code == 400 and "quad" in bad.text and bad.headers["content-type"].startswith("text/html")
    )
    assert client.get("/articles/nothing-here").status_code == 404
    assert client.get("/no/such/page").status_code == 404


def test_missing_store_is_refused_before_serving(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        create_app(str(tmp_path / "missing.duckdb"))


def test_the_app_only_reads(client: TestClient) -> None:
    import duckdb

    db = client.app.state.db  # type: ignore[attr-defined]
    with db.read() as con, pytest.raises(duckdb.Error, match="read-only"):
        con.execute("DELETE FROM events")
