"""A bounded load test of the JSON API on 127.0.0.1 (issue 6, item 6).

    .venv/bin/python bench/web_load.py [--events 100000] [--clients 50] [--seconds 30]
                                       [--db bench/out/web.duckdb]

Builds (once; reused when the file holds the right number of events) a synthetic store with the store
benchmark's generator (``bench/store_query.py``: events over 2015-2024, 60 countries, 20 roles, all
roots, two mentions each), starts ``newsevents.web.serve`` in a child process on a free local port, and
runs ``--clients`` concurrent clients for ``--seconds`` seconds against ``/api/events`` with a rotating
set of filters (and pages). It prints requests, throughput, p50/p95/p99 latency and the error count, then
stops the server. Any non-200 answer or transport error counts as an error.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--db", type=Path, default=Path("bench/out/web.duckdb"))
    args = parser.parse_args()
    ensure_store(args.db, args.events)

    port = _free_port()
    code = f"from newsevents.web import serve; serve({str(args.db)!r}, '127.0.0.1', {port})"
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
        latencies, errors, elapsed = asyncio.run(_load(base, args.clients, args.seconds))
    finally:
        server.terminate()
        server.wait(timeout=15)

    print(f"store: {args.events:,} events; {args.clients} clients for {elapsed:.1f} s on {base}")
    print(f"requests: {len(latencies):,} ({len(latencies) / elapsed:.1f}/s), errors: {len(errors)}")
    print(
        f"latency ms: p50 {statistics.median(latencies):.1f}  p95 {_percentile(latencies, 0.95):.1f}  "
        f"p99 {_percentile(latencies, 0.99):.1f}  max {max(latencies):.1f}"
    )
    if errors:
        print("first errors:", ", ".join(errors[:5]))
        raise SystemExit(1)


if __name__ == "__main__":
    main()
