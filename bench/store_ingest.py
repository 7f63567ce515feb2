"""Ingest throughput of the event store (issue 5, item 7): articles/s into a fresh store.

    .venv/bin/python bench/store_ingest.py [--articles 200] [--workers 2] [--fake]

Writes N short synthetic reports (templated sentences about real kinds of events between real countries'
leaders, generated here, not copied from anywhere) to a JSONL file, then runs ``ingest_paths`` into a new
store with the real pipeline (or ``--fake``: a regex coder, to see the store's own cost) and prints
articles/s, the number of events and mentions, and the time to re-run the finished job (idempotent: it
analyses nothing). Pipeline start-up (spaCy load per worker) is included, as a user would see it.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from newsevents.store import ingest_paths, summary

LEADERS = [
    ("US President Joe Biden", "Washington"),
    ("Chinese President Xi Jinping", "Beijing"),
    ("French President Emmanuel Macron", "Paris"),
    ("German Chancellor Olaf Scholz", "Berlin"),
    ("Japanese Prime Minister Fumio Kishida", "Tokyo"),
    ("Indian Prime Minister Narendra Modi", "New Delhi"),
    ("South Korean President Yoon Suk Yeol", "Seoul"),
    ("Turkish President Recep Tayyip Erdogan", "Ankara"),
]
VERBS = ["met", "criticized", "praised", "visited", "accused", "thanked", "called"]
FILLER = [
    "Officials said the talks covered trade and security.",
    "The meeting lasted about two hours, according to a spokesman.",
    "Reporters were not allowed into the room.",
    "Both governments released short statements afterwards.",
    "Analysts said the relationship had been tense for months.",
]


def synthetic(n: int, seed: int = 7) -> list[dict[str, str]]:
    """``n`` short JSONL articles, about 80 words each."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        (a, city), (b, _) = rng.sample(LEADERS, 2)
        day = 1 + i % 28
        text = (
            f"{a} {rng.choice(VERBS)} {b} in {city} on Monday. "
            + " ".join(rng.sample(FILLER, 3))
            + f"\n{b.split()[-1]} later {rng.choice(VERBS)} {a.split()[-1]}. "
            + rng.choice(FILLER)
        )
        out.append(
            {
                "id": f"bench-{i:06d}",
                "text": text,
                "source": f"Outlet {i % 9}",
                "published": f"2023-05-{day:02d}",
                "url": f"https://example.org/{i}",
            }
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--fake", action="store_true", help="regex coder instead of the real pipeline")
    args = parser.parse_args()
    analyzer = None
    if args.fake:
        import sys

        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "store"))
        from store_factories import fake_analyzer

        analyzer = fake_analyzer
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "bench.jsonl"
        source.write_text("".join(json.dumps(a) + "\n" for a in synthetic(args.articles)), encoding="utf-8")
        db = Path(tmp) / "bench.duckdb"
        ticks: list[tuple[float, int]] = []
        started = time.perf_counter()
        stats = ingest_paths(
            [source],
            db,
            workers=args.workers,
            batch_size=args.batch_size,
            analyzer=analyzer,
            progress=lambda s: ticks.append((time.perf_counter(), s.added)),
        )
        elapsed = time.perf_counter() - started
        counts = summary(db)
        started = time.perf_counter()
        again = ingest_paths([source], db, workers=args.workers, analyzer=analyzer)
        rerun = time.perf_counter() - started
    kind = "fake coder" if args.fake else "real pipeline"
    print(
        f"{kind}, workers={args.workers}, batch={args.batch_size}: {stats.added} articles in {elapsed:.1f} s "
        f"= {stats.added / elapsed:.1f} articles/s (start-up included)"
    )
    if len(ticks) > 1:
        # steady state: from the first commit to the last, start-up excluded
        (t0, n0), (t1, n1) = ticks[0], ticks[-1]
        print(f"steady state (after the first batch): {(n1 - n0) / (t1 - t0):.1f} articles/s")
    print(
        f"store: {counts['events']} events from {counts['mentions']} mentions; re-run: {again.added} added, "
        f"{again.skipped} skipped in {rerun:.2f} s"
    )


if __name__ == "__main__":
    main()
