"""Root near-misses (issue 10, eighth session, pnear): one verb, two roots, and what decides between them
is the object or the reported clause. Control of a firm or its plant seized is confiscation (1711), of a
town the occupation of territory (192); a siege lifted eases a blockade (0872), a siege or enemy lines
broken is fighting (190); charges rejected as baseless are a denial (016), a proposal rejected a
rejection (12); a warning of what may befall is a pessimistic comment (012), a warning of what someone
will do a threat (130). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.coding import forecast
from newsevents.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded(pipeline, text, "2015-05-06")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object's kind: a firm's plant or fields against a town
        (
            "Venezuela seized control of the oil refinery owned by an American firm on Tuesday.",
            ("1711", "VEN", "USA"),
        ),
        (
            "Bolivian soldiers occupied gas fields owned by Brazil's Petrobras on Tuesday.",
            ("1711", "BOL", "BRA"),
        ),
        ("Ecuadorean troops seized control of the Colombian border town on Tuesday.", ("192", "ECU", "COL")),
        # a siege lifted against a siege broken
        ("Ecuador lifted the siege of the Colombian embassy on Tuesday.", ("0872", "ECU", "COL")),
        ("Ecuadorean troops broke the rebel siege of Quito on Tuesday.", ("190", "ECU", "ECU")),
        ("Ecuadorean troops broke through rebel lines on Tuesday.", ("190", "ECU", "ECU")),
        # charges rejected as baseless against a proposal rejected
        ("Chile rejected as baseless suggestions by Peru that it had spied on Lima.", ("016", "CHL", "PER")),
        ("Chile rejected Peru's proposal for talks on Tuesday.", ("125", "CHL", "PER")),
    ],
)
def test_the_object_decides_the_root(pipeline: Pipeline, text: str, expected: Coded) -> None:
    assert _events(pipeline, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what may befall, to nobody in particular: a pessimistic comment
        (
            "Bolivia's president warned on Friday that the nation faced the risk of civil war.",
            ("012", "BOL", "BOL"),
        ),
        (
            "Kenya's finance minister warned on Monday that a weak shilling could hurt importers.",
            ("012", "KEN", "KEN"),
        ),
        # force, a condition, or an addressee: a threat
        ("Chile warned on Tuesday that any incursion would be met with force.", ("130", "CHL", None)),
        (
            "Chile warned on Tuesday that it would not stand idle if Bolivia moved troops to the border.",
            ("130", "CHL", "BOL"),
        ),
        ("Chile warned Bolivia against any incursion.", ("130", "CHL", "BOL")),
    ],
)
def test_a_warning_of_what_may_befall_is_a_comment(pipeline: Pipeline, text: str, expected: Coded) -> None:
    assert _events(pipeline, text) == [expected]


def test_forecast_words_load() -> None:
    words = forecast.forecast_words()
    assert "warn" in words.verbs
    assert {"force", "respond", "consequence"} <= words.threat_words
    assert "if" in words.conditions


def test_on_with_a_day_is_no_call_on(pipeline: Pipeline) -> None:
    # "on Sunday" says when: "called X Y on Sunday" is no appeal (a "call on"), whatever else it is (a
    # judgement of the killing: "the killing a tragic mistake" parses as one phrase, coding/judged_split.py)
    found = _events(pipeline, "Ecuador's foreign minister called the killing a tragic mistake on Sunday.")
    assert not any(c[0].startswith("02") for c in found)
    assert _events(pipeline, "Ecuador's president called on Peru on Sunday to withdraw its troops.") == [
        ("020", "ECU", "PER")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a diplomat of any rank expelled reduces relations; the bare verb stays an expulsion of people
        ("Pakistan expelled India's high commissioner on Wednesday.", ("161", "PAK", "IND")),
        ("Pakistan expelled two Indian consular officials on Wednesday.", ("161", "PAK", "IND")),
        ("Pakistan expelled two Indian journalists on Wednesday.", ("174", "PAK", "IND")),
    ],
)
def test_expelled_diplomats_of_any_rank(pipeline: Pipeline, text: str, expected: Coded) -> None:
    assert _events(pipeline, text) == [expected]


def test_captured_soldiers_returned_are_released(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Pakistan returned two captured Indian soldiers on Tuesday.") == [
        ("0841", "PAK", "IND")
    ]
    # soldiers sent back to barracks are no release (the converted '---' row)
    assert _events(pipeline, "Pakistan returned its soldiers to their barracks on Tuesday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party wished to act: the wisher's appeal to it, coded by the act asked for; no act of the party
        ("Chile wanted Peru to withdraw its troops from the border.", [("0256", "CHL", "PER")]),
        ("Chile wants Peru to release the fishermen.", [("0253", "CHL", "PER")]),
        # wanting to act oneself stays the act's intent
        ("Chile said it wanted to hold talks with Peru.", [("036", "CHL", "PER")]),
        # wanting a party (back): an appeal, not intent
        ("Britain's foreign secretary said London wanted them back without delay.", [("020", "GBR", None)]),
    ],
)
def test_a_party_wished_to_act_is_appealed_to(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


def test_a_missile_fired_on_a_day_is_a_test(pipeline: Pipeline) -> None:
    # "on Monday" is no target: a ballistic missile fired with none is a show of force, not an attack
    assert _events(pipeline, "Pyongyang fired a ballistic missile on Monday.") == [("150", "PRK", "PRK")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agreement signed is the act, not an intent to cooperate; agreeing to sign one is the intent
        ("Chile and Peru signed a trade agreement on Tuesday.", [("057", "CHL", "PER")]),
        ("Chile and Peru signed a military agreement on Tuesday.", [("062", "CHL", "PER")]),
        ("Chile and Peru agreed on Tuesday to sign a trade agreement next month.", [("030", "CHL", "PER")]),
    ],
)
def test_an_agreement_signed_is_no_intent(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


def test_a_warning_that_an_act_would_mean_war_stays_a_threat(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Chile warned on Tuesday that a similar raid would mean war.") == [
        ("130", "CHL", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place captured is territory taken, whoever takes it; people captured by rebels are abducted
        ("Nicaraguan rebels captured the port of Bluefields on Tuesday.", [("192", "NIC", "NIC")]),
        ("Ecuadorean troops captured the Peruvian airport on Tuesday.", [("192", "ECU", "PER")]),
        ("Nicaraguan rebels captured two government soldiers on Tuesday.", [("181", "NIC", "NIC")]),
    ],
)
def test_a_place_captured_is_territory(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


def test_a_port_seized_is_territory_a_boat_seized_property(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Nicaraguan rebels seized the port of Bluefields on Tuesday.") == [
        ("192", "NIC", "NIC")
    ]
    assert _events(pipeline, "Venezuelan troops seized a Guyanese fishing boat on Tuesday.") == [
        ("1711", "VEN", "GUY")
    ]
