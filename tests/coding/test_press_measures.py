"""Measures against the press and its reporters (verbs.curated.tsv, ne.pmedia rows): suspending an outlet or
its broadcasts is censorship (1721) even when the outlet is named with its country; revoking a reporter's
accreditation, credentials or press card is an administrative sanction (172); refusing accreditation is a
refusal (120). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nepal suspended the broadcasts of an Indian channel.", ("1721", "NPL", "IND")),
        ("Mali suspended the French broadcasters on Thursday.", ("1721", "MLI", "FRA")),
        ("Bolivia suspended the weekly on Monday.", ("1721", "BOL", "BOL")),
        ("Kenya revoked the press credentials of two British reporters on Friday.", ("172", "KEN", "GBR")),
        ("Peru revoked the accreditation of a Chilean correspondent.", ("172", "PER", "CHL")),
        ("Chile refused accreditation to two Peruvian reporters.", ("120", "CHL", "PER")),
    ],
)
def test_press_measures(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert coded(pipeline, text, "2016-04-05") == [expected]


def test_a_suspended_member_state_stays_reduced_relations(pipeline: Pipeline) -> None:
    # the bare @actor row still codes a body suspending a state
    assert coded(pipeline, "The African Union suspended Mali.", "2016-04-05") == [("160", None, "MLI")]


@pytest.mark.parametrize(
    "text",
    ["The International Olympic Committee suspended Peru from the Games.", "UEFA suspended Peru."],
)
def test_sports_bodies_are_non_state_sources(pipeline: Pipeline, text: str) -> None:
    # the IOC, UEFA, FIFA, the IPC and WADA are curated bodies (tools/curated_actors.jsonl): a source '*'
    assert coded(pipeline, text, "2016-04-05") == [("160", None, "PER")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to" hung on the object handed over, or on the verb as a dative: the recipient still beats the
        # country the artefacts are named after (coding/diplomacy.py, recipients)
        ("Britain handed back the Ghana gold weights to Senegal.", ("084", "GBR", "SEN")),
        (
            "Germany handed over 20 Benin Bronzes to Nigeria on Tuesday, the first of 1,100 artefacts.",
            ("084", "DEU", "NGA"),
        ),
    ],
)
def test_a_returned_artefact_goes_to_its_recipient(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert coded(pipeline, text, "2016-04-05") == [expected]


def test_press_cards_handed_back_release_nobody(pipeline: Pipeline) -> None:
    # reporters giving up their own papers release nobody: no 084 (ne.pmedia.17-20)
    text = "The Chilean reporters handed back their press cards on Monday."
    assert coded(pipeline, text, "2016-04-05") == []
