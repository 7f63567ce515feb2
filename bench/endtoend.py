"""End to end, fresh processes: `newsevents analyze` against the bare spaCy pipeline on ~150 articles.

    PYTHONPATH=src .venv/bin/python bench/endtoend.py [--articles 150] [--repeat 1]

Three fresh processes over the same JSONL file (news-sized texts made from the tuning articles and the
bundled examples, ``bench_corpus``), each timed from start to exit:

* **spaCy**: import spaCy, load the same pipeline (the ``model`` setting), read the file and run
  ``nlp.pipe`` over the texts in batches of ``batch_size``, one process;
* **analyze, 1 worker**: ``newsevents analyze FILE --format jsonl --workers 1``;
* **analyze**: the same with the default workers (one per available core).

Prints wall seconds and the ratio to spaCy (goal: analyze <= 1.25x spaCy).
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

from newsevents.config import Settings, available_cores

BARE_SPACY = """
import json, sys, spacy
nlp = spacy.load(sys.argv[2])
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
for _doc in nlp.pipe(texts, batch_size=int(sys.argv[3])):
    pass
"""


def timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (the process and its children) of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each, alternating; the best counts")
    args = parser.parse_args()
    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        path = bench_corpus.write(args.articles, Path(tmp))
        analyze = [sys.executable, "-m", "newsevents.cli", "analyze", str(path), "-f", "jsonl"]
        commands = {
            "spaCy": [sys.executable, "-c", BARE_SPACY, str(path), settings.model, str(settings.batch_size)],
            "analyze, 1 worker": [*analyze, "--workers", "1"],
            f"analyze ({available_cores()} cores)": analyze,
        }
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(args.repeat):
            for name, command in commands.items():
                times[name].append(timed(command))
    best = {name: min(seconds) for name, seconds in times.items()}
    print(f"{args.articles} articles, fresh processes, best of {args.repeat}")
    print(f"{'':<22} {'wall s':>8} {'x spaCy':>8} {'cpu s':>8}")
    for name, (wall, cpu) in best.items():
        print(f"{name:<22} {wall:>8.2f} {wall / best['spaCy'][0]:>8.2f} {cpu:>8.2f}")
    print("goal: analyze <= 1.25x spaCy")


if __name__ == "__main__":
    main()
