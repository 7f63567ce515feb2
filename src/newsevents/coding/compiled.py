"""The packaged event patterns through the resource cache (``newsevents.cache``): reading and checking
the pattern files row by row costs about as much again as building the ``PatternSet`` from its rows,
which load as marshal data in milliseconds. A user's ``--patterns`` files are read as before, over the
packaged rows (``load_patterns``).
"""

from __future__ import annotations

import dataclasses
import functools
import marshal
from typing import Any

from newsevents import cache
from newsevents.coding.patterns import Pattern, PatternSet, load_patterns

__all__ = ["packaged_patterns"]

# The pattern files are checked against the codebook (coding/data, coding/codebook.py): all are keyed.
_SOURCES = ("coding/compiled.py", "coding/patterns.py", "coding/codebook.py", "coding/data")
_FIELDS = tuple(f.name for f in dataclasses.fields(Pattern))


@functools.lru_cache(maxsize=1)
def packaged_patterns() -> PatternSet:
    """The packaged ``PatternSet`` (``load_patterns()``), from the cache, or read, checked and cached."""
    key = cache.resource_key("patterns", packaged=_SOURCES)
    patterns, synsets, intent = marshal.loads(cache.load_or_build("patterns", key, _build))
    return PatternSet(
        (Pattern(*values) for values in patterns),
        {name: frozenset(phrases) for name, phrases in synsets.items()},
        intent,
    )


def _build() -> bytes:
    built = load_patterns()
    plain: tuple[Any, ...] = (
        # Every pattern in the set's own order (by trigger, most specific first, then file order): the
        # set rebuilt from this list groups and orders them the same.
        [tuple(getattr(p, name) for name in _FIELDS) for p in built],
        # The set's own tables: it has no public accessor for them (nor needs one besides this).
        {name: sorted(phrases) for name, phrases in built._synsets.items()},
        dict(built._intent),
    )
    return marshal.dumps(plain)
