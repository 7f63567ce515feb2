"""GDELT-style update files (issue 15, point 3): ``store.updates.publish`` and ``export --updates``.

The store stamps rows with the clock; these tests give each ingested batch an invented time instead
(``_stamp``), so the intervals are fixed and no test depends on when it runs.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import shutil
import zipfile
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from store_factories import article, corpus, fake_analyzer
from test_gdelt_roundtrip import read_typed
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.errors import ConfigError, StoreError
from newsevents.store import GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, Database, ingest_items
from newsevents.store.updates import (
    DEFAULT_BASE_URL,
    LAST_UPDATE,
    MASTER_LIST,
    Published,
    interval_start,
    publish,
)

T0 = dt.datetime(2001, 3, 5, 10, 3)  # batch one: the 10:00 interval
T1 = dt.datetime(2001, 3, 5, 10, 20)  # batch two: 10:15
T2 = dt.datetime(2001, 3, 5, 10, 52)  # batch three, a story already stored: 10:45
LATER = dt.datetime(2001, 3, 5, 12, 0)
# Every invented time is before this; anything after it was just stamped by the store's clock.
_INVENTED = dt.datetime(2002, 1, 1)


def _stamp(db: Path, when: dt.datetime) -> None:
    """Give the rows the last ingest added (stamped with the clock) the invented time ``when``."""
    con = duckdb.connect(str(db))
    try:
        con.execute("UPDATE events SET added_at = ? WHERE added_at > ?", [when, _INVENTED])
        con.execute("UPDATE mentions SET ingested_at = ? WHERE ingested_at > ?", [when, _INVENTED])
    finally:
        con.close()


def _ingest(db: Path, articles: list, when: dt.datetime) -> None:  # type: ignore[type-arg]
    ingest_items(articles, db, analyzer=fake_analyzer)
    _stamp(db, when)


def _expected(db: Path, start: dt.datetime) -> tuple[list[int], list[tuple[int, str]]]:
    """From the store's own tables: the event ids first added in the interval at ``start``, and the
    (event id, article URL) of every mention added in it."""
    end = start + dt.timedelta(minutes=15)
    con = duckdb.connect(str(db), read_only=True)
    try:
        events = con.execute(
            "SELECT id FROM events WHERE added_at >= ? AND added_at < ? ORDER BY id", [start, end]
        ).fetchall()
        mentions = con.execute(
            "SELECT m.event_id, a.url FROM mentions m JOIN articles a ON a.id = m.article_id "
            "WHERE m.ingested_at >= ? AND m.ingested_at < ? ORDER BY 1, 2",
            [start, end],
        ).fetchall()
    finally:
        con.close()
    return [r[0] for r in events], [(r[0], r[1]) for r in mentions]


def _read_mentions(path: Path) -> pd.DataFrame:
    """A mentions zip as a GDELT reader loads it: tab-separated, no header, GDELT's 16 names."""
    return pd.read_csv(
        path, sep="\t", header=None, names=list(GDELT_MENTION_COLUMNS), dtype=str,
        quoting=csv.QUOTE_NONE, keep_default_na=False,
    )


def _listed(folder: Path, name: str = MASTER_LIST) -> list[tuple[int, str, str]]:
    lines = (folder / name).read_text(encoding="ascii").splitlines()
    return [(int(size), md5, url) for size, md5, url in (line.split(" ") for line in lines)]


def _listed_lines(folder: Path) -> list[str]:
    return (folder / MASTER_LIST).read_text(encoding="ascii").splitlines()


@pytest.fixture
def three_rounds(db: Path, tmp_path: Path) -> tuple[Path, Path, list[Published | None]]:
    """Three batches in three intervals, published after each; the third batch repeats a story of
    the first from another outlet (a new mention of an old event, no new event)."""
    folder = tmp_path / "updates"
    stories = corpus(12)
    results = []
    _ingest(db, stories[:6], T0)
    results.append(publish(db, folder, now=T0 + dt.timedelta(minutes=10)))  # 10:13: 10:00 not over yet
    results.append(publish(db, folder, now=T1))
    _ingest(db, stories[6:], T1)
    results.append(publish(db, folder, now=T2))
    repeat = article("late", "Kim met Moon in Hanoi on 2019-01-01.", source="Another Outlet")
    _ingest(db, [repeat], T2)
    results.append(publish(db, folder, now=LATER))
    return db, folder, results


