"""Where the coder goes wrong: each strict miss and false positive of ``evaluate`` in one error class.

The matching is ``evaluate``'s own (``match_article`` and ``matches``); this module only asks, for what
that matching left over, how near the closest counterpart in the same article came:

- a **miss** (required gold no prediction matched, strict) against the predictions the matching left
  free: ``date`` (root and actors right, date wrong), ``source`` (root and target right, source or its
  role wrong), ``target`` (root and source right, target wrong, missing or the source's own country),
  ``root`` (a concrete actor pair right, root wrong: see ``confusion``), ``actors`` (that root is coded
  in the article, but between other actors), ``shared`` (only a prediction another gold event took fits
  it), ``missed`` (none of these: the trigger was missed entirely);
- a **false positive** against the article's gold events (those no prediction matched first):
  ``duplicate`` (a second record of a gold event already found), ``date``, ``source``, ``target``,
  ``root`` (near a gold event, one part wrong), ``actors`` (the root is in the gold, between other
  actors) and ``spurious`` (no gold event of that root nor of that actor pair).

"Closest" is a heuristic: gold carries no sentence, so a prediction of the right root between the
right target and another source may be a different event of the same root. The shares are what the
bench prints; ``items`` (each miss and false positive with its counterpart) are for reading tuning
material only and are never part of ``to_json``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from newsevents.evaluate import match_article, matches

MISS_CLASSES = ("date", "source", "target", "root", "actors", "shared", "missed")
FP_CLASSES = ("duplicate", "date", "source", "target", "root", "actors", "spurious")
# The order in which a counterpart counts as closer: every part right but the date, then one actor
# wrong, then the root wrong, then both actors wrong.
_RANK = ("exact", "date", "source", "target", "root", "actors")


@dataclass(frozen=True, slots=True)
class Breakdown:
    """Counts of misses and false positives per class, with the root confusions and the shapes of the
    wrong targets and sources; ``items`` lists each one with its class (for reading, not for reports)."""

    misses: Mapping[str, int]
    false_positives: Mapping[str, int]
    # "gold roots>predicted root" -> misses of class ``root`` with that confusion
    confusion: Mapping[str, int]
    # class "source"/"target" of a miss -> how the closest prediction's actor was wrong
    # ("missing", "self": the other side's country, "other")
    actor_kinds: Mapping[str, Mapping[str, int]]
    items: tuple[dict[str, Any], ...] = ()

    def to_json(self) -> dict[str, Any]:
        """Aggregate figures only: counts and shares per class, the confusions, the actor shapes."""
        return {
            "misses": _counted(self.misses, MISS_CLASSES),
            "false_positives": _counted(self.false_positives, FP_CLASSES),
            "confusion": dict(sorted(self.confusion.items(), key=lambda kv: (-kv[1], kv[0]))),
            "actor_kinds": {k: dict(v) for k, v in sorted(self.actor_kinds.items())},
        }


def _counted(counts: Mapping[str, int], classes: tuple[str, ...]) -> dict[str, Any]:
    total = sum(counts.values())
    return {
        "total": total,
        "counts": {c: counts.get(c, 0) for c in classes},
        "shares": {c: round(counts.get(c, 0) / total, 4) if total else 0.0 for c in classes},
    }


def _country(actor: Mapping[str, Any] | None) -> str | None:
    return actor.get("country") if actor else None


def _sides(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> tuple[bool, bool, str]:
    """Whether the prediction's source and target agree with the gold's (the better way round for
    symmetric gold), and which way round that was (``"straight"`` or ``"swapped"``)."""
    gsrc, gtgt, role = gold.get("source"), gold.get("target"), gold.get("source_role")

    def side_ok(src: Mapping[str, Any] | None, tgt: Mapping[str, Any] | None) -> tuple[bool, bool]:
        role_ok = not role or bool(src and src.get("role") == role)
        src_ok = gsrc == "*" or (_country(src) == gsrc and role_ok)
        return src_ok, gtgt is None or _country(tgt) == gtgt

    ways = [("straight", side_ok(pred.get("source"), pred.get("target")))]
    if gold.get("symmetric"):
        ways.append(("swapped", side_ok(pred.get("target"), pred.get("source"))))
    way, (src_ok, tgt_ok) = max(ways, key=lambda w: (sum(w[1]), w[1][0]))
    return src_ok, tgt_ok, way


def relation(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> str | None:
    """How near ``pred`` comes to ``gold``: one of ``_RANK``, or None when neither the root nor a
    concrete actor pair agrees. ``exact`` and ``date`` are ``evaluate.matches`` strict and date-blind."""
    if matches(gold, pred, strict=True):
        return "exact"
    if matches(gold, pred, strict=False):
        return "date"
    root_ok = pred.get("root") in gold["roots"]
    src_ok, tgt_ok, _ = _sides(gold, pred)
    if root_ok:
        if tgt_ok and not src_ok:
            return "source"
        if src_ok and not tgt_ok:
            return "target"
        # Both sides "agree" only through the date-blind match above, or a role clash: a source problem.
        return "source" if src_ok and tgt_ok else "actors"
    # A wrong root with wildcard actors ("*" -> null) says nothing: any prediction would "agree".
    concrete = gold.get("source") != "*" or gold.get("target") is not None
    return "root" if src_ok and tgt_ok and concrete else None


def _closest(
    gold_or_pred: Mapping[str, Any], others: Iterable[tuple[int, Mapping[str, Any]]], as_gold: bool
) -> tuple[str, int] | None:
    """The best relation to any of ``others`` (index, record) and that record's index; ties go to the
    first, so callers list the records they prefer first."""
    best: tuple[int, str, int] | None = None
    for index, other in others:
        rel = relation(gold_or_pred, other) if as_gold else relation(other, gold_or_pred)
        if rel is not None and (best is None or _RANK.index(rel) < best[0]):
            best = (_RANK.index(rel), rel, index)
    return None if best is None else (best[1], best[2])


def _actor_kind(pred: Mapping[str, Any], side: str) -> str:
    """How a prediction's wrong actor on ``side`` is wrong: absent, the other side's country, or other."""
    mine, other = _country(pred.get(side)), _country(pred.get("target" if side == "source" else "source"))
    if not mine:
        return "missing"
    return "self" if mine == other else "other"


def _brief(gold: Mapping[str, Any] | None, pred: Mapping[str, Any] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if gold is not None:
        out["gold"] = {k: gold.get(k) for k in ("date", "source", "target", "roots", "symmetric", "note")}
    if pred is not None:
        out["pred"] = {
            "date": pred.get("date"),
            "cameo": pred.get("cameo"),
            "source": _country(pred.get("source")),
            "target": _country(pred.get("target")),
            "sentence": (pred.get("evidence") or {}).get("sentence", ""),
        }
    return out


class _Tally:
    """The counters one breakdown fills, article by article."""

    def __init__(self) -> None:
        self.misses: Counter[str] = Counter()
        self.fps: Counter[str] = Counter()
        self.confusion: Counter[str] = Counter()
        self.kinds: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.items: list[dict[str, Any]] = []

    def miss(self, article: str, gold: Mapping[str, Any], cls: str, pred: Mapping[str, Any] | None) -> None:
        self.misses[cls] += 1
        if cls == "root" and pred is not None:
            self.confusion[f"{'/'.join(gold['roots'])}>{pred.get('root')}"] += 1
        if cls in ("source", "target") and pred is not None:
            self.kinds[cls][_actor_kind(pred, cls)] += 1
        self.items.append({"kind": "miss", "class": cls, "article": article} | _brief(gold, pred))

    def fp(self, article: str, pred: Mapping[str, Any], cls: str, gold: Mapping[str, Any] | None) -> None:
        self.fps[cls] += 1
        self.items.append({"kind": "fp", "class": cls, "article": article} | _brief(gold, pred))


def _article(tally: _Tally, article: str, golds: list[dict[str, Any]], preds: list[dict[str, Any]]) -> None:
    taken = match_article(golds, preds, strict=True)
    found = set(taken.values())
    free = [(i, p) for i, p in enumerate(preds) if i not in taken]
    for g, gold in enumerate(golds):
        if g in found or not gold.get("required", True):
            continue
        near = _closest(gold, free, as_gold=True)
        if near is not None:
            tally.miss(article, gold, near[0], preds[near[1]])
            continue
        used = next((p for i, p in enumerate(preds) if i in taken and matches(gold, p, strict=False)), None)
        tally.miss(article, gold, "shared" if used is not None else "missed", used)
    for _, pred in free:
        cls, near_gold = false_positive_class(pred, golds, found)
        tally.fp(article, pred, cls, None if near_gold is None else golds[near_gold])


def false_positive_class(
    pred: Mapping[str, Any], golds: list[dict[str, Any]], found: set[int]
) -> tuple[str, int | None]:
    """The class of a prediction no gold event took (``found``: the indices of gold events predictions
    did take) and the index of the gold event it comes closest to: a repeat of a found event
    ("duplicate"), a near miss of one (a class of ``relation``), or "spurious" (None: nothing near)."""
    # Gold no prediction matched is listed first, so a tie goes to the event that is still missing.
    order = [g for g in range(len(golds)) if g not in found] + sorted(found)
    near = _closest(pred, ((g, golds[g]) for g in order), as_gold=False)
    if near is None:
        return "spurious", None
    rel, g = near
    return ("duplicate" if rel == "exact" or (rel == "date" and g in found) else rel), g


def breakdown(gold: Iterable[Mapping[str, Any]], predictions: Iterable[Mapping[str, Any]]) -> Breakdown:
    """Classify every strict miss and false positive of ``evaluate(gold, predictions)``; articles with no
    gold event are left out, as ``evaluate`` leaves them out."""
    gold_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in gold:
        gold_by[record["article"]].append(dict(record))
    pred_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in predictions:
        if p.get("article_id") in gold_by:
            pred_by[p["article_id"]].append(dict(p))
    tally = _Tally()
    for article, golds in gold_by.items():
        _article(tally, article, golds, pred_by.get(article, []))
    return Breakdown(
        misses=dict(tally.misses),
        false_positives=dict(tally.fps),
        confusion=dict(tally.confusion),
        actor_kinds={k: dict(v) for k, v in tally.kinds.items()},
        items=tuple(tally.items),
    )
