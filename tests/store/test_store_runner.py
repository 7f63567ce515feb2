"""One runner behind every way in (issue 11, parts 2-3): `newsevents ingest`, ``Store.ingest`` and
``newsevents.runner.ingest`` make the same store from the same inputs and settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_store_ingest import assert_same_store

from newsevents.config import load_settings
from newsevents.pipeline import Pipeline
from newsevents.runner import ingest
from newsevents.store import Store, run_sql

CliCall = Callable[..., Any]  # the `cli` fixture of tests/conftest.py

# Invented reports: two codable ones, an exact copy, a reworded copy, one in French, an empty file
# (read in sorted order, so talks-1 is the original).
TALKS = (
    "Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in Tokyo on Monday. "
    "The two leaders agreed to expand a rail project and to hold joint naval drills later in the year, "
    "officials from both governments said after the meeting.\n"
)
FILES = {
    "talks-1.txt": TALKS,
    "talks-2.txt": TALKS,
    "talks-3.txt": TALKS.replace("officials from both governments said", "officials said") + "(Wire)\n",
    "farmers.txt": "Thousands of farmers protested outside parliament in Paris on Friday. Police arrested "
    "dozens of them after a tractor blocked the main road for several hours.\n",
    "conseil.txt": "Le conseil municipal a voté le budget de la ville mardi soir après un long débat.\n",
    "empty.txt": "",
}


@pytest.fixture
def inputs(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    config = tmp_path / "run.toml"
    config.write_text('[newsevents]\npublished = "2023-05-08"\nduplicate_threshold = 0.6\n', encoding="utf-8")
    return folder, config


def test_cli_store_and_runner_make_the_same_store(
    cli: CliCall, pipeline: Pipeline, inputs: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, config = inputs
    by_cli, by_store, by_runner = (tmp_path / f"{name}.duckdb" for name in ("cli", "store", "runner"))
    result = cli("ingest", str(folder), "--db", str(by_cli), "--config", str(config))
    assert result.exit_code == 0, result.stderr
    settings = load_settings(config)
    with Store(by_store) as store:
        stats = store.ingest([folder], settings, workers=1, analyzer=lambda: pipeline)
    ingest([folder], by_runner, settings, workers=1, analyzer=lambda: pipeline)
    assert_same_store(by_cli, by_store)
    assert_same_store(by_cli, by_runner)
    # ... and that store holds what each step should have done.
    assert (stats.read, stats.added) == (6, 4)
    articles = run_sql(by_cli, "SELECT id, published, duplicate_of, num_events FROM articles ORDER BY id")
    assert articles.id.tolist() == ["conseil", "farmers", "talks-1", "talks-3"]
    assert set(articles.published) == {"2023-05-08"}
    assert articles.set_index("id").duplicate_of.to_dict()["talks-3"] == "talks-1"
    assert (articles.set_index("id").num_events[["farmers", "talks-1"]] > 0).all()
    reasons = sorted(run_sql(by_cli, "SELECT reason FROM rejections").reason)
    assert reasons == ["duplicate", "empty", "not-english"]


def test_store_ingest_twice_changes_nothing(
    pipeline: Pipeline, inputs: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, config = inputs
    db = tmp_path / "again.duckdb"
    with Store(db) as store:
        store.ingest([folder], load_settings(config), workers=1, analyzer=lambda: pipeline)
        again = store.ingest([folder], load_settings(config), workers=1, analyzer=lambda: pipeline)
    assert (again.added, again.skipped) == (0, 4)
