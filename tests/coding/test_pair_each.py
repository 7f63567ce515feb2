"""A pair's own show of force, done by each (coding/pair_each.py): told of both of a pair, or on forces
each owns ("their armies"), it is one event each way; what a pair does together or to each other
stays one event between them. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.pair_each import EACH_OF_PAIR
from newsevents.pipeline import Pipeline

_LEAD = "QUITO, May 3 (Wire) - Ecuador accused Peru on Monday of moving troops into the disputed valley. "


def _pairs(pipeline: Pipeline, text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    found = [e for e in events_of(pipeline, text, "1995-05-03") if e.evidence.trigger == trigger]
    return {(e.source.country, e.target.country if e.target else None) for e in found}


def test_pair_calling_up_reservists_is_one_act_each(pipeline: Pipeline) -> None:
    text = _LEAD + "Both governments called up reservists."
    assert _pairs(pipeline, text, "called") == {("ECU", "PER"), ("PER", "ECU")}


def test_pair_putting_their_armies_on_alert_is_one_act_each(pipeline: Pipeline) -> None:
    text = _LEAD + "Ecuador and Peru put their armies on alert."
    assert _pairs(pipeline, text, "put") == {("ECU", "PER"), ("PER", "ECU")}
    steps = [e.evidence.steps for e in events_of(pipeline, text, "1995-05-03") if e.evidence.trigger == "put"]
    assert all(EACH_OF_PAIR in s for s in steps)


def test_pair_agreeing_stays_one_event(pipeline: Pipeline) -> None:
    text = _LEAD + "The two countries agreed to hold talks in Brasilia."
    assert len(_pairs(pipeline, text, "agreed")) <= 1


def test_pair_agreeing_to_pull_their_troops_back_stays_one_event(pipeline: Pipeline) -> None:
    text = _LEAD + "Both countries agreed on Tuesday to pull their troops back from the valley."
    assert len(_pairs(pipeline, text, "pull")) <= 1


def test_pair_launching_joint_exercises_stays_one_event(pipeline: Pipeline) -> None:
    text = "TOULON, May 3 (Wire) - French and Italian warships launched joint exercises on Monday."
    assert len(_pairs(pipeline, text, "launched")) <= 1


def test_pair_affirming_their_respect_stays_one_event(pipeline: Pipeline) -> None:
    text = _LEAD + "The two sides affirmed their respect for each other's sovereignty."
    assert len(_pairs(pipeline, text, "affirmed")) <= 1


def test_pair_recalling_their_envoys_from_a_third_state_acts_on_the_host(pipeline: Pipeline) -> None:
    text = (
        "LAGOS, Nov 11 (Wire) - Nigeria hanged nine activists on Friday. The United States and Britain "
        "recalled their ambassadors from Lagos."
    )
    assert _pairs(pipeline, text, "recalled") == {("USA", "NGA"), ("GBR", "NGA")}
