"""Serving that holds up under load (issue 12): a bounded number of requests query at once, and
``serve --workers N`` runs N processes over one store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import anyio.to_thread
import pytest
from starlette.testclient import TestClient

from newsevents.web import app as web_app
from newsevents.web import create_app


async def _tokens() -> float:
    return anyio.to_thread.current_default_thread_limiter().total_tokens


def test_threads_bound_the_requests_that_query_at_once(store: Path) -> None:
    app = create_app(str(store), threads=3)
    try:
        with TestClient(app) as client:
            assert client.portal is not None and client.portal.call(_tokens) == 3
            assert client.get("/api/events").status_code == 200
    finally:
        app.state.db.close()


def test_serve_passes_threads_to_one_process(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    seen: dict[str, Any] = {}

    def run(app: Any, **options: Any) -> None:
        seen.update(options, app=app)

    monkeypatch.setattr(uvicorn, "run", run)
    web_app.serve(str(store), threads=5)
    assert "workers" not in seen and seen["server_header"] is False
    with TestClient(seen["app"]) as client:
        assert client.portal is not None and client.portal.call(_tokens) == 5


def test_serve_with_workers_hands_its_settings_to_each_process(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    seen: dict[str, Any] = {}

    def run(app: Any, **options: Any) -> None:
        seen.update(options, app=app)

    monkeypatch.setattr(uvicorn, "run", run)
    monkeypatch.setenv("NEWSEVENTS_SERVE", "")  # restored (removed) after the test
    web_app.serve(str(store), "127.0.0.1", 8123, ("news.example.org",), workers=3, threads=2)
    assert seen["app"] == "newsevents.web.app:app_from_environment"
    assert seen["factory"] is True and seen["workers"] == 3 and seen["server_header"] is False
    settings = json.loads(web_app.os.environ["NEWSEVENTS_SERVE"])
    assert settings["threads"] == 2 and "news.example.org" in settings["hosts"]
    # What one worker process builds from those settings:
    app = web_app.app_from_environment()
    try:
        with TestClient(app, base_url="http://news.example.org") as client:
            assert client.get("/api/events").status_code == 200
            assert client.portal is not None and client.portal.call(_tokens) == 2
        with TestClient(app, base_url="http://elsewhere.test") as client:
            assert client.get("/api/events").status_code == 400
    finally:
        app.state.db.close()


def test_serve_with_workers_checks_the_store_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    from newsevents.errors import StoreError

    monkeypatch.setattr(uvicorn, "run", lambda app, **options: pytest.fail("started without a store"))
    with pytest.raises(StoreError):
        web_app.serve(str(tmp_path / "missing.duckdb"), workers=2)
