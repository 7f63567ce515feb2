"""The explorer's ASGI application: routes, static files, security headers and error handling.

``create_app(db_path)`` opens the store read-only (a missing or too-new store fails here, before the
server listens). Errors under ``/api`` answer the JSON envelope ``{"error": {"status", "code",
"message"}}``; errors on pages answer an HTML page with the same facts. Every response carries a strict
Content-Security-Policy: only this origin's scripts, styles and images, no inline script, no framing,
and a ``Cache-Control``: static files for a day, everything else revalidated (the store grows; API answers
carry an ``ETag`` to revalidate against). Responses are gzipped for clients that accept it. Requests
for a ``Host`` outside ``allowed_hosts`` get 400 (DNS rebinding); ``serve`` sends no ``Server`` header.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from importlib import resources
from typing import Any

import anyio.to_thread
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsevents.errors import ConfigError, StoreError
from newsevents.store.database import Database
from newsevents.store.updates import PUBLISHED_NAME
from newsevents.web import api, pages
from newsevents.web.params import ApiError

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)

# Bodies smaller than this go out as they are: compressing a few hundred bytes saves less than it costs.
GZIP_MINIMUM = 1000

log = logging.getLogger(__name__)


class SecurityHeaders:
    """Pure ASGI middleware adding ``SECURITY_HEADERS`` to every response (no BaseHTTPMiddleware)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        static = str(scope.get("path", "")).startswith("/static/")
        cache = (b"cache-control", b"public, max-age=86400" if static else b"no-cache")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS, cache]
            await send(message)

        await self.app(scope, receive, send_with_headers)


_HTTP_CODES = {404: "not-found", 405: "method-not-allowed"}


def _error_response(request: Request, error: ApiError) -> Response:
    if request.url.path.startswith("/api/") and request.url.path != "/api/docs":
        return JSONResponse(error.envelope(), status_code=error.status)
    return pages.render(request, "error.html", status=error.status, error=error)


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return _error_response(request, exc)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = _HTTP_CODES.get(exc.status_code, "http-error")
    message = "no such page" if exc.status_code == 404 else str(exc.detail)
    response = _error_response(request, ApiError(exc.status_code, code, message))
    response.headers.update(exc.headers or {})  # 405 keeps the router's Allow header
    return response


async def _server_error(request: Request, exc: Exception) -> Response:
    log.exception("error answering %s", request.url.path, exc_info=exc)
    return _error_response(request, ApiError(500, "internal-error", "the server failed to answer"))


