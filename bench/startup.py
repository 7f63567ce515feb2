"""Start-up of `newsevents analyze` on one sentence, against the bare spaCy pipeline, as fresh processes.

    python bench/startup.py [--repeat R] [--cold C]

Three commands run side by side, interleaved, each in a fresh process:

  spacy  python -c: load the spaCy pipeline newsevents uses and parse the sentence (the floor)
  warm   newsevents analyze one.txt, the resource cache already built
  cold   newsevents analyze one.txt with an empty cache directory (builds and stores the cache)

Prints, per command, the median wall time, the median CPU time (user + system: steadier than wall time
on a shared machine) and the peak resident memory; then warm minus spacy and cold/warm. Issue 11's goal:
warm <= 1.5 s and <= 0.6 s more than spacy; cold no slower than before the cache (12-16 s on the
development machine). The cache directories are temporary; the user's own cache is not touched.

Bytecode: an installed package has its modules compiled (pip writes the .pyc files), so by default both
commands run with a temporary bytecode cache (PYTHONPYCACHEPREFIX), filled by a first run of each that
is not counted, even where PYTHONDONTWRITEBYTECODE is set (as in the development sandbox). --no-bytecode
measures as the environment is, where every start may compile newsevents' own modules from source.
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
from dataclasses import dataclass
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
SENTENCE = "The foreign minister of Chile met the Peruvian president in Lima on Tuesday to discuss trade."

SPACY = (
    "from newsevents.nlp import load; nlp = load(); doc = nlp({sentence!r}); assert len(doc) > 5"
)
ANALYZE = "import sys; from newsevents.cli import main; sys.argv[0] = 'newsevents'; sys.exit(main())"


@dataclass(frozen=True, slots=True)
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds
    rss_mb: float  # peak resident set size


def timed(argv: list[str], env: dict[str, str]) -> Run:
    """Wall time, CPU time and peak memory of one fresh process; fails loudly if it fails."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            message = err.read().decode("utf-8", "replace")[-2000:]
            raise SystemExit(f"{' '.join(argv[:3])}... failed ({proc.returncode}):\n{message}")
    return Run(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="runs of spacy and warm (median reported)")
    parser.add_argument("--cold", type=int, default=3, help="runs with an empty cache (each builds it)")
    parser.add_argument(
        "--no-bytecode", action="store_true", help="no bytecode cache: modules may compile at every start"
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newsevents-startup-"))
    try:
        one = work / "one.txt"
        one.write_text(SENTENCE + "\n", encoding="utf-8")
        base = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}
        if not args.no_bytecode:
            base.pop("PYTHONDONTWRITEBYTECODE", None)
            base["PYTHONPYCACHEPREFIX"] = str(work / "bytecode")
        warm_env = {**base, "NEWSEVENTS_CACHE_DIR": str(work / "warm")}
        spacy_cmd = [sys.executable, "-c", SPACY.format(sentence=SENTENCE)]
        analyze_cmd = [sys.executable, "-c", ANALYZE, "analyze", str(one), "--format", "jsonl"]
        timed(analyze_cmd, warm_env)  # builds the warm cache (and the bytecode of both commands' modules)
        timed(spacy_cmd, base)
        times: dict[str, list[Run]] = {"spacy": [], "warm": [], "cold": []}
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
    report(times, not args.no_bytecode)


def report(times: dict[str, list[Run]], bytecode: bool) -> None:
    med = {name: statistics.median(r.wall for r in runs) for name, runs in times.items() if runs}
    cpu = {name: statistics.median(r.cpu for r in runs) for name, runs in times.items() if runs}
    print(f"bytecode cache: {'yes' if bytecode else 'no (--no-bytecode)'}")
    print(f"{'command':<8} {'runs':>4} {'median s':>9} {'min s':>7} {'max s':>7} {'cpu s':>7} {'peak MB':>8}")
    for name, runs in times.items():
        if runs:
            walls = [r.wall for r in runs]
            peak = max(r.rss_mb for r in runs)
            print(f"{name:<8} {len(runs):>4} {med[name]:>9.2f} {min(walls):>7.2f} {max(walls):>7.2f} "
                  f"{cpu[name]:>7.2f} {peak:>8.0f}")
    print()
    if "spacy" in med and "warm" in med:
        print(f"warm - spacy: {med['warm'] - med['spacy']:.2f} s wall, {cpu['warm'] - cpu['spacy']:.2f} s cpu"
              "   (goal <= 0.60 s; warm goal <= 1.50 s)")
    if "cold" in med and "warm" in med:
        print(f"cold / warm:  {med['cold'] / med['warm']:.1f}x")


if __name__ == "__main__":
    main()
