"""`newsevents analyze --workers 1` against `--workers N` on the same 300 articles, side by side.

    PYTHONPATH=src .venv/bin/python bench/workers.py [--articles 300] [--workers 2] [--repeat 1]

Each run is a fresh `newsevents analyze FILE --format jsonl` process, start-up (model and resource
loading, in every worker) included, as a user sees it. The articles are news-sized texts made from the
tuning articles and the bundled examples (``bench_corpus``). Prints the wall time of each, the speed-up
(goal: >= 1.7x with 2 workers on a 2-core machine) and whether the outputs are byte-identical (they
must be).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bench_corpus

from newsevents.config import available_cores


def analyze(path: Path, workers: int) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (the process and its workers) and standard output of one fresh
    `newsevents analyze` process."""
    command = [sys.executable, "-m", "newsevents.cli", "analyze", str(path), "-f", "jsonl"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([*command, "--workers", str(workers)], capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2, help="compared with 1 (default 2)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each, alternating; the best counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = bench_corpus.write(args.articles, Path(tmp))
        times: dict[int, list[tuple[float, float]]] = {1: [], args.workers: []}
        outputs: dict[int, str] = {}
        for _ in range(args.repeat):
            for workers in times:
                wall, cpu, outputs[workers] = analyze(path, workers)
                times[workers].append((wall, cpu))
    best = {workers: min(runs) for workers, runs in times.items()}
    one, many = best[1][0], best[args.workers][0]
    events = outputs[1].count("\n")
    print(f"{args.articles} articles, {events} events, {available_cores()} cores available")
    # CPU seconds show the cost of the extra processes even when a busy machine blurs the wall time.
    print(f"{'workers':>8} {'wall s':>8} {'cpu s':>8} {'articles/s':>11}")
    for workers, (wall, cpu) in best.items():
        print(f"{workers:>8} {wall:>8.2f} {cpu:>8.2f} {args.articles / wall:>11.1f}")
    print(f"speed-up {one / many:.2f}x (goal >= 1.7x for 2 workers on 2 cores)")
    identical = outputs[1] == outputs[args.workers]
    print(f"output identical: {'yes' if identical else 'NO'}")
    if not identical:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
