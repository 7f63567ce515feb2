"""Idempotent, crash-safe ingestion with worker processes (issue 5, items 1-2)."""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from store_factories import article, corpus, dying_analyzer, fake_analyzer

from newsevents.errors import StoreError
from newsevents.records import Actor, ArticleResult, Place, Quote, Rejection
from newsevents.store import (
    Database,
    IngestStats,
    ingest_items,
    ingest_paths,
    ingest_results,
    query_events,
    run_sql,
    summary,
)

HERE = Path(__file__).resolve().parent
SRC = HERE.parent.parent / "src"

# Everything but the ingestion timestamps, which differ between runs by design.
_TIMESTAMPS = {"added_at", "ingested_at"}


def snapshot(db: Path) -> dict[str, pd.DataFrame]:
    """The whole content of a store, in a stable order, without timestamps."""
    out = {}
    for table, order in [
        ("articles", "id"),
        ("events", "id"),
        ("mentions", "id"),
        ("actors", "article_id, n"),
        ("places", "article_id, n"),
        ("rejections", "key"),
    ]:
        frame = run_sql(db, f"SELECT * FROM {table} ORDER BY {order}")
        out[table] = frame.drop(columns=[c for c in frame.columns if c in _TIMESTAMPS])
    return out


def assert_same_store(a: Path, b: Path) -> None:
    left, right = snapshot(a), snapshot(b)
    for table in left:
        pd.testing.assert_frame_equal(left[table], right[table], obj=table)


def test_ingest_twice_changes_nothing(db: Path, tmp_path: Path) -> None:
    articles = corpus(40)
    first = ingest_items(articles, db, analyzer=fake_analyzer, batch_size=7)
    assert (first.read, first.added, first.skipped) == (40, 40, 0)
    before = summary(db)
    second = ingest_items(articles, db, analyzer=fake_analyzer, batch_size=7)
    assert (second.added, second.skipped, second.mentions, second.new_events) == (0, 40, 0, 0)
    assert summary(db) == before


def test_same_text_under_another_id_is_a_duplicate(db: Path) -> None:
    original = article("orig", "Trump met Kim in Panmunjom on 2019-06-30.")
    again = article("again", "  trump MET kim in panmunjom   on 2019-06-30. ")  # same outlet
    stats = ingest_items([original], db, analyzer=fake_analyzer)
    assert stats.added == 1
    stats = ingest_items([again], db, analyzer=fake_analyzer)
    assert (stats.added, stats.rejected) == (0, 1)
    rejections = run_sql(db, "SELECT reason, article_id, detail FROM rejections")
    assert rejections.to_dict("records") == [
        {"reason": "duplicate", "article_id": "again", "detail": "the same text as article orig"}
    ]
    # and once more: the rejection is not recorded twice
    ingest_items([again], db, analyzer=fake_analyzer)
    assert summary(db)["rejections"] == 1 and summary(db)["articles"] == 1


def test_exact_copy_from_another_outlet_counts_as_a_source(db: Path) -> None:
    """Issue 13, point 2: syndicated copies are mentions of the same event, counted in NumArticles and
    NumSources, whether the original came in an earlier run or the same one; no outlet is no source."""
    text = "Trump met Kim in Panmunjom on 2019-06-30."
    ingest_items([article("orig", text, source="Wire")], db, analyzer=fake_analyzer)
    copies = [article("copy-1", text, source="Gazette"), article("copy-2", text, source="Herald"),
              article("copy-3", text, source="Herald"), article("copy-4", text, source=None)]
    stats = ingest_items(copies, db, analyzer=fake_analyzer)
    assert (stats.added, stats.rejected) == (2, 2)
    arts = run_sql(db, "SELECT id, coalesce(duplicate_of, '') AS duplicate_of FROM articles ORDER BY id")
    assert arts.to_dict("records") == [
        {"id": "copy-1", "duplicate_of": "orig"}, {"id": "copy-2", "duplicate_of": "orig"},
        {"id": "orig", "duplicate_of": ""},
    ]
    event = query_events(db).iloc[0]
    assert (event.num_mentions, event.num_articles, event.num_sources) == (3, 3, 3)
    assert sorted(run_sql(db, "SELECT syndicated FROM mentions").syndicated) == [False, True, True]
    anon = article("anon", "Moon met Guterres on 2019-07-01.", source=None)
    ingest_items([anon], db, analyzer=fake_analyzer)
    assert run_sql(db, "SELECT num_sources FROM events WHERE actor2_code = 'IGOUNO'").num_sources[0] == 0


