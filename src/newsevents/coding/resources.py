"""Read-only resources the coding stages share, loaded once per process per distinct configuration."""

from __future__ import annotations

import functools
from pathlib import Path

from newsevents.coding.patterns import PatternSet, load_patterns


@functools.lru_cache(maxsize=8)
def patterns(files: tuple[str, ...] = ()) -> PatternSet:
    """The packaged patterns plus a user's own pattern ``files``."""
    if files:
        return load_patterns(extra=[Path(f) for f in files])
    from newsevents.coding.compiled import packaged_patterns  # the resource cache's copy

    return packaged_patterns()
