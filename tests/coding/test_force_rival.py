"""A show of force that names no counterpart in its sentence is aimed at the story's rival, not at the
last foreign party named in the sentence before (coding/targets.py ``force-counterpart``, helper rival).
Every sentence is invented."""

from __future__ import annotations

from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline


def test_alert_is_aimed_at_the_story_rival_not_the_last_named(pipeline: Pipeline) -> None:
    check_dyads(
        pipeline,
        DyadCase(
            "alert-against-the-rival",
            "SEOUL, May 4 (Wire) - North Korea fired two ballistic missiles into the sea on Monday, its "
            "third launch from Pyongyang this month. The launch drew a protest from Japan. South Korea put "
            "its troops on high alert.",
            (("15", "PRK", "PRK"), ("15", "KOR", "PRK")),
        ),
    )
