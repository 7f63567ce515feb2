"""Stage ``newsevents_confidence``: each draft becomes an ``Event`` record with a confidence.

Reads ``doc._.ne_drafts`` and ``doc._.ne_article``; writes ``doc._.ne_events``. Confidence is the product
of the weights in ``coding/data/confidence.toml`` (pattern specificity, modality, a missing target, the
facts the stages recorded, such as an unattributed source, and the weaker construction rules), each with
its reason in that file. It is an output only: no stage reads it to choose a code, a party or whether an
event exists.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

import newsevents.annotations  # noqa: F401  (declares the Doc attributes)
from newsevents.annotations import doc_text
from newsevents.coding.codebook import Code, load_codebook
from newsevents.coding.records import Draft
from newsevents.coding.under_fire import under_fire
from newsevents.errors import DataFileError
from newsevents.records import Event, Evidence, Plover, make_event_id

_FILE = "coding/data/confidence.toml"


@dataclass(frozen=True, slots=True)
class Policy:
    """The confidence weights of ``coding/data/confidence.toml``."""

    base: float
    per_specificity: float
    max_specificity: int
    modality: dict[str, float]
    no_target: float
    facts: dict[str, float]
    # Construction rules (evidence steps) whose reading is weaker than a plain clause's, by step name.
    steps: dict[str, float] = field(default_factory=dict)

    def confidence(self, d: Draft) -> float:
        pattern = self.base + self.per_specificity * min(d.trigger.pattern.specificity, self.max_specificity)
        target = 1.0 if d.target is not None else self.no_target
        value = pattern * self.weight(d.facts) * target * self.modality[d.modality]
        value *= self.step_weight(d.steps)
        return round(min(1.0, value), 3)

    def step_weight(self, steps: tuple[str, ...]) -> float:
        out = 1.0
        for step in sorted(set(steps)):
            out *= self.steps.get(step, 1.0)
        return out

    def weight(self, facts: frozenset[str]) -> float:
        out = 1.0
        for fact in sorted(facts):
            out *= self.facts[fact]
        return out


@functools.lru_cache(maxsize=1)
def policy() -> Policy:
    """The packaged confidence policy (read once, checked)."""
    text = resources.files("newsevents").joinpath(_FILE).read_text(encoding="utf-8")
    try:
        table = tomllib.loads(text)
        pattern, modality, facts = table["pattern"], table["modality"], table["facts"]
        steps = table.get("steps", {})
        found = Policy(
            base=float(pattern["base"]),
            per_specificity=float(pattern["per_specificity"]),
            max_specificity=int(pattern["max_specificity"]),
            modality={k: float(modality[k]) for k in ("asserted", "reported", "intended", "hypothetical")},
            no_target=float(table["no_target"]["weight"]),
            facts={name: float(row["weight"]) for name, row in facts.items()},
            steps={name: float(row["weight"]) for name, row in steps.items()},
        )
        rows = [*facts.items(), *steps.items()]
        missing = [name for name, row in rows if not str(row.get("reason", "")).strip()]
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DataFileError(f"{_FILE}: {exc}") from exc
    if missing:
        raise DataFileError(f"{_FILE}: facts or steps without a reason: {missing}")
    return found


def fact_weight(facts: frozenset[str]) -> float:
    """How much the recorded facts weaken an event (1.0: not at all)."""
    return policy().weight(facts)


class ConfidenceStage:
    """Builds the event records (one per process: the codebook and the policy are read-only)."""

    def __init__(self) -> None:
        self.codebook: dict[str, Code] = load_codebook()
        self.policy = policy()

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.ne_article or ""
        # (acts told by the side that came under them are turned round on the final drafts)
        drafts = under_fire(tuple(doc._.ne_drafts or ()), doc._.ne_actors)
        doc._.ne_events = tuple(self.event(d, article) for d in drafts)
        return doc

    def event(self, d: Draft, article_id: str) -> Event:
        code = self.codebook.get(d.code) or self.codebook[d.code[:2]]
        sent, trigger = d.sent, d.token
        # the sentence's slice of the article's text: Span.text joins its tokens anew on every access
        text = doc_text(sent.doc)[sent.start_char : sent.end_char]
        target = d.target or d.implicit_target
        return Event(
            event_id=make_event_id(
                article_id,
                sent.start_char,
                trigger.idx,
                trigger.idx + len(trigger.text),
                code.code,
                d.source.code,
                target.code if target else None,
                d.when.date if d.when else None,
            ),
            article_id=article_id,
            date=d.when.date if d.when else None,
            date_precision=d.when.precision if d.when else None,
            source=d.source,
            target=target,
            cameo=code.code,
            root=code.code[:2],
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            plover=Plover(code.plover_type or None, code.plover_mode or None, code.plover_context or None),
            modality=d.modality,
            location=d.place,
            evidence=Evidence(
                sentence=text.strip(),
                start=sent.start_char,
                end=sent.start_char + len(text.rstrip()),
                trigger=trigger.text,
                rule=d.trigger.pattern.id,
                steps=d.steps,
            ),
            confidence=self.policy.confidence(d),
        )


@Language.factory("newsevents_confidence")
def make_confidence_stage(nlp: Language, name: str) -> ConfidenceStage:
    """The confidence stage."""
    return ConfidenceStage()
