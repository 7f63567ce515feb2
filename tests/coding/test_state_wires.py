"""Shapes of Asia-Pacific state agencies and translated wires (issue 10, probe set pasia): a message as
the subject of its act stands for its issuer; a main verb the parser hangs as a participle on a long
subject takes that subject (coding/stand_ins.py); first-person speech acts inside quotes are the act
(coding/generic.py); "cannot help but X" asserts X (coding/cannot_but.py); intruding said of a party
accuses it, dying of wounds is no yielding, a withdrawal from a treaty reduces relations
(verbs.curated.tsv, words.toml); "Ha Noi" is Vietnam's capital. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded, events_of

from newsevents.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded(pipeline, text, "2012-04-11")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the issuer is the subject of the clause that issued a statement before
        (
            "The government of Laos issued a statement on Monday. The statement denounced the raid by Thai "
            "troops.",
            [("010", "LAO", "LAO"), ("111", "LAO", "THA")],
        ),
        (
            "The government of Laos issued a statement on Monday. The said statement rejected the claims of "
            "Thailand.",
            [("016", "LAO", "THA")],
        ),
        # a long subject between commas: the parser hangs "called" on it as a participle
        (
            "Samdech Akka Moha Sena Padei Techo Hun Manet, Prime Minister of Cambodia, called on the Thai "
            "government to pull its soldiers back from the frontier.",
            [("020", "KHM", "THA")],
        ),
        (
            "Indonesian President Joko Widodo, who followed the signing from the Merdeka Palace in Jakarta, "
            "called on Malaysia to release the fishermen.",
            [("020", "IDN", "MYS")],
        ),
    ],
)
def test_stand_in_sources(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We urge Japan to stop the release," the Chinese foreign minister said.', [("020", "CHN", "JPN")]),
        (
            '"We strongly condemn this attack by Thailand," the Cambodian foreign minister said.',
            [("111", "KHM", "THA")],
        ),
        # an act in the third person inside a quote stays rhetoric
        ('"Lima is waging a war on its own people," the Bolivian minister told the court.', []),
    ],
)
def test_first_person_speech_acts_in_quotes(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seoul cannot help but condemn the visit by the Japanese leader.", [("111", "KOR", "JPN")]),
        ("Beijing could not but express strong indignation at the move by Tokyo.", [("110", "CHN", "JPN")]),
        # "help" with someone helped keeps its own sense: a refusal, and the act after "but" besides
        ("Seoul will not help Tokyo but will condemn it.", [("120", "KOR", "JPN"), ("111", "KOR", "JPN")]),
    ],
)
def test_cannot_help_but(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Thai army spokesman said Cambodian troops had intruded into Thai territory.",
            [("112", "THA", "KHM")],
        ),
        ("Chinese patrol boats intruded into the disputed waters on Sunday.", []),
        ("Two soldiers later succumbed to their injuries in hospital.", []),
        ("North Korea announced its withdrawal from the nuclear treaty.", [("161", "PRK", None)]),
        # (a state's protest made TO another state is an official complaint, 114, as the corpus codes
        # diplomatic protests; the test is of "Ha Noi" as Vietnam's capital)
        ("Ha Noi protested to Beijing over the oil rig.", [("114", "VNM", "CHN")]),
    ],
)
def test_wire_vocabulary(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


def test_present_progressive_takes_the_filing_day(pipeline: Pipeline) -> None:
    text = (
        "NEW DELHI, June 16 - Indian and Chinese troops clashed in the valley on Monday night. Army "
        "commanders from both countries are meeting near the site to ease tension, the ministry said."
    )
    found = [
        (e.cameo, e.source.country, e.target.country if e.target else None, e.date)
        for e in events_of(pipeline, text, "2020-06-16")
    ]
    assert found == [("190", "IND", "CHN", "2020-06-15"), ("040", "IND", "CHN", "2020-06-16")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every gerund of the ground is the accuser's account, not an act told
        (
            "Islamabad accused Indian rangers of entering its territory and provoking Pakistani guards.",
            [("112", "PAK", "IND")],
        ),
        # a finite verb the parser hangs on the ground is an act of its own
        (
            "A Turkish court convicted the American pastor of spying but released him for time served.",
            [
                ("116", "TUR", "USA"),
                ("084", "TUR", "USA"),
            ],
        ),
    ],
)
def test_conjoined_grounds_of_an_accusation(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected
