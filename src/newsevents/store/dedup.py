"""Cross-article deduplication: which stored event does a new mention report?

GDELT stores one record per report; newsevents stores one record per real-world event. A mention (one
``records.Event`` of one article) merges into an existing event when all of these hold:

* the **dedup key** is equal: the CAMEO root plus the source and target actor keys. An actor key is the
  actor's country and role (``USA:GOV``), or its actor code when it has no country (``IGOUNO``), or its
  name. For codes where both actors play the same part (meetings, agreements, cooperation: the table in
  ``data/symmetric_codes.tsv``) the two actor keys are sorted, so direction does not matter;
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

import csv
import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from newsevents.errors import DataFileError
from newsevents.records import Actor

DEFAULT_WINDOW_DAYS = 1


@functools.lru_cache(maxsize=1)
def symmetric_codes() -> frozenset[str]:
    """CAMEO code prefixes whose actors are interchangeable, from ``data/symmetric_codes.tsv``."""
    path = resources.files("newsevents.store").joinpath("data/symmetric_codes.tsv")
    codes: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        if rows.fieldnames != ["code", "note"]:
            raise DataFileError(f"{path}: expected columns code, note; found {rows.fieldnames}")
        for n, row in enumerate(rows, start=2):
            code = (row["code"] or "").strip()
            if not code.isdigit() or not 2 <= len(code) <= 4:
                raise DataFileError(f"{path}: row {n}: {code!r} is not a CAMEO code (2-4 digits)")
            codes.add(code)
    return frozenset(codes)


def is_symmetric(cameo: str) -> bool:
    """Whether ``cameo`` (e.g. ``"042"``) falls under a symmetric code of the table."""
    return any(cameo.startswith(prefix) for prefix in symmetric_codes())


def actor_key(actor: Actor | None) -> str:
    """What identifies an actor for deduplication (see the module docstring); ``""`` for no actor."""
    if actor is None:
        return ""
    if actor.country:
        return f"{actor.country}:{actor.role or ''}"
    label = actor.code or actor.name or actor.text
    return label.casefold()


def dedup_key(root: str, cameo: str, source: Actor | None, target: Actor | None) -> str:
    """The key two mentions must share to be one event."""
    keys = [actor_key(source), actor_key(target)]
    if is_symmetric(cameo):
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
