"""Sources and targets in stories with several countries and organisations (issue 10, helper psrc): a
generic organisation noun and the officials it owns refer back to the organisation named before
(actors.org_referent); a bare "the army" its sentence does not place is the army of the country whose
forces were named just before, not the dateline's (actors.role_antecedent); international courts and
bodies the Phoenix lists lacked are organisations, not the story's state (tools/curated_actors.jsonl).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article

_FILED = "VIENNA, May 6 (Wire) - Delegations from Chile and Peru met at a hotel in the city on Tuesday. "


@pytest.mark.parametrize(
    ("text", "head", "nth", "code"),
    [
        # the noun itself, the organisation named in the sentences before
        (_FILED + "NATO said on Monday it would send ships. The alliance criticised Chile.", "alliance", 0,
         "IGOWSTNAT"),
        (_FILED + "The European Union said it would send aid. The bloc criticised Chile.", "bloc", 0,
         "IGOEUREEC"),
        (_FILED + "The IAEA said it would send inspectors. The agency criticised Chile.", "agency", 0,
         "IGOUNOIAE"),
        # an official the noun owns is the organisation's
        (_FILED + "NATO said it would send ships. The alliance's commander criticised Chile.", "commander",
         0, "IGOWSTNAT"),
        (_FILED + "The European Union said it would send aid. The bloc's foreign policy chief criticised "
         "Chile.", "chief", 0, "IGOEUREEC"),
    ],
)
def test_organisation_referred_back(text: str, head: str, nth: int, code: str, read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, head, nth), None)
    assert [a.code for a in found] == [code]
    assert found[0].country is None


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # a noun with a party of its own is that party's, whatever organisation came before
        (_FILED + "NATO said it would send ships. The opposition alliance criticised Chile.", "alliance"),
        # no organisation named before: no organisation is read
        (_FILED + "Lima said it would send envoys. The alliance criticised Chile.", "alliance"),
    ],
)
def test_organisation_noun_without_antecedent(text: str, head: str, read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, head), None)
    assert all(not a.code.startswith("IGO") for a in found), found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (_FILED + "The International Criminal Court criticised Chile on Tuesday.", "IGOJUDICC"),
        (_FILED + "The Permanent Court of Arbitration criticised Chile on Tuesday.", "IGOJUD"),
        (_FILED + "The Organisation of American States criticised Chile on Tuesday.", "IGOOAS"),
        (_FILED + "The European Court of Human Rights criticised Chile on Tuesday.", "IGOEURJUD"),
        (_FILED + "The Gulf Cooperation Council criticised Chile on Tuesday.", "IGOPGSGCC"),
        (_FILED + "The OSCE criticised Chile on Tuesday.", "IGOEURSCE"),
        (_FILED + "The WTO criticised Chile on Tuesday.", "IGOBUSWTO"),
    ],
)
def test_international_bodies_are_organisations(text: str, code: str, read, word) -> None:
    actors = read(text)
    verb = word(actors.doc, "criticised")
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    assert [a.code for a in actors.resolve_all(subject, None)] == [code]


@pytest.mark.parametrize(
    ("text", "head", "iso3"),
    [
        # the dateline's country is named too, but the army that spoke is the one named just before
        ("NAIROBI, March 2 (Wire) - Gunmen crossed from Kenya and ambushed a convoy, killing nine Somali "
         "soldiers. The army said the ambush was unprovoked.", "army", "SOM"),
        ("ISLAMABAD, June 4 (Wire) - A blast hit a post near the Pakistani border, killing six Afghan "
         "troops. The military said its men had fired back.", "military", "AFG"),
    ],
)
def test_bare_army_is_the_one_named_before(text: str, head: str, iso3: str, read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, head), None)
    assert [(a.country, a.role) for a in found] == [(iso3, "MIL")]


@pytest.mark.parametrize(
    ("text", "head", "iso3"),
    [
        # its sentence places it: the sentence's country, as before
        ("NAIROBI, March 2 (Wire) - Gunmen ambushed a convoy, killing nine Somali soldiers. The army in "
         "Kenya said it was on alert.", "army", "KEN"),
        # forces of two countries named before: no antecedent, the story's country as before
        ("NAIROBI, March 2 (Wire) - Kenyan soldiers and Somali troops clashed near the border. The army "
         "said the clash was an accident.", "army", "KEN"),
    ],
)
def test_bare_army_placed_otherwise(text: str, head: str, iso3: str, read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, head), None)
    assert [a.country for a in found] == [iso3]


def test_organisation_official_acts_for_it(pipeline: Pipeline) -> None:
    """The event of an official owned by "the alliance" is the organisation's, not the story's state's."""
    text = (
        "KABUL, Nov 27 (Wire) - NATO helicopters struck two Afghan checkpoints before dawn on Saturday. "
        "The alliance's commander condemned the strike on Sunday."
    )
    result = pipeline.analyze_article(Article(id="t", published="2011-11-27", source="Wire", text=text))
    condemned = [e for e in result.events if e.evidence.trigger == "condemned"]
    assert [(e.source.code, e.root) for e in condemned] == [("IGOWSTNAT", "11")]


