"""`newsevents spark --master local[N]` against `newsevents ingest --workers N` on the same articles.

    PYTHONPATH=src .venv/bin/python bench/spark.py [--articles 1000] [--cores 2]

Each run is a fresh process, start-up included, as a user sees it; the articles are news-sized texts made
from the tuning articles and the bundled examples (``bench_corpus``). A third run codes two articles on
Spark: its time is the job's fixed cost (JVM, executors loading the pipeline, writing the datasets), and
what the big run takes beyond it, per article and core, is the per-core rate. From that rate the bench
projects the hours for 250,000 articles (a day of world news) on 2, 16 and 64 cores. The projection is
linear: it assumes the cluster's cores are as fast as these and leaves out the driver's deduplication
(about 1 KB per article) and the merge, both small beside coding here; read it as a lower bound.
Finally the bench checks that both paths stored the same events (row counts of the three tables).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bench_corpus
import duckdb

DAY_OF_NEWS = 250_000
CLUSTERS = (2, 16, 64)
TABLES = ("articles", "mentions", "events")
# What each executor's Python process pays once: loading the pipeline (from the resource cache).
LOAD = (
    "from newsevents.config import Settings; from newsevents.runner import load_pipeline; "
    "load_pipeline(Settings())"
)


def timed(command: list[str]) -> float:
    """Wall seconds of one fresh ``newsevents`` process (its output is left where it writes it)."""
    return python(["-m", "newsevents.cli", *command])


def python(arguments: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *arguments], check=True, capture_output=True)
    return time.perf_counter() - start


def counts_store(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: _count(con, t) for t in TABLES}
    finally:
        con.close()


def counts_parquet(out: Path) -> dict[str, int]:
    con = duckdb.connect()
    return {t: _count(con, f"read_parquet('{out / t}/**/*.parquet')") for t in TABLES}


def _count(con: duckdb.DuckDBPyConnection, source: str) -> int:
    row = con.execute(f"SELECT count(*) FROM {source}").fetchone()
    return int(row[0]) if row else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--cores", type=int, default=2, help="Spark local[N] and ingest --workers N")
    args = parser.parse_args()
    n, cores = args.articles, args.cores
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        path = bench_corpus.write(n, root)
        small = root / "small.jsonl"
        small.write_text("".join(path.read_text(encoding="utf-8").splitlines(keepends=True)[:2]))
        master = f"local[{cores}]"
        ingest = timed(["ingest", str(path), "--db", str(root / "x.duckdb"), "--workers", str(cores)])
        spark = timed(["spark", str(path), "--out", str(root / "out"), "--master", master])
        fixed = timed(["spark", str(small), "--out", str(root / "small-out"), "--master", master])
        load = python(["-c", LOAD])
        stored, written = counts_store(root / "x.duckdb"), counts_parquet(root / "out")
    per_core = n / max(spark - fixed, 1e-9) / cores
    print(f"{n} articles, {cores} cores (Spark {master}; ingest --workers {cores})")
    print(f"{'run':<28} {'wall s':>8} {'articles/s':>11}")
    print(f"{'ingest --workers':<28} {ingest:>8.1f} {n / ingest:>11.1f}")
    print(f"{'spark':<28} {spark:>8.1f} {n / spark:>11.1f}")
    print(f"{'spark, 2 articles (fixed)':<28} {fixed:>8.1f}")
    print(f"{'pipeline load per executor':<28} {load:>8.1f}   (a fresh Python process, warm resource cache)")
    print(f"spark / ingest wall time: {spark / ingest:.2f}x; Spark per-core rate {per_core:.1f} articles/s")
    print(f"projected for {DAY_OF_NEWS:,} articles (linear in cores, plus the fixed cost):")
    for size in CLUSTERS:
        hours = (DAY_OF_NEWS / (per_core * size) + fixed) / 3600
        print(f"  {size:>3} cores: {hours:6.2f} h")
    same = stored == written
    print(f"same rows as ingest: {'yes' if same else 'NO'} (store {stored}, Spark {written})")
    if not same:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