def test_each_publication_lists_exactly_the_rows_added_in_its_interval(
    three_rounds: tuple[Path, Path, list[Published | None]],
) -> None:
    db, folder, results = three_rounds
    assert results[0] is None  # the interval of the first batch was still open
    assert all(r is not None for r in results[1:])
    seen_events: set[int] = set()
    for published, start in zip(results[1:], (T0, T1, T2), strict=True):
        assert published is not None and len(published.updates) == 1
        update = published.updates[0]
        assert update.start == interval_start(start)
        assert update.stamp == f"{interval_start(start):%Y%m%d%H%M%S}"
        assert update.export.name == f"{update.stamp}.export.CSV.zip"
        assert update.mentions.name == f"{update.stamp}.mentions.CSV.zip"
        events, mentions = _expected(db, interval_start(start))
        exported = read_typed(update.export)
        assert exported.shape[1] == 61 and tuple(exported.columns) == GDELT_EVENT_COLUMNS
        assert sorted(exported["GlobalEventID"].tolist()) == events
        assert set(exported["DATEADDED"].astype(str)) == ({update.stamp} if events else set())
        got = _read_mentions(update.mentions)
        assert got.shape[1] == 16
        pairs = zip(got["GlobalEventID"].astype(int), got["MentionIdentifier"], strict=True)
        assert sorted(pairs) == mentions
        assert (update.num_events, update.num_mentions) == (len(events), len(mentions))
        assert not seen_events & set(events)  # never an event twice
        seen_events |= set(events)
    # The third interval added no event, only a mention of one the first interval published.
    last = results[3]
    assert last is not None and last.num_events == 0 and last.num_mentions == 1
    late = _read_mentions(last.updates[0].mentions).iloc[0]
    assert int(late["GlobalEventID"]) in _expected(db, interval_start(T0))[0]
    # As in GDELT: the event's time is when it was first seen, the file's is when this mention was.
    assert late["EventTimeDate"] == f"{interval_start(T0):%Y%m%d%H%M%S}" != last.updates[0].stamp


def test_the_lists_name_every_file_with_its_size_and_md5(
    three_rounds: tuple[Path, Path, list[Published | None]],
) -> None:
    _, folder, results = three_rounds
    files = [p for r in results if r is not None for p in r.files]
    listed = _listed(folder)
    assert [url for _, _, url in listed] == [DEFAULT_BASE_URL + p.name for p in files]
    for (size, md5, _), path in zip(listed, files, strict=True):
        data = path.read_bytes()
        assert size == len(data) and md5 == hashlib.md5(data, usedforsecurity=False).hexdigest()
        with zipfile.ZipFile(path) as archive:
            assert archive.namelist() == [path.name.removesuffix(".zip")]
    assert _listed(folder, LAST_UPDATE) == listed[-2:]
    assert [u.endswith(".export.CSV.zip") for _, _, u in _listed(folder, LAST_UPDATE)] == [True, False]


def test_nothing_new_writes_nothing(three_rounds: tuple[Path, Path, list[Published | None]]) -> None:
    db, folder, _ = three_rounds
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert publish(db, folder, now=LATER + dt.timedelta(days=1)) is None
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_several_closed_intervals_go_out_in_order_in_one_call(db: Path, tmp_path: Path) -> None:
    stories = corpus(8)
    _ingest(db, stories[:4], T0)
    _ingest(db, stories[4:], T1)
    published = publish(db, tmp_path / "u", now=LATER)
    assert published is not None
    assert [u.start for u in published.updates] == [interval_start(T0), interval_start(T1)]
    assert published.start == interval_start(T0)
    assert published.end == interval_start(T1) + dt.timedelta(minutes=15)
    assert published.num_events == len(_expected(db, interval_start(T0))[0]) + len(
        _expected(db, interval_start(T1))[0]
    )
    assert len(_listed(tmp_path / "u")) == 4


@pytest.mark.parametrize(
    "torn",
    [
        pytest.param(lambda lines: lines[0] + "\n" + lines[1][:17], id="line-cut-short"),
        pytest.param(lambda lines: lines[0] + "\n", id="export-line-without-mentions"),
        pytest.param(lambda lines: "", id="files-written-not-listed"),
    ],
)
def test_a_crash_mid_publication_is_redone_once(db: Path, tmp_path: Path, torn: object) -> None:
    stories = corpus(8)
    _ingest(db, stories[:4], T0)
    _ingest(db, stories[4:], T1)
    clean, crashed = tmp_path / "clean", tmp_path / "crashed"
    publish(db, clean, now=LATER)
    # The crashed directory: the first interval published, the second's files on disk, its append torn.
    shutil.copytree(clean, crashed)
    lines = (clean / MASTER_LIST).read_text(encoding="ascii").splitlines()
    head = "".join(f"{line}\n" for line in lines[:2])
    (crashed / MASTER_LIST).write_text(head + torn(lines[2:]), encoding="ascii")  # type: ignore[operator]
    (crashed / LAST_UPDATE).write_text(head, encoding="ascii")
    again = publish(db, crashed, now=LATER)
    assert again is not None and [u.start for u in again.updates] == [interval_start(T1)]
    assert (crashed / MASTER_LIST).read_bytes() == (clean / MASTER_LIST).read_bytes()
    assert (crashed / LAST_UPDATE).read_bytes() == (clean / LAST_UPDATE).read_bytes()
    assert publish(db, crashed, now=LATER) is None


def test_a_stale_lastupdate_is_repaired(three_rounds: tuple[Path, Path, list[Published | None]]) -> None:
    db, folder, _ = three_rounds
    good = (folder / LAST_UPDATE).read_bytes()
    (folder / LAST_UPDATE).write_text("\n".join(_listed_lines(folder)[:2]) + "\n", encoding="ascii")
    assert publish(db, folder, now=LATER) is None
    assert (folder / LAST_UPDATE).read_bytes() == good



