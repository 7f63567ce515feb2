"""Dev tool: precision of each event pattern row, verb lemma and construction step on tuning material.

    PYTHONPATH=src python tools/pattern_precision.py PREDDIR [CORPUS ...] [--top N] [--min N] [--json]

PREDDIR holds ``CORPUS.pred.jsonl`` files (the predictions ``/work/devtools/tune.py`` or the accuracy bench
wrote); CORPUS is any of ``tuning``, ``probe``, ``plover``, ``seed`` (default: those present). Never
``check``: its errors are not read (corpus/README.md).

Each prediction is put in one class against its article's gold: ``right`` (strictly matched), one of
``error_breakdown.FP_CLASSES`` (the closest gold event's relation: ``source``, ``target``, ``root`` ...,
``spurious`` when no gold is near), or ``nogold`` (the report has no gold event, outside precision). The
tables aggregate these per pattern row id (``evidence.rule``), per trigger lemma (the row's lemma in the
pattern files), per construction step (``evidence.steps``) and for the generic verbs of ``GENERIC``, and
list the rows with the lowest precision first. Aggregates only: no corpus text is printed.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

# (the breakdown's own classes, so that a prediction's class here is the one the bench reports)
from newsevents.error_breakdown import false_positive_class
from newsevents.evaluate import match_article, read_jsonl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import accuracy  # noqa: E402  (the bench's corpus list: one source for which files a corpus has)

PATTERN_FILES = (
    ROOT / "src/newsevents/coding/data/verbs.converted.tsv",
    ROOT / "src/newsevents/coding/data/verbs.curated.tsv",
)
BENCH_NAMES = {"plover": "plover-gsr-dev"}
# Verbs whose bare sense is no event: they code well only with an object or particle that fits (issue 10).
GENERIC = (
    "take", "call", "give", "hold", "make", "move", "meet", "say", "hit", "open", "close", "go", "send",
    "put", "set", "receive", "see", "turn", "raise", "get", "keep", "bring", "come", "carry", "run",
    "draw", "lead", "leave", "pull", "push", "cut", "break", "strike", "deal", "back", "seek", "face",
)


@dataclass(slots=True)
class Tally:
    """Firings of one key and how they fared: class -> count."""

    classes: Counter[str] = field(default_factory=Counter)

    @property
    def firings(self) -> int:
        """Predictions scored for precision (those in reports without gold left out)."""
        return sum(n for cls, n in self.classes.items() if cls != "nogold")

    @property
    def precision(self) -> float:
        return self.classes["right"] / self.firings if self.firings else 0.0


@lru_cache(maxsize=1)
def row_lemmas() -> dict[str, tuple[str, str]]:
    """Pattern row id -> (lemma, code), from both pattern files."""
    rows: dict[str, tuple[str, str]] = {}
    for path in PATTERN_FILES:
        lines = (line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t"):
            rows[row["id"]] = (row["lemma"], row["code"])
    return rows


def gold_of(corpus: str) -> list[dict[str, Any]]:
    """The gold events of ``corpus`` (a tune.py name), read through the bench's corpus list."""
    if corpus == "check":
        raise SystemExit("never read the check half's errors")
    entry = accuracy.CORPORA[BENCH_NAMES.get(corpus, corpus)]
    return [dict(row) for path in entry.gold for row in read_jsonl(path)]


def classify(golds: list[dict[str, Any]], preds: list[dict[str, Any]]) -> list[str]:
    """One class per prediction of one article, in ``preds``'s order (see the module docstring): "right",
    or the class ``error_breakdown`` gives a false positive."""
    taken = match_article(golds, preds, strict=True)
    found = set(taken.values())
    return [
        "right" if i in taken else false_positive_class(pred, golds, found)[0] for i, pred in enumerate(preds)
    ]


Classified = list[tuple[dict[str, Any], str]]


def classified(preds: Iterable[Mapping[str, Any]], golds: list[dict[str, Any]]) -> Classified:
    """Every prediction with its class."""
    gold_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in golds:
        gold_by[g["article"]].append(g)
    pred_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in preds:
        pred_by[p["article_id"]].append(dict(p))
    out: Classified = []
    for article, items in pred_by.items():
        if article not in gold_by:
            out.extend((p, "nogold") for p in items)
            continue
        out.extend(zip(items, classify(gold_by[article], items), strict=True))
    return out


def tables(items: Classified) -> dict[str, dict[str, Tally]]:
    """Tallies per row id, lemma, generic verb and construction step."""
    by: dict[str, dict[str, Tally]] = {k: defaultdict(Tally) for k in ("row", "lemma", "generic", "step")}
    lemmas = row_lemmas()
    for pred, cls in items:
        ev = pred.get("evidence") or {}
        rule = ev.get("rule", "")
        lemma, code = lemmas.get(rule, ("?", "?"))
        by["row"][f"{rule} {lemma} {code}"].classes[cls] += 1
        by["lemma"][lemma].classes[cls] += 1
        if lemma in GENERIC:
            by["generic"][f"{lemma} {pred.get('cameo')}"].classes[cls] += 1
        for step in ev.get("steps", ()):
            by["step"][step].classes[cls] += 1
    return by


def worst(table: Mapping[str, Tally], minimum: int) -> list[tuple[str, Tally]]:
    """Keys with at least ``minimum`` firings, lowest precision (then most firings) first."""
    rows = [(k, t) for k, t in table.items() if t.firings >= minimum]
    return sorted(rows, key=lambda kt: (kt[1].precision, -kt[1].firings, kt[0]))


def line(key: str, t: Tally) -> str:
    wrong = ", ".join(f"{c} {n}" for c, n in t.classes.most_common() if c not in ("right", "nogold"))
    return f"  {key:<40} {t.firings:>4} {t.classes['right']:>4} {t.precision:>5.2f}  {wrong}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("preddir", type=Path)
    parser.add_argument("corpora", nargs="*", default=["tuning", "probe", "plover", "seed"])
    parser.add_argument("--top", type=int, default=25, help="rows per table")
    parser.add_argument("--min", type=int, default=5, help="least firings for a row to be listed")
    parser.add_argument("--json", action="store_true", help="every row's classes as JSON")
    args = parser.parse_args()
    items: Classified = []
    for corpus in args.corpora:
        path = args.preddir / f"{corpus}.pred.jsonl"
        if path.is_file():
            items.extend(classified(read_jsonl(path), gold_of(corpus)))
    by = tables(items)
    if args.json:
        rows = {k: {key: dict(t.classes) for key, t in v.items()} for k, v in by.items()}
        print(json.dumps(rows, indent=1))
        return
    total = Tally(Counter(cls for _, cls in items))
    print(f"predictions {total.firings} scored, right {total.classes['right']} ({total.precision:.3f})")
    for name in ("row", "lemma", "generic", "step"):
        print(f"== per {name} (firings, right, precision, wrong by class)")
        for key, t in worst(by[name], args.min)[: args.top]:
            print(line(key, t))


if __name__ == "__main__":
    main()
