"""Counterparts read from the story (target:story-counterpart, target:no-own-counterpart) and agentless
passives of state-only acts (source:state-passive), on sentences written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger as _by_trigger
from coding_helpers import events_of

from newsevents.coding import agentless, counterpart
from newsevents.coding.targets import ARTICLE_COUNTERPART
from newsevents.pipeline import Pipeline
from newsevents.records import Event


def _events(pipeline: Pipeline, text: str, published: str = "2021-03-10") -> list[Event]:
    return events_of(pipeline, text, published)


def test_denial_targets_the_other_side_of_the_story(pipeline: Pipeline) -> None:
    text = (
        "Colombia halted all trade with Venezuela on Monday, punishing Caracas for the raid. "
        "Venezuela has denied sinking the patrol boat."
    )
    denied = _by_trigger(_events(pipeline, text))["denied"][0]
    assert denied.source.country == "VEN"
    assert denied.target is not None and denied.target.country == "COL"
    # The article's counterpart (coding/targets.py) is tried in selection first; the story's counterpart
    # (coding/counterpart.py) decides what it leaves with the source's own country. Here both say COL.
    assert {counterpart.STORY_COUNTERPART, ARTICLE_COUNTERPART} & set(denied.evidence.steps)


def test_criticism_without_object_targets_the_story_counterpart(pipeline: Pipeline) -> None:
    text = (
        "Chile banned all imports of Argentine beef on Thursday. "
        "The Chilean foreign ministry denounced the decision as reckless and irresponsible."
    )
    events = _by_trigger(_events(pipeline, text))
    denounced = events["denounced"][0]
    assert denounced.source.country == "CHL"
    assert denounced.target is not None and denounced.target.country == "ARG"


def test_an_act_at_home_takes_no_foreign_counterpart_in_a_one_country_story(pipeline: Pipeline) -> None:
    # No other country in the story: no counterpart is invented (coding/targets.py leaves the target
    # empty for an act that needs one rather than pairing the source with itself).
    text = "Kenyan President Daniel Moi apologised on Sunday as thousands marched through Nairobi."
    apologised = _by_trigger(_events(pipeline, text))["apologised"][0]
    assert apologised.target is None or apologised.target.country == "KEN"
    assert counterpart.STORY_COUNTERPART not in apologised.evidence.steps


def test_answers_another() -> None:
    assert counterpart.answers_another("111")  # criticism
    assert counterpart.answers_another("016")  # a denial answers an accusation
    assert not counterpart.answers_another("173")  # an arrest may be at home
    assert not counterpart.answers_another("010")  # a statement needs no addressee


def test_agentless_arrest_is_the_story_countrys_police(pipeline: Pipeline) -> None:
    text = "NAIROBI, March 9 - Kenyan dockers went on strike on Tuesday. More than 300 dockers were arrested."
    arrested = _by_trigger(_events(pipeline, text))["arrested"][0]
    assert arrested.source.country == "KEN"
    assert arrested.source.role == "COP"
    assert agentless.STATE_PASSIVE in arrested.evidence.steps


def test_agentless_shooting_is_not_given_a_maker(pipeline: Pipeline) -> None:
    text = "NAIROBI, March 9 - Kenyan dockers went on strike on Tuesday. Two dockers were shot dead."
    events = _by_trigger(_events(pipeline, text))
    assert all(agentless.STATE_PASSIVE not in e.evidence.steps for es in events.values() for e in es)


def test_crowds_and_bare_counts_are_people_of_the_country(pipeline: Pipeline) -> None:
    text = "MINSK, Aug 10 - Thousands rallied in Minsk on Monday against the official election result."
    rallied = _by_trigger(_events(pipeline, text, "2020-08-10"))["rallied"][0]
    assert rallied.source.country == "BLR"


def test_clause_after_a_past_act_has_happened_whatever_its_tense(pipeline: Pipeline) -> None:
    text = (
        "QUITO, Oct 9 - President Lenin Moreno declared a curfew in Quito on Tuesday "
        "after rioters set buses alight."
    )
    events = _by_trigger(_events(pipeline, text, "2019-10-09"))
    assert "set" in events
    assert events["set"][0].cameo.startswith("14")


def test_protests_with_nobody_named_are_the_countrys_public(pipeline: Pipeline) -> None:
    text = (
        "QUITO, Oct 9 - Soldiers patrolled the streets of Quito on Tuesday as protests against higher "
        "fuel prices spread across the country."
    )
    events = _by_trigger(_events(pipeline, text, "2019-10-09"))
    assert "protests" in events
    protest = events["protests"][0]
    assert protest.source.country == "ECU"
    assert agentless.PUBLIC_PROTEST in protest.evidence.steps
