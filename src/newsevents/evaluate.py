"""Scoring predicted events against gold events (the rules of ``shared/corpus/README.md``).

Within each article, gold events are matched one-to-one to predictions by a maximum bipartite matching,
required gold first (so an optional or symmetric gold event never steals the prediction another needs).
A prediction matches a gold event when its root is among the gold ``roots``; the source and target
countries agree (either way round for symmetric gold; gold source ``"*"`` accepts any source, gold target
``null`` any target or none); the source role agrees where the gold names one; and, in strict mode, the
dates agree at the coarser of the two precisions. Duplicate predictions of one event are false positives.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsevents.errors import InputError


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float
    matched_predictions: int
    predictions: int
    matched_required: int
    required: int

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "matched_predictions": self.matched_predictions,
            "predictions": self.predictions,
            "matched_required": self.matched_required,
            "required": self.required,
        }


@dataclass(frozen=True, slots=True)
class Evaluation:
    strict: Scores
    date_blind: Scores
    # Required gold events no prediction matched (strict mode), and predictions no gold matched.
    misses: tuple[dict[str, Any], ...]
    false_positives: tuple[dict[str, Any], ...]
    # category (gold roots, e.g. "03/05") -> {"gold", "matched", "predicted", "correct"} (date-blind)
    per_root: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    # Per prediction, in the order given: True when a gold event took it, False when none did, None when
    # its article has no gold (outside precision). For training the confidence (tools/train_confidence.py).
    strict_hits: tuple[bool | None, ...] = ()
    date_blind_hits: tuple[bool | None, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "strict": self.strict.to_json(),
            "date_blind": self.date_blind.to_json(),
            "misses": list(self.misses),
            "false_positives": list(self.false_positives),
            "per_root": {k: dict(v) for k, v in sorted(self.per_root.items())},
        }


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSON-lines file; a bad line raises ``InputError`` naming the file and line."""
    rows = []
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(str(path), "invalid-json", f"line {number}: {exc.msg}") from exc
    except OSError as exc:
        raise InputError(str(path), "unreadable", exc.strerror or str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(path), "encoding", f"not UTF-8 ({exc.reason})") from exc
    return rows


def _dates_agree(gold: str | None, predicted: str | None) -> bool:
    if gold is None:
        return True
    if predicted is None:
        return False
    # ISO prefixes: compare at the coarser precision ("2019-06" vs "2019-06-30" agree).
    n = min(len(gold), len(predicted))
    return gold[:n] == predicted[:n]


def _country(actor: Mapping[str, Any] | None) -> str | None:
    return actor.get("country") if actor else None


def matches(gold: Mapping[str, Any], pred: Mapping[str, Any], strict: bool) -> bool:
    """Whether prediction ``pred`` (an event record) satisfies gold event ``gold``."""
    if pred.get("root") not in gold["roots"]:
        return False
    src, tgt = _country(pred.get("source")), _country(pred.get("target"))
    gsrc, gtgt = gold.get("source"), gold.get("target")

    def agree(s: str | None, t: str | None) -> bool:
        return (gsrc == "*" or s == gsrc) and (gtgt is None or t == gtgt)

    if not (agree(src, tgt) or (gold.get("symmetric") and agree(tgt, src))):
        return False
    role = gold.get("source_role")
    if role:
        # For symmetric gold the role belongs to the gold source, whichever side the prediction put it.
        actors = [pred.get("source")]
        if gold.get("symmetric"):
            actors.append(pred.get("target"))
        if not any(a and a.get("role") == role and a.get("country") == gsrc for a in actors):
            return False
    return not strict or _dates_agree(gold.get("date"), pred.get("date"))


def _max_matching(left: Sequence[int], edges: Mapping[int, list[int]], taken: dict[int, int]) -> None:
    """Kuhn's augmenting paths: extend the matching ``taken`` (pred -> gold) over the ``left`` gold."""

    def augment(g: int, seen: set[int]) -> bool:
        for p in edges.get(g, ()):
            if p in seen:
                continue
            seen.add(p)
            if p not in taken or augment(taken[p], seen):
                taken[p] = g
                return True
        return False

    for g in left:
        augment(g, set())