@pytest.mark.parametrize(
    ("text", "head", "codes"),
    [
        # a currency named with a country's adjective is no party of that country
        ("OSLO, May 6 (Wire) - Norway pledged 2 billion Norwegian kroner to Malawi on Tuesday.", "kroner",
         []),
        ("TOKYO, May 6 (Wire) - Japan lent 300 million U.S. dollars to Laos on Tuesday.", "dollars", []),
        # "Greek Cypriot", "Turkish Cypriot" are Cyprus's people, not Greece's or Turkey's
        ("NICOSIA, May 6 (Wire) - Greek Cypriot negotiators walked out of the talks on Tuesday.",
         "negotiators", ["CYP"]),
        ("NICOSIA, May 6 (Wire) - The Turkish Cypriot leader rejected the plan on Tuesday.", "leader",
         ["CYP"]),
    ],
)
def test_words_that_name_no_other_party(text: str, head: str, codes: list[str], read, word) -> None:
    actors = read(text)
    assert [a.country for a in actors.resolve_all(word(actors.doc, head), None)] == codes


def test_pledge_in_a_currency_is_aimed_at_its_recipient(pipeline: Pipeline) -> None:
    text = (
        "CANBERRA, May 6 (Wire) - Australia's prime minister promised 40 million Australian dollars to Fiji "
        "on Tuesday for cyclone relief."
    )
    result = pipeline.analyze_article(Article(id="t", published="2016-05-06", source="Wire", text=text))
    assert [(e.source.country, e.target.country if e.target else None) for e in result.events] == [
        ("AUS", "FJI")
    ]


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        # the office held on the article's day: a national post before, an organisation's after
        ("Christine Lagarde", "2010-03-01", "FRAGOV"),
        ("Christine Lagarde", "2015-03-01", "IGOBUSIMF"),
        ("Christine Lagarde", "2021-03-01", "IGOEUREECBUS"),
        ("Hans Blix", "2002-12-01", "IGOUNO"),
        ("Luis Almagro", "2012-03-01", "URYGOV"),
        ("Luis Almagro", "2019-03-01", "IGOOAS"),
        ("Ngozi Okonjo-Iweala", "2022-03-01", "IGOBUSWTO"),
    ],
)
def test_international_officials_by_date(name: str, day: str, code: str, read, word) -> None:
    actors = read(f"OSLO (Wire) - {name} criticised the plan at a news conference on Tuesday.")
    subject = next(c for c in word(actors.doc, "criticised").children if c.dep_ == "nsubj")
    assert [a.code for a in actors.resolve_all(subject, dt.date.fromisoformat(day))] == [code]


def test_counterpart_is_no_home_of_an_organisation_official(pipeline: Pipeline) -> None:
    """An act that needs a counterpart and names none is not aimed at the home country of the UN
    official the story names (coding.targets.party_country)."""
    text = (
        "COLOMBO (Wire) - The U.N. refugee chief, Filippo Grandi, called on Sri Lanka on Monday to let "
        "aid groups into the camps in the north. The government rejected the call on Tuesday."
    )
    result = pipeline.analyze_article(Article(id="t", published="2019-05-08", source="Wire", text=text))
    rejected = [e for e in result.events if e.evidence.trigger == "rejected"]
    assert rejected and all(e.target is None or e.target.country != "ITA" for e in rejected)
    assert [e.source.country for e in rejected] == ["LKA"]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # a bloc named as a compound, not only as an adjective, places its members in no single country
        ("AUCKLAND, Sept 12 (Wire) - Asia-Pacific leaders met in the city on Sunday to discuss trade.",
         "leaders"),
        # (filed from outside the region: a Gulf capital would host them, actors/bloc_host.py)
        ("CAIRO, Jan 5 (Wire) - Gulf leaders gathered in the city on Tuesday for a summit.", "leaders"),
    ],
)
def test_bloc_compound_is_of_no_country(text: str, head: str, read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, head), None)
    assert [(a.country, a.role) for a in found] == [(None, "GOV")]


@pytest.mark.parametrize(
    ("text", "head", "code"),
    [
        # a later conjunct of the same role that names nobody shares the first one's party
        ("VIENNA, May 6 (Wire) - NATO jets and helicopters pounded positions across the province on "
         "Monday.", "helicopters", "IGOWSTNAT"),
        ("VIENNA, May 6 (Wire) - Ethiopian tanks and warplanes crossed into the region on Monday.",
         "warplanes", "ETHMIL"),
    ],
)
def test_conjunct_shares_the_named_party(text: str, head: str, code: str, read, word) -> None:
    actors = read(text)
    assert [a.code for a in actors.resolve_all(word(actors.doc, head), None)] == [code]


def test_conjunct_does_not_share_a_party_placed_by_context(read, word) -> None:
    # "tanks" names no party of its own (its sentence places it): the warplanes are not placed by it
    actors = read("VIENNA, May 6 (Wire) - A convoy backed by tanks and warplanes reached Chad's border.")
    warplanes = word(actors.doc, "warplanes")
    assert actors.rule_of(warplanes, None) != "conjunct-party"


def test_yugoslav_state_actors_are_serbia(read, word) -> None:
    """Yugoslav state actors take Serbia's code (corpus conventions), not the dateline's country."""
    actors = read("BRUSSELS, March 25 (Wire) - Allied jets hit Yugoslav air defences on Thursday night.")
    assert [a.country for a in actors.resolve_all(word(actors.doc, "defences"), None)] == ["SRB"]
