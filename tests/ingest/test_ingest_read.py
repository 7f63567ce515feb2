"""``newsevents.ingest.read`` (issue 2 items 4 and 7, issue 4): files, directories, stdin, bad inputs."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

import newsevents.ingest as ingest
from newsevents.errors import ConfigError
from newsevents.ingest import ReadStats, read
from newsevents.records import Article, Rejection

STORY = (
    "The regional assembly in Kisumu approved a new water budget on Thursday after a long debate.\n\n"
    "Opposition members said the money would not reach the villages that need it most, and promised to "
    "ask the auditor to follow every payment."
)


def only(records: list) -> Article | Rejection:
    assert len(records) == 1, records
    return records[0]


def test_text_file_uses_the_stem_as_id(tmp_path: Path) -> None:
    path = tmp_path / "kisumu-water.txt"
    path.write_text(STORY, encoding="utf-8")
    article = only(list(read([path])))
    assert isinstance(article, Article)
    assert article.id == "kisumu-water" and article.origin == str(path)
    assert article.text == STORY and article.published is None and article.language == "en"


def test_seed_file(seed_expected: dict) -> None:
    from ingest_helpers import SEED_DIR

    article = only(list(read([SEED_DIR / "panmunjom-2019.txt"])))
    assert isinstance(article, Article)
    assert article.id == seed_expected["article_id"]
    assert article.published is seed_expected["published"]
    assert article.translator == seed_expected["translator"]
    assert article.photo_credits == (seed_expected["photo"]["credit"],)
    assert article.captions == (seed_expected["photo"]["caption"],)


def test_published_is_a_fallback_only(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "b", "text": STORY, "published": "2021-05-04T10:00:00Z"}), encoding="utf-8"
    )
    records = list(read([tmp_path / "a.txt", tmp_path / "b.jsonl"], published="2021-06-01"))
    assert [r.published for r in records] == ["2021-06-01", "2021-05-04"]


@pytest.mark.parametrize("bad", ["yesterday", "2021-13-01", "June 2021"])
def test_invalid_reference_date_is_a_usage_error(bad: str) -> None:
    with pytest.raises(ConfigError):
        list(read([], published=bad))


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": "one",
                "text": STORY,
                "title": "Water budget",
                "source": "Lake Post",
                "url": "https://lakepost.example/water",
            }
        ),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"text": STORY}),
        json.dumps(
            {
                "id": "two",
                "html": "<html><body><article><p>"
                + STORY.replace("\n\n", "</p><p>")
                + "</p></article></body></html>",
                "published": "2022-02-03",
            }
        ),
        "",
        json.dumps({"id": "three", "text": "   "}),
        json.dumps({"id": 4, "text": STORY, "title": 7}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = list(read([path]))
    kinds = [(r.id if isinstance(r, Article) else r.reason) for r in records]
    assert kinds == [
        "one",
        "invalid-json",
        "invalid-record",
        "invalid-record",
        "two",
        "empty",
        "invalid-record",
    ]
    first = records[0]
    assert isinstance(first, Article) and first.title == "Water budget" and first.source == "Lake Post"
    assert records[1].origin == f"{path}:2"
    second = records[4]
    assert isinstance(second, Article) and second.published == "2022-02-03"
    assert second.text.startswith("The regional assembly")


def test_jsonl_non_utf8_line_is_rejected_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "mixed.ndjson"
    good = json.dumps({"id": "g", "text": STORY}).encode()
    path.write_bytes(b'{"id": "x", "text": "caf\xe9"}\n' + good + b"\n")
    records = list(read([path]))
    assert [getattr(r, "reason", None) for r in records] == ["encoding", None]


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "second.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a-first.txt").write_text(STORY.replace("Thursday", "Friday"), encoding="utf-8")
    (tmp_path / "b" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text(STORY, encoding="utf-8")
    stats = ReadStats()
    records = list(read([tmp_path], stats=stats))
    assert [r.id for r in records] == ["a-first", "second"]
    assert stats.skipped_files == 2 and stats.files == 2 and stats.articles == 2 and stats.rejected == 0


@pytest.mark.parametrize(
    ("content", "kind", "expected_id"),
    [
        (STORY.encode(), "text", "stdin"),
        (
            json.dumps({"id": "from-pipe", "text": STORY}).encode()
            + b"\n"
            + json.dumps({"id": "p2", "text": STORY[::-1]}).encode(),
            "jsonl",
            "from-pipe",
        ),
        (
            b"<!DOCTYPE html><html><body><article><p>" + STORY.encode() + b"</p></article></body></html>",
            "html",
            "stdin",
        ),
    ],
)
def test_stdin_is_sniffed(content: bytes, kind: str, expected_id: str) -> None:
    records = list(read(["-"], stdin=io.BytesIO(content)))
    assert isinstance(records[0], Article) and records[0].id == expected_id
    assert records[0].text.startswith("The regional assembly")
    assert len(records) == (2 if kind == "jsonl" else 1)


def test_stdin_jsonl_longer_than_the_sniffed_head() -> None:
    lines = [json.dumps({"id": f"n{i}", "text": f"Item {i}. " + STORY}) for i in range(60)]
    records = list(read(["-"], stdin=io.BytesIO("\n".join(lines).encode())))
    assert [r.id for r in records] == [f"n{i}" for i in range(60)]


def _unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "locked.txt"
    path.write_text(STORY, encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:
        # root ignores permission bits: make opening this one path fail the way it would for a user.
        real_open = open

        def guarded(file, *args, **kwargs):  # type: ignore[no-untyped-def]
            if Path(file) == path:
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(ingest, "open", guarded, raising=False)
    return path


def test_every_bad_input_kind_is_a_rejection_and_the_rest_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {
        "empty.txt": b"",
        "blank.txt": b"  \n\n ",
        "binary.txt": bytes(range(256)) * 4,
        "latin.txt": "Le conseil a vot\u00e9 le budget.".encode("latin-1"),
        "good.txt": STORY.encode(),
        "bad.jsonl": b"{broken\n",
        "chrome-only.txt": b"Leave a comment\n\nYour email address will not be published.",
        "broken.warc": b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/x\r\n"
        b"Content-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Cut",
        "bad.rss": b"<rss><channel><title>x</title></channel>",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    locked = _unreadable(tmp_path, monkeypatch)
    names = ["missing.txt", *files, locked.name]
    records = list(read([tmp_path / n for n in names]))
    got = {
        Path(
            r.origin.split("#")[0].rsplit(":", 1)[0] if r.origin.endswith(":1") else r.origin.split("#")[0]
        ).name: (r.reason if isinstance(r, Rejection) else "article")
        for r in records
    }
    assert got == {
        "missing.txt": "missing",
        "empty.txt": "empty",
        "blank.txt": "empty",
        "binary.txt": "binary",
        "latin.txt": "encoding",
        "good.txt": "article",
        "bad.jsonl": "invalid-json",
        "chrome-only.txt": "empty",
        "broken.warc": "truncated",
        "bad.rss": "invalid-feed",
        "locked.txt": "unreadable",
    }
    for record in records:
        if isinstance(record, Rejection):
            assert record.detail and record.message().startswith("newsevents: ")


def test_oversized_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 50)
    path = tmp_path / "big.txt"
    path.write_text(STORY, encoding="utf-8")
    assert only(list(read([path]))).reason == "too-large"


def test_unknown_extension_named_explicitly_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(STORY, encoding="utf-8")
    article = only(list(read([path])))
    assert isinstance(article, Article) and article.id == "story"


def test_non_english_article_is_kept_with_its_language(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(
        "Le gouvernement a annoncé jeudi un nouveau plan pour les écoles rurales, après des mois de "
        "négociations avec les syndicats d'enseignants.",
        encoding="utf-8",
    )
    article = only(list(read([path])))
    assert isinstance(article, Article) and article.language == "fr"


def test_stats_count_rejections_by_reason(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    stats = ReadStats()
    list(read([tmp_path / "e.txt", tmp_path / "nope.txt"], stats=stats))
    assert stats.rejected == 2 and stats.rejected_by_reason == {"empty": 1, "missing": 1}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("text/html; charset=ISO-8859-1", ("text/html", "ISO-8859-1")),
        ('Text/HTML;Charset="utf-8"', ("text/html", "utf-8")),
        ("application/xhtml+xml", ("application/xhtml+xml", None)),
        ("; charset=utf-8", (None, "utf-8")),
        ("text/html; charset=", ("text/html", None)),
        ("", (None, None)),
        (None, (None, None)),
    ],
)
def test_content_type_reads_media_and_charset(raw: str | None, expected: tuple[str | None, ...]) -> None:
    # One reading for fetched pages and WARC records alike.
    from newsevents.ingest.text import content_type

    assert content_type(raw) == expected
