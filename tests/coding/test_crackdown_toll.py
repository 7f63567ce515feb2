"""An unnamed killing told in the sentence of a named crackdown is that crackdown's toll, not a second
attack by the dateline's country (coding/crackdown_toll.py, issue 10); sentences written for these tests."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.pipeline import Pipeline


def test_deaths_told_with_police_fire_are_its_toll(pipeline: Pipeline) -> None:
    text = (
        "LUSAKA, March 4 (Wire) - Police in Malawi fired tear gas and live rounds at marchers in Lilongwe "
        "on Tuesday, and three people were killed, a rights group said."
    )
    events = by_trigger(events_of(pipeline, text, "2021-03-04"))
    assert [e.source.code for e in events["fired"]] == ["MWICOP"]
    assert "killed" not in events


def test_victims_of_another_country_stay_an_act_of_their_own(pipeline: Pipeline) -> None:
    text = (
        "LUSAKA, March 4 (Wire) - Malawian police fired tear gas at marchers in Lilongwe on Tuesday, and "
        "two Zambian traders were shot dead near the border."
    )
    events = by_trigger(events_of(pipeline, text, "2021-03-04"))
    assert [e.target.country for e in events["shot"] if e.target] == ["ZMB"]


def test_deaths_told_after_a_crackdown_are_not_the_dateline_s_act(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, March 4 (Wire) - Malawian police fired tear gas at opposition supporters in Lilongwe on "
        "Tuesday. At least three people were killed, a rights group said. Kenya urged calm."
    )
    events = by_trigger(events_of(pipeline, text, "2021-03-04"))
    assert [e.source.code for e in events["fired"]] == ["MWICOP"]
    assert all(e.source.country != "KEN" for e in events.get("killed", []))


def test_a_toll_two_sentences_later_is_left_alone(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, March 4 (Wire) - Malawian police fired tear gas at opposition supporters in Lilongwe on "
        "Tuesday. Kenya urged calm on Wednesday. Two people were killed in the capital overnight."
    )
    events = by_trigger(events_of(pipeline, text, "2021-03-04"))
    assert all(e.source.country != "MWI" for e in events.get("killed", []))
