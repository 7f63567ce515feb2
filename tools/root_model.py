"""Experiment: can a small learned model choose an event's CAMEO root better than the rules?

    PYTHONPATH=src python tools/root_model.py [--cache FILE]

Codes ``corpus/tuning`` and every probe set (``corpus/probe/*``), each one group, and records for each
predicted event the parse features of its trigger (lemma, part of speech, object head lemma and entity
kind, prepositions, negation, modality, the rule's root and pattern, construction steps) and the codes the
coder considered for that trigger: every pattern of its lookup keys (noun and verb readings, the verb
class's lent patterns), those of them that fit the parse, and the codes of the other triggers of its
sentence (kept or set aside).

It prints two things, every figure held out by group (leave-one-group-out):

1. The ceiling of a re-ranker: for each strict false positive whose parties agree with a gold event of
   its article but whose root does not (``error_breakdown.relation`` is ``root``), whether a gold root is
   among the considered codes, per kind of candidate.
2. Two learned choosers over those features (scikit-learn logistic regression): a multinomial root
   classifier, free (any root) or re-ranking (only a root among the considered codes), and a pairwise
   re-ranker (one row per event and candidate root). Each overrides the rule's root only when its
   probability for another root reaches a threshold chosen on the other groups' held-out predictions.
   For each group, the strict F1 with and without the override, and at every fixed threshold.

scikit-learn is the ``train`` extra; the runtime never imports it. The findings and the decision are in
``docs/root-model.md`` (at 554f9db: a gold root is a fitting alternative pattern for 5% of wrong-root
events; no variant improved held-out F1 on any group, so nothing is wired into the coder).
Never touches ``corpus/check`` or ``corpus/parts``.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from spacy.language import Language
from spacy.tokens import Doc, Token

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.accuracy import PROBES, Corpus  # noqa: E402
from bench.accuracy import predict as bench_predict  # noqa: E402

from newsevents import doccache  # noqa: E402
from newsevents.coding.confidence_features import actor_kind  # noqa: E402
from newsevents.coding.objects import Context, needs_of, sentence_words  # noqa: E402
from newsevents.coding.records import Draft  # noqa: E402
from newsevents.error_breakdown import relation  # noqa: E402
from newsevents.evaluate import evaluate, match_article, read_jsonl  # noqa: E402
from newsevents.pipeline import Pipeline  # noqa: E402

THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)  # 1.01: never override
C_GRID = (0.1, 0.3, 1.0)
CV_C = 0.1  # the best held-out root accuracy of C_GRID (chosen on every group: flatters the model)
PAIR_C = 0.3  # the pairwise re-ranker's: at 0.1 it learned to keep every rule root (no override at all)
_SEEN: dict[str, dict[str, Any]] = {}  # event id -> its features and candidates
_FINDER: list[Any] = []


@dataclass(frozen=True, slots=True)
class Row:
    """One predicted event: its record, features, candidate roots, and what gold says of its root."""

    record: dict[str, Any]
    features: frozenset[str]
    rule_root: str
    cand_lemma: frozenset[str]  # roots of every pattern of the trigger's lookup keys
    cand_fit: frozenset[str]  # ... of those that fit the parse
    cand_sent: frozenset[str]  # roots of the other triggers of the sentence
    label: str | None  # the right root: its own when a gold event took it, a gold root when only the
    # root is wrong (class ``root``), None otherwise (the event is wrong for other reasons)
    matched: bool


@dataclass(frozen=True, slots=True)
class Group:
    name: str
    rows: list[Row]
    gold: list[dict[str, Any]]
    others: list[dict[str, Any]]  # predictions in reports with no gold (outside precision, kept for F1)


def _root(code: str) -> str:
    return code[:2]


def _object_head(tok: Token) -> Token | None:
    for c in doccache.children(tok):
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            return c
    for c in doccache.children(tok):
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in doccache.children(c) if g.dep_ == "pobj"), None)
    return None


def _kind(tok: Token) -> str:
    return tok.ent_type_ or ("PRON" if tok.pos_ == "PRON" else "none")


def features(d: Draft) -> frozenset[str]:
    """Parse features of a draft's trigger: general families and word identities."""
    tok = d.token
    names = {
        f"rule:{_root(d.code)}",
        f"code:{d.code}",
        f"lemma:{tok.lemma_.casefold()}",
        f"lemma_root:{tok.lemma_.casefold()}|{_root(d.code)}",
        f"pos:{'noun' if d.trigger.noun else 'verb'}",
        f"pattern:{d.trigger.pattern.id}",
        f"spec:{min(d.trigger.pattern.specificity, 3)}",
        f"mod:{d.modality}",
        f"dep:{tok.dep_}",
        f"head:{tok.head.lemma_.casefold()}" if tok.head.i != tok.i else "head:ROOT",
        f"src:{actor_kind(d.source)}",
        f"tgt:{actor_kind(d.target)}",
    }
    obj = _object_head(tok)
    if obj is not None:
        names |= {f"obj:{obj.lemma_.casefold()}", f"objkind:{_kind(obj)}"}
    else:
        names.add("obj:none")
    for c in doccache.children(tok):
        if c.dep_ == "neg":
            names.add("neg:yes")
        if c.dep_ == "aux" and c.tag_ == "MD":
            names.add(f"modal:{c.lemma_.casefold()}")
        if c.dep_ in ("prep", "agent", "dative"):
            names.add(f"prep:{c.lower_}")
            pobj = next((g for g in doccache.children(c) if g.dep_ == "pobj"), None)
            if pobj is not None:
                names |= {f"pobj:{c.lower_}|{pobj.lemma_.casefold()}", f"pkind:{c.lower_}|{_kind(pobj)}"}
    names.update(f"step:{s}" for s in d.steps)
    names.update(f"step:{s}" for s in d.trigger.steps)
    names.update(f"fact:{f}" for f in d.facts)
    return frozenset(names)


