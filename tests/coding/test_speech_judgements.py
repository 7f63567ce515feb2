"""Judgements whose word of tone the lists lacked, hyphenated words of tone read whole, and envoys and troops
brought home (twenty-sixth session, `speech`). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import coded, kept_triggers

from newsevents.coding import judgement
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a hyphenated word of blame, which the parser splits into three tokens
        ("The Polish foreign ministry called the expulsions short-sighted.", "111"),
        ("Lisbon called the tariff plan ill-conceived.", "111"),
        ("The opposition called the accord a capitulation.", "111"),
        ("Quito called the new bill deeply flawed.", "111"),
        ("The senator called the count a pantomime.", "111"),
        ("Oslo called the pact a feat of diplomacy.", "051"),
        ("The minister called Chile a true friend.", "051"),
    ],
)
def test_called_judgement_takes_its_code_from_the_tone(pipeline: Pipeline, text: str, code: str) -> None:
    found = kept_triggers(pipeline, text)
    assert [(w, c) for w, c, _s in found] == [("called", code)]
    assert judgement.CALLED_JUDGEMENT in found[0][2]


def test_a_word_with_a_hyphen_of_no_tone_is_no_judgement(pipeline: Pipeline) -> None:
    # "well-known" is no word of tone: what "called" makes of the sentence is left to the patterns
    found = kept_triggers(pipeline, "The minister called the plan well-known.")
    assert all(judgement.CALLED_JUDGEMENT not in steps for _w, _c, steps in found)


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        ("Norway brought its ambassador home from Caracas on Monday.", "161", "NOR"),
        ("Spain brought home its troops from Iraq in May.", "0874", "ESP"),
    ],
)
def test_envoys_and_troops_brought_home(pipeline: Pipeline, text: str, code: str, source: str) -> None:
    assert [(c, s) for c, s, _t in coded(pipeline, text, "2005-06-01")] == [(code, source)]


@pytest.mark.parametrize(
    "text",
    [
        "The Greek opposition said the raids were an attack on press freedom.",
        "Kyiv said the cut-off was an attempt to punish the country.",
        "Lima said the ruling was part of a campaign to silence dissent.",
    ],
)
def test_reported_attack_on_a_value_or_aim_to_harm_is_criticism(pipeline: Pipeline, text: str) -> None:
    found = kept_triggers(pipeline, text)
    assert ("said", "111") in [(w, c) for w, c, _s in found]
    assert any(judgement.REPORTED_JUDGEMENT in steps for w, _c, steps in found if w == "said")


@pytest.mark.parametrize(
    "text",
    [
        # an aim of no harm, and an attack on a place, blame nothing by themselves
        "Kyiv said the talks were an attempt to end the war.",
        "Lima said the raid was an attack on a border post.",
    ],
)
def test_aims_of_no_harm_and_attacks_on_places_are_no_judgement(pipeline: Pipeline, text: str) -> None:
    found = kept_triggers(pipeline, text)
    assert all(judgement.REPORTED_JUDGEMENT not in steps for _w, _c, steps in found)


@pytest.mark.parametrize("verb", ["said", "told reporters"])
def test_a_passive_to_come_a_state_tells_is_its_own_act(pipeline: Pipeline, verb: str) -> None:
    # (announced_passive.py: "tell" reports a decision as "say" does)
    text = f"Peru {verb} the Iranian envoy would be expelled."
    assert [(c[:2], s, t) for c, s, t in coded(pipeline, text, "2005-06-01")] == [("13", "PER", "IRN")]