def test_duplicates_inside_one_run_and_read_rejections(db: Path) -> None:
    items = [
        article("a", "Trump met Kim on 2019-06-30."),
        article("a", "Trump met Kim on 2019-06-30."),
        Rejection("missing.txt", "missing", "no such file"),
        article("b", "Trump met Kim on 2019-06-30."),
    ]
    stats = ingest_items(items, db, analyzer=fake_analyzer)
    assert (stats.read, stats.added, stats.skipped, stats.rejected) == (4, 1, 1, 2)
    reasons = sorted(run_sql(db, "SELECT reason FROM rejections").reason)
    assert reasons == ["duplicate", "missing"]


def test_progress_reports_each_commit(db: Path) -> None:
    seen: list[IngestStats] = []
    ingest_items(corpus(10), db, analyzer=fake_analyzer, batch_size=4, progress=seen.append)
    assert [s.added for s in seen] == [4, 8, 10]


def test_two_workers_give_the_same_store_as_one(tmp_path: Path) -> None:
    articles = corpus(60)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    ingest_items(articles, one, analyzer=fake_analyzer, batch_size=5)
    stats = ingest_items(articles, two, analyzer=fake_analyzer, batch_size=5, workers=2)
    assert stats.added == 60
    assert_same_store(one, two)


_CHILD = """
import sys
from store_factories import corpus, fake_analyzer
from newsevents.store import ingest_items
def tick(stats):
    print(stats.added, flush=True)
ingest_items(corpus({n}), sys.argv[1], analyzer=fake_analyzer, batch_size=4, workers={workers},
             progress=tick)
print("done", flush=True)
"""


# (commits seen, then a pause so the kill lands inside a later batch's work or commit, workers)
@pytest.mark.parametrize(("kill_after", "pause", "workers"), [(1, 0.0, 1), (3, 0.015, 1), (5, 0.0, 2)])
def test_kill_9_then_rerun_equals_a_clean_run(
    tmp_path: Path, kill_after: int, pause: float, workers: int
) -> None:
    n = 120
    killed, clean = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), str(HERE)])}
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD.format(n=n, workers=workers), str(killed)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    )
    assert child.stdout is not None
    commits = 0
    for _line in child.stdout:
        commits += 1
        if commits == kill_after:
            time.sleep(pause)
            # the whole process group: workers die with the writer, as with a real kill -9 of the job
            os.killpg(child.pid, signal.SIGKILL)
            break
    child.wait(timeout=60)
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    partial = summary(killed)["articles"]
    assert 0 < partial < n and partial % 4 == 0  # whole batches only
    rerun = ingest_items(corpus(n), killed, analyzer=fake_analyzer, batch_size=4)
    assert rerun.skipped == partial and rerun.added == n - partial
    ingest_items(corpus(n), clean, analyzer=fake_analyzer, batch_size=4)
    assert summary(killed) == summary(clean)
    assert_same_store(killed, clean)


def test_database_is_consistent_after_failed_batch(db: Path) -> None:
    ingest_items(corpus(4), db, analyzer=fake_analyzer)
    database = Database(db)
    with pytest.raises(RuntimeError), database.write() as con:
        con.execute("DELETE FROM mentions")
        raise RuntimeError("crash inside a transaction")
    database.close()
    assert summary(db)["mentions"] == 8
    assert len(query_events(db)) > 0


