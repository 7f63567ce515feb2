"""Helpers shared by the coder tests: code a text (its events, their codes and countries, or their dates
under a dateline), group its events by trigger word, check the dyads of a text's events."""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult, Event


def events_of(pipeline: Pipeline, text: str, published: str) -> list[Event]:
    """The events ``pipeline`` codes from ``text`` as one article published on ``published``."""
    result = pipeline.analyze_article(Article(id="t", text=text, published=published))
    assert isinstance(result, ArticleResult)
    return list(result.events)


# A Friday dateline (2022-04-01) on a report published the next day, for the date tests.
DATELINE = "OSLO, April 1 (Wire) - "
DATELINE_PUBLISHED = "2022-04-02"


def datelined_dates(pipeline: Pipeline, text: str) -> dict[str, list[str | None]]:
    """The dates of the events of each trigger word of ``text`` told under ``DATELINE``."""
    out: dict[str, list[str | None]] = {}
    for e in events_of(pipeline, DATELINE + text, DATELINE_PUBLISHED):
        out.setdefault(e.evidence.trigger, []).append(e.date)
    return out


DatedSteps = dict[str, list[tuple[str | None, list[str]]]]


def dated_steps(pipeline: Pipeline, text: str, published: str) -> DatedSteps:
    """The date of each event of each trigger word of ``text``, with the ``date:`` steps that chose it."""
    out: DatedSteps = {}
    for e in events_of(pipeline, text, published):
        steps = [s for s in e.evidence.steps if s.startswith("date:")]
        out.setdefault(e.evidence.trigger, []).append((e.date, steps))
    return out


Coded = tuple[str, str | None, str | None]


def coded(pipeline: Pipeline, text: str, published: str) -> list[Coded]:
    """(CAMEO code, source country, target country) of each event ``pipeline`` codes from ``text``."""
    return [
        (e.cameo, e.source.country, e.target.country if e.target else None)
        for e in events_of(pipeline, text, published)
    ]


RoleCoded = tuple[str, str | None, str | None, str | None]


def coded_with_roles(pipeline: Pipeline, text: str, published: str) -> list[RoleCoded]:
    """(CAMEO code, source country, source role, target country) of each event ``pipeline`` codes from
    ``text``."""
    return [
        (e.cameo, e.source.country, e.source.role, e.target.country if e.target else None)
        for e in events_of(pipeline, text, published)
    ]


def triggered(pipeline: Pipeline, text: str, trigger: str, published: str) -> list[Event]:
    """The events of ``text`` (published on ``published``) whose trigger word is ``trigger``, in order."""
    return [e for e in events_of(pipeline, text, published) if e.evidence.trigger == trigger]


def by_trigger(events: list[Event]) -> dict[str, list[Event]]:
    """``events`` grouped by their trigger word, in order."""
    out: dict[str, list[Event]] = {}
    for e in events:
        out.setdefault(e.evidence.trigger, []).append(e)
    return out


def kept_triggers(pipeline: Pipeline, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(trigger word, code, steps) of the triggers kept after the trigger stage, on ``text``."""
    import datetime as dt

    doc = pipeline.nlp(text)
    doc._.ne_article = "t"
    doc._.ne_published = dt.date(2021, 3, 10)
    for name, stage in pipeline.stages.pipeline:
        doc = stage(doc)
        if name == "newsevents_triggers":
            break
    return [(t.token.text, t.pattern.code, t.steps) for t in doc._.ne_triggers if t.kept]


Dyad = tuple[str, str | None, str | None]


@dataclass(frozen=True)
class DyadCase:
    """A text and every event of some roots it must give, as (root, source country, target country)."""

    name: str
    text: str
    events: tuple[Dyad, ...]
    # A step every event of those roots records ("target:concern").
    step: str | None = None


def dyad(e: Event) -> Dyad:
    return (e.root, e.source.country, e.target.country if e.target else None)


def check_dyads(pipeline: Pipeline, case: DyadCase) -> None:
    """The events of ``case``'s roots are exactly its dyads (other roots may come too), each with its step."""
    roots = {root for root, _s, _t in case.events}
    events = [e for e in events_of(pipeline, case.text, "2021-03-10") if e.root in roots]
    assert {dyad(e) for e in events} == set(case.events), [(dyad(e), e.evidence.steps) for e in events]
    if case.step:
        assert all(case.step in e.evidence.steps for e in events), [e.evidence.steps for e in events]
