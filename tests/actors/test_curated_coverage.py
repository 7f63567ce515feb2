"""Tests of the curated 2000-2026 ministers and security advisers and of common IGO names (issue 3)."""

from __future__ import annotations

import datetime

import pytest

from newsevents.actors.dictionary import ActorDictionary

D = datetime.date.fromisoformat


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def _person(actors: ActorDictionary, name: str, country: str) -> str:
    hits = [e for e in actors.find(name) if e.kind == "person" and e.country == country]
    assert len(hits) == 1, [e.id for e in hits]
    return hits[0].id


@pytest.mark.parametrize(("name", "country", "day", "code", "title"), [
    ("José Múcio", "BRA", "2024-03-01", "BRAGOVMIL", "Defence Minister"),
    ("Jean-Bertrand Aristide", "HTI", "2002-06-01", "HTIGOV", "President"),
    ("Aristide", "HTI", "2004-03-02", "HTIELI", None),
    ("Michel Djotodia", "CAF", "2013-09-20", "CAFGOV", "President"),
    ("Nelson Jobim", "BRA", "2009-01-01", "BRAGOVMIL", "Defence Minister"),
    ("Nelson Jobim", "BRA", "2012-01-01", "BRAELI", None),
    ("Celso Amorim", "BRA", "2005-01-01", "BRAGOV", "Foreign Minister"),
    ("Celso Amorim", "BRA", "2013-01-01", "BRAGOVMIL", "Defence Minister"),
    ("Celso Amorim", "BRA", "2016-01-01", "BRAELI", None),
    ("Jorge Taiana", "ARG", "2022-05-01", "ARGGOVMIL", "Defence Minister"),
    ("Héctor Timerman", "ARG", "2016-01-01", "ARGELI", None),
    ("Salvador Cienfuegos", "MEX", "2015-01-01", "MEXGOVMIL", "Secretary of National Defence"),
    ("Nosiviwe Mapisa-Nqakula", "ZAF", "2015-01-01", "ZAFGOVMIL", "Defence Minister"),
    ("Angie Motshekga", "ZAF", "2025-01-01", "ZAFGOVMIL", "Defence Minister"),
    ("Marise Payne", "AUS", "2020-01-01", "AUSGOV", "Foreign Minister"),
    ("Harjit Sajjan", "CAN", "2019-01-01", "CANGOVMIL", "Defence Minister"),
    ("Shivshankar Menon", "IND", "2012-01-01", "INDGOV", "National Security Adviser"),
    ("Lorenzo Guerini", "ITA", "2023-01-01", "ITAELI", None),
    ("Thabet al-Abbasi", "IRQ", "2024-01-01", "IRQGOVMIL", "Defence Minister"),
    ("Mohamed Ali Alhakim", "IRQ", "2019-06-01", "IRQGOV", "Foreign Minister"),
    ("Shotaro Yachi", "JPN", "2016-01-01", "JPNGOV", "National Security Secretariat Secretary General"),
    ("Jens Plötner", "DEU", "2023-01-01", "DEUGOV", "Foreign and Security Policy Adviser to the Chancellor"),
    ("Chen Yixin", "CHN", "2024-01-01", "CHNSPY", "Minister of State Security"),
])
def test_minister_codes_on_dates(actors: ActorDictionary, name: str, country: str, day: str, code: str,
                                 title: str | None) -> None:
    entry = actors.entry(_person(actors, name, country))
    assert entry.code_on(D(day)) == code
    assert entry.title_on(D(day)) == title


def test_role_bounds_are_from_inclusive_until_exclusive(actors: ActorDictionary) -> None:
    entry = actors.entry(_person(actors, "Thabet al-Abbasi", "IRQ"))
    assert entry.code_on(D("2022-10-26")) == "IRQELI"
    assert entry.code_on(D("2022-10-27")) == "IRQGOVMIL"
    payne = actors.entry(_person(actors, "Marise Payne", "AUS"))
    # the handover day belongs to the new office
    assert payne.title_on(D("2018-08-27")) == "Defence Minister"
    assert payne.title_on(D("2018-08-28")) == "Foreign Minister"


def test_existing_entries_gained_earlier_offices(actors: ActorDictionary) -> None:
    assert actors.entry("kevin-rudd").title_on(D("2011-06-01")) == "Foreign Minister"
    assert actors.entry("michel-barnier").title_on(D("2005-01-01")) == "Foreign Minister"
    assert actors.entry("sergio-mattarella").code_on(D("2000-06-01")) == "ITAGOVMIL"
    assert actors.entry("sergio-mattarella").code_on(D("2010-06-01")) == "ITAELI"


@pytest.mark.parametrize(("phrase", "code"), [
    ("European Community", "IGOEUREEC"), ("the European Community", "IGOEUREEC"), ("EC", "IGOEUREEC"),
    ("European Economic Community", "IGOEUREEC"), ("EEC", "IGOEUREEC"), ("EU", "IGOEUREEC"),
    ("European Union", "IGOEUREEC"),
    ("Arab League", "IGOMEAARL"), ("the Arab League", "IGOMEAARL"), ("African Union", "IGOAFRAFU"),
    ("ASEAN", "IGOSEAASN"), ("NATO", "IGOWSTNAT"), ("OPEC", "IGOOPC"), ("IAEA", "IGOUNOIAE"),
    ("WHO", "IGOUNOHLHWHO"), ("UNHCR", "IGOUNOREFHCR"), ("Red Cross", "NGOHLHIRC"),
    ("International Committee of the Red Cross", "NGOHLHIRC"), ("Human Rights Watch", "NGOHRI"),
    ("Amnesty International", "NGOHRIAMN"), ("World Food Programme", "IGOUNOWFP"),
    ("World Food Program", "IGOUNOWFP"), ("International Labor Office", "IGOUNOLABILO"),
    ("International Labour Organization", "IGOUNOLABILO"), ("ILO", "IGOUNOLABILO"),
])
def test_igo_names_resolve(actors: ActorDictionary, phrase: str, code: str) -> None:
    hits = actors.find(phrase)
    assert hits, phrase
    assert {e.code_on(D("2020-01-01")) for e in hits} == {code}


def test_european_community_is_the_eu_entry(actors: ActorDictionary) -> None:
    (entry,) = actors.find("EC")
    assert entry.id == "the-european-union"
    assert entry.code_on(D("1985-01-01")) == entry.code_on(D("2020-01-01")) == "IGOEUREEC"
