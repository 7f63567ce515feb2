"""Analyzers for the runner tests, in an importable module (not a test file) so that spawned worker
processes can unpickle them. None loads spaCy."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from newsevents.errors import ConfigError
from newsevents.records import Actor, Article, ArticleResult, Rejection

REJECT_WORD = "gibberish"


class EchoAnalyzer:
    """Codes nothing; an article whose text holds ``REJECT_WORD`` is set aside as the coder would."""

    def analyze(
        self, items: Iterable[Article | Rejection], batch_size: int = 32
    ) -> Iterator[ArticleResult | Rejection]:
        for item in items:
            if isinstance(item, Rejection):
                yield item
            elif REJECT_WORD in item.text:
                yield ArticleResult(item, rejection=Rejection(item.origin or item.id, "coder-error",
                                                              "invented failure", item.id))
            else:
                yield ArticleResult(item)


def echo_analyzer() -> EchoAnalyzer:
    return EchoAnalyzer()


class PidAnalyzer:
    """Names the process that coded each article in its actor list."""

    def analyze(
        self, items: Iterable[Article | Rejection], batch_size: int = 32
    ) -> Iterator[ArticleResult | Rejection]:
        for item in items:
            pid = Actor(str(os.getpid()))
            yield item if isinstance(item, Rejection) else ArticleResult(item, actors=(pid,))


def pid_analyzer() -> PidAnalyzer:
    return PidAnalyzer()


def broken_analyzer() -> EchoAnalyzer:
    raise ConfigError("cannot load spaCy pipeline 'invented_model'")
