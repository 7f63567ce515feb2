"""Fixtures for the ingestion tests: the seed article (read from ../shared at run time) and pages built
from it, plus a small HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from ingest_helpers import SEED_DIR


def _shared(path: Path) -> Path:
    # The seed lives in the sibling checkout ../shared: without it, the tests that read it skip.
    if not path.exists():
        pytest.skip(f"needs the shared checkout: {path} is absent (check out `shared` next to the project)")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return _shared(SEED_DIR / "panmunjom-2019.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    return json.loads(_shared(SEED_DIR / "panmunjom-2019.expected.json").read_text(encoding="utf-8"))


@pytest.fixture()
def http_server() -> Iterator[Callable[[dict[str, tuple[int, dict[str, str], bytes]]], str]]:
    """Start a server on 127.0.0.1 serving fixed routes: path -> (status, headers, body)."""
    servers: list[ThreadingHTTPServer] = []

    def start(routes: dict[str, tuple[int, dict[str, str], bytes]]) -> str:
        hits: dict[str, int] = {}

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                hits[self.path] = hits.get(self.path, 0) + 1
                route = routes.get(self.path)
                if route is None:
                    self.send_error(404)
                    return
                status, headers, body = route
                if callable(body):
                    status, headers, body = body(hits[self.path], self.headers)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                return

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
