"""Economic statecraft that the pecon probe set showed the coder lacking, on sentences written for these
tests (issue 10, eleventh session): supplies and shipments cut off, a state's own tax or tariff rescinded,
a party taken off a list, tariffs answered with or collected, a bloc quit (rows ``ne.pecon.*`` in
verbs.curated.tsv); a complaint to a body of no state aimed at the state whose measure it is about
(``target:complaint-over-measure``); "called the move hostile" with the adjective hung after the object
(``judged_appos.closing_complement``); co-speakers who protest side by side (``target:co-speakers``); a
titled official placed by a fronted "In <city>," (``actors/people.py``); and market reports that are no
act (``modality:market-move``). Each case states every event the text gives, so an extra or wrong event
fails."""

from __future__ import annotations

import pytest
from coding_helpers import RoleCoded as Coded
from coding_helpers import coded_with_roles, events_of

from newsevents.pipeline import Pipeline

_DAY = "2021-06-04"  # a Friday


def _coded(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded_with_roles(pipeline, text, _DAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # energy and goods cut off: an embargo on the goods (163)
        ("Moscow halted gas supplies to Armenia on Tuesday.", [("163", "RUS", "GOV", "ARM")]),
        ("Algeria cut off supplies to Morocco on Tuesday.", [("163", "DZA", "GOV", "MAR")]),
        ("Beijing stopped shipments of rare earths to Tokyo on Tuesday.", [("163", "CHN", "GOV", "JPN")]),
        # one's own tax rescinded is yielding (080); tariffs repealed ease a sanction (085)
        ("Kenya rescinded its levy on Tanzanian tea on Tuesday.", [("080", "KEN", "GOV", "TZA")]),
        ("Kenya repealed its tariffs on Ugandan sugar on Tuesday.", [("085", "KEN", "GOV", "UGA")]),
        # a party taken off a list eases the measures on it (081); people removed from a square are not
        (
            "Washington removed Cuba from its list of state sponsors of terrorism on Tuesday.",
            [("081", "USA", "GOV", "CUB")],
        ),
        ("Police removed protesters from the square in Lima on Tuesday.", [("174", "PER", "COP", "PER")]),
        # tariffs answered with, responded with, collected: a sanction (163)
        ("Bolivia answered with duties on Chilean wine on Tuesday.", [("163", "BOL", "GOV", "CHL")]),
        ("Bolivia responded with tariffs on Argentine beef on Tuesday.", [("163", "BOL", "GOV", "ARG")]),
        ("Peru began collecting duties on Chilean wine on Tuesday.", [("163", "PER", "GOV", "CHL")]),
        # a state quitting a bloc cuts its ties (161), no leader stepping down
        ("Niger said on Tuesday it was quitting the bloc.", [("161", "NER", "GOV", None)]),
    ],
)
def test_pecon_rows(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _coded(pipeline, text) == expected


def test_complaint_over_measure_is_aimed_at_its_maker(pipeline: Pipeline) -> None:
    text = (
        "Chile filed a complaint with the World Trade Organization on Tuesday over the tariffs Peru "
        "imposed on its copper in May."
    )
    events = events_of(pipeline, text, _DAY)
    assert [(e.cameo, e.source.country, e.target.country if e.target else None, e.date) for e in events] == [
        ("114", "CHL", "PER", "2021-06-01"),
        ("163", "PER", "CHL", "2021-05"),
    ]
    assert "target:complaint-over-measure" in events[0].evidence.steps


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the adjective the parser hung after the object is the judgement's complement
        (
            "Quito called the Peruvian move hostile to its farmers and its exporters on Tuesday.",
            [("111", "ECU", "GOV", "PER")],
        ),
        # calling a measure a reprisal blames its maker
        ("Uruguay called the embargo a reprisal on Tuesday.", [("111", "URY", "GOV", None)]),
    ],
)
def test_called_hostile(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _coded(pipeline, text) == expected


def test_co_speakers_protest_the_third_party(pipeline: Pipeline) -> None:
    text = "Ecuador imposed duties on Colombian goods on Monday. Colombia and Peru also protested."
    assert _coded(pipeline, text) == [
        ("163", "ECU", "GOV", "COL"),
        ("114", "COL", "GOV", "ECU"),  # (a government's protest is a formal complaint: official_protest.py)
        ("114", "PER", "GOV", "ECU"),
    ]


def test_fronted_place_gives_a_titled_official_country(pipeline: Pipeline) -> None:
    text = (
        "BUENOS AIRES, June 3 (Wire) - Argentina seized the oil company's local unit on Thursday. "
        "In Madrid, Industry Minister Jorge Vidalmonte condemned the move."
    )
    assert _coded(pipeline, text) == [("1711", "ARG", "GOV", "ARG"), ("111", "ESP", "GOV", "ARG")]


@pytest.mark.parametrize(
    "text",
    [
        "The rupee and the Indian stock market rallied on Tuesday.",
        "Shares in Lagos plunged on Tuesday after the central bank raised rates.",
    ],
)
def test_market_moves_are_no_act(pipeline: Pipeline, text: str) -> None:
    assert _coded(pipeline, text) == []


def test_farmers_rallying_still_protest(pipeline: Pipeline) -> None:
    text = "Thousands of farmers rallied in Lima on Tuesday."
    assert _coded(pipeline, text) == [("141", "PER", "AGR", "PER")]


def test_act_announced_in_the_future_is_a_threat(pipeline: Pipeline) -> None:
    # the noun is the object of the announcing verb: its modal makes the act intended, a coercive one a
    # threat (1312); announced in the past it is the act itself (163)
    text = "Peru said on Tuesday it would announce new tariffs on Chilean goods."
    assert _coded(pipeline, text) == [("1312", "PER", "GOV", "CHL")]
    assert _coded(pipeline, "Washington announced sanctions on Caracas on Tuesday.") == [
        ("163", "USA", "GOV", "VEN")
    ]
