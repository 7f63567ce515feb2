"""Non-events the coder read as acts (spurious2): advice to a state's own nationals (coding/own_advisory.py),
people hurt in a natural disaster and weapons destroyed (verbs.curated.tsv ne.spurious2.1-3).
Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline


def test_advice_to_own_nationals_is_no_appeal(pipeline: Pipeline) -> None:
    # (advice that names the country to leave or avoid is aimed at it instead: coding/nationals_abroad.py,
    # tests/coding/test_nationals_abroad.py)
    text = ("OSLO, March 3 (Wire) - Norway's foreign ministry advised Norwegians to stay indoors on Friday "
            "as the Moldovan capital braced for protests.")
    assert not [c for c in coded(pipeline, text, "2022-03-03") if c[0].startswith("02")]


def test_advice_to_a_foreign_envoy_stays_coded(pipeline: Pipeline) -> None:
    text = "Norway advised the Moldovan ambassador to return to Chisinau for consultations on Friday."
    assert [c for c in coded(pipeline, text, "2022-03-03") if c[0].startswith("02")]


def test_people_hurt_in_an_earthquake_were_hurt_by_nobody(pipeline: Pipeline) -> None:
    text = ("LIMA, Aug 2 (Wire) - Peru opened its border crossings on Monday so that Ecuadoreans hurt in the "
            "earthquake could reach hospitals in Piura.")
    assert not [c for c in coded(pipeline, text, "2021-08-02") if c[0].startswith("18")]


def test_weapons_destroyed_are_no_property_destroyed(pipeline: Pipeline) -> None:
    text = "Observers from Sweden watched as the rebels' rifles and mortars were destroyed on Friday."
    assert "1712" not in [c[0] for c in coded(pipeline, text, "2021-08-02")]
