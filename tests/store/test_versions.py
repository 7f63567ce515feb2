"""Same article, new version (issue 15, point 4): with the ``revisions`` setting, an article read again
under its id with another text replaces its stored version; without it, a stored id is skipped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from store_factories import article, fake_analyzer
from test_store_ingest import snapshot

from newsevents.config import Settings, load_settings
from newsevents.records import Article
from newsevents.runner import ingest
from newsevents.store import Database, run_sql, upgrade, versions
from newsevents.store.ingest import IngestStats
from newsevents.store.schema import MIGRATIONS

CliCall = Callable[..., Any]  # the `cli` fixture of tests/conftest.py

ON = Settings(revisions=True, workers=1)
OFF = Settings(workers=1)

# An invented report and its correction: the meeting is kept, the criticism (also told by another outlet)
# and the envoy's talks are withdrawn, a visit is added.
FIRST = (
    "Trump met Kim in Panmunjom on 2019-06-30. Moon criticized Kim on 2019-06-29. "
    "Guterres met Moon on 2019-06-28."
)
CORRECTED = "Trump met Kim in Panmunjom on 2019-06-30. Moon visited Kim in Hanoi on 2019-07-01."
OTHER = "Trump met Kim in Panmunjom on 2019-06-30. Moon criticized Kim on 2019-06-29."

EVENT_COUNTS = (
    "SELECT cameo, actor1_code, num_mentions, num_articles, num_sources FROM events "
    "ORDER BY cameo, actor1_code"
)


def _store(db: Path, *items: Article, settings: Settings = ON) -> IngestStats:
    return ingest(list(items), db, settings, workers=1, analyzer=fake_analyzer)


def _counts(db: Path) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in run_sql(db, EVENT_COUNTS).itertuples(index=False)]


def _full_snapshot(db: Path) -> dict[str, pd.DataFrame]:
    """Every table a revision touches, timestamps aside."""
    found = snapshot(db)
    for table, order in [
        ("event_keys", "id"),
        ("article_versions", "article_id, version"),
        ("quotes", "article_id, n"),
    ]:
        frame = run_sql(db, f"SELECT * FROM {table} ORDER BY {order}")
        found[table] = frame.drop(columns=[c for c in ("stored_at", "replaced_at") if c in frame.columns])
    return found


def _assert_same(left: dict[str, pd.DataFrame], right: dict[str, pd.DataFrame]) -> None:
    assert left.keys() == right.keys()
    for table in left:
        pd.testing.assert_frame_equal(left[table], right[table], obj=table)


@pytest.mark.parametrize("prefix", ["", "Corrected: "], ids=["kept-in-place", "kept-moved"])
def test_a_changed_text_replaces_the_old_version(db: Path, tmp_path: Path, prefix: str) -> None:
    first = _store(db, article("a1", FIRST), article("o1", OTHER, source="Other Outlet"))
    assert (first.added, first.revised, first.new_events) == (2, 0, 3)
    events = run_sql(db, "SELECT id, cameo, actor1_code FROM events").set_index(["cameo", "actor1_code"]).id
    met, criticized, envoy = events[("040", "USAGOV")], events[("111", "KORGOV")], events[("040", "IGOUNO")]
    assert _counts(db) == [
        ("040", "IGOUNO", 1, 1, 1),
        ("040", "USAGOV", 2, 2, 2),
        ("111", "KORGOV", 2, 2, 2),
    ]

    second = _store(db, article("a1", prefix + CORRECTED))
    assert (second.read, second.added, second.revised, second.skipped) == (1, 1, 1, 0)
    # the envoy's talks are gone (no one else told them), the criticism drops to the other outlet's
    # report, the visit appears, and the meeting keeps its id and both reports
    assert _counts(db) == [
        ("040", "USAGOV", 2, 2, 2),
        ("042", "KORGOV", 1, 1, 1),
        ("111", "KORGOV", 1, 1, 1),
    ]
    ids = run_sql(db, "SELECT id, cameo FROM events ORDER BY id")
    assert met in set(ids.id) and criticized in set(ids.id) and envoy not in set(ids.id)
    assert sorted(run_sql(db, "SELECT id FROM event_keys").id) == sorted(ids.id)
    assert run_sql(db, "SELECT text FROM articles WHERE id = 'a1'").text[0] == prefix + CORRECTED
    assert run_sql(db, "SELECT count(*) AS n FROM mentions WHERE article_id = 'a1'").n[0] == 2

    # counts and tone are what a store that only ever saw the corrected text holds
    fresh = tmp_path / "fresh.duckdb"
    _store(fresh, article("a1", prefix + CORRECTED), article("o1", OTHER, source="Other Outlet"))
    same = "SELECT * EXCLUDE (id, added_at, source_url) FROM events ORDER BY cameo, actor1_code"
    pd.testing.assert_frame_equal(run_sql(db, same), run_sql(fresh, same))
    mentions = "SELECT * EXCLUDE (event_id, ingested_at) FROM mentions ORDER BY id"
    pd.testing.assert_frame_equal(run_sql(db, mentions), run_sql(fresh, mentions))

    history = versions.history(Database(db), "a1")
    assert [(v["version"], v["current"], v["num_mentions"]) for v in history] == [(1, False, 3), (2, True, 2)]
    assert history[0]["text"] == FIRST and history[1]["text"] is None
    assert history[0]["event_ids"] == sorted([met, criticized, envoy])
    assert history[0]["replaced_at"] is not None and history[1]["replaced_at"] is None


def test_the_same_version_again_changes_nothing(db: Path) -> None:
    _store(db, article("a1", FIRST), article("o1", OTHER, source="Other Outlet"))
    _store(db, article("a1", CORRECTED))
    before = _full_snapshot(db)
    again = _store(db, article("a1", CORRECTED), article("o1", OTHER, source="Other Outlet"))
    assert (again.added, again.revised, again.skipped, again.mentions) == (0, 0, 2, 0)
    _assert_same(_full_snapshot(db), before)


def test_with_revisions_off_a_stored_id_is_skipped(db: Path) -> None:
    _store(db, article("a1", FIRST), settings=OFF)
    before = _full_snapshot(db)
    stats = _store(db, article("a1", CORRECTED), settings=OFF)
    assert (stats.added, stats.revised, stats.skipped) == (0, 0, 1)
    _assert_same(_full_snapshot(db), before)
    assert run_sql(db, "SELECT text FROM articles").text.tolist() == [FIRST]
    assert len(versions.history(Database(db), "a1")) == 1


def test_a_crash_in_the_commit_leaves_the_old_version(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _store(db, article("a1", FIRST), article("o1", OTHER, source="Other Outlet"))
    before = _full_snapshot(db)

    def crash(con: Any, event_ids: Any) -> list[int]:
        raise RuntimeError("injected after the old version was retracted and the new one merged")

    monkeypatch.setattr(versions, "prune", crash)
    with pytest.raises(RuntimeError, match="injected"):
        _store(db, article("a1", CORRECTED))
    _assert_same(_full_snapshot(db), before)

    monkeypatch.undo()  # the same command again completes the job
    assert _store(db, article("a1", CORRECTED)).revised == 1
    assert [v["version"] for v in versions.history(Database(db), "a1")] == [1, 2]


def test_a_removed_event_id_is_never_given_again(db: Path) -> None:
    _store(db, article("a1", "Trump met Kim in Panmunjom on 2019-06-30. Guterres met Moon on 2019-06-28."))
    largest = int(run_sql(db, "SELECT max(id) AS m FROM events").m[0])
    _store(db, article("a1", "Trump met Kim in Panmunjom on 2019-06-30."))
    assert int(run_sql(db, "SELECT max(id) AS m FROM events").m[0]) < largest  # the envoy's event went
    _store(db, article("b1", "Moon criticized Kim on 2019-06-29."))
    assert run_sql(db, "SELECT id FROM events WHERE cameo = '111'").id.tolist() == [largest + 1]


@pytest.mark.parametrize("batch_size", [1, 32])
def test_versions_read_in_one_run_are_stored_in_order(db: Path, batch_size: int) -> None:
    # a long shared body: the run's near-duplicate check finds the correction close to its first version
    tail = "".join(f" Note {i} of the wire copy lists item {i}." for i in range(60))
    settings = Settings(revisions=True, workers=1, batch_size=batch_size)
    stats = ingest(
        [article("a1", FIRST + tail), article("a1", CORRECTED + tail)],
        db,
        settings,
        workers=1,
        analyzer=fake_analyzer,
    )
    assert (stats.added, stats.revised) == (2, 1)
    stored = run_sql(db, "SELECT text, duplicate_of FROM articles")
    assert stored.text.tolist() == [CORRECTED + tail]
    assert stored.duplicate_of.tolist() == [None]  # a new version is no copy of its old self
    assert [v["num_mentions"] for v in versions.history(Database(db), "a1")] == [3, 2]
    assert _counts(db) == [("040", "USAGOV", 1, 1, 1), ("042", "KORGOV", 1, 1, 1)]


def test_a_new_version_that_repeats_another_article_is_a_duplicate(db: Path) -> None:
    _store(db, article("a1", FIRST), article("b1", CORRECTED))  # one outlet, two articles
    stats = _store(db, article("a1", CORRECTED))
    assert (stats.added, stats.rejected) == (0, 1)
    assert run_sql(db, "SELECT text FROM articles WHERE id = 'a1'").text[0] == FIRST
    assert run_sql(db, "SELECT count(*) AS n FROM article_versions").n[0] == 0


def test_a_store_of_version_3_upgrades_and_takes_versions(db: Path) -> None:
    old = Database(db, migrations=MIGRATIONS[:3])
    ingest([article("a1", FIRST)], old, OFF, workers=1, analyzer=fake_analyzer)
    old.close()
    assert upgrade(db) == (3, len(MIGRATIONS))
    assert _store(db, article("a1", CORRECTED)).revised == 1
    assert [v["version"] for v in versions.history(Database(db), "a1")] == [1, 2]


def test_the_setting_comes_from_toml_environment_and_options(tmp_path: Path) -> None:
    config = tmp_path / "live.toml"
    config.write_text("[newsevents]\nrevisions = true\n", encoding="utf-8")
    assert Settings().revisions is False
    assert load_settings(config, environ={}).revisions is True
    assert load_settings(environ={"NEWSEVENTS_REVISIONS": "yes"}).revisions is True
    assert load_settings(config, environ={"NEWSEVENTS_REVISIONS": "0"}).revisions is False
    assert load_settings(environ={"NEWSEVENTS_REVISIONS": "1"}, revisions=False).revisions is False


def test_ingest_revisions_option(cli: CliCall, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page, db = tmp_path / "summit.txt", tmp_path / "cli.duckdb"
    page.write_text(
        "Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in Tokyo.\n"
    )
    assert cli("ingest", str(page), "--db", str(db), "--published", "2023-05-08").exit_code == 0
    page.write_text(
        "Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in Osaka.\n"
    )
    monkeypatch.setenv("NEWSEVENTS_REVISIONS", "1")
    off = cli("ingest", str(page), "--db", str(db), "--published", "2023-05-08", "--no-revisions")
    assert off.exit_code == 0 and "already stored 1" in off.stdout
    assert run_sql(db, "SELECT count(*) AS n FROM article_versions").n[0] == 0
    monkeypatch.delenv("NEWSEVENTS_REVISIONS")
    on = cli("ingest", str(page), "--db", str(db), "--published", "2023-05-08", "--revisions")
    assert on.exit_code == 0 and "added 1 (1 new versions)" in on.stdout, on.stdout
    assert run_sql(db, "SELECT text FROM articles").text[0].endswith("in Osaka.")
    assert run_sql(db, "SELECT version FROM article_versions").version.tolist() == [1]


def test_changes_show_what_was_removed_and_added() -> None:
    assert versions.changes("Talks began on Monday in Hanoi.", "Talks began on Tuesday in Hanoi.") == [
        ("same", "Talks began on "),
        ("removed", "Monday "),
        ("added", "Tuesday "),
        ("same", "in Hanoi."),
    ]
    opening = " ".join(f"w{i}" for i in range(40))
    pieces = versions.changes(opening + " old end.", opening + " new end.")
    assert pieces[0] == (
        "skipped",
        "…",
    )  # a long unchanged opening is shortened to the words before the change
    assert pieces[1][0] == "same" and pieces[1][1].startswith("w28 ")
    assert pieces[2:] == [("removed", "old "), ("added", "new "), ("same", "end.")]
