"""The JSON API under ``/api``: events, articles, actors, quotes, statistics, CSV, and the OpenAPI document.

Every endpoint validates its query string against the ``params`` declarations (bad input -> 400) and
answers errors with the one envelope ``{"error": {"status", "code", "message"}}`` (see ``ApiError``).
Responses are built through the ``models`` (which the OpenAPI document describes) and carry an ``ETag``;
the CSV download is streamed in chunks. The app gzips responses (``app.create_app``).
Handlers are plain functions: Starlette runs them in its thread pool, and each opens its own cursor on
the store's read-only connection.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from newsevents import csvcells
from newsevents.store.browse import stream_events
from newsevents.store.database import Database
from newsevents.store.jsonrows import jsonable
from newsevents.store.queries import EVENT_COLUMNS
from newsevents.web import data, models, params
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


def answer(request: Request, model: type[models.Model], content: dict[str, Any]) -> Response:
    """``content`` validated by ``model`` and serialised (``json_answer``)."""
    return json_answer(request, model.model_validate(content).model_dump_json().encode())


def json_answer(request: Request, body: bytes) -> Response:
    """A JSON ``body`` with an ``ETag`` (a hash of the body): a request whose ``If-None-Match`` names it
    gets 304 and no body (the client's copy is current)."""
    etag = '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'
    wanted = {tag.strip().removeprefix("W/") for tag in request.headers.get("if-none-match", "").split(",")}
    if etag in wanted or "*" in wanted:
        return Response(status_code=304, headers={"etag": etag})
    return Response(body, media_type="application/json", headers={"etag": etag})


def events(request: Request) -> Response:
    """``GET /api/events``: a page of the filtered, sorted events."""
    values = params.parse(request.query_params.multi_items(), params.EVENT_LIST)
    filters = params.event_filters(values)
    total, rows = data.list_events(
        database(request), filters, limit=values["limit"], offset=values["offset"], sort=values["sort"]
    )
    return answer(request, models.EventPage, _page(values, total, rows))


def _csv_lines(chunks: Iterator[list[tuple[Any, ...]]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EVENT_COLUMNS)
    for chunk in chunks:
        for row in chunk:
            writer.writerow(["" if v is None else csvcells.cell(jsonable(v)) for v in row])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def events_csv(request: Request) -> Response:
    """``GET /api/events.csv``: the same list as CSV (``EVENT_COLUMNS``), up to ``MAX_CSV_ROWS`` rows,
    streamed: read from the store and sent a chunk of rows at a time, so memory stays bounded."""
    values = params.parse(request.query_params.multi_items(), params.EVENT_CSV)
    filters = params.event_filters(values)
    chunks = stream_events(
        database(request), filters, limit=values["limit"], offset=values["offset"], sort=values["sort"]
    )
    return StreamingResponse(
        _csv_lines(chunks),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="events.csv"'},
    )


def event(request: Request) -> Response:
    """``GET /api/events/{id}``: one event with all its mentions and their evidence."""
    params.parse(request.query_params.multi_items(), ())
    raw = request.path_params["event_id"]
    found = data.get_event(database(request), _id(raw))
    if found is None:
        raise ApiError(404, "not-found", f"no event {raw!r}")
    return answer(request, models.EventDetail, found)


def articles(request: Request) -> Response:
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
    return answer(request, models.ArticlePage, _page(values, total, rows))


def article(request: Request) -> Response:
    """``GET /api/articles/{id}``: one article with text, mentions (evidence offsets), actors, places."""
    params.parse(request.query_params.multi_items(), ())
    article_id = request.path_params["article_id"]
    found = data.get_article(database(request), article_id)
    if found is None:
        raise ApiError(404, "not-found", f"no article {article_id!r}")
    return answer(request, models.ArticleDetail, found)


def actors(request: Request) -> Response:
    """``GET /api/actors``: actors of the filtered events, busiest first."""
    values = params.parse(request.query_params.multi_items(), params.ACTOR_LIST)
    filters = params.event_filters(values)
    total, rows = data.list_actors(
        database(request), filters, q=values["q"], limit=values["limit"], offset=values["offset"]
    )
    return answer(request, models.ActorPage, _page(values, total, rows))


def quotes(request: Request) -> Response:
    """``GET /api/quotes``: quotes with their speakers, newest article first."""
    values = params.parse(request.query_params.multi_items(), params.QUOTE_LIST)
    filters = params.quote_filters(values)
    total, rows = data.list_quotes(database(request), filters, limit=values["limit"], offset=values["offset"])
    return answer(request, models.QuotePage, _page(values, total, rows))


def stats_timeline(request: Request) -> Response:
    """``GET /api/stats/timeline``: event counts per period, split by QuadClass or root."""
    values = params.parse(request.query_params.multi_items(), params.TIMELINE)
    filters = params.event_filters(values)
    db = database(request)
    interval = values["interval"]
    if interval == "auto":
        interval = data.auto_interval(db, filters)
    buckets = data.timeline(db, filters, interval, values["by"])
    return answer(request, models.Timeline, {"interval": interval, "by": values["by"], "buckets": buckets})


def stats_dyads(request: Request) -> Response:
    """``GET /api/stats/dyads``: the most frequent source -> target pairs."""
    values = params.parse(request.query_params.multi_items(), params.DYADS)
    filters = params.event_filters(values)
    rows = data.dyads(database(request), filters, level=values["level"], limit=values["limit"])
    return answer(request, models.Dyads, {"level": values["level"], "items": rows})


# -- OpenAPI ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Endpoint:
    """One documented endpoint: its path, summary, query parameters and response model (CSV: none)."""

    path: str
    summary: str
    params: tuple[Param, ...]
    model: type[models.Model] | None
    path_param: str | None = None

    @property
    def media(self) -> str:
        """The media type of a 200 answer."""
        return "text/csv" if self.model is None else "application/json"


ENDPOINTS: tuple[Endpoint, ...] = (
    Endpoint(
        "/api/events", "Events matching the filters, one page, sorted.", params.EVENT_LIST, models.EventPage
    ),
    Endpoint("/api/events.csv", "The same event list as a CSV download (streamed).", params.EVENT_CSV, None),
    Endpoint(
        "/api/events/{event_id}",
        "One event with every mention and its evidence.",
        (),
        models.EventDetail,
        path_param="event_id",
    ),
    Endpoint("/api/articles", "Stored articles, newest first.", params.ARTICLE_LIST, models.ArticlePage),
    Endpoint(
        "/api/articles/{article_id}",
        "One article: text, mentions with evidence offsets, actors, places, quotes.",
        (),
        models.ArticleDetail,
        path_param="article_id",
    ),
    Endpoint(
        "/api/actors",
        "Actors of the matching events with source/target counts.",
        params.ACTOR_LIST,
        models.ActorPage,
    ),
    Endpoint(
        "/api/quotes",
        "Quotes with their speakers, newest article first.",
        params.QUOTE_LIST,
        models.QuotePage,
    ),
    Endpoint(
        "/api/stats/timeline",
        "Event counts per day/week/month/year by QuadClass or root.",
        params.TIMELINE,
        models.Timeline,
    ),
    Endpoint(
        "/api/stats/dyads",
        "Most frequent source -> target pairs with counts per QuadClass.",
        params.DYADS,
        models.Dyads,
    ),
)

_ERROR_REF = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}


def _operation(ep: Endpoint) -> dict[str, Any]:
    parameters = [p.openapi() for p in ep.params]
    if ep.path_param:
        path_param = {"name": ep.path_param, "in": "path", "required": True, "schema": {"type": "string"}}
        parameters.insert(0, {**path_param, "description": "The id."})
    if ep.model is None:
        content: dict[str, Any] = {"text/csv": {"schema": {"type": "string"}}}
    else:
        content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{ep.model.__name__}"}}}
    responses: dict[str, Any] = {
        "200": {"description": "OK", "content": content},
        "400": {"description": "Bad query parameter", "content": _ERROR_REF},
    }
    if ep.model is not None:
        responses["304"] = {"description": "Not modified: the ETag given in If-None-Match is current."}
    if ep.path_param:
        responses["404"] = {"description": "Unknown id", "content": _ERROR_REF}
    return {"summary": ep.summary, "parameters": parameters, "responses": responses}


def openapi_document() -> dict[str, Any]:
    """The OpenAPI 3.1 description of ``ENDPOINTS``: parameters from the declarations that validate
    them, response schemas from the models that build the responses."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "newsevents API",
            "version": "2",
            "description": "Read-only access to a newsevents store: events coded from news articles "
            "(CAMEO/PLOVER), their mentions and evidence, articles, actors and quotes.",
        },
        "paths": {ep.path: {"get": _operation(ep)} for ep in ENDPOINTS},
        "components": {"schemas": models.schemas()},
    }


def openapi(request: Request) -> Response:
    """``GET /api/openapi.json``."""
    params.parse(request.query_params.multi_items(), ())
    return json_answer(request, json.dumps(openapi_document()).encode())


def routes() -> list[Route]:
    """The API's routes (mounted at the app's root: paths start with ``/api``)."""
    return [
        Route("/api/events", events),
        Route("/api/events.csv", events_csv),
        Route("/api/events/{event_id}", event),
        Route("/api/articles", articles),
        Route("/api/articles/{article_id:path}", article),
        Route("/api/actors", actors),
        Route("/api/quotes", quotes),
        Route("/api/stats/timeline", stats_timeline),
        Route("/api/stats/dyads", stats_dyads),
        Route("/api/openapi.json", openapi),
    ]


__all__ = ["ENDPOINTS", "Endpoint", "openapi_document", "routes"]
