"""Accuracy of the coder on the shared evaluation corpora, scored by `newsevents evaluate`'s rules.

    python bench/accuracy.py [--json]

Prints strict and date-blind P/R/F1 for the seed article and the PLOVER development records, with the
per-root table, and the floors pinned in bench/floors.json.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsevents.evaluate import Evaluation, evaluate, read_jsonl
from newsevents.ingest import read
from newsevents.pipeline import Pipeline
from newsevents.records import ArticleResult

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
CORPORA = {
    "seed": (SHARED / "seed/panmunjom-2019.txt", SHARED / "seed/panmunjom-2019.gold.jsonl"),
    "plover-gsr-dev": (SHARED / "plover-gsr-dev/articles.jsonl", SHARED / "plover-gsr-dev/gold.jsonl"),
}


def score(pipe: Pipeline, name: str) -> Evaluation:
    """Code corpus ``name`` and score it against its gold events."""
    articles, gold = CORPORA[name]
    predictions = [
        e.to_json() for r in pipe.analyze(read([articles])) if isinstance(r, ArticleResult) for e in r.events
    ]
    return evaluate(read_jsonl(gold), predictions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args()
    pipe = Pipeline.load()
    floors = json.loads((ROOT / "bench/floors.json").read_text(encoding="utf-8"))
    report = {name: score(pipe, name).to_json() for name in CORPORA}
    if args.json:
        print(json.dumps({"scores": report, "floors": floors}, indent=2))
        return
    for name, result in report.items():
        print(f"== {name}")
        for mode in ("strict", "date_blind"):
            s = result[mode]
            print(f"  {mode:<10} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}")
        print(f"  floors: {floors.get(name)}")
        print("  per root (date-blind): roots gold found pred right")
        for key, row in result["per_root"].items():
            print(
                f"    {key:<9} {row['gold']:>4} {row['matched']:>5} {row['predicted']:>4} {row['correct']:>5}"
            )


if __name__ == "__main__":
    main()
