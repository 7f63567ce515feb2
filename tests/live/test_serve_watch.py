"""Issue 15: ``serve --watch`` keeps the explorer up while it ingests; new events appear in the API
without a restart."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from stories import MISSILE, TRADE

CHROMIUM = "/usr/bin/chromium"  # Debian's, as in tests/web/test_browser.py


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _until(check: Callable[[], bool], what: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 120
    while True:
        try:
            if check():
                return
        except httpx.TransportError:
            pass
        assert process.poll() is None, f"serve --watch stopped: {log.read_text()}"
        assert time.monotonic() < deadline, f"{what} not seen within 120 s: {log.read_text()}"
        time.sleep(0.2)


def _drop(folder: Path, name: str, text: str) -> None:
    """A new file the way the README says: written under a dot name, then renamed."""
    hidden = folder / f".{name}"
    hidden.write_text(text)
    hidden.rename(folder / name)


@dataclass(frozen=True)
class _Live:
    """A running ``serve --watch`` over a folder that already holds one story."""

    folder: Path
    base: str
    process: subprocess.Popen[bytes]
    log: Path

    def total(self, path: str) -> int:
        return int(httpx.get(self.base + path, timeout=10).json()["total"])

    def until(self, check: Callable[[], bool], what: str) -> None:
        _until(check, what, self.process, self.log)


@contextmanager
def _serving(tmp_path: Path) -> Iterator[_Live]:
    """``serve --watch`` on a folder with the trade story, stopped (SIGTERM) at the end."""
    folder = tmp_path / "incoming"
    folder.mkdir()
    _drop(folder, "trade.txt", "\n\n".join(TRADE))
    db, log = tmp_path / "live.duckdb", tmp_path / "serve.log"
    port = _free_port()
    code = "from newsevents.cli import main; main()"
    args = ["serve", "--db", str(db), "--port", str(port), "--watch", str(folder), "--every", "1s"]
    env = {**os.environ, "NEWSEVENTS_PUBLISHED": "2026-11-30", "NEWSEVENTS_WORKERS": "1"}
    with open(log, "wb") as err:
        process = subprocess.Popen([sys.executable, "-c", code, *args], env=env, stdout=err, stderr=err)
    try:
        yield _Live(folder, f"http://127.0.0.1:{port}", process, log)
    finally:
        process.terminate()
        process.wait(timeout=60)


def test_new_events_appear_without_a_restart(tmp_path: Path) -> None:
    with _serving(tmp_path) as live:
        live.until(lambda: live.total("/api/articles") == 1, "the first article")
        first_events = live.total("/api/events")
        assert first_events > 0
        _drop(live.folder, "missile.txt", "\n\n".join(MISSILE))
        live.until(lambda: live.total("/api/articles") == 2, "the second article")
        assert live.total("/api/events") > first_events
        assert httpx.get(live.base + "/", timeout=10).status_code == 200  # the explorer's pages too
    # uvicorn ends by raising the signal it caught again (-SIGTERM), after the watcher has stopped.
    assert live.process.returncode in (0, -signal.SIGTERM), live.log.read_text()
    assert "watcher stopped" in live.log.read_text()


def test_an_open_explorer_shows_the_new_events_after_a_reload(tmp_path: Path) -> None:
    # The done-when of issue 15: a browser keeps the explorer open while `serve --watch` ingests a round.
    from playwright.sync_api import sync_playwright

    with _serving(tmp_path) as live, sync_playwright() as p:
        live.until(lambda: live.total("/api/articles") == 1, "the first article")
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        page = browser.new_page()
        page.goto(live.base + "/events")
        before = page.inner_text("main")
        assert "Kenya" in before and "Germany" not in before
        _drop(live.folder, "missile.txt", "\n\n".join(MISSILE))
        live.until(lambda: live.total("/api/articles") == 2, "the second article")
        page.reload()
        after = page.inner_text("main")
        assert "Germany" in after and "Kenya" in after
        page.goto(live.base + "/articles")
        assert "missile" in page.inner_text("main")
        browser.close()
