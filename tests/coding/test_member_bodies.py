"""A state leaving a body of states it belonged to (issue 10, thirteenth round): rows ``ne.member.*`` of
``verbs.curated.tsv`` over the synonym set ``MEMBER_BODY`` (``synsets.curated.tsv``) code leaving,
quitting, exiting or withdrawing from such a body as reducing ties (161); the same verbs with a place or a
meeting as object keep their old reading. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import coded_with_roles

from newsevents.pipeline import Pipeline

_DAY = "2023-05-10"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Gabon formally left the Economic Community of Central African States on Wednesday.", "GAB"),
        ("Venezuela quit the Organization of American States on Tuesday.", "VEN"),
        ("Hungary withdrew from the International Criminal Court on Monday.", "HUN"),
        ("Ecuador left OPEC on Tuesday, the oil ministry said.", "ECU"),
        ("Armenia announced its withdrawal from the Collective Security Treaty Organization.", "ARM"),
    ],
)
def test_a_state_leaving_a_body_of_states_reduces_ties(pipeline: Pipeline, text: str, source: str) -> None:
    coded = coded_with_roles(pipeline, text, _DAY)
    assert any(code == "161" and s == source for code, s, _, _ in coded), coded


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president left Lima on Tuesday after a two-day visit.",
        "The Hungarian premier left the European Union summit in Brussels early on Friday.",
    ],
)
def test_leaving_a_place_or_a_meeting_is_no_break(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in coded_with_roles(pipeline, text, _DAY) if c[0][:2] == "16"]
