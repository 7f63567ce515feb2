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

**The lookup window.** Only events that these rules could accept are read: a mention looks in the
*buckets* of its key (``bucket``: a hash of the dedup key and the month of the event's date; the undated
have a bucket of their own) for the months its date could match (``candidate_buckets``): a
day-precise date the months of ``date - window_days`` to ``date + window_days``, a month-precise one its
month, a year-precise one the twelve months of its year, an undated one the undated bucket. The store
keeps each event's bucket in the indexed table ``event_keys``, so a commit costs the same on an empty
store and on one of ten million events; a report of "the 1994 visit" reads 1994's events of that key, not
every event since.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Iterable, Mapping
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


@functools.lru_cache(maxsize=4096)
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


def row_actor_key(row: Mapping[str, object], prefix: str) -> str:
    """``actor_key`` of the actor stored in a mention row's ``{prefix}_*`` columns (all empty: no actor).

    A stored row keeps an actor's empty text as NULL, which changes no key: an actor with a country keys
    on it, one without on its code, name or text, and no actor at all on ``""``."""
    country = row.get(f"{prefix}_country")
    if country:
        return f"{country}:{row.get(f'{prefix}_role') or ''}"
    label = row.get(f"{prefix}_code") or row.get(f"{prefix}_name") or row.get(f"{prefix}_text") or ""
    return str(label).casefold()


def row_dedup_key(row: Mapping[str, object]) -> str:
    """``dedup_key`` of a stored mention row (columns ``root``, ``cameo``, ``actor1_*``, ``actor2_*``)."""
    root, cameo = str(row["root"]), str(row["cameo"])
    keys = [row_actor_key(row, "actor1"), row_actor_key(row, "actor2")]
    if is_symmetric(cameo) or is_symmetric(root):
        keys.sort()
    return "|".join([root, *keys])


def month_number(date: dt.date) -> int:
    """Months since year 0: the date part of a bucket (``year * 12 + month - 1``)."""
    return date.year * 12 + date.month - 1


@functools.lru_cache(maxsize=1 << 16)
def _key_bits(key: str) -> int:
    # md5 because DuckDB computes the same number from stored columns (``BUCKET_SQL``) and md5, unlike
    # DuckDB's ``hash``, never changes between versions; cached, as a batch's mentions share keys.
    return (int.from_bytes(hashlib.md5(key.encode("utf-8")).digest(), "little") >> 81) << 16


def bucket(key: str, date: dt.date | None) -> int:
    """The lookup bucket of an event with dedup key ``key`` dated ``date`` (module docstring): 47 bits
    of the key's md5, then 16 bits for the month (``month_number + 1``, 0 when undated; months past the
    year 5460 spill into the key's bits, which only makes a bucket shared)."""
    return _key_bits(key) | (0 if date is None else month_number(date) + 1)


# ``bucket`` in DuckDB SQL, over the column expressions ``{key}`` and ``{date}``.
BUCKET_SQL = (
    "(CAST(md5_number({key}) >> 81 AS BIGINT) << 16) | coalesce(year({date}) * 12 + month({date}), 0)"
)


def candidate_buckets(
    key: str, date: dt.date | None, precision: str | None, window_days: int = DEFAULT_WINDOW_DAYS
) -> tuple[int, ...]:
    """The buckets holding every event a mention with this key and date could merge into."""
    bits = _key_bits(key)
    if date is None:
        return (bits,)
    if precision == "year":
        months = range(date.year * 12, date.year * 12 + 12)
    elif precision == "month":
        months = range(month_number(date), month_number(date) + 1)
    else:
        span = dt.timedelta(days=window_days)
        lo = date - span if date - dt.date.min > span else dt.date.min
        hi = date + span if dt.date.max - date > span else dt.date.max
        months = range(month_number(lo), month_number(hi) + 1)
    return tuple(bits | (m + 1) for m in months)


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
    "BUCKET_SQL",
    "Candidate",
    "DEFAULT_WINDOW_DAYS",
    "actor_key",
    "best_match",
    "bucket",
    "candidate_buckets",
    "dates_match",
    "dedup_key",
    "is_symmetric",
    "month_number",
    "parse_date",
    "place_key",
    "row_actor_key",
    "row_dedup_key",
    "symmetric_codes",
]
