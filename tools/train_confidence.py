"""Learn the event confidence from the tuning corpora and write ``coding/data/confidence.toml``.

    PYTHONPATH=src python tools/train_confidence.py [--plover] [--label strict|date-blind] [--no-write]

Codes ``corpus/tuning`` and every probe set (``corpus/probe/*``; optionally PLOVER dev, date-blind) with
every event kept (``min_confidence`` 0), labels each predicted event by whether the scorer of
``bench/accuracy.py`` matched it to a gold event (``Evaluation.strict_hits``; events of reports with no
gold event are left out, as the scorer leaves them out of precision), and fits an L2-regularised logistic
regression (scikit-learn, the ``train`` extra; the runtime never imports it) on the binary features of
``coding/confidence_features.py``. Each probe set and the tuning half is one group: every figure printed
is leave-one-group-out (held-out), for the confidence the checkout ships now and for the learned one:
log-loss, Brier score, ROC AUC, a calibration table, and the strict F1 per group when events under a
threshold are dropped (the threshold chosen inside the training folds by nested leave-one-group-out).
Word-identity families (trigger lemma, pattern id) are kept only when they lower the held-out log-loss.
Never touches ``corpus/check`` or ``corpus/parts``. Deterministic; about half an hour on two cores (coding
the groups takes a few minutes, the nested leave-one-group-out fits the rest).
"""

from __future__ import annotations

import argparse
import pickle
import sys
import textwrap
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, log_loss, roc_auc_score
from spacy.language import Language
from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.accuracy import PROBES, SHARED, Corpus  # noqa: E402
from bench.accuracy import predict as bench_predict  # noqa: E402

from newsevents.coding.confidence_features import FAMILIES, WORD_FAMILIES, doc_features, family  # noqa: E402
from newsevents.config import Settings  # noqa: E402
from newsevents.evaluate import evaluate, read_jsonl  # noqa: E402
from newsevents.pipeline import Pipeline  # noqa: E402

OUT = ROOT / "src/newsevents/coding/data/confidence.toml"
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(0, 15))  # 0.00 .. 0.70
C_GRID = (0.03, 0.1, 0.3)
WORD_GAIN = 0.005
EPS = 1e-4
_SEEN: dict[str, frozenset[str]] = {}  # event id -> features, filled by the recording component


@Language.component("learn_record_features")
def _record(doc: Doc) -> Doc:
    for event, names in zip(doc._.ne_events, doc_features(doc._.ne_drafts or ()), strict=True):
        _SEEN[event.event_id] = names
    return doc


@dataclass(frozen=True, slots=True)
class Group:
    """One group's coded events: features, the shipped confidence, labels, and what F1 needs."""

    name: str
    features: list[frozenset[str]]
    shipped: np.ndarray
    labels: np.ndarray  # 1: a gold event took the prediction
    predictions: list[dict[str, Any]]  # the scored ones, in the order of ``features``
    gold: list[dict[str, Any]]
    strict: bool  # whether F1 is strict (date-blind for PLOVER)
    memo: dict[bytes, float]  # F1 by the kept events (the same subsets recur across thresholds and folds)

    def f1(self, keep: np.ndarray) -> float:
        key = np.packbits(keep.astype(bool)).tobytes()
        if key not in self.memo:
            kept = [p for p, k in zip(self.predictions, keep, strict=True) if k]
            result = evaluate(self.gold, kept)
            self.memo[key] = float((result.strict if self.strict else result.date_blind).f1)
        return self.memo[key]


def corpora(plover: bool) -> list[tuple[str, Corpus, bool]]:
    out = [
        (
            "tuning",
            Corpus(
                "tuning",
                (ROOT / "corpus/tuning/articles.jsonl",),
                (ROOT / "corpus/tuning/gold.jsonl",),
                False,
            ),
            True,
        )
    ]
    out += [
        (f"probe:{p.name}", Corpus(p.name, (p / "articles.jsonl",), (p / "gold.jsonl",), False), True)
        for p in PROBES
    ]
    if plover:
        dev = SHARED / "plover-gsr-dev"
        plover_dev = Corpus("plover", (dev / "articles.jsonl",), (dev / "gold.jsonl",), True)
        out.append(("plover", plover_dev, False))
    return out


