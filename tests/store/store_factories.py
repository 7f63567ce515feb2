"""Hand-made records for the store tests, and a fast fake analyzer that codes a tiny sentence grammar.

The fake analyzer understands sentences of the form ``"<A> met <B> in <Place> on <YYYY-MM-DD>."``
(and ``criticized`` instead of ``met``) with A and B among ``_ACTORS``, so the kill test can ingest
hundreds of articles in seconds without spaCy. It lives in an importable module (not a test file) so
that spawned worker processes can unpickle it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from newsevents.records import (
    Actor,
    Article,
    ArticleResult,
    Event,
    Evidence,
    Place,
    Plover,
    Rejection,
    make_event_id,
)

_ACTORS = {
    "Trump": Actor("Trump", "Donald Trump", "USA", "GOV", "USAGOV"),
    "Kim": Actor("Kim", "Kim Jong Un", "PRK", "GOV", "PRKGOV"),
    "Moon": Actor("Moon", "Moon Jae-in", "KOR", "GOV", "KORGOV"),
    "Guterres": Actor("Guterres", "Antonio Guterres", None, "IGO", "IGOUNO"),
}
_PLACES = {
    "Panmunjom": Place("Panmunjom", "KOR", None, 37.956, 126.677, 1839726),
    "Hanoi": Place("Hanoi", "VNM", "44", 21.0245, 105.8412, 1581130),
    "Singapore": Place("Singapore", "SGP", None, 1.2897, 103.8501, 1880252),
}
_VERBS = {
    "met": ("040", "04", 1, 1.0, "CONSULT"),
    "visited": ("042", "04", 1, 1.9, "CONSULT"),
    "criticized": ("111", "11", 3, -2.0, "DISAPPROVE"),
}
_SENTENCE = re.compile(
    r"(?P<a>\w+) (?P<verb>met|visited|criticized) (?P<b>\w+)(?: in (?P<place>\w+))?"
    r"(?: on (?P<date>\d{4}-\d{2}(?:-\d{2})?))?\."
)


def event(
    article_id: str,
    a: str,
    verb: str,
    b: str,
    *,
    place: str | None = None,
    date: str | None = None,
    start: int = 0,
    sentence: str | None = None,
    confidence: float = 0.8,
    steps: tuple[str, ...] = (),
) -> Event:
    """One coded event like the coder would produce it."""
    cameo, root, quad, goldstein, plover = _VERBS[verb]
    source, target = _ACTORS[a], _ACTORS[b]
    text = sentence or f"{a} {verb} {b}."
    trigger_at = start + text.find(verb)
    precision = None if date is None else {10: "day", 7: "month", 4: "year"}[len(date)]
    return Event(
        event_id=make_event_id(
            article_id, start, trigger_at, trigger_at + len(verb), cameo, source.code, target.code
        ),
        article_id=article_id,
        date=date,
        date_precision=precision,  # type: ignore[arg-type]
        source=source,
        target=target,
        cameo=cameo,
        root=root,
        quad_class=quad,
        goldstein=goldstein,
        plover=Plover(plover, None, None),
        modality="asserted",
        location=_PLACES[place] if place else None,
        evidence=Evidence(text, start, start + len(text), verb, f"fake.{verb}", steps=steps),
        confidence=confidence,
    )


def grammar_steps(match: re.Match[str]) -> tuple[str, ...]:
    """The construction steps the fake coder records for a grammar sentence: its parties, then the
    place and the date when the sentence gives them."""
    return (
        "source:subject",
        "target:object",
        *(("place:locative",) if match["place"] else ()),
        *(("date:own-clause",) if match["date"] else ()),
    )


def code(article: Article) -> ArticleResult:
    """The fake coder: every grammar sentence of the article becomes one event."""
    events = []
    for match in _SENTENCE.finditer(article.text):
        if match["a"] not in _ACTORS or match["b"] not in _ACTORS:
            continue
        events.append(
            event(
                article.id,
                match["a"],
                match["verb"],
                match["b"],
                place=match["place"],
                date=match["date"],
                start=match.start(),
                sentence=match.group(0),
                steps=grammar_steps(match),
            )
        )
    seen = {e.source.code: e.source for e in events} | {e.target.code: e.target for e in events if e.target}
    actors = tuple(seen.values())
    places = tuple({e.location.name: e.location for e in events if e.location}.values())
    return ArticleResult(article, tuple(events), (), actors, places, None)


class FakeAnalyzer:
    """Stands in for ``Pipeline``: same ``analyze`` signature, no spaCy."""

    def analyze(
        self, items: Iterable[Article | Rejection], batch_size: int = 32
    ) -> Iterator[ArticleResult | Rejection]:
        for item in items:
            yield item if isinstance(item, Rejection) else code(item)


def fake_analyzer() -> FakeAnalyzer:
    """The picklable factory that ``ingest_items(analyzer=...)`` takes."""
    return FakeAnalyzer()


def article(
    id: str,
    text: str,
    *,
    source: str | None = "Outlet",
    published: str | None = "2019-06-30",
    duplicate_of: str | None = None,
    url: str | None = None,
) -> Article:
    return Article(
        id=id,
        text=text,
        source=source,
        published=published,
        duplicate_of=duplicate_of,
        url=url or f"https://example.org/{id}",
        origin=f"{id}.txt",
    )


def corpus(n: int) -> list[Article]:
    """``n`` distinct articles; every fifth repeats an earlier story from another outlet."""
    names = list(_ACTORS)
    places = list(_PLACES)
    out = []
    for i in range(n):
        a, b = names[i % 3], names[(i + 1) % 3]
        day = 1 + (i // 5) % 28
        month = 1 + (i // 140) % 12
        verb = "criticized" if i % 7 == 0 else "met"
        text = (
            f"Report number {i}.\n{a} {verb} {b} in {places[i % 3]} on 2019-{month:02d}-{day:02d}. "
            f"Officials welcomed the talks. Moon met Guterres on 2019-{month:02d}-{day:02d}."
        )
        out.append(
            article(f"a{i:05d}", text, source=f"Outlet {i % 4}", published=f"2019-{month:02d}-{day:02d}")
        )
    return out


class DyingAnalyzer(FakeAnalyzer):
    """Kills its own process at article ``die`` unless ``survive_flag`` exists (then creates it first)."""

    def __init__(self, survive_flag: str) -> None:
        self.survive_flag = survive_flag

    def analyze(
        self, items: Iterable[Article | Rejection], batch_size: int = 32
    ) -> Iterator[ArticleResult | Rejection]:
        import os
        from pathlib import Path

        for item in items:
            if isinstance(item, Article) and item.id == "die" and not Path(self.survive_flag).exists():
                Path(self.survive_flag).touch()
                os._exit(9)
            yield item if isinstance(item, Rejection) else code(item)


def dying_analyzer(survive_flag: str) -> DyingAnalyzer:
    return DyingAnalyzer(survive_flag)


class SlowAnalyzer(FakeAnalyzer):
    """The fake coder at a tenth of a second per article, so that workers are busy when a test looks."""

    def analyze(
        self, items: Iterable[Article | Rejection], batch_size: int = 32
    ) -> Iterator[ArticleResult | Rejection]:
        import time

        for item in items:
            time.sleep(0.1)
            yield item if isinstance(item, Rejection) else code(item)


def slow_analyzer() -> SlowAnalyzer:
    return SlowAnalyzer()
