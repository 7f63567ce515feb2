"""The history of an article stored in two versions (issue 15, point 4), on its page and in the API."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from web_factories import _event

from newsevents.records import Article, ArticleResult
from newsevents.store import Database, ingest_results, versions
from newsevents.web import create_app, models

# Invented: a first report, and its correction (the criticism withdrawn, a visit added; the old text has
# markup, which the history must show as text).
FIRST = "Trump met Kim in Panmunjom on Sunday. Moon criticized Trump <b>sharply</b>."
SECOND = "Trump met Kim in Panmunjom on Sunday. Moon aided Kim with supplies."


def _result(text: str, title: str, *sentences: tuple[str, str, str, str]) -> ArticleResult:
    art = Article(id="r1", text=text, title=title, source="Daily One", published="2019-06-30")
    events = tuple(
        _event("r1", text, sentence, a, verb, b, "2019-06-30", None) for sentence, a, verb, b in sentences
    )
    return ArticleResult(art, events, (), (), (), None)


@pytest.fixture(scope="module")
def revised(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = tmp_path_factory.mktemp("versions") / "events.duckdb"
    met = ("Trump met Kim in Panmunjom on Sunday.", "Trump", "met", "Kim")
    first = _result(
        FIRST,
        "Talks at the border",
        met,
        ("Moon criticized Trump <b>sharply</b>.", "Moon", "criticized", "Trump"),
    )
    second = _result(
        SECOND,
        "Talks at the border, aid follows",
        met,
        ("Moon aided Kim with supplies.", "Moon", "aided", "Kim"),
    )
    database = Database(db)
    ingest_results([first], database)
    assert ingest_results([second], database, revisions=True).revised == 1
    database.close()
    app = create_app(str(db))
    with TestClient(app) as test_client:
        yield test_client
    app.state.db.close()


def test_api_article_lists_its_versions(revised: TestClient) -> None:
    found = revised.get("/api/articles/r1").json()
    history = found["versions"]
    assert [(v["version"], v["current"], v["num_mentions"]) for v in history] == [(1, False, 2), (2, True, 2)]
    assert history[0]["text"] == FIRST and history[1]["text"] is None
    assert history[0]["title"] == "Talks at the border"
    assert history[0]["replaced_at"] is not None and history[1]["replaced_at"] is None
    assert history[0]["stored_at"] <= history[1]["stored_at"]
    # the meeting is reported by both versions; the criticism's event went with the first
    current = {m["event_id"] for m in found["mentions"]}
    assert set(history[1]["event_ids"]) == current
    assert len(set(history[0]["event_ids"]) & current) == 1
    (gone,) = set(history[0]["event_ids"]) - current
    assert revised.get(f"/api/events/{gone}").status_code == 404


def test_api_schema_describes_versions(revised: TestClient) -> None:
    schemas = revised.get("/api/openapi.json").json()["components"]["schemas"]
    assert "versions" in schemas["ArticleDetail"]["properties"]
    assert {"version", "current", "stored_at", "replaced_at", "text"} <= set(
        schemas["ArticleVersion"]["properties"]
    )


def test_article_page_shows_the_history(revised: TestClient) -> None:
    page = revised.get("/articles/r1")
    assert page.status_code == 200
    html = page.text
    section = html[html.index('id="history"') : html.index("</section>")]
    items = re.findall(r"<li[^>]*>Version \d.*?</li>", section, re.S)
    assert len(items) == 2
    assert 'class="current"' in items[1] and "(current)" in items[1] and "(current)" not in items[0]
    assert "replaced" in items[0] and "replaced" not in items[1]
    assert "“Talks at the border”" in items[0]  # the old title, which differs from the current one
    # what changed, word by word, with the old markup escaped
    assert "<del>criticized Trump &lt;b&gt;sharply&lt;/b&gt;.</del>" in section
    assert "<ins>aided Kim with supplies.</ins>" in section
    assert "<b>sharply" not in html


def test_an_article_of_one_version_shows_no_history(revised: TestClient, store: Path) -> None:
    app = create_app(str(store))
    with TestClient(app) as other:
        page = other.get("/articles/w1")
        record = other.get("/api/articles/w1").json()
    app.state.db.close()
    assert page.status_code == 200 and 'id="history"' not in page.text
    assert [(v["version"], v["current"]) for v in record["versions"]] == [(1, True)]


def test_version_model_names_every_field_the_store_returns() -> None:
    """A field added to the history but not to the model would silently vanish from the API."""
    assert tuple(models.ArticleVersion.model_fields) == versions.VERSION_FIELDS
