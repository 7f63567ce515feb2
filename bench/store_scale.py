"""The store as it grows (issue 16): ingest time per batch, file size, queries and export at each size.

    python bench/store_scale.py [--sizes 0,1000000,3000000,10000000] [--batches 12] [--out bench/out]

For each size N: a store of N synthetic events (two mentions each, one article per two events, dates over
1990-2025 with most in 2015-2024, 60 countries x 20 roles, real dedup keys and buckets) is built in SQL
(``build``, once; kept under ``--out`` and copied for each run), then ``--batches`` fixed batches of 32
pre-analysed articles are committed into the copy with ``commit_batch``, the same batches at every size.
The articles are ``store_ingest.synthetic`` reports analysed once by the real pipeline (cached under
``--out``). Prints, per size: wall and CPU ms per batch (median; the first batch, which loads the indexes,
apart), file size, p50 of the ``store_query`` filters (median and worst over filters) and the time of a
GDELT TSV export. The goal: per-batch time at 10M within 1.5x of the time at 0.
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from store_ingest import synthetic
from store_query import COUNTRIES, FILTERS

from newsevents.records import Article, ArticleResult
from newsevents.store import Database, export, query_events
from newsevents.store.dedup import BUCKET_SQL
from newsevents.store.ingest import Analyzed, commit_batch, with_tone

ROLES = "GOV MIL OPP REB CVL BUS MED JUD LEG COP ELI NGO IGO REL EDU LAB AGR HLH REF SPY".split()
BATCH = 32


def _list(values: list[str]) -> str:
    return "[" + ", ".join(f"'{v}'" for v in values) + "]"


def build(path: Path, n: int) -> None:
    """A store of ``n`` synthetic events, ``2n`` mentions and ``n / 2`` articles, in SQL."""
    countries, roles = _list(COUNTRIES), _list(ROLES)
    database = Database(path)
    with database.write() as con:
        con.execute("CREATE TEMP MACRO h(a, b) AS CAST(hash(a, b) % 1000000007 AS BIGINT)")
        con.execute(f"""
            CREATE TEMP TABLE synth AS
            SELECT i + 1 AS id, a1, r1, a2, r2, cameo, substr(cameo, 1, 2) AS root,
                   -- 95 % of events in 2015-2024, the rest back to 1990 ("the 1994 visit")
                   CASE WHEN h(i, 1) % 20 = 0 THEN DATE '1990-01-01' + CAST(h(i, 2) % 9131 AS INTEGER)
                        ELSE DATE '2015-01-01' + CAST(h(i, 2) % 3650 AS INTEGER) END AS date
            FROM (SELECT i, {countries}[1 + h(i, 4) % 60] AS a1, {roles}[1 + h(i, 6) % 20] AS r1,
                         {countries}[1 + h(i, 5) % 60] AS a2, {roles}[1 + h(i, 7) % 20] AS r2,
                         lpad(CAST(1 + h(i, 8) % 20 AS VARCHAR), 2, '0') || CAST(h(i, 9) % 7 AS VARCHAR)
                             AS cameo
                  FROM range({n}) AS t(i))""")
        con.execute("""
            INSERT INTO events BY NAME
            SELECT id, root || '|' || a1 || ':' || r1 || '|' || a2 || ':' || r2 AS dedup_key, date,
                   'day' AS date_precision, false AS date_from_published,
                   a1 AS actor1_country, r1 AS actor1_role, a1 || r1 AS actor1_code,
                   'Name ' || a1 AS actor1_name, a2 AS actor2_country, r2 AS actor2_role,
                   a2 || r2 AS actor2_code, 'Name ' || a2 AS actor2_name,
                   cameo, substr(cameo, 1, 3) AS base_code, root,
                   CASE WHEN root < '06' THEN 1 WHEN root < '09' THEN 2 WHEN root < '14' THEN 3 ELSE 4 END
                       AS quad_class,
                   (h(id, 3) % 200) / 10.0 - 10 AS goldstein, 'asserted' AS modality,
                   CASE WHEN id % 3 = 0 THEN 'City ' || (id % 2000) END AS place_name,
                   id % 5 = 0 AS is_root, 2 AS num_mentions, 2 AS num_sources, 2 AS num_articles,
                   (h(id, 10) % 200) / 10.0 - 10 AS avg_tone, 0.7 AS confidence, date AS first_seen,
                   date AS last_seen, 'https://example.org/' || id AS source_url, now()::TIMESTAMP AS added_at
            FROM synth""")
        con.execute(f"""
            INSERT INTO event_keys
            SELECT {BUCKET_SQL.format(key="dedup_key", date="date")}, id FROM events""")
        con.execute(f"""
            INSERT INTO articles (id, source, published_date, text, content_hash, num_events, ingested_at)
            SELECT 'art-' || k, 'Outlet ' || (k % 500), DATE '2015-01-01' + CAST(k % 3650 AS INTEGER),
                   'Synthetic article ' || k || '.', md5('art-' || k), 4, now()::TIMESTAMP
            FROM range({n // 2}) AS t(k)""")
        con.execute(f"""
            INSERT INTO mentions (id, event_id, article_id, date, date_precision, cameo, base_code, root,
                                  sentence, confidence, doc_tone, source, syndicated, in_lead,
                                  published_date, ingested_at)
            SELECT 'm' || j, j // 2 + 1, 'art-' || (h(j, 11) % {max(n // 2, 1)}), s.date, 'day', s.cameo,
                   substr(s.cameo, 1, 3), s.root, 'A sentence.', 0.7, 0.0, 'Outlet ' || (h(j, 12) % 500),
                   false, false, s.date, now()::TIMESTAMP
            FROM range({2 * n}) AS t(j) JOIN synth AS s ON s.id = j // 2 + 1""")
    database.close()


def base_store(out: Path, n: int) -> Path:
    """The built store of ``n`` events under ``out`` (built once)."""
    path = out / f"scale-{n}.duckdb"
    if not path.exists():
        started = time.perf_counter()
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        build(partial, n)
        partial.rename(path)
        print(f"built {n:,} events in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path


def analysed(out: Path, batches: int) -> list[list[Analyzed]]:
    """``batches`` batches of 32 analysed articles with their tones: analysed once, then read back."""
    cache = out / f"scale-results-{batches}.pickle"
    if cache.exists():
        loaded: list[list[Analyzed]] = pickle.loads(cache.read_bytes())
        return loaded
    from newsevents.pipeline import Pipeline

    pipe = Pipeline.load()
    articles = [
        Article(id=a["id"], text=a["text"], source=a["source"], published=a["published"], url=a["url"])
        for a in synthetic(batches * BATCH)
    ]
    results = [with_tone(r) for r in pipe.analyze(articles) if isinstance(r, ArticleResult)]
    grouped = [results[i : i + BATCH] for i in range(0, len(results), BATCH)]
    cache.write_bytes(pickle.dumps(grouped))
    return grouped


def run(base: Path, batches: list[list[Analyzed]], repeat: int) -> dict[str, float]:
    """Commit the batches into a copy of ``base``; then size, queries and export of the grown store."""
    with tempfile.TemporaryDirectory(dir=base.parent) as tmp:
        db = Path(tmp) / "store.duckdb"
        shutil.copy(base, db)
        database = Database(db)
        wall, cpu = [], []
        for batch in batches:
            started, started_cpu = time.perf_counter(), time.process_time()
            commit_batch(database, batch)
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        database.close()
        size = db.stat().st_size
        database = Database(db)
        p50s = []
        for filters in FILTERS:
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                query_events(database, **filters)
                times.append((time.perf_counter() - started) * 1000)
            p50s.append(statistics.median(times))
        started = time.perf_counter()
        export(database, "gdelt", Path(tmp) / "events.tsv")
        exported = time.perf_counter() - started
        database.close()
    return {
        "first_ms": wall[0],
        "batch_ms": statistics.median(wall[1:] or wall),
        "batch_cpu_ms": statistics.median(cpu[1:] or cpu),
        "size_mb": size / 1e6,
        "query_p50_ms": statistics.median(p50s),
        "query_worst_ms": max(p50s),
        "export_s": exported,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="0,1000000,3000000,10000000", help="store sizes, in events")
    parser.add_argument("--batches", type=int, default=12, help="batches of 32 articles per size")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query filter")
    parser.add_argument("--out", type=Path, default=Path("bench/out"), help="where stores are kept")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    batches = analysed(args.out, args.batches)
    mentions = sum(len(a.result.events) for b in batches for a in b) / len(batches)
    print(f"{len(batches)} batches of {BATCH} articles, {mentions:.0f} mentions per batch")
    print(
        f"{'events':>11} {'batch ms':>9} {'cpu ms':>7} {'first ms':>9} {'size MB':>8} "
        f"{'query p50':>10} {'worst p50':>10} {'export s':>9} {'vs 0':>6}"
    )
    baseline = None
    for n in (int(s) for s in args.sizes.split(",")):
        row = run(base_store(args.out, n), batches, args.repeat)
        baseline = baseline or row["batch_ms"]
        print(
            f"{n:>11,} {row['batch_ms']:>9.1f} {row['batch_cpu_ms']:>7.1f} {row['first_ms']:>9.1f} "
            f"{row['size_mb']:>8.1f} {row['query_p50_ms']:>10.1f} {row['query_worst_ms']:>10.1f} "
            f"{row['export_s']:>9.2f} {row['batch_ms'] / baseline:>6.2f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
