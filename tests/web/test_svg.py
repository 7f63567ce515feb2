"""The server-side geometry: evidence segments, world boundaries, projection, timeline and network."""

from __future__ import annotations

import math
import random
import re

import pytest

from newsevents.web import layout, svg


@pytest.mark.parametrize(
    "spans",
    [
        [],
        [(0, 10, "a")],
        [(5, 20, "a"), (5, 20, "b")],
        [(5, 20, "a"), (15, 30, "b")],
        [(0, 40, "a"), (-3, 5, "bad"), (30, 99, "out")],
    ],
)
def test_segments_cover_the_text_exactly(spans: list[tuple[int, int, str]]) -> None:
    text = "Kim met Moon at the border. They talked for an hour."
    mentions = [{"id": m, "sentence_start": s, "sentence_end": e, "trigger": "met"} for s, e, m in spans]
    pieces = svg.segments(text, mentions)
    assert "".join(p.text for p in pieces) == text
    for start, end, mid in spans:
        if 0 <= start < end <= len(text):
            covered = "".join(p.text for p in pieces if mid in p.marks)
            assert covered == text[start:end]
            assert any(mid in p.anchors for p in pieces)
        else:
            assert all(mid not in p.marks for p in pieces)


def test_trigger_is_marked_inside_its_sentence() -> None:
    text = "Moon met Kim. Kim met Moon."
    pieces = svg.segments(text, [{"id": "x", "sentence_start": 14, "sentence_end": 27, "trigger": "met"}])
    assert [p.text for p in pieces if p.trigger] == ["met"]
    assert "".join(p.text for p in pieces[:2]) == "Moon met Kim. Kim "


def test_world_boundaries_are_bundled_and_coded() -> None:
    countries = svg.world_countries()
    assert len(countries) > 150
    codes = {c.iso3 for c in countries}
    assert {"KOR", "PRK", "USA", "CHN", "FRA", "BRA"} <= codes
    korea = next(c for c in countries if c.iso3 == "KOR")
    assert korea.path.startswith("M") and korea.path.endswith("Z")


def test_projection_corners() -> None:
    assert svg.project(90, -180) == (0.0, 0.0)
    assert svg.project(-90, 180) == (svg.MAP_W, svg.MAP_H)
    assert svg.project(0, 0) == (svg.MAP_W / 2, svg.MAP_H / 2)


def test_fill_periods_inserts_empty_periods() -> None:
    buckets = [{"period": "2019-01-01"}, {"period": "2019-04-01"}]
    assert svg.fill_periods(buckets, "month") == ["2019-01-01", "2019-02-01", "2019-03-01", "2019-04-01"]
    assert svg.fill_periods(buckets, "day", limit=10) == ["2019-01-01", "2019-04-01"]  # too many: as given


def test_timeline_bars_stack_to_the_totals() -> None:
    buckets = [
        {"period": "2019-06-01", "total": 3, "avg_goldstein": 1.5, "counts": {"1": 2, "4": 1}},
        {"period": "2019-08-01", "total": 1, "avg_goldstein": -10.0, "counts": {"3": 1}},
    ]
    chart = svg.timeline_chart(buckets, "month", ("1", "2", "3", "4"), "quad")
    assert [c.period for c in chart.columns] == ["2019-06-01", "2019-07-01", "2019-08-01"]
    assert [c.count for c in chart.columns] == [3, 0, 1]
    assert sum(b.count for b in chart.bars) == 4
    tallest = max(chart.bars, key=lambda b: b.height)
    assert tallest.key == "1"
    assert len(chart.dots) == 2 and chart.dots[1].y > chart.dots[0].y  # conflict plots lower


def test_network_skips_self_pairs_and_colours_by_main_quad() -> None:
    pairs = [
        {"source": "USA", "target": "PRK", "count": 3, "quad1": 1, "quad2": 0, "quad3": 2, "quad4": 0},
        {"source": "USA", "target": "USA", "count": 5, "quad1": 5, "quad2": 0, "quad3": 0, "quad4": 0},
    ]
    net = layout.network(pairs)
    assert {n.label for n in net.nodes} == {"USA", "PRK"}
    [edge] = net.edges
    assert (edge.source, edge.target, edge.css) == ("USA", "PRK", "quad3")


def _bucket(period: str, goldstein: float) -> dict[str, object]:
    return {"period": period, "total": 1, "avg_goldstein": goldstein, "counts": {"1": 1}}


def test_goldstein_line_breaks_at_empty_periods() -> None:
    # issue 13: the line joined points across empty years; each run of filled periods is its own line
    buckets = [_bucket(p, g) for p, g in [("2015-01-01", 1), ("2016-01-01", 2), ("2019-01-01", -3),
                                          ("2020-01-01", 4), ("2021-01-01", 0), ("2023-01-01", 5)]]
    chart = svg.timeline_chart(buckets, "year", ("1", "2", "3", "4"), "quad")
    assert [len(line.split()) for line in chart.lines] == [2, 3]  # 2023 stands alone: a dot, no line
    assert len(chart.dots) == 6
    xs = [[float(pt.split(",")[0]) for pt in line.split()] for line in chart.lines]
    empty = {c.period: c for c in chart.columns if c.count == 0}
    assert set(empty) == {"2017-01-01", "2018-01-01", "2022-01-01"}
    for column in empty.values():  # no line passes over an empty period
        assert not any(min(x) < column.x + column.width / 2 < max(x) for x in xs)