def test_a_damaged_list_is_an_error_not_rewritten(db: Path, tmp_path: Path) -> None:
    _ingest(db, corpus(4), T0)
    folder = tmp_path / "u"
    folder.mkdir()
    (folder / MASTER_LIST).write_text("not a gdelt line\nnor this\n", encoding="ascii")
    with pytest.raises(StoreError, match="line 1"):
        publish(db, folder, now=LATER)
    assert (folder / MASTER_LIST).read_text(encoding="ascii") == "not a gdelt line\nnor this\n"


def test_base_url_is_kept_for_later_calls_and_checked(db: Path, tmp_path: Path) -> None:
    stories = corpus(8)
    folder = tmp_path / "u"
    _ingest(db, stories[:4], T0)
    publish(db, folder, base_url="https://mirror.example.net/gdelt", now=T1)
    _ingest(db, stories[4:], T1)
    publish(db, folder, now=LATER)
    urls = [url for _, _, url in _listed(folder)]
    assert len(urls) == 4 and all(u.startswith("https://mirror.example.net/gdelt/2001") for u in urls)
    with pytest.raises(ConfigError, match="base-url"):
        publish(db, tmp_path / "v", base_url="ftp://mirror.example.net/", now=LATER)


def test_a_missing_store_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        publish(tmp_path / "none.duckdb", tmp_path / "u", now=LATER)


@pytest.mark.parametrize(
    ("moment", "start"),
    [
        (dt.datetime(2001, 3, 5, 10, 0), dt.datetime(2001, 3, 5, 10, 0)),
        (dt.datetime(2001, 3, 5, 10, 14, 59, 999), dt.datetime(2001, 3, 5, 10, 0)),
        (dt.datetime(2001, 3, 5, 23, 59, 1), dt.datetime(2001, 3, 5, 23, 45)),
        # an aware time is turned into UTC first
        (
            dt.datetime(2001, 3, 5, 12, 31, tzinfo=dt.timezone(dt.timedelta(hours=2))),
            dt.datetime(2001, 3, 5, 10, 30),
        ),
    ],
)
def test_interval_start_is_on_gdelts_grid(moment: dt.datetime, start: dt.datetime) -> None:
    assert interval_start(moment) == start


# -- the command -----------------------------------------------------------------------------------


def test_export_updates_command(db: Path, tmp_path: Path) -> None:
    _ingest(db, corpus(4), T0)
    folder = tmp_path / "u"
    runner = CliRunner()
    args = ["export", "--format", "gdelt", "--db", str(db), "--updates", str(folder)]
    first = runner.invoke(app, [*args, "--base-url", "http://localhost:9000/u/"])
    assert first.exit_code == 0, first.output
    assert "published 1 update(s), 2001-03-05 10:00" in first.stderr
    assert all(url.startswith("http://localhost:9000/u/") for _, _, url in _listed(folder))
    second = runner.invoke(app, args)
    assert second.exit_code == 0 and "nothing new to publish" in second.stderr


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--format", "csv", "--updates", "DIR"], "use --format gdelt"),
        (["--format", "gdelt", "--updates", "DIR", "--out", "x.tsv"], "--out does not apply"),
        (["--format", "gdelt", "--updates", "DIR", "--country", "USA"], "--country does not apply"),
        (["--format", "gdelt"], "--out is required"),
        (["--format", "gdelt", "--out", "x.tsv", "--base-url", "http://x/"], "goes with --updates"),
    ],
)
def test_export_refuses_wrong_combinations(tmp_path: Path, extra: list[str], message: str) -> None:
    args = [a.replace("DIR", str(tmp_path / "u")) for a in extra]
    result = CliRunner().invoke(app, ["export", "--db", str(tmp_path / "none.duckdb"), *args])
    assert result.exit_code == 2 and message in result.stderr
    assert not (tmp_path / "u").exists()


def test_a_watching_process_publishes_through_its_own_writer(db: Path, tmp_path: Path) -> None:
    # What `watch` does after a round: the store stays open for writing and publish reads through it.
    database = Database(db)
    try:
        ingest_items(corpus(4), database, analyzer=fake_analyzer)
        with database.write() as con:
            con.execute("UPDATE events SET added_at = ?", [T0])
            con.execute("UPDATE mentions SET ingested_at = ?", [T0])
        published = publish(database, tmp_path / "u", now=T1)
        assert published is not None and published.num_events == len(_expected_open(database))
        ingest_items(corpus(6)[4:], database, analyzer=fake_analyzer)  # the writer still works
    finally:
        database.close()


def _expected_open(database: Database) -> list[int]:
    with database.read() as con:
        return [r[0] for r in con.execute("SELECT id FROM events WHERE added_at = ?", [T0]).fetchall()]


def test_a_directory_that_is_a_file_is_an_error(db: Path, tmp_path: Path) -> None:
    _ingest(db, corpus(4), T0)
    (tmp_path / "u").write_text("a file", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot publish into"):
        publish(db, tmp_path / "u", now=LATER)
