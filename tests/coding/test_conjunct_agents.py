"""A bare agent that is the subject of a clause coordinated with one whose subject names its country
shares that country (actors/conjunct_agents.py, read by the phrase rule agent-in-context), on sentences
written for these tests (issue 10)."""

from __future__ import annotations

import pytest
from coding_helpers import by_trigger, events_of

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # the place the sentence names (a Yemeni town, a Gaza crossing) does not place the troops
        (
            "Saudi warplanes hit Sanaa on Monday, and troops clashed with Houthi fighters near Saada.",
            "clashed",
            "SAU",
        ),
        (
            "Israeli warplanes struck Gaza, and troops fired on Palestinian protesters near Rafah.",
            "fired",
            "ISR",
        ),
    ],
)
def test_a_bare_agent_in_a_coordinated_clause_shares_the_first_subjects_country(
    pipeline: Pipeline, text: str, trigger: str, source: str
) -> None:
    (event,) = by_trigger(events_of(pipeline, text, "2022-03-01"))[trigger]
    assert event.source is not None and event.source.country == source


def test_the_place_of_the_second_clause_makes_no_attacker(pipeline: Pipeline) -> None:
    text = "Turkish jets bombed villages in northern Iraq, and troops shelled rebel positions near Zakho."
    events = events_of(pipeline, text, "2022-03-01")
    assert not [e for e in events if e.source is not None and e.source.country == "IRQ"]
