"""Accuracy of the coder on every evaluation corpus, scored by `newsevents evaluate`'s rules.

    python bench/accuracy.py [--json] [--errors] [--errors-out DIR] [CORPUS ...]

Corpora: ``seed`` and ``plover-gsr-dev`` from the sibling checkout ``../shared/corpus`` (skipped with a
note when it is absent), ``tuning`` and ``check`` from the project's own ``corpus/`` (see
corpus/README.md: tune only on ``tuning``; score ``check`` only to report it), and ``probe``: every
probe set under ``corpus/probe/`` together (reports written and hand-coded before the coder saw them,
tuning material like ``tuning``). For each: strict and
date-blind P/R/F1, the per-root table (date-blind), the share of predicted events whose source and target
share a country, and the floors pinned in bench/floors.json. ``tests/test_eval_gate.py`` uses the corpus
list and the scoring below, so the bench and the gate measure the same thing.

``--errors`` adds the error breakdown (``newsevents.error_breakdown``): every strict miss and false
positive in one class by its closest counterpart in the same article, counts and shares per corpus (in
``--json`` under ``breakdown``): aggregate figures only, so it may be run on ``check`` for a report.
``--errors-out DIR`` also writes each classified miss and false positive to DIR/CORPUS.errors.jsonl for
reading; it refuses ``check`` (corpus/README.md: its misses are never read).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsevents.coding.semantics import may_be_domestic, needs_counterpart
from newsevents.error_breakdown import FP_CLASSES, MISS_CLASSES, Breakdown, breakdown
from newsevents.evaluate import Evaluation, evaluate, read_jsonl
from newsevents.ingest import read
from newsevents.pipeline import Pipeline
from newsevents.records import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
FLOORS = ROOT / "bench" / "floors.json"


@dataclass(frozen=True, slots=True)
class Corpus:
    """One scored corpus: its articles, its gold events (one file each, or several read as one), and
    whether it lives in ``../shared``."""

    name: str
    articles: tuple[Path, ...]
    gold: tuple[Path, ...]
    shared: bool

    def present(self) -> bool:
        return bool(self.articles) and all(p.is_file() for p in (*self.articles, *self.gold))

    def where(self) -> str:
        return ", ".join(str(p) for p in self.articles) or f"no files for {self.name!r}"


def _one(name: str, articles: Path, gold: Path, shared: bool) -> Corpus:
    return Corpus(name, (articles,), (gold,), shared)


# Probe sets: one folder per set, each with articles.jsonl and gold.jsonl (corpus/README.md).
PROBES = sorted(p for p in (ROOT / "corpus/probe").glob("*") if (p / "articles.jsonl").is_file())


CORPORA = {
    c.name: c
    for c in (
        _one("seed", SHARED / "seed/panmunjom-2019.txt", SHARED / "seed/panmunjom-2019.gold.jsonl", True),
        _one(
            "plover-gsr-dev",
            SHARED / "plover-gsr-dev/articles.jsonl",
            SHARED / "plover-gsr-dev/gold.jsonl",
            True,
        ),
        _one("tuning", ROOT / "corpus/tuning/articles.jsonl", ROOT / "corpus/tuning/gold.jsonl", False),
        _one("check", ROOT / "corpus/check/articles.jsonl", ROOT / "corpus/check/gold.jsonl", False),
        Corpus(
            "probe",
            tuple(p / "articles.jsonl" for p in PROBES),
            tuple(p / "gold.jsonl" for p in PROBES),
            False,
        ),
    )
}


def predict(pipe: Pipeline, corpus: Corpus) -> tuple[list[dict[str, Any]], list[str]]:
    """The event records the pipeline codes from ``corpus``'s articles, and the articles it failed on.

    Articles are coded one at a time so that an exception in the coder costs only that article's events
    (scored as coding nothing) and is reported as ``"ID: Error"``, not the whole corpus.
    """
    predictions: list[dict[str, Any]] = []
    errors: list[str] = []
    for item in read(list(corpus.articles)):
        if not isinstance(item, Article):
            errors.append(f"{item}: rejected on reading")
            continue
        try:
            result = pipe.analyze_article(item)
        except Exception as exc:  # noqa: BLE001 (any coder bug is reported per article, then scored)
            errors.append(f"{item.id}: {type(exc).__name__}")
            continue
        # The article's actors ride along with each prediction (``_actors``), for foreign_counterpart().
        named = [{"text": a.text, "country": a.country} for a in result.actors if a.text and a.country]
        predictions.extend(e.to_dict() | {"_actors": named} for e in result.events)
    return predictions, errors


@dataclass(frozen=True, slots=True)
class Scored:
    """One corpus coded and scored."""

    evaluation: Evaluation
    predictions: list[dict[str, Any]]
    gold: list[dict[str, Any]]
    errors: list[str]

    def to_json(self) -> dict[str, Any]:
        return self.evaluation.to_json() | {
            "same_country": same_country(self.predictions, self.gold),
            "no_gold": no_gold_alarms(self.predictions, self.gold),
            "errors": self.errors,
        }

    def breakdown(self) -> Breakdown:
        """The error classes of this corpus's strict misses and false positives."""
        return breakdown(self.gold, self.predictions)


