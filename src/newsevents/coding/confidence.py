"""Stage ``newsevents_confidence``: each draft becomes an ``Event`` record with a confidence.

Reads ``doc._.ne_drafts`` and ``doc._.ne_article``; writes ``doc._.ne_events``. The confidence is a
learned estimate of the chance that the event is right: sigmoid(intercept + the weights of the draft's
features), the features named in ``coding/confidence_features.py`` (root, pattern specificity, modality,
a missing target, the facts and construction rules the stages recorded, the kinds of the parties, ...),
the weights in ``coding/data/confidence.toml``, written by ``tools/train_confidence.py`` (a logistic
regression fitted on the tuning corpora, its held-out figures in the file's header). Plain Python: the
runtime never imports the training library. It is an output only: no stage reads it to choose a code, a
party or whether an event exists.
"""

from __future__ import annotations

import functools
import math
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.annotations import annotation, doc_text  # (also declares the Doc attributes)
from newsevents.coding.codebook import Code, load_codebook
from newsevents.coding.confidence_features import FAMILIES, doc_features, family
from newsevents.coding.records import Draft
from newsevents.errors import DataFileError
from newsevents.records import Event, Evidence, Plover, make_event_id

_FILE = "coding/data/confidence.toml"


@dataclass(frozen=True, slots=True)
class Model:
    """The learned confidence: an intercept and a weight per feature name (absent names weigh 0)."""

    intercept: float
    weights: dict[str, float]

    def confidence(self, features: Iterable[str]) -> float:
        z = self.intercept + sum(self.weights.get(name, 0.0) for name in features)
        # the logistic function, computed on the side that cannot overflow
        value = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
        return round(value, 3)


def parse_model(text: str, where: str = _FILE) -> Model:
    """The model of a confidence file's ``text``. A weight whose family (the name before ``:``) is not
    one of ``FAMILIES`` is an error: it is a typo or a file written for other features, and silently
    ignoring it would change every confidence. A known family's value the stages never produce (a rule
    renamed since training) is kept and simply never fires: retraining drops it."""
    try:
        table = tomllib.loads(text)
        intercept = float(table["model"]["intercept"])
        weights = {str(name): float(value) for name, value in table["weights"].items()}
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DataFileError(f"{where}: {exc}") from exc
    unknown = sorted(name for name in weights if family(name) not in FAMILIES)
    if unknown:
        raise DataFileError(f"{where}: weights of unknown feature families: {unknown}")
    if not all(math.isfinite(w) for w in (intercept, *weights.values())):
        raise DataFileError(f"{where}: a weight that is not a finite number")
    return Model(intercept, weights)


@functools.lru_cache(maxsize=1)
def model() -> Model:
    """The packaged confidence model (read once, checked)."""
    return parse_model(resources.files("newsevents").joinpath(_FILE).read_text(encoding="utf-8"))


class ConfidenceStage:
    """Builds the event records (one per process: the codebook and the model are read-only)."""

    def __init__(self) -> None:
        self.codebook: dict[str, Code] = load_codebook()
        self.model = model()

    def __call__(self, doc: Doc) -> Doc:
        article = annotation(doc, "ne_article") or ""
        drafts = annotation(doc, "ne_drafts") or ()
        features = doc_features(drafts)
        doc._.ne_events = tuple(self.event(d, article, f) for d, f in zip(drafts, features, strict=True))
        return doc

    def event(self, d: Draft, article_id: str, features: frozenset[str]) -> Event:
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
            confidence=self.model.confidence(features),
        )


@Language.factory("newsevents_confidence")
def make_confidence_stage(nlp: Language, name: str) -> ConfidenceStage:
    """The confidence stage."""
    return ConfidenceStage()
