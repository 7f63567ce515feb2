"""Rejections are counted, echoed up to a limit per reason, recorded in full (issue 12)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsevents.records import Rejection
from newsevents.rejections import RejectionLog

CliCall = Callable[..., Any]


def test_a_flood_prints_a_bounded_number_of_lines_and_records_everything(tmp_path: Path) -> None:
    printed: list[str] = []
    out = tmp_path / "rejected.jsonl"
    with RejectionLog(printed.append, out, shown=3) as log:
        for n in range(1000):
            log(Rejection(f"in.jsonl:{n}", "invalid-json", "the line is not valid JSON"))
        log(Rejection("b.bin", "binary", "not text"))
    assert len(printed) == 5  # three, a note that the rest are counted, and the other reason
    assert log.summary() == (
        f"rejected 1001 (invalid-json 1000, binary 1); 997 not shown; all in {out}"
    )
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 1001 and rows[-1]["reason"] == "binary"


def test_cli_writes_rejections_file_and_summary(cli: CliCall, tmp_path: Path) -> None:
    lines = tmp_path / "in.jsonl"
    good = {"id": "g", "text": "The prime ministers of Norway and Sweden met in Oslo on Monday to discuss "
            "fishing quotas and a new rail link between the two capitals."}
    lines.write_text(json.dumps(good) + "\n" + "not json\n" * 50, encoding="utf-8")
    out = tmp_path / "rejected.jsonl"
    result = cli("extract", str(lines), "--rejections", str(out))
    assert result.exit_code == 0
    stderr = result.stderr.splitlines()
    assert len(stderr) == 22 and stderr[-1].startswith("newsevents: read 51, extracted 1, rejected 50")
    assert len(out.read_text(encoding="utf-8").splitlines()) == 50