def collect(plover: bool, label: str) -> list[Group]:
    pipe = Pipeline.load(settings=Settings(min_confidence=0.0))
    pipe.stages.add_pipe("learn_record_features", last=True)
    groups = []
    for name, corpus, strict in corpora(plover):
        predictions, errors = bench_predict(pipe, corpus)
        if errors:
            print(f"  {name}: coder errors {errors}")
        gold = [row for path in corpus.gold for row in read_jsonl(path)]
        result = evaluate(gold, predictions)
        hits = result.strict_hits if (strict and label == "strict") else result.date_blind_hits
        scored = [i for i, h in enumerate(hits) if h is not None]
        groups.append(
            Group(
                name=name,
                features=[_SEEN[predictions[i]["event_id"]] for i in scored],
                shipped=np.array([predictions[i]["confidence"] for i in scored], dtype=float),
                labels=np.array([int(bool(hits[i])) for i in scored]),
                predictions=[predictions[i] for i in scored],
                gold=gold,
                strict=strict,
                memo={},
            )
        )
        print(
            f"  {name}: {len(scored)} scored events ({len(predictions) - len(scored)} in reports with "
            f"no gold left out), {int(groups[-1].labels.sum())} right"
        )
    return groups


def compared(groups: Sequence[Group], path: Path) -> list[Group]:
    """``groups`` with the confidence of the event records in ``path`` in place of the shipped one."""
    other = {row["event_id"]: float(row["confidence"]) for row in read_jsonl(path)}
    out = []
    for g in groups:
        found = [other.get(p["event_id"]) for p in g.predictions]
        if None in found:
            print(f"  {g.name}: {found.count(None)} events not in {path.name}: their shipped confidence kept")
        values = [f if f is not None else s for f, s in zip(found, g.shipped, strict=True)]
        out.append(replace(g, shipped=np.array(values, dtype=float)))
    return out


class Design:
    """The feature columns of a fit: every name of the kept families seen in the training rows."""

    def __init__(self, rows: Sequence[frozenset[str]], families: frozenset[str]) -> None:
        names = sorted({n for r in rows for n in r if family(n) in families})
        self.names = names
        self.index = {n: i for i, n in enumerate(names)}

    def matrix(self, rows: Sequence[frozenset[str]]) -> csr_matrix:
        cols = [[self.index[n] for n in sorted(r) if n in self.index] for r in rows]
        indptr = np.cumsum([0, *(len(c) for c in cols)])
        flat = np.array([j for c in cols for j in c], dtype=np.int64)
        return csr_matrix((np.ones(len(flat)), flat, indptr), shape=(len(rows), len(self.names)))


def fit(groups: Sequence[Group], families: frozenset[str], c: float) -> tuple[Design, LogisticRegression]:
    rows = [f for g in groups for f in g.features]
    design = Design(rows, families)
    y = np.concatenate([g.labels for g in groups])
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(design.matrix(rows), y)
    return design, model


def prob(design: Design, model: LogisticRegression, rows: Sequence[frozenset[str]]) -> np.ndarray:
    return np.asarray(model.predict_proba(design.matrix(rows))[:, 1])


def held_out(groups: Sequence[Group], families: frozenset[str], c: float) -> list[np.ndarray]:
    """Each group's probabilities from a model fitted on the other groups."""
    out = []
    for i, g in enumerate(groups):
        design, model = fit([h for j, h in enumerate(groups) if j != i], families, c)
        out.append(prob(design, model, g.features))
    return out


def quality(y: np.ndarray, p: np.ndarray) -> dict[str, float]:
    q = np.clip(p, EPS, 1 - EPS)
    return {
        "log_loss": float(log_loss(y, q, labels=[0, 1])),
        "brier": float(brier_score_loss(y, q)),
        "auc": float(roc_auc_score(y, q)) if 0 < y.sum() < len(y) else float("nan"),
    }


def group_log_losses(groups: Sequence[Group], probs: Sequence[np.ndarray]) -> np.ndarray:
    return np.array([quality(g.labels, p)["log_loss"] for g, p in zip(groups, probs, strict=True)])


