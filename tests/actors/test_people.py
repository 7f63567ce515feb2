"""Who a named person acts for (``actors.people``), spelling variants of names, context-bound country
names, and quoted first-person speech; sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2021, 3, 10)


@pytest.mark.parametrize(
    ("text", "head", "code"),
    [
        # A body's official acts for the body, whatever the dictionary says of the person's country.
        ("The IAEA chief, Rafael Grossi, flew to Tehran.", "Grossi", "IGOUNOIAE"),
        ("NATO's secretary-general, Mark Rutte, warned Moscow.", "Rutte", "IGOWSTNAT"),
        ("The U.N. refugee chief, Maria Fernandez, criticised the raid.", "Fernandez", "IGOUNO"),
        # An ambassador *to* a body still speaks for the country.
        ("Peru's ambassador to the United Nations, Maria Fernandez, spoke.", "Fernandez", "PERGOV"),
        # A title with a country overrides an entry with no office on the day.
        ("Canada's ambassador, John McCallum, was summoned.", "McCallum", "CANGOV"),
        # A bare title takes the dateline's country, not the counterpart's named next to it.
        (
            "LIMA, March 10 (Wire) - Foreign Minister Maria Fernandez accused Chile of spying on Peru.",
            "Fernandez",
            "PERGOV",
        ),
    ],
)
def test_description_decides(text: str, head: str, code: str, read, word) -> None:
    actors = read(text)
    assert [a.code for a in actors.resolve_all(word(actors.doc, head), DAY)][:1] == [code]


def test_current_title_puts_an_out_of_office_entry_in_office(read, word) -> None:
    # The dictionary lists Kabore in office only in the 1990s (BFAELI in 2021); the text's title is fresher.
    actors = read("President Roch Marc Christian Kabore opened the new hospital in Bobo-Dioulasso.")
    assert [a.code for a in actors.resolve_all(word(actors.doc, "Kabore"), DAY)] == ["BFAGOV"]
    actors = read("Former president Roch Marc Christian Kabore opened the new hospital in Bobo-Dioulasso.")
    assert [a.code for a in actors.resolve_all(word(actors.doc, "Kabore"), DAY)] == ["BFAELI"]


def test_titled_namesake_of_a_country_the_story_never_names(read, word) -> None:
    # The dictionary lists an Alberto Pandolfi as a Peruvian minister of the 1990s only; a minister of that
    # name in a 2021 story from Quito that never names Peru is Ecuador's (people._stale_namesake).
    text = ("QUITO, March 10 (Wire) - Ecuador opened three field hospitals. Health Minister Alberto Pandolfi "
            "said on Tuesday that the clinics would stay open.")
    actors = read(text)
    assert [a.code for a in actors.resolve_all(word(actors.doc, "Pandolfi"), DAY)] == ["ECUGOV"]
    # where the story names his listed country, the entry's country stands
    actors = read(text.replace("Ecuador opened", "Peru opened"))
    assert [a.code for a in actors.resolve_all(word(actors.doc, "Pandolfi"), DAY)] == ["PERGOV"]
    # a "former" minister is the one listed, out of office
    actors = read(text.replace("Health Minister", "Former health minister"))
    assert [a.code for a in actors.resolve_all(word(actors.doc, "Pandolfi"), DAY)] == ["PERELI"]


def test_former_title_stays_out_of_office(read, word) -> None:
    actors = read("Former Finnish president Martti Ahtisaari brokered the accord.")
    assert [a.code for a in actors.resolve_all(word(actors.doc, "Ahtisaari"), DAY)] == ["FINELI"]


def test_spelling_variant_finds_the_entry(read, word) -> None:
    # The dictionary spells the name with hyphen and apostrophe; the text without them.
    actors = read("Zeid Raad al Hussein told the council that troops burned villages.")
    found = actors.resolve_all(word(actors.doc, "Hussein"), dt.date(2017, 9, 11))
    assert [a.code for a in found] == ["IGOUNO"]


def test_surname_inside_another_name_is_another_person(read, word) -> None:
    actors = read("Omar Abdel Hussein, a local farmer, said the road was closed.")
    found = actors.resolve_all(word(actors.doc, "Hussein"), dt.date(1995, 1, 1))
    assert all(a.country != "JOR" for a in found)


@pytest.mark.parametrize(
    ("text", "head", "codes"),
    [
        # "Congo" next to the Democratic Republic of Congo is that state, not its neighbour.
        ("The Democratic Republic of Congo accused Rwanda. Congo recalled its envoy.", "Congo", ("CODGOV",)),
        ("Gabon and Congo signed a border accord.", "Congo", ("COGGOV",)),
        # "the North" names North Korea only in an article about the Koreas.
        ("Seoul said the North had fired a missile.", "North", ("PRKGOV",)),
    ],
)
def test_context_bound_country_names(text: str, head: str, codes: tuple[str, ...], read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, head, nth=text.count(head) - 1), DAY)
    assert tuple(a.code for a in found)[: len(codes)] == codes


def test_the_north_east_is_no_country(read) -> None:
    actors = read("Troops fought rebels in the north-east of Sri Lanka.")
    assert all(m.iso3 != "PRK" for m in actors.mentions)


def test_we_in_a_quote_is_the_speaker(read, word) -> None:
    actors = read("Farmers fled the valley. 'We will not back down,' President Joe Biden said.")
    assert [a.code for a in actors.resolve_all(word(actors.doc, "We"), DAY)] == ["USAGOV"]


@pytest.mark.parametrize(
    ("text", "head", "nth", "codes"),
    [
        # A description names the person or group named earlier with the same noun ...
        (
            "Peruvian envoy Maria Fernandez arrived in Santiago. Chile said the envoy had brought a letter.",
            "envoy",
            1,
            ("PERGOV",),
        ),
        (
            "Police raided the Aum Shinrikyo sect. Prosecutors said the sect had made sarin.",
            "sect",
            1,
            ("JPNREB",),  # (the sect's home country: the actors6 rows of tools/curated_actors.jsonl)
        ),
    ],
)
def test_definite_description(text: str, head: str, nth: int, codes: tuple[str, ...], read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, head, nth=nth), DAY)
    assert tuple(a.code for a in found) == codes


def test_plural_description_is_no_single_person(read, word) -> None:
    actors = read("Peruvian envoy Maria Fernandez met Chilean envoys. The envoys agreed.")
    assert actors.rule_of(word(actors.doc, "envoys", nth=1), DAY) != "definite-description"


def test_dateline_abroad_places_nobody(read, word) -> None:
    # Filed from Geneva about Myanmar: the troops are Myanmar's, not Switzerland's.
    actors = read("GENEVA, Sept 11 - The U.N. said Myanmar had driven out villagers. Troops burned homes.")
    assert actors.home_country is None
    assert [a.code for a in actors.resolve_all(word(actors.doc, "Troops"), DAY)] == ["MMRMIL"]


def test_both_sides_include_a_named_group(read, word) -> None:
    actors = read("Israel and Hamas agreed to a truce. Both sides said it would hold.")
    assert [a.code for a in actors.resolve_all(word(actors.doc, "sides"), DAY)] == ["ISRGOV", "PSEREBHMS"]


def test_the_foreign_minister_is_no_bloc(read, word) -> None:
    actors = read("Peru protested. The foreign minister summoned the envoy.")
    assert [a.code for a in actors.resolve_all(word(actors.doc, "minister"), DAY)] == ["PERGOV"]
