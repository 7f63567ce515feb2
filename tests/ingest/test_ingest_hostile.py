"""Hostile records are rejected one by one, the rest of the batch is coded (issue 12, item 1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.ingest import read
from newsevents.ingest.text import MAX_TEXT_CHARS
from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult, Rejection

STORY = (
    "Fishermen from two coastal villages blocked the harbour road near Mombasa on Tuesday, saying a new "
    "licence fee would ruin them, and the county governor promised to meet their leaders within a week."
)


def _lines(tmp_path: Path, middle: str) -> Path:
    """A JSONL file: a good record, the hostile line, another good record."""
    path = tmp_path / "batch.jsonl"
    first = json.dumps({"id": "good-1", "text": STORY, "published": "2021-03-02"})
    last = json.dumps({"id": "good-2", "text": STORY.replace("Tuesday", "Wednesday")})
    path.write_text(f"{first}\n{middle}\n{last}\n", encoding="utf-8")
    return path


HOSTILE = {
    "digits": (json.dumps({"id": "n", "text": STORY})[:-1] + f', "n": {"7" * 5000}}}', "invalid-json"),
    "too-long": (json.dumps({"id": "l", "text": "word " * (MAX_TEXT_CHARS // 5 + 10)}), "too-long"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_bad_line_is_one_rejection(tmp_path: Path, case: str) -> None:
    line, reason = HOSTILE[case]
    records = list(read([_lines(tmp_path, line)]))
    assert [type(r).__name__ for r in records] == ["Article", "Rejection", "Article"]
    rejection = records[1]
    assert isinstance(rejection, Rejection) and rejection.reason == reason
    assert len(rejection.detail) < 160 and "\n" not in rejection.message()


@pytest.mark.parametrize("field", ["id", "text", "title", "source", "url"])
def test_lone_surrogates_are_replaced(tmp_path: Path, field: str) -> None:
    record = {"id": "s", "text": STORY, "title": "Harbour road", "source": "Coast Wire", "url": "http://x.test/a"}
    raw = json.dumps(record).replace(f'"{field}": "', f'"{field}": "\\ud800', 1)
    article = list(read([_lines(tmp_path, raw)]))[1]
    assert isinstance(article, Article)
    value = getattr(article, field)
    assert "\ufffd" in value
    value.encode("utf-8")  # would raise on a lone surrogate


@pytest.mark.parametrize("published", ["0001-01-01", "0999-12-31", "2101-01-01", "9999-12-31"])
def test_published_outside_1000_2100_counts_as_missing(tmp_path: Path, published: str) -> None:
    raw = json.dumps({"id": "y", "text": STORY, "published": published})
    article = list(read([_lines(tmp_path, raw)]))[1]
    assert isinstance(article, Article) and article.published is None


def test_a_coder_failure_costs_one_article(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    original = Pipeline.code_doc

    def fragile(self: Pipeline, article: Article, doc: object) -> ArticleResult:
        if article.id == "boom":
            raise RuntimeError("a stage broke")
        return original(self, article, doc)  # type: ignore[arg-type]

    monkeypatch.setattr(Pipeline, "code_doc", fragile)
    articles = [Article(id=i, text=STORY, language="en", published="2021-03-02") for i in ("a", "boom", "b")]
    results = list(pipeline.analyze(articles))
    assert [r.article.id for r in results if isinstance(r, ArticleResult)] == ["a", "boom", "b"]
    failed = results[1]
    assert isinstance(failed, ArticleResult) and failed.rejection is not None
    assert failed.rejection.reason == "coder-error" and "a stage broke" in failed.rejection.detail
    for kept in (results[0], results[2]):
        assert isinstance(kept, ArticleResult) and kept.rejection is None and kept.events
