"""Gold events the coder gave no candidate for (issue 10, fourteenth session, helper errmiss): acts of force
told as the manner of a reply ("responded with air strikes"), joining combat against a party, and troop
movements with the forces as the subject ("troops deployed around ...", "soldiers moved onto ...").
Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded, coded_with_roles, events_of

from newsevents.pipeline import Pipeline

PUBLISHED = "2021-03-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru responded with air strikes on rebel camps in Ecuador.", ("195", "PER", "MIL", "ECU")),
        ("Turkey hit back on Monday with air strikes on targets in Syria.", ("195", "TUR", "MIL", "SYR")),
        (
            "Armenia answered on Friday with drone strikes on Azerbaijani positions.",
            ("195", "ARM", "MIL", "AZE"),
        ),
    ],
)
def test_replied_with_act_of_force(pipeline: Pipeline, text: str, expected: tuple[str, ...]) -> None:
    """The act in the 'with' phrase of a verb of answering is the replying state's (its military's)."""
    events = coded_with_roles(pipeline, text, PUBLISHED)
    assert expected in events, events
    assert any("source:replied-with" in e.evidence.steps for e in events_of(pipeline, text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        # a passive reply names no replying party: the marchers did not make the tear gas
        "The march in Lagos was met with tear gas on Monday.",
        # a 'with' phrase of another verb is no reply
        "Colombia agreed with Peru on air strikes against the cartels.",
    ],
)
def test_no_reply_no_maker(pipeline: Pipeline, text: str) -> None:
    events = events_of(pipeline, text, PUBLISHED)
    assert not any("source:replied-with" in e.evidence.steps for e in events), events


def test_joined_combat_against(pipeline: Pipeline) -> None:
    """Joining combat against a party's forces is fighting it (190), not joining an ally (062)."""
    events = coded(pipeline, "Some Belarusian soldiers had joined combat against Polish forces.", PUBLISHED)
    assert ("190", "BLR", "POL") in events, events
    assert not any(c == "062" for c, _s, _t in events), events


def test_joined_fight_against_an_ill_is_no_combat(pipeline: Pipeline) -> None:
    events = coded(pipeline, "Chile joined the fight against corruption on Monday.", PUBLISHED)
    assert not any(c.startswith("19") for c, _s, _t in events), events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egyptian troops deployed around the ministry on Monday.", ("154", "EGY")),
        ("The Kenyan army deployed along the border on Sunday.", ("154", "KEN")),
        ("Indian soldiers moved onto the ridge on Tuesday.", ("154", "IND")),
    ],
)
def test_forces_deploying(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    """Forces that deploy or move onto ground with no object are a deployment (154) by their state."""
    events = coded(pipeline, text, PUBLISHED)
    assert expected in [(c, s) for c, s, _t in events], events


@pytest.mark.parametrize(
    "text",
    [
        "The new software was deployed in Kenyan schools on Monday.",
        "The Kenyan ministers moved onto the next item on Monday.",
    ],
)
def test_no_forces_no_deployment(pipeline: Pipeline, text: str) -> None:
    assert not any(c.startswith("15") for c, _s, _t in coded(pipeline, text, PUBLISHED))