def score(pipe: Pipeline, corpus: Corpus) -> Scored:
    """Code ``corpus`` and score it against its gold events."""
    predictions, errors = predict(pipe, corpus)
    gold = [row for path in corpus.gold for row in read_jsonl(path)]
    return Scored(evaluate(gold, predictions), predictions, gold, errors)


def no_gold_alarms(predictions: Iterable[Mapping[str, Any]], gold: Iterable[Mapping[str, Any]]) -> int:
    """Predictions on the reports that have no gold event (written to carry none). The scoring rules of
    ``newsevents evaluate`` leave such reports out of precision, so their false alarms are counted here."""
    scored = {g["article"] for g in gold}
    return sum(1 for p in predictions if p.get("article_id") not in scored)


def metric(evaluation: Evaluation, name: str) -> float:
    """A floor's metric by name: ``strict_f1``, ``date_blind_recall``, ... (mode, then P/R/F1)."""
    mode, _, measure = name.rpartition("_")
    if mode not in ("strict", "date_blind") or measure not in ("precision", "recall", "f1"):
        raise KeyError(f"unknown floor metric {name!r}")
    return float(getattr(getattr(evaluation, mode), measure))


def same_country(
    predictions: Iterable[Mapping[str, Any]], gold: Iterable[Mapping[str, Any]]
) -> dict[str, Any]:
    """How many events have a source and a target of one country (domestic events), predicted and gold.

    A prediction counts when both actors carry the same country; a gold event when its source and target
    name the same ISO code (``"*"`` and null never count).
    """

    def country(actor: Mapping[str, Any] | None) -> str | None:
        return actor.get("country") if actor else None

    preds = list(predictions)
    golds = list(gold)
    n_pred = sum(
        1 for p in preds if country(p.get("source")) and country(p.get("source")) == country(p.get("target"))
    )
    n_gold = sum(
        1 for g in golds if g.get("source") not in (None, "*") and g.get("source") == g.get("target")
    )
    foreign = foreign_counterpart(preds)
    return {
        "predicted": n_pred,
        "predictions": len(preds),
        "predicted_share": round(n_pred / len(preds), 4) if preds else 0.0,
        "gold": n_gold,
        "gold_events": len(golds),
        "gold_share": round(n_gold / len(golds), 4) if golds else 0.0,
        "foreign_counterpart": foreign,
        "foreign_counterpart_share": round(foreign / len(preds), 4) if preds else 0.0,
    }


def foreign_counterpart(predictions: Iterable[Mapping[str, Any]]) -> int:
    """Predictions that pair a country with itself although their code needs a counterpart that cannot be
    domestic (an appeal, a demand, a threat, a visit: ``cameo_semantics.tsv``) and their own sentence
    names an actor of another country: the "The Kremlin condemned the measures" -> RUS->RUS error of
    issue 10, whose share must stay under 3 %."""
    count = 0
    for p in predictions:
        source, target = p.get("source") or {}, p.get("target") or {}
        country = source.get("country")
        if not country or country != target.get("country"):
            continue
        if not needs_counterpart(p["cameo"]) or may_be_domestic(p["cameo"]):
            continue
        sentence = (p.get("evidence") or {}).get("sentence", "")
        if any(a["country"] != country and a["text"] in sentence for a in p.get("_actors", ())):
            count += 1
    return count