@pytest.mark.parametrize("peak", [1, 2, 3, 7, 37, 100, 12345])
def test_shading_legend_covers_every_count_once(peak: int) -> None:
    shades = svg.shades(peak)
    assert shades[0].low == 1 and shades[-1].high == peak
    assert all(a.high + 1 == b.low for a, b in zip(shades, shades[1:], strict=False))
    for n in {c for c in (1, 2, peak // 3, peak // 2, peak - 1, peak) if 1 <= c <= peak}:
        [entry] = [s for s in shades if s.low <= n <= s.high]
        assert entry.css == f"shade{svg.shade_level(n, peak)}"


def test_map_legend_sizes_match_the_circles() -> None:
    places = [{"name": n, "country": "KOR", "lat": 37.5, "lon": 127.0, "count": c, "quad_class": 1}
              for n, c in [("A", 1), ("B", 8), ("C", 40)]]
    chart = svg.world_map({"KOR": 49, "PRK": 3}, places)
    radius = {m.count: m.r for m in chart.markers}
    assert [k.count for k in chart.sizes] == [1, 10, 40]
    assert radius[40] == chart.sizes[-1].r and radius[1] == chart.sizes[0].r
    assert radius[1] < radius[8] < radius[40]
    shaded = {c.iso3: c.css for c in chart.countries}
    assert {s.css for s in chart.shades} >= {shaded["KOR"], shaded["PRK"]}


def _pairs(edges: list[tuple[str, str, int]]) -> list[dict[str, object]]:
    return [{"source": a, "target": b, "count": n, "quad1": n, "quad2": 0, "quad3": 0, "quad4": 0}
            for a, b, n in edges]


def _path_points(path: str) -> list[tuple[float, float]]:
    """Points along an edge's ``M x,y Q cx,cy ex,ey`` path, computed from the SVG path data itself."""
    nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", path)]
    (x0, y0, cx, cy, x1, y1) = nums
    out = []
    for i in range(101):
        t = i / 100
        u = 1 - t
        out.append((u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1))
    return out


def _hub_graph(n: int, m: int, seed: int) -> list[dict[str, object]]:
    rnd = random.Random(seed)
    names = [f"C{i:02d}" for i in range(n)]
    weights = [1 / (i + 1) ** 1.2 for i in range(n)]
    edges: dict[tuple[str, str], int] = {}
    while len(edges) < m:
        a, b = rnd.choices(names, weights, k=2)
        if a != b:
            edges[(a, b)] = rnd.randint(1, 20)
    return _pairs([(a, b, c) for (a, b), c in edges.items()])


@pytest.mark.parametrize(("n", "m", "seed"), [(6, 8, 1), (12, 20, 2), (25, 60, 3), (40, 120, 4)])
def test_network_edges_miss_every_unrelated_node(n: int, m: int, seed: int) -> None:
    # issue 13: edges passed behind unrelated nodes; every drawn curve keeps clear of them
    net = layout.network(_hub_graph(n, m, seed))
    nodes = {node.label: node for node in net.nodes}
    assert net.edges and len(net.edges) + net.hidden == m
    for edge in net.edges:
        points = _path_points(edge.path)
        for node in nodes.values():
            if node.label in (edge.source, edge.target):
                continue
            gap = min(math.hypot(node.x - x, node.y - y) for x, y in points) - node.r
            assert gap > layout.CLEARANCE - 1.5, (edge.source, edge.target, node.label, gap)
    assert all(0 < node.x < net.width and 0 < node.y < net.height for node in nodes.values())


def test_network_layout_is_deterministic_and_keeps_both_directions_apart() -> None:
    pairs = _pairs([("USA", "PRK", 5), ("PRK", "USA", 3), ("USA", "KOR", 4), ("KOR", "PRK", 2)])
    first, second = layout.network(pairs), layout.network(pairs)
    assert first == second
    paths = {(e.source, e.target): e.path for e in first.edges}
    assert paths[("USA", "PRK")] != paths[("PRK", "USA")]
    there, back = _path_points(paths[("USA", "PRK")]), _path_points(paths[("PRK", "USA")])
    middle = [there[50], back[50]]
    assert math.dist(*middle) > 10  # the two curves bow apart


def test_network_draws_at_most_max_edges_the_strongest() -> None:
    pairs = _pairs([(f"A{i}", f"B{i}", i + 1) for i in range(10)])
    net = layout.network(pairs, max_edges=4)
    assert net.hidden == 6 and sorted(e.count for e in net.edges) == [7, 8, 9, 10]
