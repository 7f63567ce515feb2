"""A toll participle after a parenthetical speaker elaborates the act the speaker reports
(coding/said_participle.py, run by the parse-mending stage), and a phrasal participle of rejection set off
after a reported clause is the speaker's (coding/speaker_conjunct.py, ``reported_participles``). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded, coded_with_roles, events_of

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the killing counts the dead of the strike: no second event, dated by the speaker's day
            "ANKARA, June 7 (Wire) - Turkish jets bombed a convoy near Qamishli in Syria on Saturday, the "
            "Turkish army said on Sunday, killing about 20 people.",
            [("195", "TUR", "SYR")],
        ),
        (
            "ATHENS, June 7 (Wire) - Greek police fired tear gas at Albanian migrants in Athens on Friday, "
            "witnesses said, injuring dozens.",
            [("175", "GRC", "ALB")],
        ),
    ],
)
def test_a_toll_after_the_speaker_folds_into_the_reported_act(
    pipeline: Pipeline, text: str, expected: list[Coded]
) -> None:
    assert coded(pipeline, text, "2021-06-07") == expected


def test_the_reported_act_keeps_its_own_day(pipeline: Pipeline) -> None:
    text = (
        "ANKARA, June 7 (Wire) - Turkish jets bombed a convoy near Qamishli in Syria on Saturday, the "
        "Turkish army said on Sunday, killing about 20 people."
    )
    assert [(e.cameo, e.date) for e in events_of(pipeline, text, "2021-06-07")] == [("195", "2021-06-05")]


def test_a_turned_down_request_is_the_speakers_rejection(pipeline: Pipeline) -> None:
    # the participle hangs on the reported clause's verb: the journalists turn nothing down, the minister does
    text = (
        "MADRID, June 7 (Wire) - Spain's foreign minister said on Monday that the two journalists had "
        "broken no Spanish law, turning down Turkey's request for their extradition."
    )
    rejected = [
        (c, s, r, t) for c, s, r, t in coded_with_roles(pipeline, text, "2021-06-08") if c[:2] == "12"
    ]
    assert rejected == [("120", "ESP", "GOV", "TUR")]