def choose_model(groups: Sequence[Group]) -> tuple[frozenset[str], float, list[np.ndarray], list[str]]:
    """Families and C by held-out log-loss. C: the lowest mean per group. A word-identity family is kept
    only when it lowers the mean by at least WORD_GAIN and the log-loss of at least two groups in three:
    its weights name single words and patterns, which a helper's next rule may rename or split."""
    base = frozenset(FAMILIES) - WORD_FAMILIES
    lines: list[str] = []
    results: dict[tuple[str, ...], tuple[float, np.ndarray, list[np.ndarray]]] = {}
    for extra in ((), ("lemma",), ("pattern",), ("lemma", "pattern")):
        for c in C_GRID:
            probs = held_out(groups, base | set(extra), c)
            losses = group_log_losses(groups, probs)
            lines.append(
                f"  families base{''.join('+' + e for e in extra):<16} C={c:<5} "
                f"mean held-out log-loss per group {losses.mean():.4f}"
            )
            if extra not in results or losses.mean() < results[extra][1].mean() - 1e-9:
                results[extra] = (c, losses, probs)
    chosen = ()
    for extra, (_, losses, _) in results.items():
        gain = results[()][1] - losses
        wins = int((gain > 0).sum())
        if extra:
            lines.append(
                f"  +{'+'.join(extra)} vs base: mean gain {gain.mean():+.4f}, "
                f"lower in {wins}/{len(gain)} groups"
            )
        if extra and gain.mean() >= WORD_GAIN and 3 * wins >= 2 * len(gain):
            if results[extra][1].mean() < results[chosen][1].mean():
                chosen = extra
    c, _, probs = results[chosen]
    return base | set(chosen), c, probs, lines


def calibration(y: np.ndarray, p: np.ndarray) -> list[str]:
    lines = ["    bin          n   mean conf  share right"]
    for lo in np.arange(0.0, 1.0, 0.1):
        hi = lo + 0.1
        sel = (p >= lo) & ((p < hi) if hi < 1.0 - 1e-9 else (p <= 1.0))
        if sel.any():
            n, conf, right = int(sel.sum()), p[sel].mean(), y[sel].mean()
            lines.append(f"    {lo:.1f}-{hi:.1f}  {n:>6}   {conf:.3f}      {right:.3f}")
    return lines


def best_threshold(groups: Sequence[Group], probs: Sequence[np.ndarray]) -> float:
    """The threshold with the highest mean F1 over ``groups`` (ties: the lowest)."""
    best_t, best_f = 0.0, -1.0
    for t in THRESHOLDS:
        f = float(np.mean([g.f1(p >= t) for g, p in zip(groups, probs, strict=True)]))
        if f > best_f + 1e-9:
            best_t, best_f = t, f
    return best_t


def nested_filter(
    groups: Sequence[Group], families: frozenset[str], c: float, outer: Sequence[np.ndarray]
) -> list[tuple[str, float, float, float]]:
    """Per group: (name, threshold chosen without it, F1 with every event, F1 after dropping)."""
    rows = []
    for i, g in enumerate(groups):
        train = [h for j, h in enumerate(groups) if j != i]
        inner = held_out(train, families, c)  # each training group held out of a fit without it and g
        t = best_threshold(train, inner)
        rows.append((g.name, t, g.f1(np.ones(len(g.labels), dtype=bool)), g.f1(outer[i] >= t)))
    return rows


def fixed_thresholds(groups: Sequence[Group], probs: Sequence[np.ndarray], label: str) -> list[str]:
    lines = [f"  {label}: threshold -> mean held-out F1 change, worst group change"]
    base = [g.f1(np.ones(len(g.labels), dtype=bool)) for g in groups]
    for t in THRESHOLDS[1:]:
        delta = [g.f1(p >= t) - b for g, p, b in zip(groups, probs, base, strict=True)]
        lines.append(f"    {t:.2f}  {np.mean(delta):+.4f}  {min(delta):+.4f}")
    return lines


