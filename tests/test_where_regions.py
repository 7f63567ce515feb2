"""The gazetteer's ranking: countries, then regions (states, provinces, continents, seas), then towns; a
place in the article's countries beats a namesake elsewhere unless that one is a world city."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.where import DocPlaces, Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(("name", "place", "country"), [
    ("Alaska", "Alaska", "USA"),  # the state, not a small town of that name
    ("Anchorage", "Anchorage", "USA"),
    ("Texas", "Texas", "USA"),
    ("Bali", "Bali", "IDN"),  # the island province, not an Indian town
    ("Anbar", "Anbar", "IRQ"),
    ("Hokkaido", "Hokkaido", "JPN"),
    ("Catalonia", "Catalonia", "ESP"),
    ("Northern Ireland's", "Northern Ireland", "GBR"),  # possessives name the place
    ("Heathrow", "Heathrow Airport", "GBR"),
    # (GeoNames also lists "Islamabad" as an old name of the larger Chattogram, Bangladesh)
    ("Islamabad", "Islamabad", "PAK"),
])
def test_states_regions_and_sites_beat_small_namesakes(
    gazetteer: Gazetteer, name: str, place: str, country: str
) -> None:
    found = gazetteer.lookup(name)
    assert found is not None and (found.name, found.country) == (place, country)


@pytest.mark.parametrize(("name", "country"), [
    ("Britain", "GBR"), ("the U.S.", "USA"), ("East Timor", "TLS"), ("Burma", "MMR"),
    ("Democratic Republic of Congo", "COD"), ("Congo", "COD"), ("El Salvador's", "SLV"),
    ("Yugoslavia", "SRB"),
])
def test_country_names_and_aliases(gazetteer: Gazetteer, name: str, country: str) -> None:
    found = gazetteer.lookup(name)
    assert found is not None and gazetteer.is_country(found) and found.country == country


@pytest.mark.parametrize("name", ["Africa", "Europe", "the Pacific", "the Mediterranean", "South Atlantic"])
def test_continents_and_seas_belong_to_no_country(gazetteer: Gazetteer, name: str) -> None:
    found = gazetteer.lookup(name)
    assert found is not None and found.country is None and found.lat is not None


def test_big_city_keeps_a_name_shared_with_its_state(gazetteer: Gazetteer) -> None:
    new_york = gazetteer.lookup("New York")
    assert new_york is not None and new_york.name == "New York City"
    washington = gazetteer.lookup("Washington")
    assert washington is not None and washington.admin1 == "US.DC"


def test_context_country_decides_between_namesakes(gazetteer: Gazetteer) -> None:
    punjab = gazetteer.lookup("Punjab", ["IND"])
    assert punjab is not None and punjab.country == "IND"
    assert (gazetteer.lookup("Punjab") or punjab).country == "PAK"  # the larger one otherwise
    congo = gazetteer.lookup("Congo", ["COG"])
    assert congo is not None and congo.country == "COG"


def test_world_city_beats_a_namesake_in_context(gazetteer: Gazetteer) -> None:
    paris = gazetteer.lookup("Paris", ["USA"])
    assert paris is not None and paris.country == "FRA"


def test_article_countries_are_the_context(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Gunmen clashed with soldiers in Tripoli on Sunday, the army of Lebanon said.")
    places = DocPlaces(doc, load_gazetteer())
    assert "LBN" in places.context
    clashed = next(t for t in doc if t.text == "clashed")
    place = places.event_place(clashed)
    assert place is not None and (place.name, place.country) == ("Tripoli", "LBN")


@pytest.mark.parametrize(("text", "verb"), [
    ("A second bomb went off across the road.", "went"),
    ("Soldiers burned houses in the village.", "burned"),
    ("Riot police fired on students at Karsakti University.", "fired"),
])
def test_common_nouns_name_no_place(pipeline: Pipeline, text: str, verb: str) -> None:
    doc = pipeline.nlp(text)
    places = DocPlaces(doc, load_gazetteer())
    assert places.event_place(next(t for t in doc if t.text == verb)) is None


def test_small_town_abroad_is_not_a_namesake_in_context(gazetteer: Gazetteer) -> None:
    # A town of 15,000 in Turkey is not "Solhan" in a report about Burkina Faso, but is without context.
    assert gazetteer.lookup_near("Solhan", ["BFA"]) is None
    assert gazetteer.lookup_near("Solhan", []) is not None
    paris = gazetteer.lookup_near("Paris", ["BFA"])
    assert paris is not None and paris.country == "FRA"
