"""Agents "of both sides" are each of the pair's agents, in the agent's role (actors/pair_agents.py), and
a pair's acts "at each other" are aimed at one another (coding/co_speakers.py); every sentence is
invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.pipeline import Pipeline

_LEAD = "LIMA (Wire) - Peru and Chile held talks in Lima on Monday. "


@pytest.mark.parametrize(
    "case",
    [
        # (the venue named in the sentence is no side)
        DyadCase(
            "envoys",
            _LEAD + "Envoys of both sides opened talks in Quito on Tuesday.",
            (("04", "PER", "CHL"),),
        ),
        DyadCase(
            "commanders",
            _LEAD + "The senior commanders of the two sides had a productive meeting on Sunday.",
            (("04", "PER", "CHL"),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_agents_of_both_sides_meet_each_other(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_agents_take_their_own_role(pipeline: Pipeline) -> None:
    text = _LEAD + "The senior commanders of the two sides had a productive meeting on Sunday."
    meeting = [e for e in events_of(pipeline, text, "2021-03-10") if e.root == "04"][-1]
    assert meeting.source.role == "MIL" and meeting.target is not None and meeting.target.role == "MIL"


def test_residents_of_both_sides_protest_at_each_other(pipeline: Pipeline) -> None:
    text = (
        "OSH (Wire) - Kyrgyzstan and Tajikistan agreed on Thursday to a ceasefire. The clashes began on "
        "Wednesday, when residents of the two sides threw stones at each other."
    )
    stones = [e for e in events_of(pipeline, text, "2021-04-30") if e.root == "14"]
    pairs = {(e.source.country, e.target.country if e.target else None) for e in stones}
    assert stones and pairs <= {("KGZ", "TJK"), ("TJK", "KGZ")}