def test_everything_an_article_result_carries_is_stored(db: Path) -> None:
    speaker = Actor("Moon", "Moon Jae-in", "KOR", "GOV", "KORGOV")
    coded = ArticleResult(
        article("q1", 'Lead line.\nMoon said "the talks were a good start for peace" on Monday.'),
        quotes=(Quote(speaker, "the talks were a good start for peace", 21, 58, "said"),),
        actors=(speaker,),
        places=(Place("Seoul", "KOR", "11", 37.56, 126.97, 1835848),),
    )
    kept = ArticleResult(
        article("fr1", "Le président a rencontré son homologue.", source="Le Quotidien"),
        rejection=Rejection("fr1.txt", "not-english", "language fr", "fr1"),
    )
    stats = ingest_results([coded, kept, Rejection("bad.bin", "binary", "not text")], db)
    assert (stats.added, stats.rejected) == (2, 2)
    assert run_sql(db, "SELECT speaker_code, quote, verb FROM quotes").to_dict("records") == [
        {"speaker_code": "KORGOV", "quote": "the talks were a good start for peace", "verb": "said"}
    ]
    assert run_sql(db, "SELECT name, geonames_id FROM places").to_dict("records") == [
        {"name": "Seoul", "geonames_id": 1835848}
    ]
    articles = run_sql(
        db,
        "SELECT id, coalesce(rejection, '-') AS rejection, num_events, tone > 0 AS upbeat "
        "FROM articles ORDER BY id",
    )
    assert articles.to_dict("records") == [
        {"id": "fr1", "rejection": "not-english", "num_events": 0, "upbeat": False},
        {"id": "q1", "rejection": "-", "num_events": 0, "upbeat": True},
    ]
    assert sorted(run_sql(db, "SELECT reason FROM rejections").reason) == ["binary", "not-english"]


@pytest.mark.parametrize(
    ("text", "in_lead"),
    [
        ("Trump met Kim on 2019-06-30.\nMore later.", True),
        ("Photo: Agency\n\nTrump met Kim on 2019-06-30.", False),
        ("First paragraph here.\nTrump met Kim on 2019-06-30.", False),
    ],
)
def test_is_root_means_lead_paragraph(db: Path, text: str, in_lead: bool) -> None:
    ingest_items([article("lead", text)], db, analyzer=fake_analyzer)
    assert bool(query_events(db).is_root.iloc[0]) is in_lead


def test_missing_input_file_is_recorded(db: Path, tmp_path: Path) -> None:
    good = tmp_path / "one.txt"
    good.write_text("Trump met Kim in Panmunjom on 2019-06-30.\n", encoding="utf-8")
    stats = ingest_paths([good, tmp_path / "absent.txt"], db, analyzer=fake_analyzer, published="2019-07-01")
    assert (stats.added, stats.rejected, stats.mentions) == (1, 1, 1)
    assert run_sql(db, "SELECT reason FROM rejections").reason.tolist() == ["missing"]
    assert run_sql(db, "SELECT published FROM articles").published.tolist() == ["2019-07-01"]


def test_a_dead_worker_stops_cleanly_and_a_rerun_finishes(db: Path, tmp_path: Path) -> None:
    items = [*corpus(12), article("die", "Kim met Moon on 2019-05-05."), *corpus(24)[12:]]
    factory = functools.partial(dying_analyzer, str(tmp_path / "survived"))
    with pytest.raises(StoreError, match="run the same command again"):
        ingest_items(items, db, analyzer=factory, workers=2, batch_size=4)
    partial = summary(db)["articles"]
    assert partial < 25
    rerun = ingest_items(items, db, analyzer=factory, workers=2, batch_size=4)
    assert rerun.added == 25 - partial and summary(db)["articles"] == 25


_ORPHANS_CHILD = """
import os, sys
from newsevents.store import ingest_items
from store_factories import corpus, slow_analyzer
print(os.getpid(), flush=True)
ingest_items(corpus(400), sys.argv[1], analyzer=slow_analyzer, batch_size=4, workers=2)
"""


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table from /proc")
def test_workers_end_when_ingest_is_killed(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), str(HERE)])}
    child = subprocess.Popen(
        [sys.executable, "-c", _ORPHANS_CHILD, str(tmp_path / "x.duckdb")],
        stdout=subprocess.PIPE, text=True, env=env,
    )
    assert child.stdout is not None
    int(child.stdout.readline())
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline:  # the two spawned workers (and the tracker)
        time.sleep(0.2)
        workers = _children(child.pid)
    assert len(workers) >= 2
    child.send_signal(signal.SIGKILL)  # the ingest process alone, not its group
    child.wait(timeout=10)
    child.stdout.close()
    deadline = time.monotonic() + 15
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [p for p in workers if _alive(p)]
