"""The JSON API under ``/api``: events, articles, actors, statistics, CSV, and its OpenAPI description.

Every endpoint validates its query string against the ``params`` declarations (bad input -> 400) and
answers errors with the one envelope ``{"error": {"status", "code", "message"}}`` (see ``ApiError``).
Handlers are plain functions: Starlette runs them in its thread pool, and each opens its own cursor on
the store's read-only connection.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from newsevents import csvcells
from newsevents.store.database import Database
from newsevents.store.queries import EVENT_COLUMNS
from newsevents.web import data, params
from newsevents.web.params import ApiError, Param


def database(request: Request) -> Database:
    """The app's store (read-only)."""
    db: Database = request.app.state.db
    return db


def _id(raw: str) -> int:
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 18:  # "²" and "٣" are digits to isdigit()
        raise ApiError(404, "not-found", f"no event {raw!r}")
    return int(raw)


def _page(values: dict[str, Any], total: int, rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "total": total,
        "limit": values["limit"],
        "offset": values["offset"],
        "count": len(rows),
        "items": rows,
    }


def events(request: Request) -> JSONResponse:
    """``GET /api/events``: a page of the filtered, sorted events."""
    values = params.parse(request.query_params.multi_items(), params.EVENT_LIST)
    filters = params.event_filters(values)
    total, rows = data.list_events(
        database(request), filters, limit=values["limit"], offset=values["offset"], sort=values["sort"]
    )
    return JSONResponse(_page(values, total, rows))


def events_csv(request: Request) -> Response:
    """``GET /api/events.csv``: the same list as CSV (``EVENT_COLUMNS``), up to ``MAX_CSV_ROWS`` rows."""
    values = params.parse(request.query_params.multi_items(), params.EVENT_CSV)
    filters = params.event_filters(values)
    _, rows = data.list_events(
        database(request), filters, limit=values["limit"], offset=values["offset"], sort=values["sort"]
    )
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EVENT_COLUMNS)
    for row in rows:
        writer.writerow(["" if row[c] is None else csvcells.cell(row[c]) for c in EVENT_COLUMNS])
    return Response(
        buffer.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="events.csv"'},
    )


def event(request: Request) -> JSONResponse:
    """``GET /api/events/{id}``: one event with all its mentions and their evidence."""
    params.parse(request.query_params.multi_items(), ())
    raw = request.path_params["event_id"]
    found = data.get_event(database(request), _id(raw))
    if found is None:
        raise ApiError(404, "not-found", f"no event {raw!r}")
    return JSONResponse(found)


def articles(request: Request) -> JSONResponse:
    """``GET /api/articles``: stored articles, newest first (metadata, no text)."""
    values = params.parse(request.query_params.multi_items(), params.ARTICLE_LIST)
    total, rows = data.list_articles(
        database(request),
        source=values["source"],
        q=values["q"],
        since=params.as_date(values["since"]),
        until=params.as_date(values["until"]),
        limit=values["limit"],
        offset=values["offset"],
    )
    return JSONResponse(_page(values, total, rows))


def article(request: Request) -> JSONResponse:
    """``GET /api/articles/{id}``: one article with text, mentions (evidence offsets), actors, places."""
    params.parse(request.query_params.multi_items(), ())
    article_id = request.path_params["article_id"]
    found = data.get_article(database(request), article_id)
    if found is None:
        raise ApiError(404, "not-found", f"no article {article_id!r}")
    return JSONResponse(found)


def actors(request: Request) -> JSONResponse:
    """``GET /api/actors``: actors of the filtered events, busiest first."""
    values = params.parse(request.query_params.multi_items(), params.ACTOR_LIST)
    filters = params.event_filters(values)
    total, rows = data.list_actors(
        database(request), filters, q=values["q"], limit=values["limit"], offset=values["offset"]
    )
    return JSONResponse(_page(values, total, rows))


def stats_timeline(request: Request) -> JSONResponse:
    """``GET /api/stats/timeline``: event counts per period, split by QuadClass or root."""
    values = params.parse(request.query_params.multi_items(), params.TIMELINE)
    filters = params.event_filters(values)
    db = database(request)
    interval = values["interval"]
    if interval == "auto":
        interval = data.auto_interval(db, filters)
    buckets = data.timeline(db, filters, interval, values["by"])
    return JSONResponse({"interval": interval, "by": values["by"], "buckets": buckets})


