"""Who did it, on sentences written for these tests (issue 10, sources12): "the country's parliament" is
the state named before, not a thing's adjective (actors/referred_state.py); a conjunct subject keeps out
the countries of what it says (actors/clause_scope.py); a country word split off a name is no second
doer (coding/split_subject.py); a crowd is not placed by what another clause's party deals with, nor
missed for a capitalised first word (actors/clause_scope.py); a dated opposition role
(tools/curated_actors.jsonl)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.pipeline import Pipeline


def test_the_country_is_the_state_named_not_a_things_adjective(pipeline: Pipeline) -> None:
    text = (
        "SUVA, April 27 (Wire) - Fiji will expel the Chinese fishing crews, Prime Minister Ana Ruiz said "
        "on Wednesday, after the country's parliament demanded their expulsion."
    )
    demanded = by_trigger(events_of(pipeline, text, "2016-04-28"))["demanded"][0]
    assert demanded.source.code == "FJILEG"


def test_the_country_after_a_body_adjective_is_that_bodys_state(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT, May 3 (Wire) - Syrian troops shelled villages near the border on Monday. "
        "The country's army said it had hit rebel positions."
    )
    hit = by_trigger(events_of(pipeline, text, "2020-05-04"))["hit"][0]
    assert hit.source.code == "SYRMIL"


def test_a_conjunct_subject_is_not_placed_by_what_it_says(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON, July 11 (Wire) - The United States will lift its trade embargo on Laos, the White "
        "House said on Tuesday. Laos welcomed the step. Some farm groups and Republican senators "
        "criticised the decision, saying Vientiane had not freed political prisoners."
    )
    criticised = by_trigger(events_of(pipeline, text, "2000-07-12"))["criticised"][0]
    assert criticised.source.code == "USALEG"


def test_a_country_word_split_off_a_name_is_no_second_doer(pipeline: Pipeline) -> None:
    text = (
        "TEGUCIGALPA, Nov 16 (Wire) - Creditor governments agreed on Monday to suspend debt payments by "
        "Honduras for three years. Cuba said it would forgive Nicaragua's debt.\n\n"
        "Honduran President Carlos Flores thanked the creditors but appealed for the debt to be written "
        "off altogether."
    )
    found = by_trigger(events_of(pipeline, text, "1998-11-17"))
    assert [e.source.code for e in found["thanked"]] == ["HNDGOV"]
    assert [e.source.code for e in found["appealed"]] == ["HNDGOV"]


def test_a_crowd_is_not_placed_by_another_clauses_partner(pipeline: Pipeline) -> None:
    text = (
        "HANOI, May 10 (Wire) - Vietnam suspended its military contacts with Japan on Monday, as students "
        "stoned the Japanese embassy for a third day over the sinking of a Vietnamese trawler."
    )
    stoned = by_trigger(events_of(pipeline, text, "2020-05-11"))["stoned"][0]
    assert stoned.source.country == "VNM"
    assert stoned.target is not None and stoned.target.country == "JPN"


def test_a_capitalised_crowd_after_the_dateline_is_still_a_crowd(pipeline: Pipeline) -> None:
    text = (
        "LIMA, Aug 23 (Wire) - Students stoned the Chilean embassy on Sunday after Chile's president "
        "mocked Peru's navy."
    )
    stoned = by_trigger(events_of(pipeline, text, "2020-08-24"))["stoned"][0]
    assert stoned.source.country == "PER"


def test_the_leader_of_the_opposition_acts_for_it_in_those_years(pipeline: Pipeline) -> None:
    # (tools/curated_actors.jsonl: a dated opposition role, not the elite code of a former minister)
    text = (
        "LONDON, Aug 29 (Wire) - Ed Miliband demanded on Thursday that the inspectors be allowed to finish "
        "their work before any vote."
    )
    demanded = by_trigger(events_of(pipeline, text, "2013-08-30"))["demanded"][0]
    assert demanded.source.code == "GBROPP"
