"""Sections of a news digest (``actors/sections.py``), on roundups written for these tests: a bare police
body looks for its antecedent no further back than its section's dateline, and a party nothing in its
sentence places belongs to its section's dateline country."""

from __future__ import annotations

from newsevents.dateline import section_datelines
from newsevents.pipeline import Pipeline
from newsevents.records import Article


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2015-06-12", source="Wire"))
    return [
        (e.cameo, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in result.events
    ]


DIGEST = (
    "EAST AFRICA IN BRIEF\n\n"
    "KAMPALA - Ugandan security forces fired tear gas at opposition supporters on Monday.\n\n"
    "NAIROBI - Kenya's opposition held a rally in the city on Tuesday. Police arrested 12 people at the "
    "rally, the interior ministry said."
)


def test_section_datelines_are_read_after_paragraph_breaks(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(DIGEST)
    assert [d.place for d in section_datelines(doc)] == ["KAMPALA", "NAIROBI"]


def test_bare_police_of_a_section_are_not_the_last_section_s(pipeline: Pipeline) -> None:
    arrests = [e for e in _events(pipeline, DIGEST) if e[0] == "173"]
    assert arrests and all(source == "KEN" for _, source, _ in arrests)


def test_a_report_without_sections_keeps_its_antecedent(pipeline: Pipeline) -> None:
    text = (
        "KAMPALA - Ugandan police fired tear gas at opposition supporters on Monday. "
        "Police arrested 12 people, the interior ministry said."
    )
    arrests = [e for e in _events(pipeline, text) if e[0] == "173"]
    assert arrests and all(source == "UGA" for _, source, _ in arrests)


def test_an_unplaced_party_belongs_to_its_section_s_dateline_country(pipeline: Pipeline) -> None:
    text = (
        "WEST AFRICA IN BRIEF\n\n"
        "ABUJA - Nigeria's army reported on Monday that its troops killed 20 militants in Borno; "
        "Nigeria's president thanked Chad and Niger for their help.\n\n"
        "ACCRA - Ghana's president dissolved the cabinet on Tuesday. The opposition called for a general "
        "strike on Wednesday."
    )
    appeals = [e for e in _events(pipeline, text) if e[0] == "020"]
    assert appeals and all(source == "GHA" for _, source, _ in appeals)


def test_a_country_noun_of_a_section_is_its_dateline_country(pipeline: Pipeline) -> None:
    # "the capital" in the Quito section is Ecuador's, not the last country the section before named
    text = (
        "ANDES IN BRIEF\n\n"
        "LIMA - Peru's congress censured the interior minister on Monday.\n\n"
        "QUITO - Ecuador's truckers ended their strike on Tuesday.\n\n"
        "BOGOTA - Colombia's finance minister resigned on Wednesday.\n\n"
        "QUITO - Farmers blocked the highways into the capital on Thursday."
    )
    blockades = [e for e in _events(pipeline, text) if e[0].startswith("14")]
    assert blockades and all(target == "ECU" for _, _, target in blockades)


def test_a_section_s_dateline_city_is_no_second_subject(pipeline: Pipeline) -> None:
    # "CAIRO - Sudanese troops ...": the city that filed the story is no party to the handover
    text = (
        "WORLD IN BRIEF\n\n"
        "PARIS - France's president opened a summit on climate on Monday.\n\n"
        "CAIRO - Sudanese troops and police handed over three border posts to Ethiopian units on Monday."
    )
    events = _events(pipeline, text)
    assert any(source == "SDN" and target == "ETH" for _, source, target in events)
    assert all(source != "EGY" for _, source, _ in events)


def test_a_section_s_dateline_city_places_a_bare_agent_after_it(pipeline: Pipeline) -> None:
    # no party opens the section: the city is what places the police
    text = (
        "ASIA IN BRIEF\n\n"
        "TOKYO - Japan's prime minister reshuffled his cabinet on Monday.\n\n"
        "MANILA - Riot police fired tear gas at protesters outside the presidential palace on Tuesday."
    )
    force = [e for e in _events(pipeline, text) if e[0].startswith("17") or e[0].startswith("18")]
    assert force and all(source == "PHL" for _, source, _ in force)
