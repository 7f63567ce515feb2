"""One act on one named person told again by a passive that names no doer: one record
(select:person-retold); a count of other people, or a court's further step on the person, stays its own
event. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.person_retold import PERSON_RETOLD
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2015-06-10"


def _detentions(pipeline: Pipeline, text: str) -> list:
    return [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.root == "17"]


def test_the_person_taken_into_custody_retells_the_detention(pipeline: Pipeline) -> None:
    text = (
        "YANGON, June 9 (Wire) - Soldiers detained the opposition leader Ana Thein at her home on Tuesday. "
        "Thein was taken into custody along with two aides, a party spokesman said."
    )
    events = _detentions(pipeline, text)
    assert [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events] == [
        ("173", "MMRMIL", "MMROPP")
    ]
    assert PERSON_RETOLD in events[0].evidence.steps


def test_a_count_of_other_people_arrested_stays_apart(pipeline: Pipeline) -> None:
    text = (
        "YANGON, June 9 (Wire) - Soldiers detained the opposition leader Ana Thein at her home on Tuesday. "
        "Police said 200 of her supporters had been arrested."
    )
    events = _detentions(pipeline, text)
    assert len(events) == 2, [(e.cameo, e.evidence.trigger) for e in events]
    assert all(PERSON_RETOLD not in e.evidence.steps for e in events)


def test_a_passive_on_another_day_stays_apart(pipeline: Pipeline) -> None:
    text = (
        "YANGON, June 9 (Wire) - Soldiers detained the opposition leader Ana Thein at her home on Tuesday. "
        "Thein had also been detained for a week in March, her party said."
    )
    events = _detentions(pipeline, text)
    assert len(events) == 2, [(e.cameo, e.evidence.trigger, e.date) for e in events]
    assert all(PERSON_RETOLD not in e.evidence.steps for e in events)


def test_a_speakers_report_of_the_killing_retells_the_strike(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD, June 9 (Wire) - A U.S. drone strike killed Hossein Karimi, the commander of Iran's border "
        "guard, near Basra on Tuesday. The Pentagon said the U.S. military had killed Karimi at the "
        "direction of the president."
    )
    events = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.root in ("18", "19", "20")]
    assert [(e.cameo, e.source.country, e.target.country if e.target else None) for e in events] == [
        ("195", "USA", "IRN")
    ]
    assert PERSON_RETOLD in events[0].evidence.steps


def test_a_report_of_force_on_a_country_stays_apart(pipeline: Pipeline) -> None:
    text = (
        "BAKU, June 9 (Wire) - Heavy fighting broke out between Azerbaijan and Armenian forces on Tuesday. "
        "Azerbaijan's President Ilham Aliyev said his army had taken control of several villages."
    )
    events = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.root in ("18", "19", "20")]
    assert all(PERSON_RETOLD not in e.evidence.steps for e in events)
