"""Memory of the CSV download: built in memory (before) versus streamed in chunks (issue 12, point 6).

    .venv/bin/python bench/csv_stream.py [--events 100000] [--rows 10000 100000] [--db bench/out/web.duckdb]

Builds (once) the synthetic store of ``bench/store_query.py``, then for each row count runs two fresh
processes over the same filters and order: ``buffered`` reads the whole page of rows as dicts and writes
the CSV into one string (what ``/api/events.csv`` did), ``streamed`` writes it from
``store.browse.stream_events`` through the API's chunked writer. Each prints its peak resident memory
(the whole process: imports and DuckDB included) and its wall time; the table shows both side by side
with the ratio of the peaks.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store_query import ensure_store  # noqa: E402  (the store benchmark's generator, shared on purpose)

CHILD = r"""
import csv, io, json, resource, sys, time
from newsevents import csvcells
from newsevents.filters import EventFilters
from newsevents.store.browse import list_events, stream_events
from newsevents.store.database import Database
from newsevents.store.queries import EVENT_COLUMNS
from newsevents.web.api import _csv_lines

db, rows, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
database = Database(db)
with database.read() as con:
    con.execute("SELECT count(*) FROM events").fetchall()
start = time.perf_counter()
size = 0
if mode == "buffered":
    _, found = list_events(database, EventFilters(), limit=rows, sort="-date")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EVENT_COLUMNS)
    for row in found:
        writer.writerow(["" if row[c] is None else csvcells.cell(row[c]) for c in EVENT_COLUMNS])
    size = len(buffer.getvalue())
else:
    for piece in _csv_lines(stream_events(database, EventFilters(), limit=rows, sort="-date")):
        size += len(piece)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"mb": peak / 1024, "seconds": seconds, "chars": size}))
"""


def _run(db: Path, rows: int, mode: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), str(rows), mode], check=True, capture_output=True, text=True
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--db", type=Path, default=Path("bench/out/web.duckdb"))
    args = parser.parse_args()
    ensure_store(args.db, args.events)
    header = ("rows", "buffered MB", "streamed MB", "ratio", "buffered s", "streamed s")
    print(" ".join(f"{h:>12}" for h in header))
    for rows in args.rows:
        before, after = _run(args.db, rows, "buffered"), _run(args.db, rows, "streamed")
        assert before["chars"] == after["chars"], "both ways must write the same CSV"
        ratio = before["mb"] / after["mb"] if after["mb"] > 0 else float("inf")
        cells = (f"{rows}", f"{before['mb']:.1f}", f"{after['mb']:.1f}", f"{ratio:.1f}")
        times = (f"{before['seconds']:.2f}", f"{after['seconds']:.2f}")
        print(" ".join(f"{c:>12}" for c in (*cells, *times)))


if __name__ == "__main__":
    main()
