"""The resolver's word lists: the packaged file loads, and a bad file is refused naming its line."""

from __future__ import annotations

from dataclasses import fields
from importlib import resources
from pathlib import Path

import pytest

from newsevents.actors.words import Words, load_words, packaged_words
from newsevents.errors import DataFileError


def test_packaged_lists() -> None:
    words = packaged_words()
    for field in fields(Words):
        assert getattr(words, field.name), f"{field.name} is empty"
    assert "he" in words.person_pronouns and "they" in words.group_pronouns
    assert words.pronouns == words.person_pronouns | words.group_pronouns
    assert words.pair_nouns >= words.pair_people | {"delegation"}
    assert "task force" in words.not_agents


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "words.tsv"
    packaged = resources.files("newsevents").joinpath("actors/data/words.tsv").read_text(encoding="utf-8")
    path.write_text(packaged + body, encoding="utf-8")
    return path


def test_a_valid_addition_loads(tmp_path: Path) -> None:
    words = load_words(_write(tmp_path, "former\tsometime\n"))
    assert "sometime" in words.former


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("former", "expected 2 tab-separated columns"),
        ("former\tformer\tnote", "expected 2 tab-separated columns"),
        ("formers\tonce", "unknown list 'formers'"),
        ("former\tOnce", "bad word 'Once'"),
        ("former\t", "bad word ''"),
        ("former\tformer", "'former' is already in the list former"),
    ],
)
def test_a_bad_row_names_its_line(tmp_path: Path, row: str, message: str) -> None:
    path = _write(tmp_path, row + "\n")
    line = len(path.read_text().splitlines())
    with pytest.raises(DataFileError, match=f"^{path}:{line}: {message}"):
        load_words(path)


def test_header_and_missing_list(tmp_path: Path) -> None:
    path = tmp_path / "words.tsv"
    path.write_text("word\tlist\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r":1: expected the header"):
        load_words(path)
    path.write_text("list\tword\nformer\tex\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="no words for the list.*np-deps"):
        load_words(path)
    with pytest.raises(DataFileError, match="cannot read"):
        load_words(tmp_path / "missing.tsv")