def match_article(golds: list[dict[str, Any]], preds: list[dict[str, Any]], strict: bool) -> dict[int, int]:
    """One article's matching: prediction index -> gold index (also used by ``error_breakdown``)."""
    edges = {
        g: [p for p, pred in enumerate(preds) if matches(gold, pred, strict)] for g, gold in enumerate(golds)
    }
    taken: dict[int, int] = {}
    _max_matching([g for g, gold in enumerate(golds) if gold.get("required", True)], edges, taken)
    # Optional gold may only take predictions the required gold left free: a second pass over a matching
    # that already covers the required gold can only grow it, and augmenting paths never unmatch a gold.
    _max_matching([g for g, gold in enumerate(golds) if not gold.get("required", True)], edges, taken)
    return taken


def _scores(matched_pred: int, n_pred: int, matched_req: int, n_req: int) -> Scores:
    p = matched_pred / n_pred if n_pred else 0.0
    r = matched_req / n_req if n_req else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Scores(p, r, f, matched_pred, n_pred, matched_req, n_req)


def evaluate(gold: Iterable[Mapping[str, Any]], predictions: Iterable[Mapping[str, Any]]) -> Evaluation:
    """Score ``predictions`` (event records) against ``gold`` events; articles without gold are ignored."""
    gold_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in gold:
        gold_by[record["article"]].append(dict(record))
    pred_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    # where each scored prediction stands in ``predictions``, per article
    where: dict[str, list[int]] = defaultdict(list)
    n_given = 0
    for n_given, p in enumerate(predictions, 1):
        if p.get("article_id") in gold_by:
            pred_by[p["article_id"]].append(dict(p))
            where[p["article_id"]].append(n_given - 1)
    hits: dict[bool, list[bool | None]] = {True: [None] * n_given, False: [None] * n_given}

    totals: dict[bool, list[int]] = {True: [0, 0, 0, 0], False: [0, 0, 0, 0]}
    misses: list[dict[str, Any]] = []
    false_pos: list[dict[str, Any]] = []
    per_root: dict[str, dict[str, int]] = defaultdict(
        lambda: {"gold": 0, "matched": 0, "predicted": 0, "correct": 0}
    )
    for article, golds in gold_by.items():
        preds = pred_by.get(article, [])
        for strict in (True, False):
            taken = match_article(golds, preds, strict)
            matched_gold = set(taken.values())
            for i, at in enumerate(where.get(article, ())):
                hits[strict][at] = i in taken
            t = totals[strict]
            t[0] += len(taken)
            t[1] += len(preds)
            t[2] += sum(1 for g in matched_gold if golds[g].get("required", True))
            t[3] += sum(1 for g in golds if g.get("required", True))
            if strict:
                misses.extend(
                    _brief_gold(golds[g])
                    for g, item in enumerate(golds)
                    if item.get("required", True) and g not in matched_gold
                )
                false_pos.extend(_brief_pred(p) for i, p in enumerate(preds) if i not in taken)
            else:
                for g, item in enumerate(golds):
                    key = "/".join(item["roots"])
                    if item.get("required", True):
                        per_root[key]["gold"] += 1
                        per_root[key]["matched"] += int(g in matched_gold)
                # A matched prediction counts under its gold's category, so each row reads as one
                # category's recall and precision; an unmatched one under its own root.
                for i, p in enumerate(preds):
                    key = "/".join(golds[taken[i]]["roots"]) if i in taken else p["root"]
                    per_root[key]["predicted"] += 1
                    per_root[key]["correct"] += int(i in taken)
    return Evaluation(
        strict=_scores(*totals[True]),
        date_blind=_scores(*totals[False]),
        misses=tuple(misses),
        false_positives=tuple(false_pos),
        per_root=dict(per_root),
        strict_hits=tuple(hits[True]),
        date_blind_hits=tuple(hits[False]),
    )


def _brief_gold(g: Mapping[str, Any]) -> dict[str, Any]:
    return {k: g.get(k) for k in ("article", "date", "source", "target", "roots", "note")}


def _brief_pred(p: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "article": p.get("article_id"),
        "date": p.get("date"),
        "cameo": p.get("cameo"),
        "source": _country(p.get("source")),
        "target": _country(p.get("target")),
        "sentence": (p.get("evidence") or {}).get("sentence", "")[:160],
    }


def evaluate_files(
    gold_path: str | Path,
    pred_path: str | Path,
    reader: Callable[[str | Path], list[dict[str, Any]]] = read_jsonl,
) -> Evaluation:
    """``evaluate`` over a gold JSONL file and a predictions JSONL file (``analyze --format jsonl``)."""
    return evaluate(reader(gold_path), reader(pred_path))
