"""API latency while ``serve --watch`` ingests (issue 15): the load of ``bench/web_load.py`` against
three servers over copies of one synthetic store, side by side in one table.

    .venv/bin/python bench/watch_load.py [--events 100000] [--clients 50] [--seconds 30] [--articles 120]

1. ``serve``: no watcher (the baseline);
2. ``serve --watch`` over an empty folder: the watcher idle between rounds;
3. ``serve --watch`` while a round ingests ``--articles`` articles (the examples' reports, each run by
   ``--articles / 6`` invented outlets, so every one is coded), dropped into the folder as the load starts.

Each row gives requests, throughput, p50/p95/p99 latency of ``/api/events`` and errors; the last row
also how many articles the watcher committed within the load's seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store_query import ensure_store  # noqa: E402  (the benchmarks' shared store generator)
from web_load import _free_port, _load, _row  # noqa: E402  (the same load and table)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "reports.jsonl"


def _articles(folder: Path, count: int) -> None:
    """``count`` articles as one JSONL file: the examples again under other outlets' names and ids."""
    reports = [json.loads(line) for line in EXAMPLES.read_text().splitlines() if line.strip()]
    lines = []
    for n in range(count):
        report = dict(reports[n % len(reports)])
        report["id"] = f"{report['id']}-outlet{n}"
        report["source"] = f"Outlet {n}"
        report["text"] = f"{report['text']}\n\nFiled by the desk of outlet {n}."
        lines.append(json.dumps(report))
    hidden = folder / ".batch.jsonl"
    hidden.write_text("\n".join(lines) + "\n")
    hidden.rename(folder / "batch.jsonl")  # complete when it appears, as the README says


def _serve(db: Path, folder: Path | None) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    args = ["serve", "--db", str(db), "--port", str(port)]
    if folder is not None:
        args += ["--watch", str(folder), "--every", "2s"]
    code = "from newsevents.cli import main; main()"
    server = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            if httpx.get(f"{base}/api/events?limit=1").status_code == 200:
                return server, base
        except httpx.TransportError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("the server did not start")
        time.sleep(0.2)


def _stored(base: str) -> int:
    return int(httpx.get(f"{base}/api/articles?limit=1", timeout=60).json()["total"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--db", type=Path, default=Path("bench/out/web.duckdb"))
    args = parser.parse_args()
    ensure_store(args.db, args.events)
    with duckdb.connect(str(args.db)) as con:
        con.execute("CHECKPOINT")
    print(f"store: {args.events:,} events; {args.clients} clients, {args.seconds:g} s per run; /api/events")
    print("| server | requests | req/s | p50 ms | p95 ms | p99 ms | p95/p50 | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        for label, watching, ingesting in (
            ("serve", False, False),
            ("serve --watch, idle", True, False),
            ("serve --watch, ingesting", True, True),
        ):
            db = root / f"{len(label)}.duckdb"
            shutil.copy(args.db, db)
            folder = root / f"in{len(label)}"
            folder.mkdir()
            server, base = _serve(db, folder if watching else None)
            try:
                before = _stored(base)
                if ingesting:
                    _articles(folder, args.articles)
                latencies, errors, elapsed = asyncio.run(_load(base, args.clients, args.seconds))
                added = _stored(base) - before
            finally:
                server.terminate()
                server.wait(timeout=120)
            note = f" ({added} articles committed meanwhile)" if ingesting else ""
            print(_row(label + note, latencies, errors, elapsed), flush=True)


if __name__ == "__main__":
    main()
