"""Spark against `newsevents ingest` at corpus scale, and with an executor killed mid-run (issue 14).

The inputs: the bundled examples, the corpus's tuning half, longer reports joined from pairs of them,
syndicated copies (another outlet, an agency footer added: near copies; and exact copies), repeats from
the same outlet, and bad records (broken JSON, no text, a number for a text). About 250 records, read from
a JSON-lines file and a folder of text files. Never reads the check half.

The engine runs as ``local[2,4]``: two cores, and up to four attempts per task, which is what a cluster's
``spark.task.maxFailures`` gives (plain ``local[2]`` never retries). Killing a Python worker while it codes
fails its task; Spark runs the task again, and the output must still equal the ingested store row for row.
"""

from __future__ import annotations

import json
import os
import random
import signal
import threading
import time
from pathlib import Path
from typing import Any

import pytest

pyspark = pytest.importorskip("pyspark")

from spark_factories import assert_same_as_store  # noqa: E402

from newsevents.spark import run, session  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SOURCES = (ROOT / "examples" / "reports.jsonl", ROOT / "corpus" / "tuning" / "articles.jsonl")
FOOTER = "Distributed by the Eastern Syndicate news service."
# A Python worker that has loaded the pipeline is past this size (400 MB and more); readers and the
# deduplicator's workers stay well under it.
CODING_WORKER_RSS_KB = 350_000


def _records() -> list[dict[str, Any]]:
    base = []
    for path in SOURCES:
        base += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(7)
    out = [dict(r, id=f"orig-{i:03d}") for i, r in enumerate(base)]
    for i in range(100):
        a, b = rng.sample(base, 2)
        out.append({**a, "id": f"joined-{i:03d}", "text": a["text"] + "\n\n" + b["text"], "source": "Digest"})
    for i, r in enumerate(rng.sample(base, 25)):
        out.append(
            {**r, "id": f"synd-{i:03d}", "text": r["text"] + "\n\n" + FOOTER, "source": f"Syndicate {i}"}
        )
    for i, r in enumerate(rng.sample(base, 10)):
        out.append({**r, "id": f"copy-{i:03d}", "source": "Copy Desk"})
    for i, r in enumerate(rng.sample(base, 8)):
        out.append({**r, "id": f"again-{i:03d}"})
    rng.shuffle(out)
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("corpus")
    records = _records()
    lines = [json.dumps(r) for r in records[:-12]]
    lines[40:40] = ['{"id": "cut", "text": ', json.dumps({"id": "empty", "text": ""})]
    lines.append(json.dumps({"id": "number", "text": 42}))
    (root / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    desk = root / "desk"
    desk.mkdir()
    for record in records[-12:]:
        (desk / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
    return [root / "wire.jsonl", desk]


@pytest.fixture(scope="module")
def ingested(corpus: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    from typer.testing import CliRunner

    from newsevents.cli import app

    db = tmp_path_factory.mktemp("store") / "store.duckdb"
    result = CliRunner().invoke(app, ["ingest", *map(str, corpus), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="module")
def spark() -> Any:
    engine = session("local[2,4]", app="newsevents-corpus-tests")
    engine.sparkContext.setLogLevel("ERROR")
    yield engine
    engine.stop()


def test_the_corpus_on_spark_equals_ingest(
    spark: Any, corpus: list[Path], ingested: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    stats = run(list(map(str, corpus)), str(out), spark=spark)
    counts = assert_same_as_store(ingested, out)
    assert counts["articles"] == stats.articles > 200
    assert counts["events"] > 200 and stats.rejected >= 3 + 8  # bad records and same-outlet repeats


def _coding_workers() -> list[int]:
    """PySpark's Python workers of this machine that have loaded the pipeline."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
            status = (entry / "status").read_text()
        except OSError:
            continue
        if b"pyspark.daemon" not in command:
            continue
        rss = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
        if rss > CODING_WORKER_RSS_KB:
            found.append(int(entry.name))
    return found


def _kill_one_coding_worker(done: threading.Event, killed: list[int]) -> None:
    while not done.is_set():
        workers = _coding_workers()
        if workers:
            os.kill(workers[0], signal.SIGKILL)
            killed.append(workers[0])
            return
        time.sleep(0.2)


def test_a_killed_executor_still_gives_complete_duplicate_free_output(
    spark: Any, corpus: list[Path], ingested: Path, tmp_path: Path
) -> None:
    done, killed = threading.Event(), []
    killer = threading.Thread(target=_kill_one_coding_worker, args=(done, killed), daemon=True)
    # Workers from the previous run still hold a pipeline: only a worker of this run may be killed.
    spark.sparkContext.parallelize([0], 1).count()
    for pid in _coding_workers():
        os.kill(pid, signal.SIGKILL)
    killer.start()
    out = tmp_path / "out"
    try:
        run(list(map(str, corpus)), str(out), spark=spark)
    finally:
        done.set()
        killer.join()
    assert killed, "no coding worker was seen to kill"
    assert_same_as_store(ingested, out)
