"""Fixtures of the store tests: a fresh store path per test."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Where a test's store file goes (not created yet)."""
    return tmp_path / "events.duckdb"
