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


def test_troops_deployed_in_the_capital_of_the_datelined_state_stay_at_home(pipeline: Pipeline) -> None:
    # ptwin6: a bare "the capital" in a story filed from the force's own country is a place at home
    check_dyads(
        pipeline,
        DyadCase(
            "deployed-in-the-home-capital",
            "ALGIERS, May 4 (Wire) - Algeria postponed the election on Sunday. Tanks and troops were "
            "deployed at key points in the capital. France said it was worried.",
            (("15", "DZA", "DZA"),),
        ),
    )
