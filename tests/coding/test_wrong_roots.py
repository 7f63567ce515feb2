"""Right parties, wrong root (issue 10, tenth session, errroot): the object, the complement or the
clause decides the code. Coercive measures promised are threats; ending cooperation reduces relations;
military vehicles destroyed are force; "called X ... a Y" with the complement hung inside X is a
judgement, and a raid is no party to telephone; insisting on a fact is a statement; encouraging a group
to act is an appeal; a plant in a city is seized as property; an outlook beside a second reported clause
still codes; a conference hosted is a meeting; charges against another state's people accuse it; a
rescue team digging is aid; a passive's air strikes are aerial weapons; a device detonated at a test
range is a nuclear test. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.coding import charged, encouraged, insisted, judged_appos
from newsevents.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded(pipeline, text, "2011-06-07")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coercive measures promised: a threat of sanctions (1312), not an intent to cooperate (030)
        ("France's president promised further sanctions against Iran.", [("1312", "FRA", "IRN")]),
        ("Britain vowed sanctions against Belarus.", [("1312", "GBR", "BLR")]),
        # an easing promised stays an intent to ease (0354)
        ("Germany promised to lift the sanctions on Iran.", [("0354", "DEU", "IRN")]),
        # a promise coordinated inside the reported clause is the speaker's (speaker_verbs)
        (
            "Peru's president said Chile's move was a disgrace and promised further sanctions.",
            [("1312", "PER", "CHL"), ("111", "PER", "CHL")],
        ),
        ("Peru said Chile's decree was a crude land grab.", [("111", "PER", "CHL")]),
        ("Togo ended its security cooperation with Ghana on Monday.", [("160", "TGO", "GHA")]),
        ("Chilean troops destroyed several Peruvian army tanks.", [("190", "CHL", "PER")]),
        ("A clinic in Idlib was destroyed by Syrian air strikes on Wednesday.", [("195", "SYR", "SYR")]),
        # devices detonated at a test range, or a nuclear device: a nuclear test, a show of force (150)
        ("France detonated two devices at its Pacific test site on Tuesday.", [("150", "FRA", "FRA")]),
        ("North Korea detonated a nuclear device on Sunday.", [("150", "PRK", "PRK")]),
    ],
)
def test_object_decides_the_root(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the complement hung as an apposition of the last noun of the object: a judgement, no call
        (
            "Chile's president called the Peruvian raid on a Bolivian-led relief convoy a bloody massacre.",
            [("111", "CHL", "PER")],
        ),
        # a person as the object stays a telephone call
        ("Chile's president called the Peruvian ambassador on Monday.", [("041", "CHL", "PER")]),
    ],
)
def test_called_x_a_y(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana's envoy insisted her government had always respected the border.", [("010", "GHA", "GHA")]),
        # a subjunctive or an obligation stays a demand
        ("Ecuador insisted Colombia pay compensation.", [("100", "ECU", "COL")]),
        ("Chile insisted that Peru must withdraw its troops.", [("100", "CHL", "PER")]),
        ("Chile insisted that Peru had to withdraw its troops.", [("100", "CHL", "PER")]),
    ],
)
def test_insisting_on_a_fact_is_a_statement(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway's foreign minister encouraged the Andean states to settle their quarrel peacefully.",
            [("020", "NOR", None)],
        ),
        # encouraging a thing stays endorsement
        ("Brazil encouraged the economic reforms in Argentina.", [("051", "BRA", "ARG")]),
    ],
)
def test_encouraging_a_party_to_act(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the city is where the plant is: confiscation (1711), not the taking of a town (192)
        (
            "Bolivian authorities seized a Brazilian-owned factory in the mining town of Oruro.",
            [("1711", "BOL", "BRA")],
        ),
        ("Bolivian rebels seized the city of Santa Cruz.", [("192", "BOL", "BOL")]),
    ],
)
def test_phrase_of_place_is_not_the_object(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru said it was very disappointed by Chile's decision and that its president was "
            "reviewing the accord.",
            [("111", "PER", "CHL")],
        ),
        (
            "A regional conference, jointly hosted by Brazil and France, began on Friday.",
            [("043", "BRA", "FRA")],
        ),
        ("Chile pledged to cooperate with Peru against the drug gangs.", [("032", "CHL", "PER")]),
        (
            "Italian prosecutors charged four Egyptian officers with the abduction of a student.",
            [("112", "ITA", "EGY")],
        ),
        # charging one's own people stays 173
        ("Norwegian police charged a Norwegian man over the bombing.", [("173", "NOR", "NOR")]),
        (
            "A Japanese rescue team was digging through rubble in the Turkish town of Antakya.",
            [("073", "JPN", "TUR")],
        ),
    ],
)
def test_rows_and_rules_for_other_roots(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


def test_rules_are_declared() -> None:
    steps = {charged.FOREIGN_CHARGE, encouraged.ENCOURAGED_ACT, insisted.INSISTED_FACT}
    assert steps == {"code:foreign-charge", "trigger:encouraged-act", "trigger:insisted-fact"}
    assert callable(judged_appos.closing_appos)
