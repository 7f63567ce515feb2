"""Verbal conflict and protest as unseen wires tell them (probe set pdis): crowds that storm, blockade or
pour into a square, protests named with no agent, "in protest", kinds of protest told together, refusals
to yield, coordinated acts of one pair, conditional legal threats. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import events_of, kept_triggers

from newsevents.coding import protest
from newsevents.errors import DataFileError
from newsevents.pipeline import Pipeline


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(word, code) for word, code, _steps in kept_triggers(pipeline, text)]


def _dyads(pipeline: Pipeline, text: str, published: str, root: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.country, e.target.country if e.target else None)
        for e in events_of(pipeline, text, published)
        if e.root == root
    ]


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Hundreds of students stormed the provincial assembly in Makassar on Tuesday.", "stormed", "145"),
        ("Angry protesters torched the French cultural centre in Bamako.", "torched", "145"),
        ("A crowd overran the Indian consulate in Kandahar on Friday.", "overran", "145"),
        ("Thousands of farmers blockaded the main highway into Brussels.", "blockaded", "144"),
        ("Hundreds of lawyers fought running battles with police in Karachi.", "fought", "145"),
        ("Thousands of Armenians tried to storm the parliament building in Yerevan.", "storm", "145"),
    ],
)
def test_a_crowds_force_is_violent_protest(pipeline: Pipeline, text: str, word: str, code: str) -> None:
    assert (word, code) in _coded(pipeline, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hundreds of troops stormed the rebel-held town of Kidal.", "stormed"),
        ("A mob set fire to a mosque near Jos, burning alive twelve worshippers.", "set"),
    ],
)
def test_armed_men_and_massacres_are_no_protest(pipeline: Pipeline, text: str, word: str) -> None:
    assert all(code[:2] != "14" for w, code in _coded(pipeline, text) if w == word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tens of thousands of Chileans poured into Plaza Italia, chanting against the president.", "poured"),
        ("Protesters packed the square outside parliament in Tbilisi on Friday.", "packed"),
        ("Hundreds of thousands of Serbs streamed into central Belgrade in defiance of the ban.", "streamed"),
    ],
)
def test_a_protesting_crowd_massing_demonstrates(pipeline: Pipeline, text: str, word: str) -> None:
    assert (word, "141") in _coded(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of refugees poured into Jordan on Monday.",
        "Thousands of fans gathered in the square to watch the final.",
        "Talks resumed in Geneva on March 3.",
    ],
)
def test_crowds_that_do_not_protest_and_the_month(pipeline: Pipeline, text: str) -> None:
    assert all(code[:2] != "14" for _w, code in _coded(pipeline, text))


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        ("LISBON (Wire) - A general strike shut down Lisbon on Thursday.", "2012-11-15", "PRT"),
        ("DHAKA - Shops stayed shut on the third day of a general strike.", "2013-03-05", "BGD"),
        ("PARIS (AP) -- Rioting spread through the suburbs of Paris for a sixth night.", "2005-11-02", "FRA"),
        ("DURBAN - Dockers stayed off work on Monday in protest at the port sale.", "2011-05-09", "ZAF"),
    ],
)
def test_a_protest_named_with_no_agent_is_the_countrys(
    pipeline: Pipeline, text: str, published: str, country: str
) -> None:
    assert (country, country) in _dyads(pipeline, text, published, "14")


def test_in_protest_on_a_coded_act_is_no_demonstration(pipeline: Pipeline) -> None:
    text = "AMMAN - Jordan recalled its ambassador from Israel on Sunday in protest."
    assert _dyads(pipeline, text, "2014-02-23", "14") == []
    assert [source for source, _target in _dyads(pipeline, text, "2014-02-23", "16")] == ["JOR"]


def test_two_kinds_of_protest_are_two_events(pipeline: Pipeline) -> None:
    text = "ATHENS (Wire) - A general strike paralysed Greece on Wednesday as youths rioted in Athens."
    assert _dyads(pipeline, text, "2010-05-05", "14") == [("GRC", "GRC"), ("GRC", "GRC")]


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        ("LIMA - Peruvian President Pedro Castillo ruled out resigning on Sunday.", "2022-11-27", "PER"),
        ("KATHMANDU - Nepal's prime minister refused to step down on Tuesday.", "2021-05-04", "NPL"),
    ],
)
def test_refusing_to_leave_office_is_refusing_to_yield(
    pipeline: Pipeline, text: str, published: str, country: str
) -> None:
    events = events_of(pipeline, text, published)
    assert [(e.cameo, e.source.country) for e in events if e.root in ("08", "12")] == [("124", country)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Thai government brushed off the opposition's demand for early elections.", "brushed"),
        ("Ankara shrugged off the European Parliament's call for a freeze.", "shrugged"),
        ("The junta waved aside the bloc's proposal for a transition.", "waved"),
    ],
)
def test_refusals_told_with_a_particle(pipeline: Pipeline, text: str, word: str) -> None:
    assert (word, "120") in _coded(pipeline, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Moscow cut all rail and air links with Tbilisi on Tuesday.", "cut"),
        ("Riyadh suspended postal connections with Doha.", "suspended"),
    ],
)
def test_halting_links_with_a_country_reduces_relations(pipeline: Pipeline, text: str, word: str) -> None:
    assert (word, "160") in _coded(pipeline, text)


def test_coordinated_acts_of_two_kinds_are_two_events(pipeline: Pipeline) -> None:
    text = (
        "ANKARA (Wire) - Turkey expelled Israel's ambassador and suspended all defence cooperation with "
        "Israel on Monday."
    )
    assert _dyads(pipeline, text, "2011-09-05", "16") == [("TUR", "ISR"), ("TUR", "ISR")]


def test_legal_action_threatened_under_a_condition(pipeline: Pipeline) -> None:
    text = "SEOUL - South Korea said it would take the matter to the WTO if Japan did not scrap the curbs."
    assert ("KOR", "JPN") in _dyads(pipeline, text, "2019-07-20", "13")


def test_a_state_acting_in_protest_takes_a_measure(pipeline: Pipeline) -> None:
    text = "ISLAMABAD - Pakistan suspended trade with India on Wednesday in protest at the new law."
    assert _dyads(pipeline, text, "2019-08-08", "14") == []
    assert ("PAK", "IND") in _dyads(pipeline, text, "2019-08-08", "16")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Argentines poured into the streets of Buenos Aires to celebrate the title.",
        "Tens of thousands of mourners packed the square for the funeral of the singer.",
    ],
)
def test_crowds_gathering_for_joy_or_grief_do_not_demonstrate(pipeline: Pipeline, text: str) -> None:
    assert all(code[:2] != "14" for _w, code in _coded(pipeline, text))


@pytest.mark.parametrize(
    ("text", "published", "dyad"),
    [
        (
            "BAGHDAD - U.S. drones struck a militia convoy near Baghdad airport on Friday. Iraq's prime "
            "minister condemned the strike as an aggression against Iraq.",
            "2020-01-03",
            ("IRQ", "USA"),
        ),
        (
            "ANKARA - Israeli commandos raided a Turkish aid ship on Monday. Turkey's foreign minister, on a "
            "visit to Brazil, denounced the raid as piracy.",
            "2010-05-31",
            ("TUR", "ISR"),
        ),
    ],
)
def test_a_condemnation_targets_the_act_not_its_description_or_the_trip(
    pipeline: Pipeline, text: str, published: str, dyad: tuple[str, str]
) -> None:
    assert dyad in _dyads(pipeline, text, published, "11")


@pytest.mark.parametrize(
    ("text", "published", "dyad"),
    [
        (
            "CANBERRA - Australia recalled its ambassador from Jakarta on Tuesday. New Zealand followed suit "
            "hours later.",
            "2015-04-29",
            ("NZL", "IDN"),
        ),
        (
            "MANAMA - Bahrain cut diplomatic ties with Iran on Sunday. Djibouti did the same on Monday.",
            "2016-01-05",
            ("DJI", "IRN"),
        ),
    ],
)
def test_following_suit_repeats_the_act_against_the_same_party(
    pipeline: Pipeline, text: str, published: str, dyad: tuple[str, str]
) -> None:
    assert dyad in _dyads(pipeline, text, published, "16")


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        (
            "DURBAN, South Africa - About 2,000 dock workers walked out on Monday over pay.",
            "2011-05-09",
            "ZAF",
        ),
        (
            "SIDI BOUZID, Tunisia - A street vendor set himself on fire outside the governor's office.",
            "2010-12-17",
            "TUN",
        ),
    ],
)
def test_a_protest_by_people_placed_nowhere_is_the_storys_country(
    pipeline: Pipeline, text: str, published: str, country: str
) -> None:
    assert (country, country) in _dyads(pipeline, text, published, "14")


@pytest.mark.parametrize(
    "text",
    [
        "QUITO - Ecuador's indigenous federation insisted that President Lenin Moreno resign.",
        "The Chilean opposition insisted that the interior minister step down over the shootings.",
    ],
)
def test_an_act_demanded_in_the_subjunctive_is_no_event(pipeline: Pipeline, text: str) -> None:
    coded = _coded(pipeline, text)
    assert ("insisted", "100") in coded
    assert all(code[:2] != "08" for _w, code in coded)


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        ("DHAKA - Riot police fired tear gas to break up student protests in Dhaka.", "2018-08-04", "BGD"),
        ("HARARE - Police dispersed an opposition rally in Harare on Saturday.", "2019-08-17", "ZWE"),
    ],
)
def test_a_dispersed_protest_took_place_and_is_the_publics(
    pipeline: Pipeline, text: str, published: str, country: str
) -> None:
    dyads = _dyads(pipeline, text, published, "14")
    assert dyads and all(source == country for source, _target in dyads)


@pytest.mark.parametrize(
    ("text", "word", "root"),
    [
        ("Workers began a strike at the Lonmin mine on Thursday.", "began", "14"),
        ("Traders observed a strike across Karachi on Monday.", "observed", "14"),
        ("U.S. warplanes began strikes on Taliban positions.", "began", "19"),
    ],
)
def test_a_strike_of_labour_or_of_force_by_its_subject(
    pipeline: Pipeline, text: str, word: str, root: str
) -> None:
    assert [code[:2] for w, code in _coded(pipeline, text) if w == word] == [root]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("MANILA - Activists held a rally in front of the Chinese embassy in Manila.", ("PHL", "CHN")),
        ("MANILA - Filipino students staged a protest in front of the U.S. embassy.", ("PHL", "USA")),
    ],
)
def test_a_protest_at_a_foreign_mission_is_against_its_state(
    pipeline: Pipeline, text: str, dyad: tuple[str, str]
) -> None:
    assert dyad in _dyads(pipeline, text, "2016-07-14", "14")


@pytest.mark.parametrize(
    "table",
    [{"crowd_nouns": ["marcher"]}, {name: ["Marcher"] for name in protest.ProtestWords.__dataclass_fields__}],
)
def test_a_malformed_protest_table_is_a_data_file_error(table: dict[str, list[str]]) -> None:
    # (a missing list, or a word the matcher could never meet because it is not lowercase)
    with pytest.raises(DataFileError, match="protest.toml"):
        protest._protest_words(table)
