"""Bulk load against the per-article path (issue 16): ``db import`` of Parquet results.

    python bench/store_import.py [--events 1000000] [--compare 4000] [--out bench/out]

Two measurements:

* **1M events.** A directory in the bulk layout (``newsevents.store.layout``) is generated in SQL: one
  article per three events, four mentions per article, two of them reporting a story that the next article
  reports too (so that the merge has work to do). Prints the time of ``import_dir`` into a new store, its
  rate and the time of a second import of the same directory (which must change nothing).
* **Same data, both paths.** ``--compare`` articles (real pipeline results of ``store_ingest.synthetic``
  reports, analysed once and cached by ``store_scale.py``; copied with new ids and dates to reach the
  count) are stored once with ``ingest_results`` (the per-article path, in its default batches) and once
  written with ``write_results`` and loaded with ``import_dir``; prints both times and the ratio. The two
  stores are checked to hold the same events.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import tempfile
import time
from pathlib import Path

import duckdb
from store_scale import analysed

from newsevents.records import ArticleResult
from newsevents.store import ingest_results, run_sql, summary
from newsevents.store.bulk import import_dir, write_results
from newsevents.store.layout import COLUMNS

COUNTRIES = "USA CHN RUS FRA DEU GBR JPN KOR PRK IND PAK IRN ISR TUR UKR BRA".split()
ROLES = "GOV MIL OPP REB CVL BUS".split()


# The columns the generated layout fills (SQL over k: the article, j: the mention); the rest are NULL.
_GIVEN = {
    "articles": {
        "id": "'art-' || k",
        "url": "'https://example.org/' || k",
        "published": "strftime(day, '%Y-%m-%d')",
        "published_date": "day",
        "source": "'Outlet ' || (k % 500)",
        "language": "'en'",
        "authors": "[]",
        "photo_credits": "[]",
        "captions": "[]",
        "text": "'Synthetic article ' || k || '.'",
        "content_hash": "md5('art-' || k)",
        "words": "100",
        "tone": "0.0",
        "num_events": "4",
    },
    "mentions": {
        "id": "'m-' || j",
        "article_id": "'art-' || k",
        "n": "n",
        "date": "story_day",
        "date_precision": "'day'",
        "actor1_country": "a1",
        "actor1_role": "r1",
        "actor1_code": "a1 || r1",
        "actor2_country": "a2",
        "actor2_role": "r2",
        "actor2_code": "a2 || r2",
        "cameo": "root || '0'",
        "base_code": "root || '0'",
        "root": "root",
        "quad_class": "1",
        "goldstein": "1.0",
        "modality": "'asserted'",
        "sentence": "'A sentence.'",
        "steps": "[]",
        "confidence": "0.7",
        "tone": "0.0",
        "doc_tone": "0.0",
        "source": "'Outlet ' || (k % 500)",
        "syndicated": "false",
        "in_lead": "n = 0",
        "published_date": "day",
    },
}


def generate(out: Path, events: int) -> None:
    """The bulk layout for about ``events`` events, generated in SQL."""
    articles = max(events // 3, 1)
    out.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    con.execute("CREATE MACRO h(a, b) AS CAST(hash(a, b) % 1000000007 AS BIGINT)")
    days = f"DATE '2015-01-01' + CAST(k * 3650 // {articles} AS INTEGER)"
    base = {
        "articles": f"SELECT k, {days} AS day FROM range({articles}) AS t(k)",
        "mentions": f"""
            SELECT *, {_list(COUNTRIES)}[1 + h(s, 1) % {len(COUNTRIES)}] AS a1,
                   {_list(ROLES)}[1 + h(s, 2) % {len(ROLES)}] AS r1,
                   {_list(COUNTRIES)}[1 + h(s, 3) % {len(COUNTRIES)}] AS a2,
                   {_list(ROLES)}[1 + h(s, 4) % {len(ROLES)}] AS r2,
                   lpad(CAST(1 + h(s, 5) % 20 AS VARCHAR), 2, '0') AS root,
                   day - CAST(h(s, 6) % 3 AS INTEGER) AS story_day
            FROM (SELECT j, j // 4 AS k, j % 4 AS n, {days.replace("k *", "(j // 4) *")} AS day,
                         -- mentions 0 and 1 tell the story the neighbouring article tells too
                         CASE WHEN j % 4 < 2 THEN (j // 8) * 2 + j % 4 ELSE {articles} * 4 + j END AS s
                  FROM range({articles * 4}) AS t(j))""",
    }
    for table in ("articles", "mentions"):
        cols = ", ".join(
            f'CAST({_GIVEN[table].get(name, "NULL")} AS {kind}) AS "{name}"' for name, kind in COLUMNS[table]
        )
        target = str(out / table).replace("'", "''")
        con.execute(
            f"COPY (SELECT {cols}, year(day) AS year, month(day) AS month FROM ({base[table]})) "
            f"TO '{target}' (FORMAT parquet, PARTITION_BY (year, month))"
        )
    con.close()


def _list(values: list[str]) -> str:
    return "[" + ", ".join(f"'{v}'" for v in values) + "]"


def copies(results: list[ArticleResult], n: int) -> list[ArticleResult]:
    """``n`` results from ``results``: each round a copy with new ids, texts and publication days."""
    out = []
    for i in range(n):
        res = results[i % len(results)]
        art = res.article
        day = dt.date(2023, 1, 1) + dt.timedelta(days=i // len(results) * 7 + i % 28)
        new_id = f"{art.id}-{i}"
        events = tuple(
            dataclasses.replace(e, event_id=f"{e.event_id}-{i}", article_id=new_id) for e in res.events
        )
        article = dataclasses.replace(art, id=new_id, text=f"{art.text}\n({i})", published=day.isoformat())
        out.append(dataclasses.replace(res, article=article, events=events))
    # the order an import takes them in (``layout.ORDER``), so that both paths merge alike
    return sorted(out, key=lambda r: (r.article.published or "", r.article.id))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="events in the generated layout")
    parser.add_argument("--compare", type=int, default=4000, help="articles stored by both paths")
    parser.add_argument("--out", type=Path, default=Path("bench/out"), help="cache of analysed results")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        if args.compare:
            results = copies([a.result for batch in analysed(args.out, 12) for a in batch], args.compare)
            started = time.perf_counter()
            ingest_results(results, root / "each.duckdb")
            each = time.perf_counter() - started
            write_results(results, root / "compare")
            started = time.perf_counter()
            import_dir(root / "compare", root / "bulk.duckdb")
            bulk = time.perf_counter() - started
            # avg_tone aside: a mean of floats summed in another order may round the other way
            query = "SELECT * EXCLUDE (added_at, avg_tone) FROM events ORDER BY id"
            same = run_sql(root / "each.duckdb", query).equals(run_sql(root / "bulk.duckdb", query))
            tones = "SELECT avg_tone FROM events ORDER BY id"
            gap = (
                (run_sql(root / "each.duckdb", tones) - run_sql(root / "bulk.duckdb", tones))
                .abs()
                .max()
                .iloc[0]
            )
            same = same and not gap > 1e-4
            counts = summary(root / "bulk.duckdb")
            print(
                f"{args.compare:,} articles, {counts['mentions']:,} mentions, {counts['events']:,} events: "
                f"per-article ingest_results {each:.1f} s, import {bulk:.1f} s: {each / bulk:.1f}x "
                f"(same events: {same})"
            )
        if args.events:
            started = time.perf_counter()
            generate(root / "layout", args.events)
            print(f"generated the layout in {time.perf_counter() - started:.0f} s")
            stats = import_dir(root / "layout", root / "big.duckdb")
            print(
                f"import: {stats.added:,} articles, {stats.mentions:,} mentions -> "
                f"{stats.new_events:,} events "
                f"in {stats.seconds:.1f} s ({stats.new_events / stats.seconds:,.0f} events/s, "
                f"{stats.mentions / stats.seconds:,.0f} mentions/s)"
            )
            again = import_dir(root / "layout", root / "big.duckdb")
            print(
                f"re-import: {again.added} articles added, {again.new_events} new events "
                f"in {again.seconds:.1f} s"
            )


if __name__ == "__main__":
    main()
