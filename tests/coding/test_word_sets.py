"""``resources.word_sets``: the shared reader of packaged TOML word lists, strict about its keys."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from newsevents.coding import resources
from newsevents.coding.resources import word_sets
from newsevents.errors import DataFileError

NAME = "coding/data/words.toml"


@pytest.fixture
def table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A package folder of our own, so that the test writes nothing into the installed package."""
    monkeypatch.setattr(resources, "package_files", SimpleNamespace(files=lambda _package: tmp_path))
    path = tmp_path / NAME
    path.parent.mkdir(parents=True)
    return path


def test_reads_each_key_as_a_word_set(table: Path) -> None:
    table.write_text('verbs = ["admit", "concede"]\nroots = ["18"]\n', encoding="utf-8")
    assert word_sets(NAME, ("verbs", "roots")) == {
        "verbs": frozenset({"admit", "concede"}),
        "roots": frozenset({"18"}),
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('verbs = ["admit"]\n', "roots must be a list of words"),
        ('verbs = ["admit"]\nroots = "18"\n', "roots must be a list of words"),
        ('verbs = ["admit", ""]\nroots = ["18"]\n', "verbs must be a list of words"),
        ('verbs = ["admit"]\nroots = ["18"]\nnouns = ["x"]\n', "unknown keys ['nouns']"),
        ("verbs = [\n", NAME),
    ],
)
def test_a_malformed_table_names_the_file_and_the_key(table: Path, text: str, message: str) -> None:
    table.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        word_sets(NAME, ("verbs", "roots"))
    assert NAME in str(caught.value) and message in str(caught.value)