def candidates(
    d: Draft, sent_triggers: Sequence[Any]
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The roots the coder considered for ``d``'s trigger: every pattern of its keys, those that fit,
    and the other triggers of its sentence."""
    finder = _FINDER[0]
    tok = d.token
    everything: set[str] = set()
    fitting: set[str] = set()
    words = sentence_words(list(doccache.sent_tokens(d.sent)))
    context = Context(tok)
    for lemma, pos in finder._keys(tok):
        found = finder._patterns(tok, lemma, pos)
        for p, need in needs_of(found):
            if not p.is_event:
                continue
            everything.add(_root(p.code))
            if need <= words and finder._fits(p, context):
                fitting.add(_root(p.code))
    sent = {_root(t.pattern.code if t.code is None else t.code) for t in sent_triggers if t.token.i != tok.i}
    sent = {s for s in sent if s.isdigit()}
    return frozenset(everything), frozenset(fitting), frozenset(sent)


@Language.component("rootml_record")
def _record(doc: Doc) -> Doc:
    triggers = doc._.ne_triggers or ()
    by_sent: dict[int, list[Any]] = {}
    for t in triggers:
        by_sent.setdefault(t.token.sent.start, []).append(t)
    for event, d in zip(doc._.ne_events, doc._.ne_drafts or (), strict=True):
        lemma, fit, sent = candidates(d, by_sent.get(d.sent.start, []))
        _SEEN[event.event_id] = {"features": features(d), "lemma": lemma, "fit": fit, "sent": sent}
    return doc


def corpora() -> list[Corpus]:
    out = [
        Corpus(
            "tuning", (ROOT / "corpus/tuning/articles.jsonl",), (ROOT / "corpus/tuning/gold.jsonl",), False
        )
    ]
    out += [Corpus(f"probe:{p.name}", (p / "articles.jsonl",), (p / "gold.jsonl",), False) for p in PROBES]
    return out


def label_rows(gold: list[dict[str, Any]], preds: list[dict[str, Any]]) -> list[tuple[str | None, bool]]:
    """Per prediction: its right root (see ``Row.label``) and whether a gold event took it (strict)."""
    by_article: dict[str, list[int]] = {}
    for i, p in enumerate(preds):
        by_article.setdefault(p["article_id"], []).append(i)
    golds: dict[str, list[dict[str, Any]]] = {}
    for g in gold:
        golds.setdefault(g["article"], []).append(g)
    out: list[tuple[str | None, bool]] = [(None, False)] * len(preds)
    for article, idx in by_article.items():
        ga = golds.get(article, [])
        pa = [preds[i] for i in idx]
        taken = match_article(ga, pa, strict=True)
        found = set(taken.values())
        for local, i in enumerate(idx):
            if local in taken:
                out[i] = (preds[i]["root"], True)
                continue
            order = [g for g in range(len(ga)) if g not in found] + sorted(found)
            near = next((ga[g] for g in order if relation(ga[g], preds[i]) == "root"), None)
            out[i] = (None if near is None else "|".join(near["roots"]), False)
    return out


def collect() -> list[Group]:
    pipe = Pipeline.load()
    _FINDER.append(pipe.stages.get_pipe("newsevents_triggers"))
    pipe.stages.add_pipe("rootml_record", last=True)
    groups = []
    for corpus in corpora():
        preds, errors = bench_predict(pipe, corpus)
        if errors:
            print(f"  {corpus.name}: coder errors {errors}")
        gold = [row for path in corpus.gold for row in read_jsonl(path)]
        articles = {g["article"] for g in gold}
        scored = [p for p in preds if p["article_id"] in articles]
        others = [p for p in preds if p["article_id"] not in articles]
        rows = []
        for p, (label, matched) in zip(scored, label_rows(gold, scored), strict=True):
            seen = _SEEN[p["event_id"]]
            p = {k: v for k, v in p.items() if k != "_actors"}
            rows.append(
                Row(p, seen["features"], p["root"], seen["lemma"], seen["fit"], seen["sent"], label, matched)
            )
        groups.append(Group(corpus.name, rows, gold, others))
        print(f"  {corpus.name}: {len(rows)} events, {sum(r.matched for r in rows)} right")
    return groups


# -- the ceiling ---------------------------------------------------------------------------------------


def _gold_roots(row: Row) -> set[str]:
    return set(row.label.split("|")) if row.label else set()


def wrong_root(row: Row) -> bool:
    """A false positive whose parties agree with a gold event of its article, whose root does not."""
    return not row.matched and row.label is not None


def f1(group: Group, roots: Sequence[str]) -> float:
    """The group's strict F1 when its events carry ``roots``."""
    preds = [r.record | {"root": root} for r, root in zip(group.rows, roots, strict=True)]
    return float(evaluate(group.gold, preds).strict.f1)


def ceiling(groups: Sequence[Group]) -> list[str]:
    rows = [r for g in groups for r in g.rows]
    wrong = [r for r in rows if wrong_root(r)]
    kinds = {
        "fitting pattern of the trigger": lambda r: r.cand_fit,
        "any pattern of the trigger's keys": lambda r: r.cand_lemma,
        "another trigger of the sentence": lambda r: r.cand_sent,
        "any of these": lambda r: r.cand_lemma | r.cand_fit | r.cand_sent,
    }
    out = [
        f"ceiling: {len(rows)} scored events, {sum(r.matched for r in rows)} right, {len(wrong)} wrong root "
        "with the parties of a gold event",
    ]
    for name, cands in kinds.items():
        hit = sum(bool(_gold_roots(r) & (cands(r) - {r.rule_root})) for r in wrong)
        out.append(
            f"  a gold root is another candidate: {name:<36} {hit:>4}/{len(wrong)} ({hit / len(wrong):.0%})"
        )
    sizes = Counter(len(r.cand_fit | r.cand_lemma) for r in rows)
    out.append(f"  candidate roots per trigger (patterns of its keys): {dict(sorted(sizes.items()))}")
    out.append("  oracle: every such event given the gold root when it is a candidate (strict F1 per group)")
    gains = []
    for g in groups:
        base = f1(g, [r.rule_root for r in g.rows])
        best = f1(g, [_oracle(r) for r in g.rows])
        gains.append(best - base)
        out.append(f"    {g.name:<14} {base:.4f} -> {best:.4f} ({best - base:+.4f})")
    fitting = [
        f1(g, [_oracle(r, fitting_only=True) for r in g.rows]) - f1(g, [r.rule_root for r in g.rows])
        for g in groups
    ]
    out.append(
        f"    mean gain {np.mean(gains):+.4f}; "
        f"with only the fitting patterns as candidates {np.mean(fitting):+.4f}"
    )
    conf = Counter(f"{r.label}>{r.rule_root}" for r in wrong)
    out.append(f"  confusions (gold>rule): {', '.join(f'{k} {v}' for k, v in conf.most_common(25))}")
    return out


def _oracle(r: Row, fitting_only: bool = False) -> str:
    """The root a perfect re-ranker would give ``r``: a gold root among its candidates, if any."""
    if not wrong_root(r):
        return r.rule_root
    hit = sorted(_gold_roots(r) & (r.cand_fit if fitting_only else r.cand_lemma | r.cand_fit | r.cand_sent))
    return hit[0] if hit else r.rule_root


# -- the classifier ------------------------------------------------------------------------------------


def row_features(r: Row) -> frozenset[str]:
    cands = {f"cand:{c}" for c in r.cand_fit | r.cand_lemma} | {f"sentcand:{c}" for c in r.cand_sent}
    return r.features | cands


def target(r: Row) -> str | None:
    """The root a training row teaches: its own when right, a gold root (a candidate first) when only
    the root is wrong; rows wrong for other reasons teach nothing."""
    if r.matched:
        return r.rule_root
    if r.label is None:
        return None
    roots = sorted(_gold_roots(r))
    cands = r.cand_lemma | r.cand_fit | r.cand_sent
    return next((x for x in roots if x in cands), roots[0])


class Design:
    def __init__(self, rows: Sequence[frozenset[str]]) -> None:
        self.index = {n: i for i, n in enumerate(sorted({n for r in rows for n in r}))}

    def matrix(self, rows: Sequence[frozenset[str]]) -> csr_matrix:
        cols = [[self.index[n] for n in sorted(r) if n in self.index] for r in rows]
        indptr = np.cumsum([0, *(len(c) for c in cols)])
        flat = np.array([j for c in cols for j in c], dtype=np.int64)
        return csr_matrix((np.ones(len(flat)), flat, indptr), shape=(len(rows), len(self.index)))


@dataclass(frozen=True, slots=True)
class Fitted:
    design: Design
    model: LogisticRegression

    def proba(self, rows: Sequence[Row]) -> tuple[np.ndarray, list[str]]:
        x = self.design.matrix([row_features(r) for r in rows])
        return self.model.predict_proba(x), [str(c) for c in self.model.classes_]


def fit(groups: Sequence[Group], c: float) -> Fitted:
    rows = [r for g in groups for r in g.rows if target(r) is not None]
    feats = [row_features(r) for r in rows]
    design = Design(feats)
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(design.matrix(feats), [target(r) for r in rows])
    return Fitted(design, model)


def choices(rows: Sequence[Row], fitted: Fitted, rerank: bool | str) -> list[tuple[str, float]]:
    """Per row: the model's root (among the considered codes when ``rerank``) and its probability."""
    if rerank == "pairs":
        return pair_choices(rows, fitted)
    proba, classes = fitted.proba(rows)
    out = []
    for r, p in zip(rows, proba, strict=True):
        allowed = (r.cand_lemma | r.cand_fit | r.cand_sent | {r.rule_root}) if rerank else set(classes)
        best = (
            max((float(q), cl) for q, cl in zip(p, classes, strict=True) if cl in allowed)
            if allowed & set(classes)
            else (0.0, r.rule_root)
        )
        out.append((best[1], best[0]))
    return out


def overridden(rows: Sequence[Row], picks: Sequence[tuple[str, float]], t: float) -> list[str]:
    return [
        root if (root != r.rule_root and p >= t) else r.rule_root
        for r, (root, p) in zip(rows, picks, strict=True)
    ]


def fitter(rerank: bool | str, groups: Sequence[Group], c: float) -> Fitted:
    return fit_pairs(groups, c) if rerank == "pairs" else fit(groups, c)


def best_threshold(groups: Sequence[Group], picks: dict[str, list[tuple[str, float]]]) -> float:
    """The threshold with the best mean F1 over ``groups`` (ties: the more cautious one)."""
    best_t, best_f = 1.01, -1.0
    for t in sorted(THRESHOLDS, reverse=True):
        f = float(np.mean([f1(g, overridden(g.rows, picks[g.name], t)) for g in groups]))
        if f > best_f + 1e-9:
            best_t, best_f = t, f
    return best_t


def held_out_picks(
    groups: Sequence[Group], c: float, rerank: bool | str
) -> dict[str, list[tuple[str, float]]]:
    """Each group's picks by a model fitted on the other groups."""
    picks = {}
    for i, g in enumerate(groups):
        fitted = fitter(rerank, [h for j, h in enumerate(groups) if j != i], c)
        picks[g.name] = choices(g.rows, fitted, rerank)
    return picks


def cross_validate(
    groups: Sequence[Group], picks: dict[str, list[tuple[str, float]]], name: str
) -> list[str]:
    """Each group's F1 with the override of a model fitted on the other groups (``held_out_picks``), at
    the threshold that does best on the other groups' own held-out picks (one fit per group: a fully
    nested search cost too much on a shared machine; the held-out group's labels reach that choice only
    through the other groups' models, which is mild and flatters the model, never the rules)."""
    out = [f"{name}: group  threshold  F1 rules  F1 model  change  overrides right/wrong/other"]
    deltas: list[float] = []
    fixed: dict[float, list[float]] = {t: [] for t in THRESHOLDS[:-1]}
    counts: dict[float, Counter[str]] = {t: Counter() for t in THRESHOLDS[:-1]}
    for i, g in enumerate(groups):
        t = best_threshold([h for j, h in enumerate(groups) if j != i], picks)
        base = f1(g, [r.rule_root for r in g.rows])
        roots = overridden(g.rows, picks[g.name], t)
        new = f1(g, roots)
        deltas.append(new - base)
        out.append(f"  {g.name:<14} {t:.2f}  {base:.4f}  {new:.4f}  {new - base:+.4f}  {_tally(g, roots)}")
        for ft in fixed:
            roots = overridden(g.rows, picks[g.name], ft)
            fixed[ft].append(f1(g, roots) - base)
            right, wrong, other = map(int, _tally(g, roots).split("/"))
            counts[ft].update({"right": right, "wrong": wrong, "other": other})
    wins, losses = sum(d > 1e-9 for d in deltas), sum(d < -1e-9 for d in deltas)
    out.append(
        f"  mean change {np.mean(deltas):+.4f}; better in {wins}, worse in {losses} of {len(deltas)} groups"
    )
    out.append(
        "  every group at one fixed threshold: t  mean change  groups better/worse  "
        "overrides right/wrong/other"
    )
    for ft, ds in fixed.items():
        n = counts[ft]
        out.append(
            f"    {ft:.2f}  {np.mean(ds):+.4f}  {sum(d > 1e-9 for d in ds)}/{sum(d < -1e-9 for d in ds)}"
            f"  {n['right']}/{n['wrong']}/{n['other']}"
        )
    return out


def _tally(g: Group, roots: Sequence[str]) -> str:
    """Overrides that gave a wrong-root event a gold root / that changed a right event / the others."""
    changed = [(r, x) for r, x in zip(g.rows, roots, strict=True) if x != r.rule_root]
    good = sum(1 for r, x in changed if wrong_root(r) and x in _gold_roots(r))
    bad = sum(1 for r, _ in changed if r.matched)
    return f"{good}/{bad}/{len(changed) - good - bad}"


def accuracy(groups: Sequence[Group], c: float) -> list[str]:
    """Held-out root accuracy on the rows that teach a root: the rules' and the model's argmax."""
    rule = model = n = 0
    for i, g in enumerate(groups):
        rows = [r for r in g.rows if target(r) is not None]
        if not rows:
            continue
        fitted = fit([h for j, h in enumerate(groups) if j != i], c)
        for r, (root, _) in zip(rows, choices(rows, fitted, False), strict=True):
            n += 1
            rule += r.rule_root == target(r)
            model += root == target(r)
    return [
        f"held-out root accuracy on {n} events with a known right root: rules {rule / n:.3f}, "
        f"model argmax {model / n:.3f} (C={c})"
    ]


# -- a pairwise re-ranker ------------------------------------------------------------------------------

_CROSSED = (
    "lemma",
    "obj",
    "objkind",
    "prep",
    "pkind",
    "rule",
    "pos",
    "neg",
    "mod",
    "modal",
    "src",
    "tgt",
    "dep",
)


def pair_features(r: Row, c: str) -> frozenset[str]:
    """Features of candidate root ``c`` for row ``r``: where the candidate came from, and the trigger's
    general and word features crossed with it."""
    names = {f"c:{c}", f"is_rule:{c == r.rule_root}"}
    names |= {
        f"from:{k}"
        for k, s in (("fit", r.cand_fit), ("lemma", r.cand_lemma), ("sent", r.cand_sent))
        if c in s
    }
    names |= {f"{c}|{f}" for f in r.features if f.partition(":")[0] in _CROSSED}
    names.add(f"{c}|rule:{r.rule_root}")
    return frozenset(names)


def pair_candidates(r: Row) -> list[str]:
    return sorted(r.cand_lemma | r.cand_fit | r.cand_sent | {r.rule_root})


def fit_pairs(groups: Sequence[Group], c: float) -> Fitted:
    feats, ys = [], []
    for g in groups:
        for r in g.rows:
            right = target(r)
            cands = pair_candidates(r)
            if right is None or len(cands) < 2:
                continue
            for x in cands:
                feats.append(pair_features(r, x))
                ys.append(int(x == right))
    design = Design(feats)
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(design.matrix(feats), ys)
    return Fitted(design, model)


def pair_choices(rows: Sequence[Row], fitted: Fitted) -> list[tuple[str, float]]:
    """Per row: the best candidate root and its share of the candidates' scores (a softmax of logits)."""
    out = []
    for r in rows:
        cands = pair_candidates(r)
        if len(cands) < 2:
            out.append((r.rule_root, 0.0))
            continue
        logits = fitted.model.decision_function(fitted.design.matrix([pair_features(r, x) for x in cands]))
        p = np.exp(logits - logits.max())
        p /= p.sum()
        k = int(np.argmax(p))
        out.append((cands[k], float(p[k])))
    return out


def report(groups: Sequence[Group]) -> list[str]:
    out = ceiling(groups)
    for c in C_GRID:
        out += accuracy(groups, c)
    out += cross_validate(groups, held_out_picks(groups, PAIR_C, "pairs"), f"pairwise re-ranker, C={PAIR_C}")
    for rerank, name in (
        (True, "classifier re-ranking (considered codes only)"),
        (False, "classifier, free"),
    ):
        out += cross_validate(groups, held_out_picks(groups, CV_C, rerank), f"{name}, C={CV_C}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="reuse (or save) the coded groups in this pickle file")
    args = parser.parse_args()
    if args.cache and args.cache.is_file():
        groups = pickle.loads(args.cache.read_bytes())
    else:
        print("coding the groups:")
        groups = collect()
        if args.cache:
            args.cache.write_bytes(pickle.dumps(groups))
    print("\n".join(report(groups)))


if __name__ == "__main__":
    main()
