"""``serve --updates DIR`` (issue 15, point 3): the GDELT-style update files, read-only under /updates/."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from newsevents.errors import ConfigError
from newsevents.store.updates import LAST_UPDATE, MASTER_LIST, publish
from newsevents.web import app as web_app
from newsevents.web import create_app

# Past every row the store was given (its clock stamped them when the session built it).
_LATER = dt.datetime(2999, 1, 1)


@pytest.fixture(scope="module")
def updates(store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("updates")
    assert publish(store, folder, base_url="http://testserver/updates/", now=_LATER) is not None
    (folder / ".20990101000000.export.CSV.zip.tmp").write_bytes(b"half a file")  # a publication under way
    (folder / "notes.md").write_text("not an update file", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def served(store: Path, updates: Path) -> Iterator[TestClient]:
    app = create_app(str(store), updates=str(updates))
    with TestClient(app) as client:
        yield client
    app.state.db.close()


def test_lastupdate_and_the_files_it_names_are_served(served: TestClient, updates: Path) -> None:
    last = served.get(f"/updates/{LAST_UPDATE}")
    assert last.status_code == 200 and last.headers["content-type"] == "text/plain; charset=utf-8"
    assert last.content == (updates / LAST_UPDATE).read_bytes()
    master = served.get(f"/updates/{MASTER_LIST}")
    assert master.status_code == 200 and master.content == (updates / MASTER_LIST).read_bytes()
    lines = last.text.splitlines()
    assert len(lines) == 2
    for line in lines:  # what a GDELT poller does: fetch each URL, check size and MD5
        size, md5, url = line.split(" ")
        got = served.get(url)
        assert got.status_code == 200 and got.headers["content-type"] == "application/zip"
        assert len(got.content) == int(size)
        assert hashlib.md5(got.content, usedforsecurity=False).hexdigest() == md5


def test_a_poller_revalidates_lastupdate(served: TestClient) -> None:
    first = served.get(f"/updates/{LAST_UPDATE}")
    again = served.get(f"/updates/{LAST_UPDATE}", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    head = served.head(f"/updates/{LAST_UPDATE}")
    assert head.status_code == 200 and head.content == b""


@pytest.mark.parametrize(
    "path",
    [
        "/updates/",
        "/updates/notes.md",
        "/updates/.20990101000000.export.CSV.zip.tmp",
        "/updates/../events.duckdb",
        "/updates/%2e%2e/events.duckdb",
        "/updates/..%2fevents.duckdb",
        "/updates//etc/passwd",
        "/updates/20990101000000.export.CSV.zip",
    ],
)
def test_nothing_else_is_served(served: TestClient, path: str) -> None:
    assert served.get(path).status_code == 404


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_the_directory_is_read_only(served: TestClient, updates: Path, method: str) -> None:
    before = sorted(p.name for p in updates.iterdir())
    answer = served.request(method, f"/updates/{LAST_UPDATE}", content=b"x")
    assert answer.status_code == 405 and answer.headers["allow"] == "GET, HEAD"
    assert sorted(p.name for p in updates.iterdir()) == before


def test_without_updates_there_is_no_updates_path(client: TestClient) -> None:
    assert client.get(f"/updates/{LAST_UPDATE}").status_code == 404


def test_a_missing_directory_is_a_clear_error(store: Path, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not a directory"):
        create_app(str(store), updates=str(tmp_path / "absent"))


def test_serve_with_workers_hands_the_directory_on(
    store: Path, updates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda target, **options: seen.update(options, target=target))
    monkeypatch.setenv("NEWSEVENTS_SERVE", "")  # restored (removed) after the test
    web_app.serve(str(store), workers=2, updates=str(updates))
    worker = web_app.app_from_environment()
    try:
        with TestClient(worker, base_url="http://127.0.0.1") as client:
            assert client.get(f"/updates/{LAST_UPDATE}").status_code == 200
    finally:
        worker.state.db.close()
