"""Instructions the coding stages execute on the throughput texts, counted by valgrind: a figure that a
busy machine does not blur (CPU seconds on a shared 2-core machine moved by 10-40% between runs).

    python bench/coding_instructions.py [--runs R]

The texts are ``bench/throughput.py``'s, parsed once here. Two child processes then run under
``valgrind --tool=cachegrind``: both load the pipeline, read the parsed Docs and warm the stages on five
texts and dateparser; one of them also codes every text (as ``bench/stages.py`` does). The difference of their
instruction counts is the coding's. Run it on two checkouts to compare them; needs valgrind (minutes).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

_SPLIT = b"\0newsevents-doc\0"


def _child(blobs_path: str, code: bool) -> None:
    """Load, read the Docs, warm; with ``code``, code them all."""
    from dateparser.date import DateDataParser
    from spacy.tokens import Doc
    from stages import _code
    from throughput import corpus

    from newsevents import datewords, heap
    from newsevents.pipeline import Pipeline

    articles = corpus(None)
    with heap.loading():  # (as `analyze` loads it, runner.load_pipeline: the loaded heap frozen)
        pipe = Pipeline.load()
    heap.coding()  # (as runner.load_pipeline: the young generation collected less often)
    blobs = Path(blobs_path).read_bytes().split(_SPLIT)
    _code(pipe, articles[:5], [Doc(pipe.nlp.vocab).from_bytes(b) for b in blobs[:5]])
    # dateparser builds its tables on first use, once a process (0.8 G instructions): warm it in both
    # children, as the best of several runs leaves it out of bench/stages.py and bench/throughput.py.
    DateDataParser(languages=["en"]).get_date_data("early March 1900")
    datewords.resolve.cache_clear()
    docs = [Doc(pipe.nlp.vocab).from_bytes(b) for b in blobs]
    if code:
        _code(pipe, articles, docs)


def _instructions(blobs_path: str, code: bool) -> int:
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--branch-sim=no"]
    command += ["--cachegrind-out-file=/dev/null", sys.executable, __file__, "--child", blobs_path]
    done = subprocess.run([*command, *(["--code"] if code else [])], capture_output=True, text=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"valgrind run failed:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="pairs of valgrind runs (their spread is shown)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--code", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    if args.child:
        _child(args.child, args.code)
        return
    from throughput import corpus

    from newsevents.nlp import parse
    from newsevents.pipeline import Pipeline

    articles = corpus(None)
    pipe = Pipeline.load()
    docs = parse(pipe.nlp, (a.text for a in articles), batch_size=pipe.settings.batch_size)
    with tempfile.NamedTemporaryFile(suffix=".docs", delete=False) as out:
        out.write(_SPLIT.join(d.to_bytes(exclude=["user_data"]) for d in docs))
    try:
        counts = [_instructions(out.name, True) - _instructions(out.name, False) for _ in range(args.runs)]
    finally:
        os.unlink(out.name)
    runs = ", ".join(f"{c:,}" for c in counts)
    print(f"{len(articles)} texts; coding instructions (valgrind), per run: {runs}")
    print(f"best: {min(counts) / 1e9:.3f} G instructions")


if __name__ == "__main__":
    main()
