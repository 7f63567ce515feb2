"""The network page's layout, computed on the server: a force-directed placement of the actors and edges
routed around every node they do not connect.

``network(pairs)`` places the busiest actors (or countries) with Fruchterman-Reingold forces (linked
nodes pull together, all nodes push apart), started from a circle so the result is the same on every run.
Each edge is then drawn as a quadratic curve whose bend is the smallest of a ladder of bends that keeps
the curve clear of every node other than its two ends; when no bend is clear, the nodes in the way are
moved off the edge and the routing runs again. A->B and B->A bend to their own right, so they never
overlap. The result is frozen records of numbers and labels that the template draws as SVG.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

# Bends as a fraction of the edge's length, tried in order (positive = to the edge's right).
BENDS = (0.12, -0.12, 0.25, -0.25, 0.4, -0.4, 0.6, -0.6, 0.85, -0.85, 1.2, -1.2)
CLEARANCE = 5.0  # pixels between a curve and the rim of a node it passes
MARGIN = 60  # room at the canvas edge for labels
_ITERATIONS = 300
_SAMPLES = 16  # points along a curve when measuring its distance to nodes


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
    path: str  # a quadratic curve from the source's centre to the rim of the target
    width: float
    css: str
    source: str
    target: str
    count: int
    bend: float  # the bend chosen (fraction of the length, positive = to the right)
    clearance: float  # least distance from the curve to the rim of a node it does not connect


@dataclass(frozen=True, slots=True)
class Network:
    width: int
    height: int
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    # pairs between drawn nodes left out of the drawing: past ``max_edges`` (the weakest), or with no
    # route that misses every other node (their events still size the nodes and fill the table)
    hidden: int = 0


Point = tuple[float, float]


def _control(a: Point, b: Point, bend: float) -> Point:
    """The control point of the curve from ``a`` to ``b``: the midpoint pushed right by ``bend`` x length."""
    (x1, y1), (x2, y2) = a, b
    dx, dy = x2 - x1, y2 - y1
    return (x1 + x2) / 2 - dy * bend, (y1 + y2) / 2 + dx * bend


def _curve_points(a: Point, b: Point, bend: float) -> list[Point]:
    c = _control(a, b, bend)
    out = []
    for i in range(_SAMPLES + 1):
        t = i / _SAMPLES
        u = 1 - t
        weights = (u * u, 2 * u * t, t * t)
        out.append((sum(w * p[0] for w, p in zip(weights, (a, c, b), strict=True)),
                    sum(w * p[1] for w, p in zip(weights, (a, c, b), strict=True))))
    return out


def _clearance(points: Sequence[Point], others: Sequence[tuple[Point, float]]) -> float:
    """Least distance from the polyline ``points`` to the rim of any of ``others`` (centre, radius)."""
    best = 4 * CLEARANCE  # what "clear" means when no node comes near the curve
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    for (cx, cy), r in others:
        reach = r + 4 * CLEARANCE
        if cx < x0 - reach or cx > x1 + reach or cy < y0 - reach or cy > y1 + reach:
            continue  # far outside the curve's box: it cannot be the closest call
        for p, q in zip(points, points[1:], strict=False):
            best = min(best, _segment_distance((cx, cy), p, q) - r)
    return best


def _segment_distance(c: Point, p: Point, q: Point) -> float:
    dx, dy = q[0] - p[0], q[1] - p[1]
    span = dx * dx + dy * dy
    t = 0.0 if span == 0 else max(0.0, min(1.0, ((c[0] - p[0]) * dx + (c[1] - p[1]) * dy) / span))
    return math.hypot(c[0] - (p[0] + t * dx), c[1] - (p[1] + t * dy))


def force_layout(names: Sequence[str], links: Mapping[tuple[str, str], int], size: int) -> dict[str, Point]:
    """Fruchterman-Reingold positions in ``[MARGIN, size - MARGIN]``, deterministic (circle start, fixed
    cooling). ``links`` weights the pull between two nodes by the log of their event count."""
    n = len(names)
    centre, span = size / 2, size / 2 - MARGIN
    pos = {
        name: [centre + span * math.cos(2 * math.pi * i / n), centre + span * math.sin(2 * math.pi * i / n)]
        for i, name in enumerate(names)
    }
    if n < 2:
        return {name: (centre, centre) for name in names}
    k = 0.9 * math.sqrt((2 * span) ** 2 / n)  # the ideal distance between nodes
    heat = span / 4
    for _ in range(_ITERATIONS):
        move = {name: [0.0, 0.0] for name in names}
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
                d = math.hypot(dx, dy) or 0.01
                push = k * k / d
                move[a][0] += dx / d * push
                move[a][1] += dy / d * push
                move[b][0] -= dx / d * push
                move[b][1] -= dy / d * push
        for (a, b), count in links.items():
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            d = math.hypot(dx, dy) or 0.01
            pull = d * d / k * (1 + math.log1p(count)) / 2
            move[a][0] -= dx / d * pull
            move[a][1] -= dy / d * pull
            move[b][0] += dx / d * pull
            move[b][1] += dy / d * pull
        for name in names:
            mx, my = move[name]
            length = math.hypot(mx, my) or 1.0
            step = min(length, heat)
            pos[name][0] = min(size - MARGIN, max(MARGIN, pos[name][0] + mx / length * step))
            pos[name][1] = min(size - MARGIN, max(MARGIN, pos[name][1] + my / length * step))
        heat = max(heat * 0.985, 0.5)
    return _fit({name: (p[0], p[1]) for name, p in pos.items()}, size)


def _fit(pos: Mapping[str, Point], size: int) -> dict[str, Point]:
    """Centre the drawing on the canvas and scale it (same factor both ways) to fill the room inside
    the margins: forces settle at their own scale, which leaves a small graph in one corner."""
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    extent = max(max(xs) - min(xs), max(ys) - min(ys), 1.0)
    scale = (size - 2 * MARGIN) / extent
    mx, my = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {n: (size / 2 + (x - mx) * scale, size / 2 + (y - my) * scale) for n, (x, y) in pos.items()}


def _route(
    a: str, b: str, pos: Mapping[str, Point], radius: Mapping[str, float], both_ways: bool
) -> tuple[float, float]:
    """(bend, clearance): the first bend of ``BENDS`` that keeps the edge ``CLEARANCE`` away from every
    other node, else the clearest one. A pair drawn both ways only bends right, so the two never meet."""
    others = [(pos[n], radius[n]) for n in pos if n not in (a, b)]
    best = (BENDS[0], -math.inf)
    for bend in BENDS:
        if both_ways and bend < 0:
            continue
        clear = _clearance(_curve_points(pos[a], pos[b], bend), others)
        if clear >= CLEARANCE:
            return bend, clear
        if clear > best[1]:
            best = (bend, clear)
    return best


def _push_aside(
    a: str, b: str, bend: float, pos: dict[str, Point], radius: Mapping[str, float], size: int
) -> None:
    """Move every node that the edge a-b passes too close to away from the curve, just far enough."""
    points = _curve_points(pos[a], pos[b], bend)
    for name in list(pos):
        if name in (a, b):
            continue
        (cx, cy), need = pos[name], radius[name] + CLEARANCE + 1
        near = min(points, key=lambda p: math.hypot(cx - p[0], cy - p[1]))
        d = math.hypot(cx - near[0], cy - near[1])
        if d >= need:
            continue
        ux, uy = ((cx - near[0]) / d, (cy - near[1]) / d) if d > 0.01 else (0.0, 1.0)
        x = min(size - MARGIN / 2, max(MARGIN / 2, near[0] + ux * need * 1.5))
        y = min(size - MARGIN / 2, max(MARGIN / 2, near[1] + uy * need * 1.5))
        pos[name] = (x, y)


def _path(a: Point, b: Point, bend: float, end_radius: float) -> str:
    """Path data from ``a`` to the rim of the node at ``b`` (so the arrowhead shows)."""
    cx, cy = _control(a, b, bend)
    tx, ty = b[0] - cx, b[1] - cy
    t_len = math.hypot(tx, ty) or 1.0
    ex, ey = b[0] - tx / t_len * (end_radius + 3), b[1] - ty / t_len * (end_radius + 3)
    return f"M{a[0]:.1f},{a[1]:.1f}Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}"


def _routes(
    pairs: list[tuple[str, str]], pos: dict[str, Point], radius: Mapping[str, float], size: int
) -> dict[tuple[str, str], tuple[float, float]]:
    """A bend per pair; nodes in the way of an edge with no clear bend are moved, then all re-routed."""
    directed = set(pairs)
    routes: dict[tuple[str, str], tuple[float, float]] = {}
    for _ in range(8):
        routes = {(a, b): _route(a, b, pos, radius, (b, a) in directed) for a, b in pairs}
        blocked = [(ab, bend) for ab, (bend, clear) in routes.items() if clear < CLEARANCE]
        if not blocked:
            break
        for (a, b), bend in blocked:
            _push_aside(a, b, bend, pos, radius, size)
    return routes


def _node(name: str, at: Point, r: float, count: int, size: int) -> Node:
    """A node with its label above it: to its right, or to its left in the right quarter of the canvas
    (where a label running right would be cut off at the edge)."""
    right = at[0] < size * 0.75
    label_x = at[0] + r + 3 if right else at[0] - r - 3
    return Node(round(at[0], 1), round(at[1], 1), r, name, count, round(label_x, 1),
                round(at[1] - r - 3, 1), "start" if right else "end")


# (source, target, count, QuadClass 1-4 counts): one pair of the page's query, hashable for the cache
_Pair = tuple[str, str, int, tuple[int, int, int, int]]


def network(
    pairs: Sequence[Mapping[str, object]], *, size: int = 640, max_nodes: int = 40, max_edges: int = 120
) -> Network:
    """The busiest ``max_nodes`` actors (or countries) laid out by force, an edge per pair (the strongest
    ``max_edges``) coloured by its main QuadClass and routed around unrelated nodes. Self-pairs (USA acting
    on USA) add to a node's size but draw no edge; an edge no bend can route past the other nodes is left
    out rather than drawn through one (``Network.hidden`` counts what is left out). Layouts are cached:
    the same pairs (a page reloaded) cost nothing the second time."""
    key = tuple(
        (str(p["source"]), str(p["target"]), int(str(p["count"])),
         (_int(p, "quad1"), _int(p, "quad2"), _int(p, "quad3"), _int(p, "quad4")))
        for p in pairs
    )
    return _network(key, size, max_nodes, max_edges)


def _int(pair: Mapping[str, object], key: str) -> int:
    return int(str(pair.get(key) or 0))


@lru_cache(maxsize=32)
def _network(pairs: tuple[_Pair, ...], size: int, max_nodes: int, max_edges: int) -> Network:
    weight: dict[str, int] = {}
    for a, b, count, _ in pairs:
        weight[a] = weight.get(a, 0) + count
        weight[b] = weight.get(b, 0) + count
    names = sorted(weight, key=lambda k: (-weight[k], k))[:max_nodes]
    shown = set(names)
    between = [p for p in pairs if p[0] != p[1] and {p[0], p[1]} <= shown]
    kept = sorted(between, key=lambda p: -p[2])[:max_edges]
    links: dict[tuple[str, str], int] = {}
    for a, b, count, _ in kept:
        link = (min(a, b), max(a, b))
        links[link] = links.get(link, 0) + count
    # more nodes get more room (the SVG scales to the page, so only the proportions change)
    size = max(size, round(size * math.sqrt(len(names) / 20)))
    peak = max(weight.values(), default=1)
    radius = {name: round(4 + 14 * math.sqrt(weight[name] / peak), 1) for name in names}
    pos = force_layout(names, links, size)
    routes = _routes([(a, b) for a, b, _, _ in kept], pos, radius, size)
    nodes = tuple(_node(n, pos[n], radius[n], weight[n], size) for n in names)
    top = max((p[2] for p in kept), default=1)
    edges = []
    for a, b, count, quads in kept:
        bend, clear = routes[(a, b)]
        if clear < 0:
            continue
        edges.append(
            Edge(_path(pos[a], pos[b], bend, radius[b]), round(1 + 5 * count / top, 2),
                 f"quad{1 + quads.index(max(quads))}", a, b, count, bend, round(clear, 1))
        )
    return Network(size, size, nodes, tuple(edges), len(between) - len(edges))


__all__ = ["BENDS", "CLEARANCE", "Edge", "Network", "Node", "force_layout", "network"]
