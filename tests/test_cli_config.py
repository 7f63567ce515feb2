"""Settings from a config file (STYLE: declared once, overridable from a file and the command line)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXAMPLES_DIR = Path(__file__).resolve().parents[1] / "examples"
CliCall = Callable[..., Any]  # the `cli` fixture of tests/conftest.py


def test_unknown_setting_is_a_usage_error(cli: CliCall, tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text('[newsevents]\nmodle = "en_core_web_md"\n', encoding="utf-8")
    result = cli("analyze", str(EXAMPLES_DIR), "--config", str(config))
    assert result.exit_code == 2
    assert "modle" in result.stderr


def test_config_file_settings_apply(cli: CliCall, tmp_path: Path) -> None:
    config = tmp_path / "strict.toml"
    config.write_text("[newsevents]\nmin_confidence = 0.8\n", encoding="utf-8")
    loose = cli("analyze", str(EXAMPLES_DIR), "--format", "jsonl")
    strict = cli("analyze", str(EXAMPLES_DIR), "--format", "jsonl", "--config", str(config))
    assert strict.exit_code == 0, strict.stderr
    kept = [json.loads(line) for line in strict.stdout.splitlines() if line.strip()]
    everything = [json.loads(line) for line in loose.stdout.splitlines() if line.strip()]
    assert kept and len(kept) < len(everything)
    assert all(e["confidence"] >= 0.8 for e in kept)