def report(
    pipe: Pipeline, names: Sequence[str], errors: bool = False, errors_out: Path | None = None
) -> tuple[dict[str, Any], list[str]]:
    """Scores of the corpora ``names`` that are present, and a note for each one that is not; with
    ``errors``, each with its error breakdown (``breakdown``), and with ``errors_out`` the classified
    items written there (never for ``check``)."""
    scores: dict[str, Any] = {}
    notes: list[str] = []
    for name in names:
        corpus = CORPORA[name]
        if not corpus.present():
            notes.append(
                f"{name}: skipped, {corpus.where()} or its gold is missing"
                + (" (check out `shared` next to the project)" if corpus.shared else "")
            )
            continue
        scored = score(pipe, corpus)
        scores[name] = scored.to_json()
        if errors or errors_out:
            parts = scored.breakdown()
            scores[name]["breakdown"] = parts.to_json()
            if errors_out and name != "check":
                write_items(errors_out / f"{name}.errors.jsonl", parts)
    return scores, notes


def write_items(path: Path, parts: Breakdown) -> None:
    """Each classified miss and false positive as one JSON line, for reading tuning material."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(item) + "\n" for item in parts.items), encoding="utf-8")


def breakdown_lines(result: Mapping[str, Any], top: int = 8) -> list[str]:
    """The error breakdown of one corpus as printed lines: counts and shares per class, the most common
    root confusions and how wrong sources and targets were wrong."""
    lines = []
    for side, classes in (("misses", MISS_CLASSES), ("false_positives", FP_CLASSES)):
        part = result[side]
        cells = "  ".join(f"{c} {part['counts'][c]} ({part['shares'][c]:.0%})" for c in classes)
        lines.append(f"  {side.replace('_', ' ')} {part['total']}: {cells}")
    confusion = list(result["confusion"].items())[:top]
    lines.append("  root confusions (gold>coded): " + ", ".join(f"{k} {v}" for k, v in confusion))
    kinds = "; ".join(
        f"{side}: " + ", ".join(f"{k} {v}" for k, v in sorted(row.items()))
        for side, row in result["actor_kinds"].items()
    )
    lines.append(f"  wrong actor of the closest prediction: {kinds}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--errors", action="store_true", help="add the error breakdown per corpus")
    parser.add_argument(
        "--errors-out", type=Path, metavar="DIR", help="write the classified misses and false positives here"
    )
    parser.add_argument(
        "corpora",
        nargs="*",
        choices=[[], *CORPORA],
        metavar="CORPUS",
        help=f"corpora to score (default: all of {', '.join(CORPORA)})",
    )
    args = parser.parse_args()
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    names = args.corpora or list(CORPORA)
    if args.errors_out and "check" in names:
        parser.error("--errors-out never writes the check half's misses (corpus/README.md)")
    scores, notes = report(Pipeline.load(), names, args.errors, args.errors_out)
    if args.json:
        print(json.dumps({"scores": scores, "floors": floors, "notes": notes}, indent=2))
        return
    for note in notes:
        print(f"note: {note}")
    for name, result in scores.items():
        print(f"== {name}")
        for mode in ("strict", "date_blind"):
            s = result[mode]
            print(
                f"  {mode:<10} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}"
                f"  ({s['matched_required']}/{s['required']} required gold, "
                f"{s['matched_predictions']}/{s['predictions']} predictions)"
            )
        sc = result["same_country"]
        print(
            f"  same-country events: predicted {sc['predicted']}/{sc['predictions']} "
            f"({sc['predicted_share']:.1%}), "
            f"gold {sc['gold']}/{sc['gold_events']} ({sc['gold_share']:.1%}); "
            f"with a foreign counterpart in the sentence {sc['foreign_counterpart']} "
            f"({sc['foreign_counterpart_share']:.1%})"
        )
        print(f"  events coded in reports with no gold event (outside precision): {result['no_gold']}")
        print(f"  floors: {floors.get(name)}")
        if result["errors"]:
            print(f"  CODER ERRORS (scored as coding nothing): {', '.join(result['errors'])}")
        if "breakdown" in result:
            print("\n".join(breakdown_lines(result["breakdown"])))
        print("  per root (date-blind): roots     gold found recall  pred right")
        for key, row in result["per_root"].items():
            recall = f"{row['matched'] / row['gold']:.2f}" if row["gold"] else "  - "
            print(
                f"    {key:<20} {row['gold']:>4} {row['matched']:>5} {recall:>6} "
                f"{row['predicted']:>5} {row['correct']:>5}"
            )


if __name__ == "__main__":
    main()
