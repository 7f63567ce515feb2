"""Datelines found at the start of a report (``newsevents.dateline``), and never read as actors."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.lang.en import English

from newsevents.dateline import find_dateline

_NLP = English()


@pytest.mark.parametrize(
    ("text", "written", "place", "region"),
    [
        ("OSLO — Norway recalled its envoy.", "OSLO — ", "OSLO", None),
        ("KYIV, March 3 (Wire) - Ukraine said ...", "KYIV, March 3 (Wire) - ", "KYIV", None),
        ("ERBIL, Iraq, Aug 9 (Wire) - Jets struck.", "ERBIL, Iraq, Aug 9 (Wire) - ", "ERBIL", "Iraq"),
        ("PORT-AU-PRINCE, July 9 - Police said ...", "PORT-AU-PRINCE, July 9 - ", "PORT-AU-PRINCE", None),
        ("HAVANA (Wire) — Cuba said ...", "HAVANA (Wire) — ", "HAVANA", None),
        ("Talks fail\nNEW DELHI, Jan 3, 2021 -- India said", "NEW DELHI, Jan 3, 2021 -- ", "NEW DELHI", None),
        ("WASHINGTON, Tuesday (Wire) - The US said", "WASHINGTON, Tuesday (Wire) - ", "WASHINGTON", None),
        # two places filed from together (issue 10, helper dates): still a dateline, with its date
        ("ROME/PARIS, May 4 (Wire) - Italy said", "ROME/PARIS, May 4 (Wire) - ", "ROME/PARIS", None),
        # a translated paper's note closed by a full stop (issue 10, helper pdesk)
        ("LIMA (translated from Spanish). Peru said", "LIMA (translated from Spanish). ", "LIMA", None),
    ],
)
def test_dateline_forms(text: str, written: str, place: str, region: str | None) -> None:
    found = find_dateline(_NLP(text))
    assert found is not None
    assert text[found.start_char : found.end_char] == written
    assert (found.place, found.region) == (place, region)


def test_glued_city_needs_a_known_place() -> None:
    doc = _NLP("TALLINN Estonian police detained dozens.")
    assert find_dateline(doc) is None
    found = find_dateline(doc, lambda name: name == "TALLINN")
    assert found is not None and found.place == "TALLINN" and (found.start, found.end) == (0, 1)


@pytest.mark.parametrize(
    "text",
    [
        "NATO warplanes struck the base.",
        "A court ruled on Monday.",
        "The UN - and its agencies - said",
        "NATO. The alliance said",  # a full stop closes only a parenthesised note
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(_NLP(text), lambda name: False) is None


def test_dateline_city_is_no_actor(read, word) -> None:
    actors = read("CANBERRA, May 19 - China suspended imports of Australian coal on Monday.")
    doc = actors.doc
    assert doc._.ne_dateline is not None and doc._.ne_dateline.place == "CANBERRA"
    assert actors.resolve_all(word(doc, "CANBERRA"), dt.date(2020, 5, 18)) == []
    assert [a.code for a in actors.resolve_all(word(doc, "China"), dt.date(2020, 5, 18))] == ["CHNGOV"]
    # The dateline still says which country the report is about.
    assert actors.dateline_country == "AUS"


def test_acronym_opening_a_text_is_no_dateline(read) -> None:
    actors = read("NATO Secretary-General Jens Stoltenberg said the alliance would respond.")
    assert actors.doc._.ne_dateline is None


def test_dotted_abbreviation_opening_a_text_is_no_glued_city(read, word) -> None:
    # "U.S." is a known place, but a glued dateline city is a word in capitals, not an abbreviation.
    doc = _NLP("U.S. Navy helicopters ferried food to Port-au-Prince.")
    assert find_dateline(doc, lambda n: True) is None
    actors = read("U.S. Navy helicopters ferried food and water to survivors in Haiti on Friday.")
    assert actors.doc._.ne_dateline is None
    assert [a.code for a in actors.resolve_all(word(actors.doc, "helicopters"), dt.date(2010, 1, 15))] == [
        "USAMIL"
    ]


def test_actor_apposed_to_the_dateline_city_is_read(read, word) -> None:
    # The parser may make the acting country an apposition of the dateline's city, the city the subject.
    actors = read("QUITO, March 4 (Wire) - Peru broke off diplomatic relations with Chile.")
    doc = actors.doc
    city = word(doc, "QUITO")
    if city.dep_ == "nsubj" and any(c.text == "Peru" and c.dep_ == "appos" for c in city.children):
        assert [a.code for a in actors.resolve_all(city, dt.date(2024, 3, 4))] == ["PERGOV"]


@pytest.mark.parametrize(
    ("text", "written", "place", "date", "agency", "official"),
    [
        # a state agency's house style: a title-case city, the agency set off by a comma, slashes or brackets
        ("Vilnius, June 5, ELX -- It said", "Vilnius, June 5, ELX -- ", "Vilnius", "June 5", "ELX", True),
        ("RIGA, May 14. /LNX/. It said", "RIGA, May 14. /LNX/. ", "RIGA", "May 14", "LNX", True),
        ("Hanoi, 3 May (VNX) -- Vietnam said", "Hanoi, 3 May (VNX) -- ", "Hanoi", "3 May", "VNX", True),
        ("Sofia, May 2, 2022 -- It said", "Sofia, May 2, 2022 -- ", "Sofia", "May 2, 2022", None, True),
        # the day before the month in capitals: a dateline with its date, a wire's as much as a ministry's
        ("LIMA, 5 April -- Peru said", "LIMA, 5 April -- ", "LIMA", "5 April", None, False),
        ("QUITO, 9 July 2018: Ecuador said", "QUITO, 9 July 2018: ", "QUITO", "9 July 2018", None, False),
        # a wire's bracketed name after a city in capitals is no state agency's voice
        ("KYIV, March 3 (Wire) - Ukraine said", "KYIV, March 3 (Wire) - ", "KYIV", "March 3", "Wire", False),
    ],
)
def test_agency_datelines(
    text: str, written: str, place: str, date: str, agency: str | None, official: bool
) -> None:
    found = find_dateline(_NLP(text), lambda name: True)
    assert found is not None
    assert text[found.start_char : found.end_char] == written
    assert (found.place, found.date, found.agency, found.official) == (place, date, agency, official)


@pytest.mark.parametrize(
    "text",
    [
        "Smith, March 3 -- the minister said",  # a name, not a place the gazetteer knows
        "Vilnius, the capital, said on June 5 -- nothing",  # a title-case city needs its date
        "Vilnius said on Monday it would respond.",
    ],
)
def test_title_case_city_needs_a_known_place_and_a_date(text: str) -> None:
    assert find_dateline(_NLP(text), lambda name: name != "SMITH") is None


def test_agency_dateline_gives_no_actor_its_country(read) -> None:
    # The dateline of a state's own statement dates the story and places it, but an unnamed agent or
    # patient does not take its country.
    actors = read("Ankara, June 5, TNX -- The ministry said a vessel had been seized in the strait.")
    dateline = actors.doc._.ne_dateline
    assert dateline is not None and dateline.place == "Ankara" and dateline.official
    assert actors.dateline_country is None
