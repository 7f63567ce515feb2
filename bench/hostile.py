"""The hostile-input campaign of issue 12: generated files and a hostile server, each case through a
``newsevents ingest`` or ``analyze`` subprocess with a timeout, and one table of what happened.

    .venv/bin/python bench/hostile.py [--cases 500] [--timeout 240] [--jobs 2] [--batch 1] [--kind K]

Cases (``bench/hostile_cases.py``): JSON lines with hostile values in every field (lone surrogates,
5,000-digit numbers, 100,000-deep nesting, year 1 dates, ids with ``/`` and ``..``), text files (binary
tails, NULs, UTF-16, 20 MB), HTML (200,000 attributes, 100,000-deep nesting, million-word pages), WARCs
(truncation points, gigabyte headers in a 1 MB ``.warc.gz``, decompression bombs, broken target URIs),
RSS/Atom feeds (entity expansion, external entities, hostile links, fetched pages) and URL lists against a
server on 127.0.0.1 (nested gzip bombs, redirects to ``javascript:``/``data:``/``file:``, malformed
hosts, endless and dripping bodies, garbage instead of HTTP). Every run passes ``--allow-private`` (the
server is local) and gets its own store.

A case is **clean** when the command exits 0, or non-zero with a last line that says why, and every
stderr line is one clear line (``newsevents: ...``, the summary, or the store's counts); a **crash** is a
traceback, a signal, or a non-zero exit without such a line; a **hang** hits the timeout; lines that are
none of these are counted as **unclear**. Peak RSS is per process (its ``VmHWM``: the command's at exit, its
workers' sampled every 50 ms). ``--batch K`` runs K
cases in one process (one model load for K cases) and splits a batch that crashes or hangs
in halves until the single case to blame is found (unclear lines are reported per process).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile_cases import STORY, Case, generate  # noqa: E402
from hostile_server import start_server  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# Time a batch allows for each case after its first (model loading is paid once per process).
PER_CASE_S = 90
# What one hostile input may add to a process over an ordinary article (issue 12: "under 500 MB").
GROWTH_LIMIT_MB = 500
CLEAR = re.compile(r"^(newsevents: .{1,2000}|read \d+, .*|\S.*: articles \d+, .*|\s*)$")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one process did with its cases."""

    cases: tuple[Case, ...]
    verdict: str  # clean, crash, hang
    unclear: tuple[str, ...]
    rejections: int
    seconds: float
    peak_mb: float


# The command's own high-water mark, written at exit: ``ru_maxrss`` from ``wait4`` cannot be used, since
# Linux carries the parent's high-water mark across fork and exec into the child's (every case then
# "peaks" at this bench process's size, which holds the generated cases and the hostile server).
_REPORT_HWM = (
    "import atexit, os\n"
    "def _hwm():\n"
    "    with open('/proc/self/status') as s, open(os.environ['HOSTILE_HWM'], 'w') as out:\n"
    "        out.write(next(l for l in s if l.startswith('VmHWM')).split()[1])\n"
    "atexit.register(_hwm)\n"
)


def _command(cases: tuple[Case, ...], db: Path) -> list[str]:
    words = cases[0].command.split()
    paths = [str(c.path) for c in cases]
    extra = ["--db", str(db)] if words[0] == "ingest" else ["--format", "jsonl"]
    run = "import sys; from newsevents.cli import main; sys.argv[0] = 'newsevents'; sys.exit(main())"
    code = _REPORT_HWM + run
    return [sys.executable, "-c", code, *words, *paths, *extra, "--allow-private"]


def _hwm_kb(pid: int) -> int:
    """VmHWM of a live process (its peak resident memory since exec), 0 when it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
    except (OSError, StopIteration, ValueError):
        return 0


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*/children"):
            try:
                kids = [int(k) for k in task.read_text().split()]
            except OSError:
                continue
            found.extend(kids)
            todo.extend(kids)
    return found


class _PeakWatch(threading.Thread):
    """Samples the peak of ``pid`` and every worker under it (the command also reports its own at exit,
    which a sample may miss; a process killed at the timeout reports nothing, so it is sampled too)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_kb, self.done = pid, 0, threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.05):
            for child in [self.pid, *_descendants(self.pid)]:
                self.peak_kb = max(self.peak_kb, _hwm_kb(child))


