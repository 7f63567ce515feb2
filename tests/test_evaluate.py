"""The scoring rules of shared/corpus/README.md, one small hand-made case per rule."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsevents.errors import InputError
from newsevents.evaluate import evaluate, evaluate_files, matches, read_jsonl

ARTICLE = "a1"


def gold(source: str = "USA", target: str | None = "PRK", roots: tuple[str, ...] = ("04",),
         date: str | None = None, symmetric: bool = False, required: bool = True,
         source_role: str | None = None, article: str = ARTICLE, note: str = "") -> dict[str, Any]:
    g: dict[str, Any] = {"article": article, "date": date, "source": source, "target": target,
                         "roots": list(roots), "symmetric": symmetric, "required": required, "note": note}
    if source_role is not None:
        g["source_role"] = source_role
    return g


def actor(country: str | None, role: str | None = None) -> dict[str, Any] | None:
    if country is None and role is None:
        return None
    return {"text": "", "name": None, "country": country, "role": role,
            "code": (country or "") + (role or "") or None}


def pred(source: str | None = "USA", target: str | None = "PRK", root: str = "04", date: str | None = None,
         source_role: str | None = None, target_role: str | None = None, article: str = ARTICLE,
         sentence: str = "A sentence.") -> dict[str, Any]:
    return {"article_id": article, "date": date, "source": actor(source, source_role) or actor("", None),
            "target": actor(target, target_role), "cameo": root + "0", "root": root,
            "evidence": {"sentence": sentence, "start": 0, "end": len(sentence), "trigger": "x", "rule": "r"}}


@pytest.mark.parametrize(("g", "p", "expected"), [
    # roots
    (gold(roots=("04",)), pred(root="04"), True),
    (gold(roots=("03", "08")), pred(root="08"), True),
    (gold(roots=("04",)), pred(root="05"), False),
    # direction: fixed unless symmetric
    (gold(), pred("USA", "PRK"), True),
    (gold(), pred("PRK", "USA"), False),
    (gold(symmetric=True), pred("PRK", "USA"), True),
    (gold(symmetric=True), pred("USA", "PRK"), True),
    (gold(symmetric=True), pred("USA", "KOR"), False),
    (gold(), pred("CHN", "PRK"), False),
    # "*" source: any source, even none
    (gold(source="*"), pred("CHN", "PRK"), True),
    (gold(source="*"), pred(None, "PRK"), True),
    (gold(source="*"), pred("CHN", "USA"), False),
    # null target: any target, or none
    (gold(target=None), pred("USA", None), True),
    (gold(target=None), pred("USA", "IRN"), True),
    (gold(target=None), pred("PRK", None), False),
    (gold(target="PRK"), pred("USA", None), False),
    # source_role
    (gold(source_role="ELI"), pred("USA", "PRK", source_role="ELI"), True),
    (gold(source_role="ELI"), pred("USA", "PRK", source_role="GOV"), False),
    (gold(source_role="ELI"), pred("USA", "PRK"), False),
    (gold(source_role="GOV", symmetric=True), pred("PRK", "USA", "04", target_role="GOV"), True),
    (gold(source_role="GOV", symmetric=True), pred("PRK", "USA", "04", source_role="GOV"), False),
    (gold(source_role="GOV"), pred("PRK", "USA", target_role="GOV"), False),
])
def test_match_rules_date_blind(g: dict[str, Any], p: dict[str, Any], expected: bool) -> None:
    assert matches(g, p, strict=False) is expected
    # With no gold date, strict and date-blind agree.
    assert matches(g, p, strict=True) is expected


@pytest.mark.parametrize(("gold_date", "pred_date", "strict_match"), [
    ("2019-06-30", "2019-06-30", True),
    ("2019-06-30", "2019-06-29", False),
    ("2019-06-30", "2019-07-30", False),
    ("2019-06", "2019-06-30", True),  # a day-precise prediction inside a month gold
    ("2019-06", "2019-06-01", True),
    ("2019-06", "2019-07-01", False),
    ("2019-06-30", "2019-06", True),  # a month-precise prediction of a day gold in that month
    ("2019-06-30", "2019-05", False),
    ("2019-06", "2019-06", True),
    ("2019-06", "2018-06", False),
    ("2019", "2019-03-02", True),
    ("2019", "2019-11", True),
    ("2019", "2020-01-01", False),
    ("2019-06-30", "2019", True),  # coarser precision is the prediction's year
    ("2019-06-30", "2018", False),
    ("2019-06-30", None, False),  # a dated gold needs a dated prediction in strict mode
    (None, None, True),
    (None, "1994-06", True),  # an undated gold does not score the date
])
def test_strict_dates_agree_at_the_coarser_precision(gold_date: str | None, pred_date: str | None,
                                                     strict_match: bool) -> None:
    g, p = gold(date=gold_date), pred(date=pred_date)
    assert matches(g, p, strict=True) is strict_match
    assert matches(g, p, strict=False) is True


def test_perfect_prediction() -> None:
    result = evaluate([gold(date="2019-06-30")], [pred(date="2019-06-30")])
    for scores in (result.strict, result.date_blind):
        assert (scores.precision, scores.recall, scores.f1) == (1.0, 1.0, 1.0)
    assert result.misses == () and result.false_positives == ()


def test_wrong_date_counts_only_in_strict_mode() -> None:
    result = evaluate([gold(date="2019-06-30")], [pred(date="2018-06-30")])
    assert (result.strict.precision, result.strict.recall) == (0.0, 0.0)
    assert (result.date_blind.precision, result.date_blind.recall) == (1.0, 1.0)
    assert len(result.misses) == 1 and len(result.false_positives) == 1


def test_duplicates_are_false_positives() -> None:
    result = evaluate([gold()], [pred(), pred(), pred()])
    assert result.strict.matched_predictions == 1
    assert result.strict.predictions == 3
    assert result.strict.precision == pytest.approx(1 / 3)
    assert result.strict.recall == 1.0
    assert result.strict.f1 == pytest.approx(2 * (1 / 3) / (1 / 3 + 1))
    assert len(result.false_positives) == 2


def test_one_prediction_matches_one_gold() -> None:
    # Two gold events of one kind and a single prediction: one is found, one missed.
    result = evaluate([gold(note="first"), gold(note="second")], [pred()])
    assert result.strict.matched_required == 1 and result.strict.required == 2
    assert result.strict.precision == 1.0 and result.strict.recall == 0.5
    assert len(result.misses) == 1


def test_maximum_matching_not_greedy() -> None:
    # The symmetric gold accepts either prediction, the directed one only USA->PRK. Greedy in file order
    # would give the symmetric gold USA->PRK and leave the directed gold unmatched.
    golds = [gold(symmetric=True, note="meet"), gold(note="visit")]
    result = evaluate(golds, [pred("USA", "PRK"), pred("PRK", "USA")])
    assert result.strict.matched_required == 2
    assert (result.strict.precision, result.strict.recall) == (1.0, 1.0)


def test_required_gold_first_so_optional_gold_does_not_steal() -> None:
    # The optional gold comes first and accepts the only prediction; the required gold must get it.
    golds = [gold(roots=("03", "04"), required=False, note="optional"), gold(roots=("04",), note="required")]
    result = evaluate(golds, [pred(root="04")])
    assert result.strict.matched_required == 1 and result.strict.required == 1
    assert result.strict.recall == 1.0 and result.strict.precision == 1.0
    assert result.misses == ()


def test_optional_gold_counts_toward_precision_not_recall() -> None:
    golds = [gold(note="required"), gold(roots=("03",), required=False, note="optional")]
    found = evaluate(golds, [pred(root="04"), pred(root="03")])
    assert found.strict.precision == 1.0 and found.strict.required == 1 and found.strict.recall == 1.0
    missed = evaluate(golds, [pred(root="04")])
    assert missed.strict.recall == 1.0 and missed.misses == ()


def test_predictions_of_articles_without_gold_are_ignored() -> None:
    result = evaluate([gold()], [pred(), pred(article="other"), pred(root="19", article="other")])
    assert result.strict.predictions == 1 and result.strict.precision == 1.0


def test_articles_are_matched_separately() -> None:
    result = evaluate([gold(article="a1"), gold(article="a2")], [pred(article="a1"), pred(article="a1")])
    assert result.strict.matched_required == 1 and result.strict.required == 2
    assert result.strict.predictions == 2 and result.strict.matched_predictions == 1
    assert [m["article"] for m in result.misses] == ["a2"]


def test_per_prediction_hits_follow_the_order_given() -> None:
    # a wrong date (strict miss, date-blind hit), an article without gold (None), a duplicate, a hit
    preds = [pred(date="2018-06-30"), pred(article="other"), pred(date="2019-06-30"), pred(date="2019-06-30")]
    result = evaluate([gold(date="2019-06-30")], preds)
    assert result.strict_hits.count(True) == 1 and result.strict_hits[0] is False
    assert result.strict_hits[1] is None and result.date_blind_hits[1] is None
    assert result.date_blind_hits.count(True) == 1
    assert len(result.strict_hits) == len(result.date_blind_hits) == 4


def test_no_predictions() -> None:
    result = evaluate([gold()], [])
    assert (result.strict.precision, result.strict.recall, result.strict.f1) == (0.0, 0.0, 0.0)
    assert len(result.misses) == 1


def test_misses_and_false_positives_describe_the_events() -> None:
    result = evaluate([gold(date="2009-08", note="Clinton visits")],
                      [pred("USA", "KOR", date="2009-08", sentence="Clinton went to Seoul.")])
    assert result.misses == ({"article": ARTICLE, "date": "2009-08", "source": "USA", "target": "PRK",
                              "roots": ["04"], "note": "Clinton visits"},)
    (fp,) = result.false_positives
    assert (fp["article"], fp["source"], fp["target"], fp["cameo"]) == (ARTICLE, "USA", "KOR", "040")
    assert fp["sentence"] == "Clinton went to Seoul."


def test_per_root_table() -> None:
    golds = [gold(roots=("04",), note="a"), gold(roots=("04",), note="b"),
             gold(roots=("03", "08"), note="c"), gold(roots=("11",), required=False, note="optional")]
    preds = [pred(root="04"), pred(root="08"), pred(root="19"), pred(root="19")]
    table = evaluate(golds, preds).per_root
    assert table["04"] == {"gold": 2, "matched": 1, "predicted": 1, "correct": 1}
    assert table["03/08"] == {"gold": 1, "matched": 1, "predicted": 1, "correct": 1}
    assert table["19"] == {"gold": 0, "matched": 0, "predicted": 2, "correct": 0}
    # Optional gold is not a recall target.
    assert table.get("11", {"gold": 0})["gold"] == 0


def test_to_json_round_trips() -> None:
    result = evaluate([gold(), gold(roots=("11",))], [pred(), pred(root="19")])
    data = json.loads(json.dumps(result.to_json()))
    assert set(data) == {"strict", "date_blind", "misses", "false_positives", "per_root"}
    assert data["strict"]["precision"] == 0.5 and data["strict"]["recall"] == 0.5
    assert list(data["per_root"]) == sorted(data["per_root"])


def _write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_evaluate_files(tmp_path: Path) -> None:
    g = _write(tmp_path / "gold.jsonl", [gold(date="2019-06-30"), gold(roots=("11",))])
    p = _write(tmp_path / "pred.jsonl", [pred(date="2019-06-30")])
    result = evaluate_files(g, p)
    assert result.strict.recall == 0.5 and result.strict.precision == 1.0


def test_blank_lines_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n" + json.dumps(gold()) + "\n\n  \n", encoding="utf-8")
    assert read_jsonl(path) == [gold()]


@pytest.mark.parametrize(("content", "reason"), [
    (b'{"article": "a1"}\n{not json\n', "invalid-json"),
    (b'{"article": "caf\xe9"}\n', "encoding"),
])
def test_bad_files_raise_input_error(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_jsonl(path)
    assert info.value.reason == reason and info.value.origin == str(path)
    if reason == "invalid-json":
        assert "line 2" in info.value.detail


def test_missing_file_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_jsonl(tmp_path / "nope.jsonl")
    assert info.value.reason == "unreadable" and "nope.jsonl" in str(info.value)
