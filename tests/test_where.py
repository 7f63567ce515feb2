"""The gazetteer: curated sites first, countries at their capitals, cities by population and hints."""

from __future__ import annotations

import re

import pytest

from newsevents.records import Place
from newsevents.where import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize("name", ["Panmunjom", "panmunjom", "Panmunjeom", "the truce village", "PANMUNJOM"])
def test_panmunjom_is_a_curated_site(gazetteer: Gazetteer, name: str) -> None:
    place = gazetteer.lookup(name)
    assert place is not None
    assert (place.name, place.country) == ("Panmunjom", "PRK")
    assert place.lat == pytest.approx(37.95, abs=0.02)
    assert place.lon == pytest.approx(126.67, abs=0.02)


@pytest.mark.parametrize(("name", "country"), [
    ("the Gaza Strip", "PSE"), ("Gaza strip", "PSE"), ("Gaza", "PSE"), ("the DMZ", "KOR"),
    ("Camp David", "USA"), ("the Golan Heights", "SYR"), ("Crimea", "UKR"),
])
def test_sites_by_name_and_alias(gazetteer: Gazetteer, name: str, country: str) -> None:
    place = gazetteer.lookup(name)
    assert place is not None and place.country == country


@pytest.mark.parametrize(("name", "country", "lat", "lon"), [
    ("North Korea", "PRK", 39.03, 125.75),  # Pyongyang
    ("France", "FRA", 48.85, 2.35),  # Paris
    ("Iraq", "IRQ", 33.34, 44.40),  # Baghdad
])
def test_a_country_is_placed_at_its_capital(gazetteer: Gazetteer, name: str, country: str, lat: float,
                                            lon: float) -> None:
    place = gazetteer.lookup(name)
    assert place is not None
    assert (place.name, place.country, place.admin1) == (name, country, None)
    assert (place.lat, place.lon) == (pytest.approx(lat, abs=0.05), pytest.approx(lon, abs=0.05))
    assert gazetteer.country(country) == place


def test_unknown_country_code(gazetteer: Gazetteer) -> None:
    assert gazetteer.country("ZZZ") is None


def test_city_by_population_without_hints(gazetteer: Gazetteer) -> None:
    paris = gazetteer.lookup("Paris")
    assert paris is not None and paris.country == "FRA"
    assert paris.lat == pytest.approx(48.85, abs=0.05)
    assert paris.geonames_id == 2988507


def test_country_hint_picks_the_city_in_that_country(gazetteer: Gazetteer) -> None:
    # Lebanon's Tripoli, not the larger Libyan capital, in a report about Lebanon.
    tripoli = gazetteer.lookup("Tripoli", ["LBN"])
    assert tripoli is not None and tripoli.country == "LBN"
    assert tripoli.admin1 is not None and tripoli.admin1.startswith("LB.")
    assert (gazetteer.lookup("Tripoli") or tripoli).country == "LBY"


def test_hint_does_not_move_a_world_city(gazetteer: Gazetteer) -> None:
    # "met the U.S. envoy in Paris": a small Paris in the hinted country does not beat the capital.
    paris = gazetteer.lookup("Paris", ["USA"])
    assert paris is not None and paris.country == "FRA"


def test_hint_never_overrides_a_site_or_country(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Panmunjom", ["USA"]).country == "PRK"  # type: ignore[union-attr]
    assert gazetteer.lookup("France", ["USA"]).country == "FRA"  # type: ignore[union-attr]


@pytest.mark.parametrize(("name", "country"), [
    ("Najaf", "IRQ"), ("Pyongyang", "PRK"), ("Seoul", "KOR"), ("Kyiv", "UKR"),
    ("Sao Paulo", "BRA"), ("São Paulo", "BRA"),
])
def test_cities(gazetteer: Gazetteer, name: str, country: str) -> None:
    place = gazetteer.lookup(name)
    assert place is not None and place.country == country
    assert isinstance(place.geonames_id, int)


@pytest.mark.parametrize("name", ["Xyzzyville", "Springfieldtown", "New Nowhere"])
def test_unknown_names(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.lookup(name) is None


@pytest.mark.parametrize("name", ["", "Пхеньян", "平壤"], ids=["empty", "cyrillic", "chinese"])
def test_names_without_latin_letters_find_nothing(gazetteer: Gazetteer, name: str) -> None:
    # The lookup key keeps ASCII letters only; a name with none must not land on whichever city's
    # (non-Latin) name also reduced to the empty key.
    assert gazetteer.lookup(name) is None


def test_loaded_once(gazetteer: Gazetteer) -> None:
    assert load_gazetteer() is gazetteer


@pytest.mark.parametrize("name", ["Camp David", "Mar-a-Lago", "Paris", "Najaf", "Seoul"])
def test_admin1_has_one_format(gazetteer: Gazetteer, name: str) -> None:
    # GeoNames cities give admin1 as "<ISO2>.<code>" ("US.TX"); curated sites must use the same form so
    # that events group by region whichever table placed them.
    place = gazetteer.lookup(name)
    assert isinstance(place, Place) and place.admin1 is not None
    assert re.fullmatch(r"[A-Z]{2}\.[0-9A-Z]+", place.admin1), place.admin1
