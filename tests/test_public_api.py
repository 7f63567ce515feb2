"""The public surface: ``newsevents.__all__`` is short, sorted and real, and importing it is cheap."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys

import pytest

import newsevents


def test_all_is_sorted_and_unique() -> None:
    names = newsevents.__all__
    assert names == sorted(names)
    assert len(set(names)) == len(names)
    assert 0 < len(names) <= 20, "the public surface should stay short"


@pytest.mark.parametrize("name", newsevents.__all__)
def test_every_public_name_exists(name: str) -> None:
    value = getattr(newsevents, name)
    if callable(value):
        assert (value.__doc__ or "").strip(), f"newsevents.{name} has no docstring"


def test_star_import_gives_all() -> None:
    namespace: dict[str, object] = {}
    exec("from newsevents import *", namespace)
    assert set(newsevents.__all__) <= set(namespace)


def test_version_matches_the_installed_distribution() -> None:
    assert newsevents.__version__ == importlib.metadata.version("newsevents")


def test_unknown_attribute() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        newsevents.no_such_name  # noqa: B018 (the access is the test)


def test_import_is_cheap() -> None:
    # Heavy dependencies load on first use, not on `import newsevents`.
    code = ("import sys, newsevents; "
            "print(','.join(m for m in ('spacy', 'duckdb', 'pandas', 'dateparser', 'trafilatura') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == ""
