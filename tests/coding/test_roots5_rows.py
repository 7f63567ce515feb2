"""Rows of the thirty-third round on the weakest roots (``ne.roots5.*`` in coding/data/verbs.curated.tsv):
patrol and coast guard ships sent and forces ordered to a place are forces moved (154), people held by a
non-state armed group are hostages (181). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam sent four patrol ships to waters off the Paracel islands on Tuesday.", ("154", "VNM")),
        ("The Indonesian navy deployed two patrol vessels near the Natuna islands.", ("154", "IDN")),
        ("The Nepali prime minister ordered paramilitary forces to the Indian border.", ("154", "NPL")),
        ("Ecuador's president ordered special forces to the Peruvian frontier on Friday.", ("154", "ECU")),
    ],
)
def test_patrol_ships_sent_and_forces_ordered_to_a_place_are_posture(
    pipeline: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    found = [(code, source) for code, source, _target in coded(pipeline, text, "2022-03-10")]
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Somali pirates held 19 Thai fishermen for two years.",
        "Twenty Turkish engineers were held by Libyan militants for a month.",
    ],
)
def test_people_held_by_armed_groups_are_hostages(pipeline: Pipeline, text: str) -> None:
    found = coded(pipeline, text, "2022-03-10")
    assert [c[0] for c in found] == ["181"], found


def test_people_held_by_police_stay_detained(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Tunisian police held 30 Libyan migrants in Sfax on Monday.", "2022-03-10")
    assert [c[0] for c in found] == ["173"], found
