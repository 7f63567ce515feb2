"""GDELT-style update files (issue 15, point 3): what one 15-minute publication costs as the store grows.

    python bench/updates.py [--sizes 10000,100000,1000000] [--new 300] [--out bench/out]

For each size N: the synthetic store of ``store_scale.build`` (N events, 2N mentions; built once under
``--out``), copied; every row stamped as added at 09:00 except the newest ``--new`` events and their
mentions, stamped 10:03. Then ``publish`` twice into a fresh directory: the first call (now 09:30) is
the backfill of a store published for the first time (N - new events in one interval), the second
(now 10:30) the routine case, one interval of ``--new`` events. Prints wall ms of each and, beside them,
a full ``export --format gdelt`` of the store, the cost the update's SQL is built from.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path

import duckdb
from store_scale import base_store

from newsevents.store import export
from newsevents.store.updates import publish

OLD, NEW = dt.datetime(2001, 1, 1, 9, 0), dt.datetime(2001, 1, 1, 10, 3)


def _stamp(db: Path, n: int, new: int) -> None:
    con = duckdb.connect(str(db))
    try:
        con.execute("UPDATE events SET added_at = CASE WHEN id > ? THEN ? ELSE ? END", [n - new, NEW, OLD])
        con.execute(
            "UPDATE mentions SET ingested_at = CASE WHEN event_id > ? THEN ? ELSE ? END", [n - new, NEW, OLD]
        )
    finally:
        con.close()


def run(base: Path, n: int, new: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(dir=base.parent) as tmp:
        db = Path(tmp) / "store.duckdb"
        shutil.copy(base, db)
        _stamp(db, n, new)
        times: dict[str, float] = {}
        calls = (("backfill", OLD + dt.timedelta(minutes=30)), ("interval", NEW + dt.timedelta(minutes=27)))
        for label, now in calls:
            started = time.perf_counter()
            published = publish(db, Path(tmp) / "updates", now=now)
            times[label] = (time.perf_counter() - started) * 1000
            times[f"{label}_events"] = published.num_events if published else 0
        started = time.perf_counter()
        export(db, "gdelt", Path(tmp) / "all.tsv")
        times["export"] = (time.perf_counter() - started) * 1000
        return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="store sizes, in events")
    parser.add_argument("--new", type=int, default=300, help="events added in the routine interval")
    parser.add_argument("--out", type=Path, default=Path("bench/out"), help="where stores are kept")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    heads = ("events", "backfill ms", "(events)", "interval ms", "(events)", "export ms")
    print(" ".join(f"{h:>{w}}" for h, w in zip(heads, (10, 12, 9, 12, 9, 10), strict=True)))
    for n in (int(s) for s in args.sizes.split(",")):
        t = run(base_store(args.out, n), n, min(args.new, n))
        print(
            f"{n:>10,} {t['backfill']:>12.0f} {t['backfill_events']:>9,.0f} {t['interval']:>12.0f} "
            f"{t['interval_events']:>9,.0f} {t['export']:>10.0f}"
        )


if __name__ == "__main__":
    main()
