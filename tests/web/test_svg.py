"""The server-side geometry: evidence segments, world boundaries, projection, timeline and network."""

from __future__ import annotations

import pytest

from newsevents.web import svg


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
    net = svg.network(pairs)
    assert {n.label for n in net.nodes} == {"USA", "PRK"}
    [edge] = net.edges
    assert (edge.source, edge.target, edge.css) == ("USA", "PRK", "quad3")