class UpdateFiles(StaticFiles):
    """The GDELT-style update files of a directory (``store.updates``), read-only: only the names
    ``publish`` lists are answered (never its temporary files or anything else left there); GET and HEAD
    only, conditional requests answered 304, ``.zip`` as application/zip, ``.txt`` as UTF-8 text."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        # StaticFiles has already normalised the path; a flat published name is all this answers.
        if scope["method"] in ("GET", "HEAD") and not PUBLISHED_NAME.fullmatch(path):
            raise HTTPException(status_code=404)
        return await super().get_response(path, scope)


def _updates_mount(directory: str) -> Mount:
    if not os.path.isdir(directory):
        raise ConfigError(
            f"--updates: {directory} is not a directory (publish into it first: "
            "`newsevents export --format gdelt --updates DIR`)"
        )
    return Mount("/updates", app=UpdateFiles(directory=directory), name="updates")


def create_app(
    db_path: str | Database,
    allowed_hosts: Sequence[str] = ("*",),
    *,
    threads: int | None = None,
    updates: str | None = None,
) -> Starlette:
    """The explorer over the store at ``db_path``, read-only, answering requests whose ``Host`` is one of
    ``allowed_hosts`` (``"*"``: any; ``"*.example.org"``: that domain's subdomains). ``threads``: how
    many requests run their queries at once (None: anyio's default of 40); the rest wait their turn.
    ``updates``: a directory of GDELT-style update files to serve under ``/updates/`` (``UpdateFiles``).

    ``db_path`` may be a ``Database`` this process also writes to (``serve --watch``): requests then read
    through cursors of its writer and see each commit as it lands.

    Raises ``StoreError`` when there is no store there or its schema does not match this code,
    ``ConfigError`` when ``updates`` is not a directory.
    """
    db = db_path if isinstance(db_path, Database) else Database(db_path)
    if not db.exists():
        raise StoreError(f"no store at {db_path} (create it with `newsevents ingest`)")
    with db.read() as con:  # opens read-only and checks the schema version now, not on the first request
        con.execute("SELECT 1").fetchall()
    static = StaticFiles(directory=str(resources.files("newsevents.web").joinpath("static")))
    mounts = [Mount("/static", app=static, name="static")]
    if updates is not None:
        mounts.append(_updates_mount(updates))
    handlers: dict[Any, Any] = {ApiError: _api_error, HTTPException: _http_error, Exception: _server_error}
    app = Starlette(
        routes=[*api.routes(), *pages.routes(), *mounts],
        exception_handlers=handlers,
        lifespan=_limit_threads(threads),
    )
    app.state.db = db
    # Innermost, so every answer (JSON, CSV as it streams, pages) is compressed for clients that ask.
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MINIMUM)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(SecurityHeaders)
    return app


def _limit_threads(threads: int | None) -> Callable[[Starlette], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Starlette runs every sync endpoint (each a DuckDB query) through anyio's default limiter: its
        # queue is first come, first served, while requests let into DuckDB at once share its threads
        # unfairly (a request can starve behind later ones), which is what made p95 several times p50.
        if threads is not None:
            anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        yield

    return lifespan


LOCAL_NAMES = ("localhost", "127.0.0.1", "[::1]")
# Requests whose queries run at once, per process: DuckDB already spreads one query over every core, so
# more than one per core only adds contention and unfair sharing (bench/web_load.py --compare on two
# cores: p95/p50 2.4 with 40, 1.9 with 4, 1.1 with 2).
DEFAULT_THREADS = os.cpu_count() or 2
_ENV = "NEWSEVENTS_SERVE"  # how `serve --workers N` hands its settings to the worker processes


def hosts_for(host: str, extra: Sequence[str] = ()) -> tuple[str, ...]:
    """The ``Host`` names ``serve`` answers: the listening address, the loopback names when it listens
    on a loopback or every address, and ``extra`` (a public name, ``"*"`` for any)."""
    names = [host, *extra]
    if host in ("0.0.0.0", "::", *LOCAL_NAMES, "::1"):  # noqa: S104 (a name, not a bind)
        names.extend(LOCAL_NAMES)
    return tuple(dict.fromkeys(names))


def serve(
    db_path: str,
    host: str = "127.0.0.1",
    port: int = 8000,
    allowed_hosts: Sequence[str] = (),
    *,
    workers: int = 1,
    threads: int = DEFAULT_THREADS,
    updates: str | None = None,
) -> None:
    """``newsevents serve``: run the explorer under uvicorn until interrupted, in ``workers`` processes
    (each with its own read-only connection; one process is enough for a few users), each running at
    most ``threads`` requests' queries at once; ``updates``: a directory served under ``/updates/``."""
    import uvicorn

    hosts = hosts_for(host, allowed_hosts)
    options: dict[str, Any] = {"host": host, "port": port, "log_level": "info", "server_header": False}
    if workers > 1:
        # uvicorn starts worker processes from an import string; the settings travel in the environment.
        settings = {"db": db_path, "hosts": hosts, "threads": threads, "updates": updates}
        os.environ[_ENV] = json.dumps(settings)
        # a missing or too-new store (or --updates directory) fails here, not per worker
        create_app(db_path, hosts, updates=updates).state.db.close()
        uvicorn.run(f"{__name__}:app_from_environment", factory=True, workers=workers, **options)
        return
    app = create_app(db_path, hosts, threads=threads, updates=updates)
    try:
        uvicorn.run(app, **options)
    finally:
        app.state.db.close()


def app_from_environment() -> Starlette:
    """The application of one ``serve --workers N`` process, from the settings ``serve`` left in the
    environment; for other ASGI servers too (``gunicorn -k uvicorn.workers.UvicornWorker``)."""
    settings = json.loads(os.environ[_ENV])
    return create_app(
        settings["db"], settings["hosts"], threads=settings.get("threads"), updates=settings.get("updates")
    )


__all__ = [
    "CONTENT_SECURITY_POLICY",
    "DEFAULT_THREADS",
    "UpdateFiles",
    "app_from_environment",
    "create_app",
    "hosts_for",
    "serve",
]