def run(cases: tuple[Case, ...], timeout: float, work: Path) -> Outcome:
    """One subprocess over ``cases`` (all of one command), killed at ``timeout`` seconds."""
    db = work / f"store-{os.getpid()}-{threading.get_ident()}-{time.monotonic_ns()}.duckdb"
    hwm = db.with_suffix(".hwm")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "HOSTILE_HWM": str(hwm)}
    started = time.monotonic()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(_command(cases, db), stdout=subprocess.DEVNULL, stderr=err, env=env, cwd=work)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        watch = _PeakWatch(proc.pid)
        watch.start()
        _, status, _ = os.wait4(proc.pid, 0)
        timer.cancel()
        watch.done.set()
        own_kb = int(hwm.read_text() or 0) if hwm.exists() else 0
        hwm.unlink(missing_ok=True)
        proc.returncode = os.waitstatus_to_exitcode(status)
        hung = not timer.is_alive() and time.monotonic() - started >= timeout
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").splitlines()
    for leftover in work.glob(db.name + "*"):
        leftover.unlink()
    unclear = tuple(line[:200] for line in lines if not CLEAR.match(line))
    traceback = any(line.startswith("Traceback") for line in lines)
    explained = bool(lines) and lines[-1].startswith("newsevents: ")
    if hung:
        verdict = "hang"
    elif traceback or proc.returncode < 0 or (proc.returncode != 0 and not explained):
        verdict = "crash"
    else:
        verdict = "clean"
    rejections = sum(1 for line in lines if line.startswith("newsevents: ") and ": " in line[12:])
    peak_mb = max(own_kb, watch.peak_kb) / 1024
    return Outcome(cases, verdict, unclear, rejections, time.monotonic() - started, peak_mb)


def _batches(cases: list[Case], size: int) -> list[tuple[Case, ...]]:
    # One command per process; kinds mix, so a small run needs few processes (each loads the model).
    groups: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        groups[case.command].append(case)
    return [tuple(g[i : i + size]) for g in groups.values() for i in range(0, len(g), size)]


def _settle(batch: tuple[Case, ...], timeout: float, work: Path) -> list[Outcome]:
    """Run a batch; when it crashes or hangs, run its halves, down to the single case to blame."""
    # A batch gets the per-case timeout once plus PER_CASE_S for each further case: a hang shows up
    # without waiting the full timeout for every case, and is then pinned with the full timeout.
    outcome = run(batch, timeout + PER_CASE_S * (len(batch) - 1), work)
    names = ", ".join(c.name for c in batch)[:100]
    print(
        f"  {outcome.verdict:5} {outcome.seconds:5.0f} s {outcome.peak_mb:5.0f} MB  {batch[0].kind}: {names}",
        flush=True,
    )
    if outcome.verdict == "clean" or len(batch) == 1:
        return [outcome]
    middle = len(batch) // 2
    return _settle(batch[:middle], timeout, work) + _settle(batch[middle:], timeout, work)


