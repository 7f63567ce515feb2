"""A meeting of "their" people told in a time clause of a pair's act is between the pair, not with the
venue's state (coding/their_meeting.py). Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline


def test_their_ministers_meeting_abroad_meet_each_other(pipeline: Pipeline) -> None:
    text = (
        "DHAKA, Feb 6 (Wire) - India and Nepal agreed on Sunday to reopen the crossing after their foreign "
        "secretaries met in Dhaka."
    )
    assert coded(pipeline, text, "2011-02-06") == [("081", "IND", "NPL"), ("040", "IND", "NPL")]


def test_a_lone_envoy_still_meets_the_venues_state(pipeline: Pipeline) -> None:
    text = "DHAKA, Feb 6 (Wire) - The Indian envoy held talks in Dhaka on Sunday."
    assert coded(pipeline, text, "2011-02-06") == [("046", "IND", "BGD")]
