"""Shapes of stories on minorities, kin states and autonomy (probe set pminor). Sentences written for
these tests.

- A language compound names a people, not the state of the language: "the Swedish-speaking islands" in a
  story from Helsinki, "Russian speakers" in Estonia (actors.ethnic_kin).
- A visit named as the occasion of an act ("criticised the plan on a visit to La Paz") is a visit of its
  own (select:visit-occasion); an "on" phrase that is what was agreed is not, nor a visit "during" which a
  third party acted that names no destination.
- A journey's destination misread under its doer ("the first visit by a Chilean leader to Lima") is the
  journey's host (target:journey-destination).
- Leaders or ministers who "clash" clash in words (111, rows ne.pminor.1-2); troops clashing fight (190).
"""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.misplaced_agent import JOURNEY_DESTINATION
from newsevents.coding.visit_occasion import VISIT_OCCASION
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-10"


def _brief(events: list) -> list:
    return [
        (e.cameo, e.source.country, e.target.country if e.target else None, e.evidence.trigger)
        for e in events
    ]


def _countries(events: list) -> set:
    return {e.source.country for e in events} | {e.target.country for e in events if e.target}


def test_a_language_compound_names_no_state(pipeline: Pipeline) -> None:
    text = (
        "HELSINKI, March 9 (Wire) - Leaders of the Swedish-speaking islands urged the government on Tuesday "
        "to keep their self-rule, and Finland's prime minister promised talks."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert events, _brief(events)
    assert "SWE" not in _countries(events), _brief(events)


def test_speakers_of_a_language_are_the_people_of_their_state(pipeline: Pipeline) -> None:
    text = "TALLINN, March 9 (Wire) - Russian speakers in Estonia marched on Tuesday against the schools law."
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert events, _brief(events)
    assert all(e.source.country == "EST" for e in events), _brief(events)


def test_a_visit_that_is_the_occasion_of_an_act_is_a_visit(pipeline: Pipeline) -> None:
    text = (
        "LA PAZ, March 9 (Wire) - Peru's foreign minister criticised the dam project on Tuesday, on a visit "
        "to Bolivia."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    visits = [e for e in events if e.cameo == "042"]
    assert [(e.source.country, e.target.country if e.target else None) for e in visits] == [("PER", "BOL")]
    assert VISIT_OCCASION in visits[0].evidence.steps or visits[0].evidence.trigger == "visit"
    assert any(e.cameo.startswith("11") for e in events), _brief(events)


def test_a_visit_agreed_on_is_no_visit(pipeline: Pipeline) -> None:
    text = (
        "LIMA, March 9 (Wire) - Peru and Chile agreed on Tuesday on a visit by the Chilean president to "
        "Lima next year."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert not [e for e in events if e.cameo == "042"], _brief(events)


def test_a_visit_with_no_destination_during_another_act_stays_a_setting(pipeline: Pipeline) -> None:
    text = (
        "SEOUL, March 9 (Wire) - North Korea fired two missiles into the sea on Tuesday during a visit by a "
        "senior Japanese envoy."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert not [e for e in events if e.cameo == "042"], _brief(events)


def test_the_destination_under_the_visitor_is_the_host(pipeline: Pipeline) -> None:
    text = (
        "LIMA, March 9 (Wire) - The two presidents quarrelled over fishing rights on Tuesday, during the "
        "first visit by a Chilean leader to Lima in a decade."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    visits = [e for e in events if e.cameo == "042"]
    assert [(e.source.country, e.target.country if e.target else None) for e in visits] == [("CHL", "PER")]
    assert JOURNEY_DESTINATION in visits[0].evidence.steps or visits[0].target is not None


def test_leaders_who_clash_clash_in_words(pipeline: Pipeline) -> None:
    text = (
        "QUITO, March 9 (Wire) - Ecuador's president and his Colombian counterpart clashed openly over the "
        "border on Tuesday at a news conference in Quito."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert events, _brief(events)
    assert not [e for e in events if e.cameo.startswith("19")], _brief(events)
    assert any(e.cameo == "111" for e in events), _brief(events)


def test_troops_who_clash_still_fight(pipeline: Pipeline) -> None:
    text = (
        "QUITO, March 9 (Wire) - Ecuadorean troops clashed with Colombian rebels near the border on Tuesday."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert any(e.cameo.startswith("19") for e in events), _brief(events)
