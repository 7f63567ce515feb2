"""An act that may be domestic and names no target, by a state the story is not about, is aimed at the
story's counterpart (target:foreign-voice, coding/foreign_voice.py); sentences written for these tests
(issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.foreign_voice import FOREIGN_VOICE
from newsevents.pipeline import Pipeline

DAY = "2022-12-08"
_LEAD = (
    "QUITO, Dec 7 (Wire) - Ecuador's assembly voted on Monday to dismiss the interior minister, Rafael "
    "Mena, after a week of strikes and road blockades across Ecuador."
)


def test_foreign_concern_is_aimed_at_the_story_country(pipeline: Pipeline) -> None:
    text = f"{_LEAD} The Chilean embassy said it was concerned about the unrest."
    concern = by_trigger(events_of(pipeline, text, DAY))["said"][0]
    assert concern.root == "01" and concern.source.country == "CHL"
    assert concern.target is not None and concern.target.country == "ECU"
    assert FOREIGN_VOICE in concern.evidence.steps


def test_concern_at_home_stays_at_home(pipeline: Pipeline) -> None:
    text = (
        "SANTIAGO, Dec 7 (Wire) - Chile's government said on Monday it was concerned about the unrest in "
        "its northern provinces. Chilean police fired tear gas at marchers in Arica. Peru sent two observers."
    )
    concern = by_trigger(events_of(pipeline, text, DAY))["said"][0]
    assert concern.target is not None and concern.target.country == "CHL"
    assert FOREIGN_VOICE not in concern.evidence.steps


def test_coercion_by_a_foreign_state_keeps_its_own_country(pipeline: Pipeline) -> None:
    text = f"{_LEAD} Chilean police detained two of his aides."
    arrest = by_trigger(events_of(pipeline, text, DAY))["detained"][0]
    assert arrest.target is not None and arrest.target.country == "CHL"
    assert FOREIGN_VOICE not in arrest.evidence.steps


_DIGEST = (
    "AMERICAS IN BRIEF\n\n"
    "CARACAS - Venezuela's army fired tear gas at marchers on Monday. Colombia closed two border "
    "crossings.\n\n"
    "QUITO - Ecuador's President Rafael Mena lifted the state of emergency on Tuesday after a week of "
    "strikes. Peru voiced concern over the unrest."
)


def test_in_a_digest_the_section_is_the_story(pipeline: Pipeline) -> None:
    # (the second section is Ecuador's story: its own act stays at home, a neighbour's word is about it)
    events = by_trigger(events_of(pipeline, _DIGEST, DAY))
    lifted = events["lifted"][0]
    assert lifted.root == "08" and lifted.source.country == "ECU"
    assert lifted.target is not None and lifted.target.country == "ECU"
    relief = events["voiced"][0]
    assert relief.source.country == "PER"
    assert relief.target is not None and relief.target.country == "ECU"
    assert FOREIGN_VOICE in relief.evidence.steps
