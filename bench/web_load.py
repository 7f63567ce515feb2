"""A bounded load test of the JSON API on 127.0.0.1 (issue 6, item 6; issue 12, serving that holds up).

    .venv/bin/python bench/web_load.py [--events 100000] [--clients 50] [--seconds 30]
                                       [--db bench/out/web.duckdb] [--workers 1] [--threads N]
    .venv/bin/python bench/web_load.py --compare     # before/after settings side by side, one table

Builds (once; reused when the file holds the right number of events) a synthetic store with the store
benchmark's generator (``bench/store_query.py``: events over 2015-2024, 60 countries, 20 roles, all
roots, two mentions each), starts ``newsevents.web.serve`` in a child process on a free local port, and
runs ``--clients`` concurrent clients for ``--seconds`` seconds against ``/api/events`` with a rotating
set of filters (and pages). It prints requests, throughput, p50/p95/p99 latency and the error count, then
stops the server. Any non-200 answer or transport error counts as an error.

``--compare`` runs the same load against three servers one after the other: the settings before issue
12 (one process, anyio's 40 threads all querying at once), the new default (one process, ``--threads``
one per core) and two processes (``--workers 2``), and prints one table with p95/p50.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store_query import ensure_store  # noqa: E402  (the store benchmark's generator, shared on purpose)

QUERIES = (
    "country=PRK",
    "dyad=USA,PRK",
    "actor=kim&limit=20",
    "root=04&since=2019-01-01&until=2019-12-31",
    "code=042&sort=-goldstein",
    "quad=4&role=MIL",
    "country=USA&since=2024-06&limit=100",
    "dyad=CHN-RUS&directed=true&sort=date",
    "since=2020-03&until=2020-03&offset=50",
    "quad=1&country=FRA&sort=-mentions",
    "place=City 42",
    "limit=10",
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


async def _client(
    http: httpx.AsyncClient,
    queries: itertools.cycle[str],
    stop: float,
    latencies: list[float],
    errors: list[str],
) -> None:
    while time.perf_counter() < stop:
        query = next(queries)
        started = time.perf_counter()
        try:
            response = await http.get(f"/api/events?{query}")
            if response.status_code != 200:
                errors.append(f"{response.status_code} {query}")
        except httpx.HTTPError as exc:
            errors.append(f"{type(exc).__name__} {query}")
        latencies.append((time.perf_counter() - started) * 1000)


async def _load(base: str, clients: int, seconds: float) -> tuple[list[float], list[str], float]:
    latencies: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as http:
        queries = itertools.cycle(QUERIES)
        started = time.perf_counter()
        stop = started + seconds
        await asyncio.gather(*(_client(http, queries, stop, latencies, errors) for _ in range(clients)))
        elapsed = time.perf_counter() - started
    return latencies, errors, elapsed


def _run(
    db: Path, clients: int, seconds: float, workers: int, threads: int
) -> tuple[list[float], list[str], float]:
    """Start a server with these settings, load it, stop it."""
    port = _free_port()
    code = (
        f"from newsevents.web import serve; "
        f"serve({str(db)!r}, '127.0.0.1', {port}, workers={workers}, threads={threads})"
    )
    # the server's access log would cost as much as the queries: keep its output out of the way
    server = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/api/events?limit=1").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the server did not start")
            time.sleep(0.2)
        time.sleep(1.0 if workers > 1 else 0)  # let every worker process come up
        return asyncio.run(_load(base, clients, seconds))
    finally:
        server.terminate()
        server.wait(timeout=15)


def _row(label: str, latencies: list[float], errors: list[str], elapsed: float) -> str:
    p50 = statistics.median(latencies)
    p95, p99 = _percentile(latencies, 0.95), _percentile(latencies, 0.99)
    return (
        f"| {label} | {len(latencies):,} | {len(latencies) / elapsed:.1f} | {p50:.0f} | {p95:.0f} | "
        f"{p99:.0f} | {p95 / p50:.1f} | {len(errors)} |"
    )


def main() -> None:
    from newsevents.web.app import DEFAULT_THREADS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--db", type=Path, default=Path("bench/out/web.duckdb"))
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--threads", type=int, default=DEFAULT_THREADS)
    parser.add_argument("--compare", action="store_true", help="before/after settings in one table")
    parser.add_argument(
        "--configs", help="with --compare: PROCESSESxTHREADS,... instead of the three default settings"
    )
    args = parser.parse_args()
    ensure_store(args.db, args.events)
    runs = [(f"{args.workers} process(es), {args.threads} threads", args.workers, args.threads)]
    if args.compare and args.configs:
        pairs = [tuple(int(n) for n in c.split("x")) for c in args.configs.split(",")]
        runs = [(f"{w} process(es), {t} threads", w, t) for w, t in pairs]
    elif args.compare:
        runs = [
            ("before: 1 process, 40 threads", 1, 40),
            (f"after: 1 process, {DEFAULT_THREADS} threads", 1, DEFAULT_THREADS),
            (f"after: 2 processes, {DEFAULT_THREADS} threads", 2, DEFAULT_THREADS),
        ]
    print(f"store: {args.events:,} events; {args.clients} clients, {args.seconds:g} s per run; /api/events")
    print("| server | requests | req/s | p50 ms | p95 ms | p99 ms | p95/p50 | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    failed = []
    for label, workers, threads in runs:
        latencies, errors, elapsed = _run(args.db, args.clients, args.seconds, workers, threads)
        print(_row(label, latencies, errors, elapsed), flush=True)
        failed += errors
    if failed:
        print("first errors:", ", ".join(failed[:5]))
        raise SystemExit(1)


if __name__ == "__main__":
    main()
