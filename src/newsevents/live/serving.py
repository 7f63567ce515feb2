"""``newsevents serve --watch``: the watcher and the web explorer in one process.

DuckDB lets one process write a file and then no other open it, and within a process it refuses to open
one file both read-only and read-write; so both sides share one ``Database``: the watcher (a thread)
is its only writer, and every request reads through a cursor of that writer's connection, which sees
the last committed state. New events are in the API as soon as their batch commits, without a restart.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager

import anyio
from starlette.applications import Starlette

from newsevents.config import Settings
from newsevents.live.watch import Watcher, WatchOptions
from newsevents.store.database import Database


def _rounds(watcher: Watcher, note: Callable[[str], object]) -> None:
    """Rounds until stopped; a round that fails is reported and the next one comes at its time (the
    explorer stays up)."""
    while not watcher.stop.is_set():
        try:
            note(watcher.round().line())
        except Exception as exc:  # noqa: BLE001 (a failed round must not take the server down)
            note(f"round failed: {type(exc).__name__}: {exc}")
        if watcher.options.once:
            return
        watcher.stop.wait(watcher.options.every)


def _stop_with_server(
    app: Starlette, stop: threading.Event, worker: threading.Thread, note: Callable[[str], object]
) -> None:
    """Stop the watcher when the server shuts down: uvicorn re-raises SIGINT/SIGTERM once it is done,
    which ends the process before any code after ``uvicorn.run``, so the shutdown step is the last
    moment to let the round finish the records in hand."""
    inner = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(served: Starlette) -> AsyncIterator[None]:
        async with inner(served):
            yield
        stop.set()
        if worker.is_alive():
            note("stopping the watcher after the articles in hand")
            await anyio.to_thread.run_sync(worker.join)
        note("watcher stopped")

    app.router.lifespan_context = lifespan


def serve_watching(
    db_path: str,
    sources: list[str],
    settings: Settings,
    options: WatchOptions,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    allowed_hosts: Sequence[str] = (),
    threads: int | None = None,
    note: Callable[[str], object] = print,
) -> None:
    """Serve the explorer over ``db_path`` while watching ``sources`` into it, until interrupted (uvicorn
    handles SIGINT/SIGTERM; the watcher then finishes the records in hand and stops). With
    ``options.updates``, the update files the watcher publishes are served under ``/updates/``."""
    import uvicorn

    from newsevents.web.app import create_app, hosts_for

    database = Database(db_path)
    stop = threading.Event()
    try:
        watcher = Watcher(sources, database, settings, options, log=note, stop=stop)
        app = create_app(database, hosts_for(host, allowed_hosts), threads=threads, updates=options.updates)
        worker = threading.Thread(target=_rounds, args=(watcher, note), name="newsevents-watch", daemon=True)
        _stop_with_server(app, stop, worker, note)
        worker.start()
        try:
            uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
        finally:
            stop.set()
            worker.join()
            watcher.close()
    finally:
        database.close()


__all__ = ["serve_watching"]
