"""Read-only resources the coding stages share, loaded once per process per distinct configuration."""

from __future__ import annotations

import dataclasses
import functools
import tomllib
from collections.abc import Callable
from importlib import resources as package_files
from pathlib import Path
from typing import Any, TypeVar

from newsevents.coding.patterns import PatternSet, load_patterns
from newsevents.errors import DataFileError

T = TypeVar("T")


@functools.lru_cache(maxsize=8)
def patterns(files: tuple[str, ...] = ()) -> PatternSet:
    """The packaged patterns plus a user's own pattern ``files``."""
    if files:
        return load_patterns(extra=[Path(f) for f in files])
    from newsevents.coding.compiled import packaged_patterns  # the resource cache's copy

    return packaged_patterns()


@functools.lru_cache(maxsize=1)
def pattern_verbs() -> frozenset[str]:
    """The verbs with a packaged pattern of their own (the lemmas a mended participle may take)."""
    return frozenset(p.lemma for p in patterns(()) if p.pos == "verb")


def packaged_table(name: str, build: Callable[[dict[str, Any]], T]) -> T:
    """The packaged TOML file ``name`` (under the package) made into a record by ``build``: a malformed
    file, or a key ``build`` misses or finds of the wrong type, is a DataFileError naming the file."""
    try:
        text = package_files.files("newsevents").joinpath(name).read_text(encoding="utf-8")
        return build(tomllib.loads(text))
    except (tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise DataFileError(f"{name}: {exc}") from exc


def word_sets(name: str, keys: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """The packaged TOML file ``name`` of word lists, one per key of ``keys``: a key missing or unknown, or
    a value that is not a list of words, is a DataFileError naming the file."""

    def build(data: dict[str, Any]) -> dict[str, frozenset[str]]:
        if set(data) - set(keys):
            raise DataFileError(f"{name}: unknown keys {sorted(set(data) - set(keys))}")
        for key in keys:
            value = data.get(key)
            if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
                raise DataFileError(f"{name}: {key} must be a list of words")
        return {key: frozenset(data[key]) for key in keys}

    return packaged_table(name, build)


def word_table(record: type[T], name: str) -> T:
    """The packaged TOML file ``name`` of word lists as the frozen dataclass ``record``, one list per field
    (checked as ``word_sets`` checks them)."""
    # (typeshed types `fields` on dataclass instances; a bare type variable stands for any dataclass here)
    keys = tuple(f.name for f in dataclasses.fields(record))  # type: ignore[arg-type]
    return record(**word_sets(name, keys))
