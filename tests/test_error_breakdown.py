"""The error breakdown of the accuracy bench: each miss and false positive in the class its closest
counterpart gives, on small invented gold and predictions (no corpus text)."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.error_breakdown import FP_CLASSES, MISS_CLASSES, breakdown, relation
from newsevents.evaluate import evaluate


def gold(source: str = "USA", target: str | None = "PRK", roots: tuple[str, ...] = ("04",),
         date: str | None = "2019-06-30", symmetric: bool = False, required: bool = True,
         source_role: str | None = None, article: str = "a1") -> dict[str, Any]:
    g: dict[str, Any] = {"article": article, "date": date, "source": source, "target": target,
                         "roots": list(roots), "symmetric": symmetric, "required": required, "note": ""}
    if source_role:
        g["source_role"] = source_role
    return g


def actor(country: str | None, role: str | None = None) -> dict[str, Any] | None:
    return None if country is None else {"text": "", "country": country, "role": role}


def pred(source: str | None = "USA", target: str | None = "PRK", root: str = "04",
         date: str | None = "2019-06-30", role: str | None = None, article: str = "a1") -> dict[str, Any]:
    return {"article_id": article, "date": date, "source": actor(source, role), "target": actor(target),
            "cameo": root + "0", "root": root, "evidence": {"sentence": "An invented sentence."}}


@pytest.mark.parametrize(("g", "p", "expected"), [
    (gold(), pred(), "exact"),
    (gold(), pred(date="2019-07-02"), "date"),
    (gold(), pred(source="CHN"), "source"),
    (gold(source_role="GOV"), pred(role="MIL"), "source"),
    (gold(), pred(target=None), "target"),
    (gold(), pred(target="USA"), "target"),
    (gold(), pred(root="05"), "root"),
    (gold(), pred(source="CHN", target="RUS"), "actors"),
    (gold(), pred(source="CHN", target="RUS", root="05"), None),
    # symmetric gold: the better way round counts, and the class names the gold side that is wrong
    (gold(symmetric=True), pred(source="PRK", target="CHN"), "source"),
    (gold(symmetric=True), pred(source="CHN", target="USA"), "target"),
    (gold(symmetric=True), pred(source="PRK", target="USA", root="01"), "root"),
    # wildcard actors: a wrong root says nothing about nearness
    (gold(source="*", target=None, roots=("19",)), pred(root="18"), None),
    (gold(source="*", target=None, roots=("19",)), pred(root="19", date=None), "date"),
])
def test_relation(g: dict[str, Any], p: dict[str, Any], expected: str | None) -> None:
    assert relation(g, p) == expected


def test_each_miss_class() -> None:
    golds = [
        gold(article="d", date="2020-01-02"),
        gold(article="s", source="JPN"),
        gold(article="t", target="KOR"),
        gold(article="r", roots=("03",)),
        gold(article="x", source="FRA", target="DEU"),
        gold(article="m", roots=("19",), source="ISR", target="LBN"),
    ]
    preds = [
        pred(article="d", date="2020-02-01"),
        pred(article="s", source="CHN", target="PRK"),
        pred(article="t", target=None),
        pred(article="r", root="05"),
        pred(article="x"),
        pred(article="m", source="USA", target="CHN", root="01"),
    ]
    parts = breakdown(golds, preds)
    assert parts.misses == {c: 1 for c in ("date", "source", "target", "root", "actors", "missed")}
    assert parts.confusion == {"03>05": 1}
    assert parts.actor_kinds == {"source": {"other": 1}, "target": {"missing": 1}}
    # Every prediction here is a false positive; the one with no root or actor pair of its article's gold
    # is spurious, the others are near their gold event.
    assert parts.false_positives == {
        "date": 1, "source": 1, "target": 1, "root": 1, "actors": 1, "spurious": 1}


def test_counts_agree_with_evaluate() -> None:
    golds = [gold(), gold(roots=("05",)), gold(roots=("01",), required=False),
             gold(article="b", roots=("19",))]
    preds = [pred(), pred(), pred(root="05", target="CHN"), pred(article="b", root="19", target="USA"),
             pred(article="none", root="01")]
    ev = evaluate(golds, preds)
    parts = breakdown(golds, preds)
    assert sum(parts.misses.values()) == len(ev.misses) == 2
    assert sum(parts.false_positives.values()) == len(ev.false_positives) == 3
    # The second record of the found meeting is a duplicate, not a miss of anything.
    assert parts.false_positives["duplicate"] == 1
    assert parts.misses == {"target": 2}
    assert parts.actor_kinds == {"target": {"other": 1, "self": 1}}


def test_shared_prediction() -> None:
    # Two gold meetings a day apart, one record: date-blind it fits both, strict only the first.
    golds = [gold(), gold(date="2019-07-01")]
    parts = breakdown(golds, [pred()])
    assert parts.misses == {"shared": 1}
    assert parts.false_positives == {}


def test_misses_prefer_free_predictions() -> None:
    # The record of USA's visit is taken by its own gold event; Japan's visit was not coded at all.
    golds = [gold(), gold(source="JPN")]
    parts = breakdown(golds, [pred()])
    assert parts.misses == {"missed": 1}


def test_json_is_aggregate_only() -> None:
    out = breakdown([gold(), gold(roots=("19",), source="ISR", target="LBN")], [pred(root="05")]).to_json()
    assert set(out) == {"misses", "false_positives", "confusion", "actor_kinds"}
    assert list(out["misses"]["counts"]) == list(MISS_CLASSES)
    assert list(out["false_positives"]["counts"]) == list(FP_CLASSES)
    assert out["misses"]["total"] == 2
    assert out["misses"]["shares"]["root"] == 0.5
    assert out["false_positives"]["counts"]["root"] == 1
    assert "note" not in repr(out) and "sentence" not in repr(out)
