"""Recall of yielding, posture, assault and fight (CAMEO 08, 15, 18, 19) in shapes the coder missed
(issue 10, twelfth session), on sentences written for these tests: rows for aircraft downed, arms
slamming or crashing into a place, warships arriving near a place, pauses declared, leaders fleeing into
exile, troops engaging armed parties and forces placed on alert (verbs.curated.tsv, ``ne.proots.*``); a
capitalised event or weapon noun that opens a sentence read as the common noun it is
(coding/thing_subjects.py); a date after "on" that names no counterpart (coding/doers.py); a person let
leave a country or let go in an agentless passive (coding/set_free.py)."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding import thing_subjects
from newsevents.coding.lexicon import lexicon
from newsevents.pipeline import Pipeline

_DAY = "2021-06-04"  # a Friday

Dyad = tuple[str, str | None, str | None]


def _coded(pipeline: Pipeline, text: str) -> list[Dyad]:
    return [
        (e.cameo, e.source.country, e.target.country if e.target else None)
        for e in events_of(pipeline, text, _DAY)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aircraft downed is shot down (190); tools downed stay a strike (143)
        (
            "HARARE, June 3 (Wire) - Zambian fighter jets downed a Zimbabwean helicopter over the border.",
            ("190", "ZMB", "ZWE"),
        ),
        # warships arriving near a place show force (150), a minister arriving visits (042)
        (
            "MANILA, June 3 (Wire) - Three Chinese warships arrived near the disputed reef.",
            ("150", "CHN", "PHL"),
        ),
        ("MANILA, June 3 (Wire) - The Chinese foreign minister arrived in Manila.", ("042", "CHN", "PHL")),
        # a pause declared or announced in fighting is a truce (0871)
        ("BOGOTA, June 3 (Wire) - Colombia's ELN rebels declared a two-week pause.", ("0871", "COL", "COL")),
        (
            "BOGOTA, June 3 (Wire) - Colombia's ELN rebels announced a pause in fighting.",
            ("0871", "COL", "COL"),
        ),
        # a leader fleeing into exile gives up power (0831), not a flight of refugees
        (
            "BAMAKO, June 3 (Wire) - The ousted Malian president fled into exile in Senegal.",
            ("0831", "MLI", "SEN"),
        ),
        # troops engaging armed criminals they name fight them (190)
        (
            "ABUJA, June 3 (Wire) - Nigerian troops engaged the kidnappers in a forest near Kaduna.",
            ("190", "NGA", "NGA"),
        ),
        # forces placed on alert: a raised alert (152)
        (
            "SEOUL, June 3 (Wire) - North Korea placed its artillery units on high alert.",
            ("152", "PRK", "KOR"),
        ),
    ],
)
def test_rows_code_the_missed_wordings(pipeline: Pipeline, text: str, expected: Dyad) -> None:
    assert expected in _coded(pipeline, text)


def test_tools_downed_stay_a_strike(pipeline: Pipeline) -> None:
    codes = [
        c for c, _, _ in _coded(pipeline, "HARARE, June 3 (Wire) - The workers downed tools on Tuesday.")
    ]
    assert codes == ["143"]


def test_shells_crashing_into_a_place_are_artillery_fire(pipeline: Pipeline) -> None:
    coded = _coded(pipeline, "ODESA, June 3 (Wire) - Two shells crashed into a school in Odesa.")
    assert [c[:3] for c, _, _ in coded] == ["194"]
    assert coded[0][1:] == ("UKR", "UKR")


def test_critics_slamming_a_plan_is_no_attack(pipeline: Pipeline) -> None:
    coded = _coded(pipeline, "ODESA, June 3 (Wire) - Ukrainian critics slammed the Russian plan.")
    assert all(c[:2] not in ("18", "19") for c, _, _ in coded)


@pytest.mark.parametrize(
    "text",
    [
        "LAGOS, June 3 (Wire) - Missiles struck a Nigerian army base near Maiduguri.",
        "ODESA, June 3 (Wire) - Rockets slammed into a suburb of Odesa.",
    ],
)
def test_a_capitalised_weapon_opening_the_sentence_is_an_attack_with_nobody_named(
    pipeline: Pipeline, text: str
) -> None:
    events = [e for e in events_of(pipeline, text, _DAY) if e.root in ("18", "19")]
    assert len(events) == 1
    assert events[0].source.country in ("NGA", "UKR")
    assert events[0].source.role is None  # (nobody named: the place's country, not its forces)


def test_mend_thing_subjects_retags_only_sentence_openers(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("KYIV, June 3 (Wire) - Rockets hit the city. Officials said Rockets United won.")
    words = lexicon().event_subjects
    first = next(t for t in doc if t.text == "Rockets")
    thing_subjects.mend_thing_subjects(doc, words)
    assert (first.pos_, first.lemma_) in (("NOUN", "rocket"),)
    later = [t for t in doc if t.text == "Rockets"][1]
    assert later.lemma_ != "rocket" or later.pos_ != "NOUN" or later.dep_ not in ("nsubj", "nsubjpass")


def test_a_named_actor_opening_the_sentence_is_left_alone(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Hamas fired rockets at the town.")
    before = [(t.pos_, t.lemma_) for t in doc]
    thing_subjects.mend_thing_subjects(doc, lexicon().event_subjects)
    assert [(t.pos_, t.lemma_) for t in doc] == before


def test_a_date_after_on_names_no_doer_of_an_event_noun(pipeline: Pipeline) -> None:
    # the "of" phrase is the victim, so the victim's state is never the killer
    text = "TEHRAN, June 3 (Wire) - Iran said the killing of its diplomat in Quetta on Tuesday was a crime."
    assert not [d for d in _coded(pipeline, text) if d[0][:2] == "18" and d[1] == "IRN"]


def test_the_killing_of_a_person_by_a_party_is_its_assault(pipeline: Pipeline) -> None:
    text = "TEHRAN, June 3 (Wire) - The killing of an Iranian diplomat by Pakistani gunmen was confirmed."
    assert ("180", "PAK", "IRN") in _coded(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # let a person leave the country: a release by the letter (0841)
        (
            "NAIROBI, June 3 (Wire) - Kenya let the British aid worker leave the country.",
            [("0841", "KEN", "GBR")],
        ),
        # an agentless passive "were let go": the state holding its own nationals releases them
        ("Kenya said two Kenyan prisoners were let go on Monday.", [("0841", "KEN", "KEN")]),
        # a ship let leave a port is no person freed
        ("NAIROBI, June 3 (Wire) - Kenya let the Greek ship leave the port.", []),
        # "let go by" a party is left to the agent rules: no state is guessed
        ("Two Kenyan prisoners were let go by the rebels on Monday.", []),
    ],
)
def test_letting_a_person_leave_releases_them(pipeline: Pipeline, text: str, expected: list[Dyad]) -> None:
    assert [d for d in _coded(pipeline, text) if d[0].startswith("084")] == expected


def test_bombs_tearing_through_a_place_in_a_time_clause_are_an_attack(pipeline: Pipeline) -> None:
    text = (
        "DHAKA, June 3 (Wire) - Bangladesh closed its schools after bombs tore through two mosques in Dhaka, "
        "killing 40 people."
    )
    coded = _coded(pipeline, text)
    assert [c for c in coded if c[0][:2] == "18"] == [("180", "BGD", "BGD")]


def test_a_storm_tearing_through_a_town_stays_no_attack(pipeline: Pipeline) -> None:
    text = "DHAKA, June 3 (Wire) - Bangladesh closed its schools after a cyclone tore through the coast."
    assert not [c for c in _coded(pipeline, text) if c[0][:2] in ("18", "19")]
