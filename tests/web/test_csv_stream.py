"""The CSV download streams (issue 12, point 6): many rows go out in chunks read from the store a chunk
at a time, in order, with formula-like cells neutralised."""

from __future__ import annotations

import asyncio
import csv
import io
import threading
from pathlib import Path
from typing import Any

import pytest
from web_factories import build_store

from newsevents.store import browse
from newsevents.store.database import Database
from newsevents.store.queries import EVENT_COLUMNS
from newsevents.web import create_app

COPIES = 5000  # events added to the factories' store: several chunks of ``browse.STREAM_CHUNK`` rows
FORMULA = '=HYPERLINK("http://203.0.113.7","x")'


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The factories' store plus ``COPIES`` copies of its first event (new ids, one place name that a
    spreadsheet would run as a formula)."""
    path = build_store(tmp_path_factory.mktemp("stream") / "events.duckdb")
    database = Database(path)
    try:
        with database.write() as con:
            columns = [r[0] for r in con.execute("DESCRIBE events").fetchall()]
            chosen = ", ".join(
                "1000 + i" if c == "id" else f"'{FORMULA}'" if c == "place_name" else c for c in columns
            )
            con.execute(
                f"INSERT INTO events SELECT {chosen} FROM (SELECT * FROM events ORDER BY id LIMIT 1), "
                f"range({COPIES}) AS t(i)"
            )
    finally:
        database.close()
    return path


def _call(app: Any, query: str) -> tuple[dict[str, str], list[bytes]]:
    """Run one GET through the ASGI app; (response headers, the body messages as sent)."""
    sent: list[dict[str, Any]] = []
    scope = {
        "type": "http",
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": "/api/events.csv",
        "raw_path": b"/api/events.csv",
        "query_string": query.encode(),
        "headers": [(b"host", b"localhost")],
        "client": ("127.0.0.1", 1),
        "server": ("localhost", 80),
        "root_path": "",
    }

    requested = False

    async def receive() -> dict[str, Any]:
        nonlocal requested
        if not requested:
            requested = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.Event().wait()  # the client stays connected until the answer is complete
        raise AssertionError("unreachable")

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    # In a thread of its own: another test's browser may have left an event loop running in this one.
    worker = threading.Thread(target=asyncio.run, args=(app(scope, receive, send),))
    worker.start()
    worker.join()
    start = next(m for m in sent if m["type"] == "http.response.start")
    headers = {k.decode(): v.decode() for k, v in start["headers"]}
    return headers, [m.get("body", b"") for m in sent if m["type"] == "http.response.body"]


def test_many_rows_go_out_in_chunks(big_store: Path) -> None:
    app = create_app(str(big_store))
    try:
        headers, bodies = _call(app, "sort=id&limit=100000")
    finally:
        app.state.db.close()
    assert "content-length" not in headers  # a streamed answer: its length is not known up front
    assert headers["content-type"].startswith("text/csv")
    chunks = [b for b in bodies if b]
    assert len(chunks) >= COPIES // browse.STREAM_CHUNK + 1
    rows = list(csv.reader(io.StringIO(b"".join(bodies).decode())))
    assert tuple(rows[0]) == EVENT_COLUMNS
    ids = [int(r[0]) for r in rows[1:]]
    assert len(ids) == COPIES + 7 and ids == sorted(ids)
    place = EVENT_COLUMNS.index("place_name")
    copied = [r for r in rows[1:] if int(r[0]) >= 1000]
    assert all(r[place] == "'" + FORMULA for r in copied)  # neutralised, not left as a formula


def test_the_store_reads_a_chunk_at_a_time(big_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsevents.filters import EventFilters

    monkeypatch.setattr(browse, "STREAM_CHUNK", 700)
    database = Database(big_store)
    try:
        sizes = [
            len(c) for c in browse.stream_events(database, EventFilters(), sort="-id", offset=3, limit=2000)
        ]
        assert sizes == [700, 700, 600]
        first = next(browse.stream_events(database, EventFilters(), sort="-id"))
        assert first[0][0] == 1000 + COPIES - 1  # the newest id first, whole rows in EVENT_COLUMNS order
        assert len(first[0]) == len(EVENT_COLUMNS)
    finally:
        database.close()


def test_a_bad_sort_fails_before_streaming(big_store: Path) -> None:
    app = create_app(str(big_store))
    try:
        headers, bodies = _call(app, "sort=place")
    finally:
        app.state.db.close()
    assert headers["content-type"] == "application/json"
    assert b"bad-parameter" in b"".join(bodies)
