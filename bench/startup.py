"""Start-up of `newsevents analyze` on one sentence, against the bare spaCy pipeline, as fresh processes.

    python bench/startup.py [--repeat R] [--cold C]

Three commands run side by side, interleaved, each in a fresh process:

  spacy  python -c: load the spaCy pipeline newsevents uses and parse the sentence (the floor)
  warm   newsevents analyze one.txt, the resource cache already built
  cold   newsevents analyze one.txt with an empty cache directory (builds and stores the cache)

Prints the median wall time of each, warm minus spacy, and cold/warm. Issue 11's goal: warm <= 1.5 s and
<= 0.6 s more than spacy; cold no slower than before the cache (12-16 s on the development machine).
The cache directories are temporary; the user's own cache is not touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
SENTENCE = "The foreign minister of Chile met the Peruvian president in Lima on Tuesday to discuss trade."

SPACY = (
    "from newsevents.nlp import load; nlp = load(); doc = nlp({sentence!r}); assert len(doc) > 5"
)
ANALYZE = "import sys; from newsevents.cli import main; sys.argv[0] = 'newsevents'; sys.exit(main())"


def timed(argv: list[str], env: dict[str, str]) -> float:
    """Wall time of one fresh process; fails loudly if it fails."""
    start = time.perf_counter()
    run = subprocess.run(argv, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if run.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:3])}... failed ({run.returncode}):\n{run.stderr[-2000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="runs of spacy and warm (median reported)")
    parser.add_argument("--cold", type=int, default=3, help="runs with an empty cache (each builds it)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newsevents-startup-"))
    try:
        one = work / "one.txt"
        one.write_text(SENTENCE + "\n", encoding="utf-8")
        base = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}
        warm_env = {**base, "NEWSEVENTS_CACHE_DIR": str(work / "warm")}
        spacy_cmd = [sys.executable, "-c", SPACY.format(sentence=SENTENCE)]
        analyze_cmd = [sys.executable, "-c", ANALYZE, "analyze", str(one), "--format", "jsonl"]
        timed(analyze_cmd, warm_env)  # builds the warm cache
        times: dict[str, list[float]] = {"spacy": [], "warm": [], "cold": []}
        for i in range(max(args.repeat, args.cold)):
            if i < args.repeat:
                times["spacy"].append(timed(spacy_cmd, base))
                times["warm"].append(timed(analyze_cmd, warm_env))
            if i < args.cold:
                cold_dir = work / f"cold{i}"
                times["cold"].append(timed(analyze_cmd, {**base, "NEWSEVENTS_CACHE_DIR": str(cold_dir)}))
                shutil.rmtree(cold_dir, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(times)


def report(times: dict[str, list[float]]) -> None:
    med = {name: statistics.median(values) for name, values in times.items() if values}
    print(f"{'command':<8} {'runs':>4} {'median s':>9} {'min s':>7} {'max s':>7}")
    for name, values in times.items():
        if values:
            print(f"{name:<8} {len(values):>4} {med[name]:>9.2f} {min(values):>7.2f} {max(values):>7.2f}")
    print()
    if "spacy" in med and "warm" in med:
        print(f"warm - spacy: {med['warm'] - med['spacy']:.2f} s   (goal <= 0.60 s; warm goal <= 1.50 s)")
    if "cold" in med and "warm" in med:
        print(f"cold / warm:  {med['cold'] / med['warm']:.1f}x")


if __name__ == "__main__":
    main()
