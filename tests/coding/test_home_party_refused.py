"""A criticism or refusal of an unplaced home party, in a story set at home, is aimed at home, not at the
foreign party a fallback chose (target:home-party-refused, coding/home_party_refused.py); and a bare
weekday told in the past perfect is not moved to the publication day (dateexpr.py); a bare "the junta" is
the story's (actors/ruling_body.py); sentences written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.home_party_refused import HOME_PARTY_REFUSED
from newsevents.pipeline import Pipeline

_STORY = (
    "MANAGUA, April 12 (Wire) - Nicaragua's army removed the president on Thursday, and the businessman "
    "Pedro Ortega was sworn in as interim leader.\n\n"
    "The United States blamed the crisis on the president's government, and Mexico said it would not "
    "recognise the new authorities.\n\n"
)


def test_a_rejection_of_the_army_s_plan_stays_at_home(pipeline: Pipeline) -> None:
    text = _STORY + (
        "Thousands of the president's supporters gathered outside the cathedral, and their spokesman, "
        "Ana Lopez, rejected the army's road map as illegitimate."
    )
    rejected = by_trigger(events_of(pipeline, text, "2002-04-13"))["rejected"][0]
    assert rejected.source.country == "NIC"
    assert rejected.target is not None and rejected.target.country == "NIC"
    assert HOME_PARTY_REFUSED in rejected.evidence.steps


def test_a_rejection_of_a_foreign_party_keeps_its_target(pipeline: Pipeline) -> None:
    text = _STORY + "Their spokesman, Ana Lopez, rejected the Mexican statement as interference."
    rejected = by_trigger(events_of(pipeline, text, "2002-04-13"))["rejected"][0]
    assert rejected.target is not None and rejected.target.country == "MEX"
    assert HOME_PARTY_REFUSED not in rejected.evidence.steps


def test_a_weekday_in_the_past_perfect_is_before_the_dateline(pipeline: Pipeline) -> None:
    # dateline Sunday 8 September, published Monday 9 September: the warrant's Monday is the 2nd
    text = (
        "LISBON, Sept 8 (Wire) - The opposition leader arrived in Portugal on Sunday after a week in "
        "hiding.\n\nHe left the country with the consent of the government, which had issued a warrant "
        "for his arrest on Monday on charges of conspiracy."
    )
    issued = by_trigger(events_of(pipeline, text, "2024-09-09"))["issued"][0]
    assert issued.date == "2024-09-02"


def test_a_bare_junta_is_the_story_s_not_the_last_country_named(pipeline: Pipeline) -> None:
    # (actors/ruling_body.py: no junta named before with its country; France is named last)
    text = (
        "DAKAR, May 30 (Wire) - West African leaders suspended Niger from the bloc on Sunday, a week after "
        "the country's army detained the president in the second coup in Niger in two years.\n\n"
        "Niger's neighbours demanded elections within a year. France's foreign minister said Paris would "
        "review its aid, and French officials said their troops would stay in their bases.\n\n"
        "The junta said it planned to hold elections next year."
    )
    hold = by_trigger(events_of(pipeline, text, "2021-05-31"))["hold"][0]
    assert hold.source.country == "NER"


def test_a_passive_subject_does_not_place_its_agent(pipeline: Pipeline) -> None:
    # (actors/parties.py passive_patients: as "troops took an Indian pilot" does not make the troops Indian)
    text = (
        "ISLAMABAD, Feb 27 (Wire) - Two Indian aircraft were shot down over Pakistani territory on "
        "Wednesday, the army said.\n\nOne Indian pilot was taken into custody by troops on the ground."
    )
    taken = by_trigger(events_of(pipeline, text, "2019-02-28"))["taken"][0]
    assert taken.source.country == "PAK"
    assert taken.target is not None and taken.target.country == "IND"
