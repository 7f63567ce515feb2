"""The weights of the facts stages record on a draft (``coding/data/facts.toml``), for selection.

When two drafts restate one event, selection keeps the better one; the product of its facts' weights is
the last tie-break (an unattributed source or a target read deep in an object phrase is weaker). This
is a ranking between readings of one event, not the event's confidence: that is learned apart
(``coding/confidence.py``) and no stage reads it.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources

from newsevents.errors import DataFileError

_FILE = "coding/data/facts.toml"


@functools.lru_cache(maxsize=1)
def fact_weights() -> dict[str, float]:
    """Each fact's weight (read once, checked: a weight in (0, 1] and a reason for each)."""
    text = resources.files("newsevents").joinpath(_FILE).read_text(encoding="utf-8")
    try:
        table = tomllib.loads(text)
        weights = {name: float(row["weight"]) for name, row in table.items()}
        missing = [name for name, row in table.items() if not str(row.get("reason", "")).strip()]
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DataFileError(f"{_FILE}: {exc}") from exc
    if missing:
        raise DataFileError(f"{_FILE}: facts without a reason: {missing}")
    if any(not 0.0 < w <= 1.0 for w in weights.values()):
        raise DataFileError(f"{_FILE}: a weight outside (0, 1]")
    return weights


def fact_weight(facts: frozenset[str]) -> float:
    """How much the recorded facts weaken a reading (1.0: not at all); a fact without a row is an error."""
    weights = fact_weights()
    out = 1.0
    for fact in sorted(facts):
        if fact not in weights:
            raise DataFileError(f"{_FILE}: no weight for the fact {fact!r}")
        out *= weights[fact]
    return out
