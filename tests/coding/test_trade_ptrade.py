"""Trade disputes that the ptrade probe set showed the coder lacking, on sentences written for these tests
(issue 10, thirty-first round): a dispute taken to or challenged at the WTO is a case against the other
state (115, rows ``ne.ptrade.*`` and ``target:complaint-forum``; announced, a threat: 130); a complaint
against a state's measure that is no event of its own aimed at its owner
(``target:complaint-against-party``); talks terminated (164); tariffs removed or lifted (085); quotas
reimposed and imports restricted (163); a measure told as what a signed order does, by the signer
(``coding/enacted_order.py``); tariffs lifted to a rate (163); a partnership left (161); trade privileges
taken away (163); a ruling accepted (051) or not accepted (120); water released into the sea (no event).
Each case states every event the text gives, so an extra or wrong event fails."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded, events_of

from newsevents.pipeline import Pipeline

_DAY = "2022-03-11"  # a Friday


def _coded(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded(pipeline, text, _DAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dispute taken to the WTO, or a measure challenged there: a case against the other state (115),
        # announced a threat (130, intent.tsv)
        (
            "Ghana said it would take the dispute with Togo to the World Trade Organization.",
            [("130", "GHA", "TGO")],
        ),
        ("Uruguay said it would challenge Argentina's duties at the WTO.", [("130", "URY", "ARG")]),
        (
            "Kenya raised duties on Tanzanian maize on Monday. Tanzania said it would consider taking the "
            "case to the World Trade Organization.",
            [("163", "KEN", "TZA"), ("130", "TZA", "KEN")],
        ),
        # a complaint against a state's measure named only by its owner
        (
            "Peru lodged a complaint with the World Trade Organization on Tuesday against Chile's limits on "
            "its fishmeal.",
            [("114", "PER", "CHL")],
        ),
        # talks terminated: negotiations halted (164)
        (
            "The Thai premier said on Tuesday he had terminated all trade talks with Laos.",
            [("164", "THA", "LAO")],
        ),
        # tariffs removed or lifted ease a sanction (085)
        ("Zambia lifted its tariffs on Malawian sugar on Tuesday.", [("085", "ZMB", "MWI")]),
        ("Zambia removed its duties on Malawian sugar on Tuesday.", [("085", "ZMB", "MWI")]),
        # quotas reimposed, imports restricted: an embargo on the goods' state (163)
        ("Brazil reimposed quotas on Argentine shoes on Tuesday.", [("163", "BRA", "ARG")]),
        ("Egypt restricted imports of Sudanese cattle on Tuesday.", [("163", "EGY", "SDN")]),
        # a measure a signed order enacts is the signer's
        (
            "President Vladimir Putin signed a decree on Tuesday imposing duties on Latvian timber.",
            [("163", "RUS", "LVA")],
        ),
        (
            "Prime Minister Shehbaz Sharif signed an order imposing tariffs on imports from Afghanistan "
            "and Iran.",
            [("163", "PAK", "AFG"), ("163", "PAK", "IRN")],
        ),
        # tariffs lifted TO a rate are raised (163); a state taken out of a partnership leaves a pact (161)
        ("Zambia lifted its tariffs on Malawian sugar to 40 percent on Tuesday.", [("163", "ZMB", "MWI")]),
        ("Kenya withdrew from the East African trade partnership on Tuesday.", [("161", "KEN", None)]),
        # trade privileges or preferences taken away are a sanction (163); threatened, a threat (1312)
        ("Canberra suspended Fiji's trade preferences on Tuesday.", [("163", "AUS", "FJI")]),
        (
            "Japan will end duty-free access for Peruvian fish unless Lima lifts its ban on Japanese cars, "
            "the trade ministry said on Tuesday.",
            [("1312", "JPN", "PER")],
        ),
        # a ruling accepted is endorsed (051); not accepted, it is rejected (120)
        ("Bolivia accepted the ruling on Tuesday.", [("051", "BOL", None)]),
        ("The Chilean trade ministry said it did not accept the ruling.", [("120", "CHL", None)]),
        # water let into the sea is no release of persons
        ("Japan began releasing treated water into the sea on Tuesday.", []),
    ],
)
def test_trade_dispute_shapes(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _coded(pipeline, text) == expected


def test_complaint_against_party_records_its_step(pipeline: Pipeline) -> None:
    events = events_of(
        pipeline,
        "Peru lodged a complaint with the WTO on Tuesday against Chile's limits on its fishmeal.",
        _DAY,
    )
    assert [e.evidence.steps for e in events if e.root == "11"] and all(
        "target:complaint-against-party" in e.evidence.steps for e in events if e.root == "11"
    )
