"""The gazetteer's compiled form: its name index as an SQLite database image, cached by
``newsevents.cache``.

Reading the whole index back into Python objects (400k names, 170k places) costs most of a second; an
SQLite database answers a lookup in microseconds, so a process only builds the candidates of the names
its articles ask for. The cached file is opened where it lies, read-only (``open``): SQLite reads the
few pages a run's lookups touch, and the 25 MB image is never copied into the process. The cache only
ever replaces such a file by renaming a new one over it, so an open file never changes under a reader
(SQLite's ``immutable``). An image that could not be stored is deserialised into memory instead.
"""

from __future__ import annotations

import marshal
import sqlite3
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from newsevents.records import Place

__all__ = ["PlaceIndex", "dump"]

_SCHEMA = """
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, admin1 TEXT, lat REAL,
                     lon REAL, geonames_id INTEGER);
CREATE TABLE names (key TEXT PRIMARY KEY, candidates BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE countries (iso3 TEXT PRIMARY KEY, place INTEGER NOT NULL);
"""


class Candidate(Protocol):
    """What the gazetteer stores per name (``where._Candidate``)."""

    @property
    def place(self) -> Place: ...
    @property
    def population(self) -> int: ...
    @property
    def rank(self) -> int: ...


def dump(index: Mapping[str, Iterable[Candidate]], countries: Mapping[str, Place]) -> bytes:
    """The SQLite image of a gazetteer's ``index`` (key -> candidates, in order) and ``countries``."""
    con = sqlite3.connect(":memory:")
    con.executescript(_SCHEMA)
    ids: dict[Place, int] = {}

    def place_id(place: Place) -> int:
        if place not in ids:
            ids[place] = len(ids)
            fields = (place.name, place.country, place.admin1, place.lat, place.lon, place.geonames_id)
            con.execute("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?)", (ids[place], *fields))
        return ids[place]

    rows = []
    for key, candidates in index.items():
        # (place id, population, rank) triples, flattened: marshal reads a tuple of ints fastest.
        flat = tuple(x for c in candidates for x in (place_id(c.place), c.population, c.rank))
        rows.append((key, marshal.dumps(flat)))
    con.executemany("INSERT INTO names VALUES (?, ?)", rows)
    con.executemany("INSERT INTO countries VALUES (?, ?)", [(k, place_id(p)) for k, p in countries.items()])
    con.commit()
    image = con.serialize()
    con.close()
    return image


T = TypeVar("T")


class PlaceIndex(Generic[T]):
    """Read-only lookups over a ``dump`` image: ``get(key)`` gives the candidates, each made by
    ``candidate(place, population, rank)``, or None; answers are memoised."""

    def __init__(self, image: bytes | Path, candidate: Callable[[Place, int, int], T]) -> None:
        """An index over ``image``: the bytes ``dump`` gave, or a file that starts with them (read in
        place; anything after the image, such as the cache's trailer, is not read)."""
        self._candidate = candidate
        self._con = _connect(image)
        self._lock = threading.Lock()
        self._places: dict[int, Place] = {}
        self._memo: dict[str, tuple[T, ...] | None] = {}
        rows = self._con.execute(
            "SELECT c.iso3, p.* FROM countries c JOIN places p ON p.id = c.place ORDER BY c.rowid"
        ).fetchall()
        self.countries = {row[0]: self._place(row[1:]) for row in rows}

    def close(self) -> None:
        """Close the database (lookups fail afterwards)."""
        self._con.close()

    def _place(self, row: Any) -> Place:
        ident = row[0]
        place = self._places.get(ident)
        if place is None:
            place = Place(name=row[1], country=row[2], admin1=row[3], lat=row[4], lon=row[5],
                          geonames_id=row[6])
            self._places[ident] = place
        return place

    def get(self, key: str) -> tuple[T, ...] | None:
        """The candidates stored under ``key`` in their stored order, or None."""
        if key in self._memo:
            return self._memo[key]
        with self._lock:
            row = self._con.execute("SELECT candidates FROM names WHERE key = ?", (key,)).fetchone()
            found = None
            if row is not None:
                flat = marshal.loads(row[0])
                found = tuple(
                    self._candidate(self._place_by_id(flat[i]), flat[i + 1], flat[i + 2])
                    for i in range(0, len(flat), 3)
                )
            self._memo[key] = found
        return found

    def _place_by_id(self, ident: int) -> Place:
        place = self._places.get(ident)
        if place is None:
            row = self._con.execute("SELECT * FROM places WHERE id = ?", (ident,)).fetchone()
            place = self._place(row)
        return place


def _connect(image: bytes | Path) -> sqlite3.Connection:
    # check_same_thread off, a lock instead: the web server looks places up from worker threads.
    if isinstance(image, Path):
        uri = image.resolve().as_uri() + "?mode=ro&immutable=1"
        con = sqlite3.connect(uri, uri=True, check_same_thread=False)
        # The file goes on after the image: SQLite must size the database by its header, not the file.
        pages, size = (con.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "page_size"))
        if pages * size > image.stat().st_size:
            con.close()
            raise sqlite3.DatabaseError(f"{image}: not a whole gazetteer image")
        return con
    con = sqlite3.connect(":memory:", check_same_thread=False)
    con.deserialize(image)
    return con
