"""The explorer's HTML pages: overview, map, network, events table, event, articles, article, API docs.

Pages are rendered on the server with Jinja2 (autoescaping on, so article-derived text is always
escaped) and draw their charts as inline SVG computed in ``svg``; the only script is the bundled
``static/app.js`` (small enhancements: the pages work without it). The pages take the same event
filters as the API, validated by the same declarations.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from newsevents.store import versions
from newsevents.web import api, data, layout, params, svg
from newsevents.web.params import ApiError, Param

QUAD_KEYS = ("1", "2", "3", "4")
ROOT_NAMES = {
    "01": "Make public statement",
    "02": "Appeal",
    "03": "Express intent to cooperate",
    "04": "Consult",
    "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation",
    "07": "Provide aid",
    "08": "Yield",
    "09": "Investigate",
    "10": "Demand",
    "11": "Disapprove",
    "12": "Reject",
    "13": "Threaten",
    "14": "Protest",
    "15": "Exhibit force posture",
    "16": "Reduce relations",
    "17": "Coerce",
    "18": "Assault",
    "19": "Fight",
    "20": "Use unconventional mass violence",
}


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The template environment (autoescape always on: templates only ever produce HTML or SVG)."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("newsevents.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        QUAD_NAMES=svg.QUAD_NAMES, ROOT_NAMES=ROOT_NAMES, urlencode=urlencode, qs=_qs, code_name=code_name
    )
    return env


@lru_cache(maxsize=1)
def _code_names() -> dict[str, str]:
    from newsevents.coding.codebook import load_codebook

    return {code: entry.name for code, entry in load_codebook().items()}


def code_name(code: str | None) -> str:
    """The codebook's name of a CAMEO code ("163" -> its own name, not its root's); a root's name in
    ``ROOT_NAMES``' spelling (the codebook writes roots in capitals); empty for an unknown code."""
    if not code:
        return ""
    if code in ROOT_NAMES:
        return ROOT_NAMES[code]
    return _code_names().get(code, "")


def _qs(base: dict[str, Any], key: str, value: Any) -> str:
    """A query string: ``base`` with ``key`` set to ``value`` (Jinja has no ``{**base}``).

    code, root and quad exclude each other (the store takes one), so setting one drops the others.
    """
    exclusive = {"code", "root", "quad"}
    kept = {k: v for k, v in base.items() if not (key in exclusive and k in exclusive)}
    return urlencode({**kept, key: value})


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """Render template ``name`` with ``context`` and the current path (for the navigation)."""
    template = environment().get_template(name)
    return HTMLResponse(template.render(path=request.url.path, **context), status_code=status)


def _values(request: Request, spec: tuple[Param, ...]) -> dict[str, Any]:
    return params.parse(request.query_params.multi_items(), spec)


OVERVIEW = (*params.EVENT_FILTERS, params.TIMELINE[-2])


def overview(request: Request) -> HTMLResponse:
    """``/``: events over time by QuadClass, mean Goldstein over time, top dyads and actors."""
    values = _values(request, OVERVIEW)
    filters = params.event_filters(values)
    db = api.database(request)
    interval = values["interval"]
    if interval == "auto":
        interval = data.auto_interval(db, filters)
    buckets = data.timeline(db, filters, interval, "quad")
    chart = svg.timeline_chart(buckets, interval, QUAD_KEYS, "quad")
    _, top_actors = data.list_actors(db, filters, limit=10)
    query = params.filter_query(values)
    links = {c.period: urlencode({**query, **_period_bounds(c.period, interval)}) for c in chart.columns}
    # with a filter, the header counts what the filter selects, and says so
    summary = data.totals(db, filters)
    return render(
        request,
        "overview.html",
        links=links,
        summary=summary,
        chart=chart,
        interval=interval,
        buckets=buckets,
        dyads=data.dyads(db, filters, limit=10),
        actors=top_actors,
        filters=params.filter_query(values),
        undated=data.list_events(db, filters, limit=1)[0] - sum(b["total"] for b in buckets),
    )


def _period_bounds(period: str, interval: str) -> dict[str, str]:
    """``since``/``until`` that select one timeline bar's period."""
    if interval == "week":
        end = dt.date.fromisoformat(period) + dt.timedelta(days=6)
        return {"since": period, "until": end.isoformat()}
    label = svg.period_label(period, interval)
    return {"since": label, "until": label}


def world(request: Request) -> HTMLResponse:
    """``/map``: countries shaded by event count, a marker per geolocated place."""
    values = _values(request, params.EVENT_FILTERS)
    filters = params.event_filters(values)
    db = api.database(request)
    places = data.places(db, filters)
    counts = data.country_counts(db, filters)
    chart = svg.world_map(counts, places)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:15]
    return render(
        request,
        "map.html",
        chart=chart,
        places=places[:30],
        countries=ranked,
        filters=params.filter_query(values),
    )


NETWORK = (*params.EVENT_FILTERS, params.DYADS[-2])


def graph(request: Request) -> HTMLResponse:
    """``/network``: countries (or actor codes) as nodes, event counts as edges coloured by QuadClass."""
    values = _values(request, NETWORK)
    filters = params.event_filters(values)
    pairs = data.dyads(api.database(request), filters, level=values["level"], limit=300)
    return render(
        request,
        "network.html",
        chart=layout.network(pairs),
        pairs=pairs[:20],
        level=values["level"],
        filters=params.filter_query(values),
    )