def stats_dyads(request: Request) -> JSONResponse:
    """``GET /api/stats/dyads``: the most frequent source -> target pairs."""
    values = params.parse(request.query_params.multi_items(), params.DYADS)
    filters = params.event_filters(values)
    rows = data.dyads(database(request), filters, level=values["level"], limit=values["limit"])
    return JSONResponse({"level": values["level"], "items": rows})


# -- OpenAPI ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Endpoint:
    path: str
    summary: str
    params: tuple[Param, ...]
    media: str = "application/json"
    path_param: str | None = None


ENDPOINTS: tuple[Endpoint, ...] = (
    Endpoint("/api/events", "Events matching the filters, one page, sorted.", params.EVENT_LIST),
    Endpoint("/api/events.csv", "The same event list as a CSV download.", params.EVENT_CSV, "text/csv"),
    Endpoint(
        "/api/events/{event_id}", "One event with every mention and its evidence.", (), path_param="event_id"
    ),
    Endpoint("/api/articles", "Stored articles, newest first.", params.ARTICLE_LIST),
    Endpoint(
        "/api/articles/{article_id}",
        "One article: text, mentions with evidence offsets, actors, places, quotes.",
        (),
        path_param="article_id",
    ),
    Endpoint("/api/actors", "Actors of the matching events with source/target counts.", params.ACTOR_LIST),
    Endpoint(
        "/api/stats/timeline", "Event counts per day/week/month/year by QuadClass or root.", params.TIMELINE
    ),
    Endpoint(
        "/api/stats/dyads", "Most frequent source -> target pairs with counts per QuadClass.", params.DYADS
    ),
)

ERROR_SCHEMA = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["status", "code", "message"],
            "properties": {
                "status": {"type": "integer"},
                "code": {"type": "string"},
                "message": {"type": "string"},
            },
        }
    },
}


def openapi_document() -> dict[str, Any]:
    """The OpenAPI 3.1 description of ``ENDPOINTS`` (built from the same declarations that validate)."""
    paths: dict[str, Any] = {}
    for ep in ENDPOINTS:
        parameters = [p.openapi() for p in ep.params]
        if ep.path_param:
            parameters.insert(
                0,
                {
                    "name": ep.path_param,
                    "in": "path",
                    "required": True,
                    "description": "The id.",
                    "schema": {"type": "string"},
                },
            )
        responses: dict[str, Any] = {
            "200": {
                "description": "OK",
                "content": {
                    ep.media: {"schema": {"type": "string"} if ep.media == "text/csv" else {"type": "object"}}
                },
            },
            "400": {
                "description": "Bad query parameter",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            },
        }
        if ep.path_param:
            responses["404"] = {
                "description": "Unknown id",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            }
        paths[ep.path] = {"get": {"summary": ep.summary, "parameters": parameters, "responses": responses}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "newsevents API",
            "version": "1",
            "description": "Read-only access to a newsevents store: events coded from news articles "
            "(CAMEO/PLOVER), their mentions and evidence.",
        },
        "paths": paths,
        "components": {"schemas": {"Error": ERROR_SCHEMA}},
    }


def openapi(request: Request) -> JSONResponse:
    """``GET /api/openapi.json``."""
    params.parse(request.query_params.multi_items(), ())
    return JSONResponse(openapi_document())


def routes() -> list[Route]:
    """The API's routes (mounted at the app's root: paths start with ``/api``)."""
    return [
        Route("/api/events", events),
        Route("/api/events.csv", events_csv),
        Route("/api/events/{event_id}", event),
        Route("/api/articles", articles),
        Route("/api/articles/{article_id:path}", article),
        Route("/api/actors", actors),
        Route("/api/stats/timeline", stats_timeline),
        Route("/api/stats/dyads", stats_dyads),
        Route("/api/openapi.json", openapi),
    ]


__all__ = ["ENDPOINTS", "Endpoint", "openapi_document", "routes"]
