"""Web details of the hardening issue (issue 12): Host checks, Allow on 405, caching, ASCII numbers, no
Server header."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from newsevents.web import app as web_app
from newsevents.web import create_app


def test_405_names_the_allowed_methods(client: TestClient) -> None:
    response = client.post("/api/events")
    assert response.status_code == 405
    assert "GET" in response.headers["allow"]
    assert response.json()["error"]["code"] == "method-not-allowed"


def test_cache_control(client: TestClient) -> None:
    assert client.get("/api/events").headers["cache-control"] == "no-cache"
    assert client.get("/").headers["cache-control"] == "no-cache"
    static = client.get("/static/style.css")
    assert static.status_code == 200 and "max-age" in static.headers["cache-control"]


@pytest.mark.parametrize("raw", ["\u00b2", "\u0663", "1\u0663", "\uff11"])
def test_numbers_are_ascii_digits_only(client: TestClient, raw: str) -> None:
    assert client.get(f"/api/events/{raw}").status_code == 404
    assert client.get(f"/events/{raw}").status_code == 404
    assert client.get("/api/events", params={"limit": raw}).status_code == 400
    assert client.get("/api/events", params={"since": f"20{raw}9"}).status_code == 400


def test_hosts_outside_the_allowed_list_get_400(store: Path) -> None:
    app = create_app(str(store), web_app.hosts_for("127.0.0.1"))
    try:
        with TestClient(app, base_url="http://localhost:8000") as local:
            assert local.get("/api/events").status_code == 200
        with TestClient(app, base_url="http://attacker.test") as foreign:
            assert foreign.get("/api/events").status_code == 400
    finally:
        app.state.db.close()


def test_hosts_for_adds_loopback_names_only_for_local_or_wildcard_binds() -> None:
    assert web_app.hosts_for("127.0.0.1") == ("127.0.0.1", "localhost", "[::1]")
    assert "localhost" in web_app.hosts_for("0.0.0.0", ("news.example.org",))
    assert web_app.hosts_for("10.0.0.5", ("news.example.org",)) == ("10.0.0.5", "news.example.org")


def test_serve_sends_no_server_header(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: seen.update(options))
    web_app.serve(str(store))
    assert seen["server_header"] is False
