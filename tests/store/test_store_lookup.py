"""The bounded duplicate lookup (issue 16): a commit reads the candidate buckets of its mentions only."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import duckdb
from store_factories import article, code, corpus

from newsevents.store import Database, ingest_results, run_sql, upgrade
from newsevents.store.dedup import BUCKET_SQL, bucket, candidate_buckets, dates_match
from newsevents.store.merge import Keyed, Lookup
from newsevents.store.queries import sql_string
from newsevents.store.schema import MIGRATIONS, SCHEMA_VERSION

KEY = "04|PRK:GOV|USA:GOV"


def test_sql_and_python_buckets_agree() -> None:
    cases = [(KEY, dt.date(2019, 6, 30)), ("11|igouno|straße", dt.date(1994, 1, 1)), (KEY, None), ("", None)]
    con = duckdb.connect()
    for key, date in cases:
        sql = f"SELECT {BUCKET_SQL.format(key='k', date='d')} FROM (SELECT ? AS k, CAST(? AS DATE) AS d)"
        assert con.execute(sql, [key, date]).fetchall()[0][0] == bucket(key, date)


def test_candidate_buckets_hold_every_date_the_rules_accept() -> None:
    days = [dt.date(2019, 12, 1) + dt.timedelta(days=n) for n in range(75)]
    dated = [(d, "day") for d in days] + [(d.replace(day=1), "month") for d in days[::20]]
    dated += [(dt.date(y, 1, 1), "year") for y in (2019, 2020)] + [(None, None)]
    for window in (0, 1, 3):
        for (a, a_prec), (b, b_prec) in itertools.product(dated, repeat=2):
            if dates_match(a, a_prec, b, b_prec, window):
                assert bucket(KEY, b) in candidate_buckets(KEY, a, a_prec, window), (a, a_prec, b, b_prec)


def test_lookup_reads_only_the_mentions_window(db: Path) -> None:
    old = code(article("old", "Trump met Kim in Hanoi on 1994-06-30.", published="2019-06-30"))
    near = code(article("near", "Trump met Kim in Hanoi on 2019-06-29.", published="2019-06-30"))
    later = code(article("later", "Trump met Kim in Hanoi on 2019-08-30.", published="2019-08-30"))
    ingest_results([old, near, later], db)
    database = Database(db)
    with database.read() as con:
        lookup = Lookup(1)
        day = dt.date(2019, 6, 30)
        mention = Keyed(KEY, day, "day", None, False, candidate_buckets(KEY, day, "day", 1))
        lookup.load_from(con, lookup.buckets([mention]))
        assert len(lookup) == 1  # the 2019-06-29 meeting, not the 1994 or the August one
        match = lookup.match(mention)
        assert match is not None and match.date == dt.date(2019, 6, 29)
    database.close()


def test_migration_to_3_fills_the_same_buckets_as_ingest(db: Path, tmp_path: Path) -> None:
    ingest_results([code(a) for a in corpus(30)], tmp_path / "new.duckdb")
    old = Database(db, migrations=MIGRATIONS[:2])
    assert old.upgrade() == (0, 2)
    old.close()
    con = duckdb.connect(str(db))
    con.execute(f"ATTACH {sql_string(str(tmp_path / 'new.duckdb'))} AS new (READ_ONLY)")
    for table in ("articles", "events", "mentions"):
        con.execute(f"INSERT INTO {table} SELECT * FROM new.{table}")
    con.close()
    assert upgrade(db) == (2, SCHEMA_VERSION)  # through version 3 and any later one
    query = "SELECT bucket, id FROM event_keys ORDER BY id"
    assert run_sql(db, query).equals(run_sql(tmp_path / "new.duckdb", query))
    assert len(run_sql(db, query)) == len(run_sql(db, "SELECT id FROM events"))
