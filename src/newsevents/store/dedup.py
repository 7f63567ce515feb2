"""Cross-article deduplication: which stored event does a new mention report?

GDELT stores one record per report; newsevents stores one record per real-world event. A mention (one
``records.Event`` of one article) merges into an existing event when all of these hold:

* the **dedup key** is equal: the CAMEO root plus the source and target actor keys. An actor key is the
  actor's country and role (``USA:GOV``), or its actor code when it has no country (``IGOUNO``), or its
  name. The two actor keys are sorted, so direction does not matter, when the mention's code or its
  root is symmetric (both actors play the same part: the ``symmetric`` column of
  ``coding/data/cameo_semantics.tsv``, read by ``newsevents.coding.semantics``). The root counts
  because the key is the root's: a visit (042, directed) and a meeting (04, symmetric) of the same two
  leaders on the same day and place are one consultation, so "A visits B", "B hosts A" and "A meets
  B" share a key. Agreements (057) and intent to meet (036) are symmetric codes under directed roots;
* the **dates** agree at the coarser precision: two day-precise dates at most ``window_days`` apart
  (default 1); a month-precise date and any date in the same month; a year-precise date only with another
  year-precise date of the same year (a year is too coarse to say two reports are one event). A mention
  without a date uses its article's publication day; with neither it merges only with undated events;
* the **places** are equal when both are known (GeoNames id, else the case-folded name).

Among several matching events the one with the nearest date wins, then the oldest. The event keeps the
identity fields of the mention that created it, so merging is a pure function of ingest order (which is
input order): a re-run after a crash continues where the committed prefix ended and reaches the same
events as a clean run.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass

from newsevents.coding import semantics
from newsevents.coding.codebook import load_codebook
from newsevents.records import Actor

DEFAULT_WINDOW_DAYS = 1


@functools.lru_cache(maxsize=1)
def symmetric_codes() -> frozenset[str]:
    """Every code of the CAMEO codebook whose two actors are interchangeable (``040`` but not ``042``).

    Derived from ``newsevents.coding.semantics``, which owns the answer; kept for callers of this module.
    """
    return frozenset(code for code in load_codebook() if semantics.symmetric(code))


def is_symmetric(cameo: str) -> bool:
    """Whether the two actors of ``cameo`` (e.g. ``"040"``) play the same part; False for a non-code."""
    try:
        return semantics.symmetric(cameo)
    except KeyError:
        return False


def actor_key(actor: Actor | None) -> str:
    """What identifies an actor for deduplication (see the module docstring); ``""`` for no actor."""
    if actor is None:
        return ""
    if actor.country:
        return f"{actor.country}:{actor.role or ''}"
    label = actor.code or actor.name or actor.text
    return label.casefold()


def dedup_key(root: str, cameo: str, source: Actor | None, target: Actor | None) -> str:
    """The key two mentions must share to be one event (unordered actors: see the module docstring)."""
    keys = [actor_key(source), actor_key(target)]
    if is_symmetric(cameo) or is_symmetric(root):
        keys.sort()
    return "|".join([root, *keys])


def place_key(name: str | None, geonames_id: int | None) -> str | None:
    """The identity of a place for deduplication, or ``None`` when unknown."""
    if geonames_id is not None:
        return f"gn:{geonames_id}"
    if name:
        return name.casefold().strip()
    return None


def parse_date(value: str | None) -> tuple[dt.date | None, str | None]:
    """``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY`` (or a datetime) to (first day of the period, precision)."""
    if not value:
        return None, None
    text = value.strip()
    try:
        if len(text) == 4:
            return dt.date(int(text), 1, 1), "year"
        if len(text) == 7:
            return dt.date(int(text[:4]), int(text[5:7]), 1), "month"
        return dt.date.fromisoformat(text[:10]), "day"
    except ValueError:
        return None, None


def dates_match(
    a: dt.date | None,
    a_precision: str | None,
    b: dt.date | None,
    b_precision: str | None,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> bool:
    """Whether two event dates can be one event's date (rules in the module docstring)."""
    if a is None or b is None:
        return a is None and b is None
    if a_precision == "year" or b_precision == "year":
        return a_precision == b_precision and a.year == b.year
    if a_precision == "month" or b_precision == "month":
        return (a.year, a.month) == (b.year, b.month)
    return abs((a - b).days) <= window_days


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stored (or just created) event, as deduplication sees it."""

    id: int
    date: dt.date | None
    precision: str | None
    place: str | None


def best_match(
    candidates: Iterable[Candidate],
    date: dt.date | None,
    precision: str | None,
    place: str | None,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> Candidate | None:
    """The event (with the same dedup key) that a mention with this date and place merges into."""
    best: tuple[int, int, Candidate] | None = None
    for cand in candidates:
        if place is not None and cand.place is not None and place != cand.place:
            continue
        if not dates_match(date, precision, cand.date, cand.precision, window_days):
            continue
        distance = abs((date - cand.date).days) if date and cand.date else 0
        rank = (distance, cand.id, cand)
        if best is None or rank[:2] < best[:2]:
            best = rank
    return best[2] if best else None


__all__ = [
    "Candidate",
    "DEFAULT_WINDOW_DAYS",
    "actor_key",
    "best_match",
    "dates_match",
    "dedup_key",
    "is_symmetric",
    "parse_date",
    "place_key",
    "symmetric_codes",
]