def write(path: Path, design: Design, model: LogisticRegression, header: list[str]) -> None:
    weights = {n: float(w) for n, w in zip(design.names, model.coef_[0], strict=True) if abs(w) >= 5e-5}
    lines = [f"# {h}".rstrip() for h in header]
    lines += ["", "[model]", f"intercept = {float(model.intercept_[0]):.4f}", "", "[weights]"]
    lines += [f'"{n}" = {w:.4f}' for n, w in sorted(weights.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def cv_report(groups: Sequence[Group], shipped_name: str) -> tuple[frozenset[str], float, list[str]]:
    """The chosen families and C, and the held-out figures as printed lines."""
    families, c, probs, search = choose_model(groups)
    report = [*search, f"  chosen: families {', '.join(sorted(families))}; C={c}"]
    y = np.concatenate([g.labels for g in groups])
    shipped, learned = np.concatenate([g.shipped for g in groups]), np.concatenate(probs)
    for name, p in ((shipped_name, shipped), ("learned", learned)):
        q = quality(y, p)
        report.append(
            f"  {name:<8} held-out log-loss {q['log_loss']:.4f}  Brier {q['brier']:.4f}  "
            f"AUC {q['auc']:.4f}  (n={len(y)}, share right {y.mean():.3f})"
        )
        report += calibration(y, p)
    report += fixed_thresholds(groups, [g.shipped for g in groups], shipped_name)
    report += fixed_thresholds(groups, probs, "learned")
    rows = nested_filter(groups, families, c, probs)
    report.append("  filter, threshold chosen inside the training folds: group  t  F1 all  F1 kept  change")
    report += [f"    {n:<14} {t:.2f}  {a:.4f}  {k:.4f}  {k - a:+.4f}" for n, t, a, k in rows]
    deltas = [k - a for _, _, a, k in rows]
    passed = np.mean(deltas) >= 0.01 and min(deltas) >= -0.01
    report.append(
        f"  mean change {np.mean(deltas):+.4f}, worst {min(deltas):+.4f}: "
        f"{'PASSES' if passed else 'does not pass'} the bar (mean >= +0.01, none below -0.01); "
        f"threshold chosen on all groups {best_threshold(groups, probs):.2f}"
    )
    return families, c, report


def header(label: str, groups: Sequence[Group], report: list[str]) -> list[str]:
    return [
        "How sure the coder is of an event: sigmoid(intercept + the sum of the weights of the draft's",
        "features), rounded to 3 places. Features: coding/confidence_features.py (family:value). Loaded and",
        "checked by newsevents.coding.confidence; a weight of an unknown family is an error, one of a value",
        "never produced is ignored. Confidence is an output only: no stage reads it.",
        f"Written by tools/train_confidence.py on {date.today().isoformat()}: L2 logistic regression, label",
        f"'a gold event took the prediction' ({label}), {len(groups)} groups (each held out in turn):",
        *textwrap.wrap(", ".join(g.name for g in groups), 100),
        "Leave-one-group-out figures of that run. 'shipped': the confidence the checkout gave while coding",
        "(in-sample when it was this file's previous fit); 'compared': the one of the --compare records.",
        *report,
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plover", action="store_true", help="add PLOVER dev as a group (date-blind)")
    parser.add_argument("--label", choices=("strict", "date-blind"), default="strict")
    parser.add_argument("--no-write", action="store_true", help="print the figures only")
    parser.add_argument(
        "--compare",
        type=Path,
        help="event records (JSON lines with event_id, confidence) of another checkout, e.g. before a "
        "change: their confidence is compared in place of the shipped one",
    )
    parser.add_argument("--cache", type=Path, help="reuse (or save) the coded groups in this pickle file")
    args = parser.parse_args()
    start = time.monotonic()
    if args.cache and args.cache.is_file():
        groups = pickle.loads(args.cache.read_bytes())
    else:
        print("coding the groups (every event kept):")
        groups = collect(args.plover, args.label)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(groups))
    print(f"  ({time.monotonic() - start:.0f} s)")
    shipped_name = "shipped"
    if args.compare:
        groups, shipped_name = compared(groups, args.compare), f"compared ({args.compare.name})"
    families, c, report = cv_report(groups, shipped_name)
    print("\n".join(report))
    print(f"  ({time.monotonic() - start:.0f} s)")
    if args.no_write:
        return
    design, model = fit(groups, families, c)
    write(OUT, design, model, header(args.label, groups, report))
    print(f"wrote {OUT.relative_to(ROOT)} ({len(design.names)} features)")


if __name__ == "__main__":
    main()
