"""Fixtures shared by the foundation tests: the loaded pipeline, the shared corpus, and the CLI run
in-process over that one pipeline (loading spaCy and the dictionaries costs seconds; coding an article does
not, so every in-process CLI call reuses the session's pipeline).

A missing ``../shared`` checkout skips the tests that need it, saying where it looked (``requires_shared``);
nothing else skips.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from newsevents.cache import CACHE_ENV
from newsevents.cli import app
from newsevents.config import Settings
from newsevents.pipeline import Pipeline

# tests/ -> the project root -> its parent, where the project's sibling checkout `shared/` lives.
SHARED_DIR = Path(__file__).resolve().parents[2] / "shared"
PROJECT_DIR = Path(__file__).resolve().parents[1]
EXAMPLES_DIR = PROJECT_DIR / "examples"


def requires_shared(path: Path) -> Path:
    """``path`` inside the ``../shared`` checkout; skips the calling test, naming it, when it is absent."""
    if not path.exists():
        pytest.skip(f"needs the shared checkout: {path} is absent (check out `shared` next to the project)")
    return path


def pytest_configure(config: pytest.Config) -> None:
    """The resource cache (``newsevents.cache``) of a test run is a fresh temporary directory, never the
    user's: the run builds it once, and the cache's own tests point it elsewhere."""
    os.environ[CACHE_ENV] = tempfile.mkdtemp(prefix="newsevents-test-cache-")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(os.environ.pop(CACHE_ENV, ""), ignore_errors=True)


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared corpus checkout (``/work/shared``); skips the test when it is not there."""
    requires_shared(SHARED_DIR / "corpus" / "seed")
    return SHARED_DIR


@pytest.fixture(scope="session")
def seed_path(shared: Path) -> Path:
    """The seed article's text file."""
    return requires_shared(shared / "corpus" / "seed" / "panmunjom-2019.txt")


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The default pipeline, loaded once for the whole run."""
    return Pipeline.load()


CliCall = Callable[..., Result]


def _loads_default(settings: Settings | None) -> bool:
    """Whether ``settings`` load the same pipeline as the defaults (reading options may differ)."""
    if settings is None:
        return True
    default = Settings()
    pipeline_fields = ("model", "actor_files", "pattern_files", "min_confidence")
    return all(getattr(settings, f) == getattr(default, f) for f in pipeline_fields)


@pytest.fixture(scope="session")
def cli(pipeline: Pipeline) -> CliCall:
    """``cli(*args, input=None)``: run ``newsevents ARGS`` in-process and return click's ``Result``.

    ``Pipeline.load`` with the default settings returns the session's pipeline; any other settings (a
    ``--model``, extra files) load for real, so option handling is still what the command does. An
    exception other than the command's own exit fails the test with its traceback.
    """
    runner = CliRunner()
    real_load = Pipeline.load

    def load(cls: type[Pipeline], model: str | None = None, actor_files: Sequence[str] = (),
             pattern_files: Sequence[str] = (), settings: Any = None) -> Pipeline:
        if model is None and not actor_files and not pattern_files and _loads_default(settings):
            return pipeline
        return real_load(model=model, actor_files=actor_files, pattern_files=pattern_files,
                         settings=settings)

    def invoke(*args: str, input: str | bytes | None = None) -> Result:  # noqa: A002 (click's name)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(Pipeline, "load", classmethod(load))
            # One process unless a test asks for --workers: spawned workers would load their own pipeline.
            patch.setenv("NEWSEVENTS_WORKERS", "1")
            result = runner.invoke(app, list(args), input=input)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            detail = "".join(traceback.format_exception(*result.exc_info)) if result.exc_info else ""
            pytest.fail(f"newsevents {' '.join(args)} raised {result.exception!r}\n{detail}")
        return result

    return invoke


@pytest.fixture(scope="session")
def seed_events(cli: CliCall, seed_path: Path) -> list[dict[str, Any]]:
    """The event records of ``newsevents analyze SEED --format jsonl``."""
    result = cli("analyze", str(seed_path), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def example_events(cli: CliCall) -> list[dict[str, Any]]:
    """The event records of ``newsevents analyze examples/ --format jsonl``."""
    assert EXAMPLES_DIR.is_dir(), f"the bundled sample corpus is missing: {EXAMPLES_DIR}"
    result = cli("analyze", str(EXAMPLES_DIR), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
