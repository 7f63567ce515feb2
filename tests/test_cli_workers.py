"""`analyze --workers N` (issue 11, part 4) and settings from the environment on the command line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

CliCall = Callable[..., Any]  # the `cli` fixture of tests/conftest.py

# Invented one-paragraph reports, one per file.
REPORTS = [
    "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Tuesday to discuss energy prices.",
    "Police in Nairobi arrested twelve protesters outside the parliament on Wednesday.",
    "The foreign minister of Chile visited Buenos Aires on Thursday and praised the new trade accord.",
    "Rebels attacked an army convoy near the northern border on Friday, the defence ministry said.",
    "The prime minister of Canada called for talks with the striking port workers on Saturday.",
]


def test_two_workers_print_exactly_what_one_prints(cli: CliCall, tmp_path: Path) -> None:
    for n, text in enumerate(REPORTS):
        (tmp_path / f"report-{n}.txt").write_text(text + "\n", encoding="utf-8")
    config = tmp_path / "small-batches.toml"
    config.write_text("[newsevents]\nbatch_size = 2\n", encoding="utf-8")  # three chunks: a real pool
    runs = [
        cli("analyze", str(tmp_path), "--published", "2022-10-04", "-f", "jsonl", "--config", str(config),
            "--workers", workers)
        for workers in ("1", "2")
    ]
    assert all(r.exit_code == 0 for r in runs), [r.stderr for r in runs]
    assert runs[0].stdout.count("\n") >= 3  # events to compare
    assert runs[1].stdout == runs[0].stdout


def test_negative_workers_is_a_usage_error(cli: CliCall, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORTS[0], encoding="utf-8")
    assert cli("analyze", str(tmp_path), "--workers", "-1").exit_code == 2


def test_a_bad_environment_setting_names_the_variable(
    cli: CliCall, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(REPORTS[0], encoding="utf-8")
    monkeypatch.setenv("NEWSEVENTS_BATCH_SIZE", "lots")
    result = cli("analyze", str(tmp_path))
    assert result.exit_code == 2
    assert "NEWSEVENTS_BATCH_SIZE" in result.stderr and "batch_size" in result.stderr


def test_settings_from_the_environment_apply(
    cli: CliCall, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(REPORTS[0], encoding="utf-8")
    dated = cli("analyze", str(tmp_path), "-f", "jsonl")
    monkeypatch.setenv("NEWSEVENTS_PUBLISHED", "2022-10-04")
    with_reference = cli("analyze", str(tmp_path), "-f", "jsonl")
    assert '"2022-10-' in with_reference.stdout and '"2022-10-' not in dated.stdout
