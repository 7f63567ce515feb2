"""The one runner (issue 11, parts 2 and 4): read, deduplicate, analyse on N processes, in input order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import newsevents
from newsevents.analysis import Analyzed
from newsevents.config import Settings
from newsevents.errors import ConfigError
from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult, Rejection
from newsevents.runner import RunStats, run
from runner_factories import REJECT_WORD, broken_analyzer, echo_analyzer, pid_analyzer

# A paragraph long enough for the near-copy check (20 words or more), invented for these tests.
STORY = (
    "The harbour authority of a small coastal town announced on Tuesday that the old ferry pier will "
    "close for repairs until the spring, and that passengers should use the northern landing instead."
)


def articles(n: int) -> list[Article]:
    return [Article(id=f"n{i:03d}", text=f"Report {i}: the council met on day {i} of the session.")
            for i in range(n)]


def ids(results: list[Analyzed | Rejection]) -> list[str | None]:
    return [r.article.id if isinstance(r, Analyzed) else r.article_id for r in results]


def test_results_come_in_input_order_with_tones() -> None:
    given = articles(10)
    results = list(run(given, Settings(batch_size=3), workers=1, analyzer=echo_analyzer))
    assert ids(results) == [a.id for a in given]
    assert all(isinstance(r, Analyzed) and r.doc_tone.words > 0 for r in results)


def test_copies_repeats_and_near_copies() -> None:
    first = Article(id="pier", text=STORY)
    repeat = Article(id="pier", text=STORY)  # the same article read twice: skipped, not a copy
    copy = Article(id="pier-copy", text=STORY)  # the same text under another id: a duplicate
    near = Article(id="pier-syndicated", text=STORY + " Reporting by a wire service.")
    seen: list[RunStats] = []
    results = list(run([first, repeat, copy, near], Settings(), workers=1, analyzer=echo_analyzer,
                       progress=seen.append))
    assert ids(results) == ["pier", "pier-copy", "pier-syndicated"]
    assert isinstance(results[1], Rejection) and results[1].reason == "duplicate"
    assert isinstance(results[2], Analyzed) and results[2].article.duplicate_of == "pier"
    assert seen[-1] == RunStats(read=4, analyzed=2, rejected=1, skipped=1)
    exact_only = list(run([first, near], Settings(near_duplicates=False), workers=1, analyzer=echo_analyzer))
    assert isinstance(exact_only[1], Analyzed) and exact_only[1].article.duplicate_of is None


def test_every_rejection_is_reported_once(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("The council met on Monday.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_text(f"Some {REJECT_WORD} text.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    reported: list[Rejection] = []
    results = list(run([tmp_path, tmp_path / "absent.txt"], Settings(published="2021-03-04"), workers=1,
                       analyzer=echo_analyzer, on_rejection=reported.append))
    assert sorted(r.reason for r in reported) == ["coder-error", "empty", "missing"]
    good = [r for r in results if isinstance(r, Analyzed) and r.rejection is None]
    assert [g.article.published for g in good] == ["2021-03-04"]


def test_paths_and_articles_mix_in_order(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("The mayor opened the bridge.\n", encoding="utf-8")
    given = articles(2)
    results = list(run([given[0], path, given[1]], Settings(), workers=1, analyzer=echo_analyzer))
    assert ids(results) == ["n000", "one", "n001"]


def test_two_workers_give_what_one_gives() -> None:
    given = [*articles(40), Article(id="odd", text=f"A {REJECT_WORD} line."), *articles(45)[40:]]
    settings = Settings(batch_size=4)
    one = list(run(given, settings, workers=1, analyzer=echo_analyzer))
    two = list(run(given, settings, workers=2, analyzer=echo_analyzer))
    assert two == one and len(one) == 46


def test_workers_are_other_processes() -> None:
    results = list(run(articles(20), Settings(batch_size=2), workers=2, analyzer=pid_analyzer))
    pids = {r.result.actors[0].text for r in results if isinstance(r, Analyzed)}
    assert pids and str(os.getpid()) not in pids


def test_one_chunk_starts_no_process() -> None:
    # A lambda cannot be pickled for a worker process: this only works when the chunk is coded here.
    results = list(run(articles(3), Settings(), workers=4, analyzer=lambda: echo_analyzer()))
    assert len(results) == 3


def test_a_worker_that_cannot_load_reports_why() -> None:
    with pytest.raises(ConfigError, match="invented_model"):
        list(run(articles(10), Settings(batch_size=2), workers=2, analyzer=broken_analyzer))


def test_bad_settings_fail_before_reading() -> None:
    with pytest.raises(ConfigError, match="published"):
        run(["never-read.txt"], Settings(published="someday"))
    with pytest.raises(ConfigError, match="workers"):
        run([], Settings(), workers=-1)


def test_default_workers_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_WORKERS", "1")
    # One worker: the unpicklable factory works although there are several chunks.
    monkeypatch.setenv("NEWSEVENTS_BATCH_SIZE", "2")
    assert len(list(run(articles(6), analyzer=lambda: echo_analyzer()))) == 6


def test_public_entry_point() -> None:
    assert newsevents.run is run
    assert newsevents.Settings is Settings


def test_pipeline_analyze_goes_through_the_runner(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The convenience function used to skip duplicate removal and settings; now it is the runner.
    monkeypatch.setattr(Pipeline, "load", classmethod(lambda cls, **kwargs: pipeline))
    given = [Article(id="pier", text=STORY), Article(id="pier-copy", text=STORY)]
    results = list(newsevents.analyze(given, workers=1))
    assert isinstance(results[0], ArticleResult) and results[0].article.id == "pier"
    assert isinstance(results[1], Rejection) and results[1].reason == "duplicate"