def campaign(cases: list[Case], timeout: float, jobs: int, batch: int, work: Path) -> list[Outcome]:
    """Every case, ``jobs`` processes at a time, ``batch`` cases of one kind per process."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        settled = pool.map(lambda b: _settle(b, timeout, work), _batches(cases, batch))
        return [outcome for outcomes in settled for outcome in outcomes]


def baselines(work: Path, timeout: float) -> dict[str, float]:
    """Peak RSS (MB) of each command over one ordinary article: what loading the pipeline costs."""
    path = work / "cases" / "baseline.jsonl"
    path.write_text(json.dumps({"id": "baseline", "text": STORY}) + "\n", encoding="utf-8")
    from concurrent.futures import ThreadPoolExecutor

    commands = ("ingest", "analyze")
    with ThreadPoolExecutor(max_workers=len(commands)) as pool:  # alongside the campaign: it waits for no one
        runs = pool.map(lambda c: run((Case("baseline", "one article", path, c),), timeout, work), commands)
        return {command: outcome.peak_mb for command, outcome in zip(commands, runs, strict=True)}


def report(outcomes: list[Outcome], elapsed: float, base: dict[str, float]) -> None:
    """The table (Markdown) and the cases that were not clean."""
    kinds = sorted({c.kind for o in outcomes for c in o.cases})
    print(
        f"baseline peak RSS over one ordinary article: ingest {base['ingest']:.0f} MB, "
        f"analyze {base['analyze']:.0f} MB\n"
    )
    print(
        "| input | cases | clean | crashes | hangs | unclear lines | rejection lines | peak RSS MB "
        "| over baseline MB |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for kind in [*kinds, "all"]:
        mine = [o for o in outcomes if kind == "all" or any(c.kind == kind for c in o.cases)]
        count: Counter[str] = Counter()
        for o in mine:
            count[o.verdict] += sum(1 for c in o.cases if kind in ("all", c.kind))
        print(
            f"| {kind} | {count.total()} | {count['clean']} | {count['crash']} | "
            f"{count['hang']} | {sum(len(o.unclear) for o in mine)} | {sum(o.rejections for o in mine)} | "
            f"{max(o.peak_mb for o in mine):.0f} | {max(_growth(o, base) for o in mine):.0f} |"
        )
    processes = len(outcomes)
    print(
        f"\n{processes} processes in {elapsed / 60:.1f} min; slowest {max(o.seconds for o in outcomes):.0f} s"
    )
    for o in outcomes:
        if o.verdict != "clean" or o.unclear or _growth(o, base) > GROWTH_LIMIT_MB:
            names = ", ".join(f"{c.kind}/{c.name} ({c.command})" for c in o.cases)
            print(f"- {o.verdict} {o.peak_mb:.0f} MB {o.seconds:.0f} s: {names}")
            for line in o.unclear[:3]:
                print(f"    {line}")


def _growth(outcome: Outcome, base: dict[str, float]) -> float:
    return outcome.peak_mb - base[outcome.cases[0].command.split()[0]]


def _subset(cases: list[Case], wanted: int) -> list[Case]:
    """``wanted`` cases spread over every kind (every n-th of the full list)."""
    if wanted >= len(cases):
        return cases
    step = len(cases) / wanted
    return [cases[int(i * step)] for i in range(wanted)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000, help="at most this many (spread over kinds)")
    parser.add_argument("--timeout", type=float, default=240.0, help="seconds per case")
    parser.add_argument("--jobs", type=int, default=2, help="processes at once")
    parser.add_argument("--batch", type=int, default=1, help="cases per process (1: one each)")
    parser.add_argument("--dir", type=Path, help="where to write the cases (default: a temporary directory)")
    parser.add_argument("--kind", action="append", help="only this kind (repeatable)")
    args = parser.parse_args()
    work = args.dir or Path(tempfile.mkdtemp(prefix="newsevents-hostile-"))
    base, server = start_server()
    try:
        every = [c for c in generate(work / "cases", base) if not args.kind or c.kind in args.kind]
        cases = _subset(every, args.cases)
        from concurrent.futures import ThreadPoolExecutor

        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=1) as side:
            pending = side.submit(baselines, work, args.timeout)
            outcomes = campaign(cases, args.timeout, args.jobs, args.batch, work)
            base = pending.result()
        print(
            f"{len(cases)} cases (generated under {work}), timeout {args.timeout:g} s per case, "
            f"batch {args.batch}\n"
        )
        report(outcomes, time.monotonic() - started, base)
    finally:
        server.shutdown()
        if args.dir is None:
            shutil.rmtree(work, ignore_errors=True)
    if any(o.verdict != "clean" for o in outcomes):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