def events_table(request: Request) -> HTMLResponse:
    """``/events``: the filterable events table with facets and pagination."""
    values = _values(request, params.EVENT_LIST)
    filters = params.event_filters(values)
    db = api.database(request)
    total, rows = data.list_events(
        db, filters, limit=values["limit"], offset=values["offset"], sort=values["sort"]
    )
    query = params.filter_query(values)
    # first evidence of each event on this page, so a row can open its article at the sentence
    evidence = data.first_mentions(db, [r["id"] for r in rows])
    return render(
        request,
        "events.html",
        rows=rows,
        total=total,
        values=values,
        filters=query,
        facets=data.facets(db, filters),
        evidence=evidence,
        sorts=list(data.EVENT_SORTS),
        csv_query=urlencode({**query, "sort": values["sort"]}),
        prev_query=urlencode(
            {
                **query,
                "sort": values["sort"],
                "limit": values["limit"],
                "offset": max(0, values["offset"] - values["limit"]),
            }
        ),
        next_query=urlencode(
            {
                **query,
                "sort": values["sort"],
                "limit": values["limit"],
                "offset": values["offset"] + values["limit"],
            }
        ),
    )


def event_page(request: Request) -> HTMLResponse:
    """``/events/{id}``: one event, every mention with its evidence sentence and article link."""
    params.parse(request.query_params.multi_items(), ())
    raw = request.path_params["event_id"]
    plain = raw.isascii() and raw.isdigit() and len(raw) < 19
    found = data.get_event(api.database(request), int(raw)) if plain else None
    if found is None:
        raise ApiError(404, "not-found", f"no event {raw!r}")
    return render(request, "event.html", event=found)


def articles_list(request: Request) -> HTMLResponse:
    """``/articles``: stored articles."""
    values = _values(request, params.ARTICLE_LIST)
    total, rows = data.list_articles(
        api.database(request),
        source=values["source"],
        q=values["q"],
        since=params.as_date(values["since"]),
        until=params.as_date(values["until"]),
        limit=values["limit"],
        offset=values["offset"],
    )
    return render(request, "articles.html", rows=rows, total=total, values=values)


def article_page(request: Request) -> HTMLResponse:
    """``/articles/{id}``: the text with each event's evidence highlighted; its actors and codes beside."""
    params.parse(request.query_params.multi_items(), ())
    article_id = request.path_params["article_id"]
    found = data.get_article(api.database(request), article_id)
    if found is None:
        raise ApiError(404, "not-found", f"no article {article_id!r}")
    paragraphs = _paragraphs(svg.segments(found["text"], found["mentions"]))
    how = {str(m["id"]): _how_coded(m) for m in found["mentions"]}
    changes = _changes(found)
    return render(request, "article.html", article=found, paragraphs=paragraphs, how=how, changes=changes)


def _changes(article: dict[str, Any]) -> list[dict[str, Any]]:
    """What changed from each version of ``article`` to the next: the text word by word
    (``versions.changes``) and the events the article stopped and started reporting."""
    found = article["versions"]
    out = []
    for old, new in zip(found, found[1:], strict=False):
        new_text = article["text"] if new["current"] else new["text"]
        before, after = set(old["event_ids"]), set(new["event_ids"])
        out.append(
            {
                "old": old["version"],
                "new": new["version"],
                "pieces": versions.changes(old["text"] or "", new_text or ""),
                "dropped": sorted(before - after),
                "gained": sorted(after - before),
            }
        )
    return out


def _how_coded(mention: dict[str, Any]) -> str:
    """The tooltip of a mention's evidence: ``pattern <rule>``, then each construction step on its line.

    A mention coded before steps were recorded has none: the pattern line alone."""
    return "\n".join([f"pattern {mention.get('rule') or '?'}", *(mention.get("steps") or ())])


def _paragraphs(pieces: list[svg.Segment]) -> list[list[svg.Segment]]:
    """Split segments at blank lines so the text reads as paragraphs (offsets are unaffected)."""
    out: list[list[svg.Segment]] = [[]]
    for piece in pieces:
        chunks = piece.text.split("\n\n")
        for i, chunk in enumerate(chunks):
            if i:
                out.append([])
            if chunk:
                out[-1].append(
                    svg.Segment(chunk, piece.marks, piece.trigger, piece.anchors if i == 0 else ())
                )
    return [p for p in out if p]


def api_docs(request: Request) -> HTMLResponse:
    """``/api`` and ``/api/docs``: the OpenAPI description as a readable page (no CDN, no script)."""
    params.parse(request.query_params.multi_items(), ())
    return render(request, "api_docs.html", endpoints=api.ENDPOINTS, doc=api.openapi_document())


def routes() -> list[Route]:
    """The page routes."""
    return [
        Route("/", overview),
        Route("/map", world),
        Route("/network", graph),
        Route("/events", events_table),
        Route("/events/{event_id}", event_page),
        Route("/articles", articles_list),
        Route("/articles/{article_id:path}", article_page),
        Route("/api", api_docs),
        Route("/api/docs", api_docs),
    ]


__all__ = ["QUAD_KEYS", "ROOT_NAMES", "environment", "render", "routes"]
