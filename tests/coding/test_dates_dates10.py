"""Dates told beside the act (helper dates10): an act done during a dated act, within hours of it, or in a
dated vote or medium takes that date when its clause gives none (``newsevents.occasiondate``); a date on a
past participle complement ("were found shot dead on Wednesday") or on one describing an event noun ("the
sanctions, imposed in May 2019") dates the act too (``newsevents.sametime``); a finding whose report is
dated by its participle ("a report published on Wednesday accused ...") takes that day
(``newsevents.mediumdate``). Every sentence is invented."""

from __future__ import annotations

from coding_helpers import datelined_dates

from newsevents.pipeline import Pipeline


def test_an_act_during_a_dated_raid_takes_its_day(pipeline: Pipeline) -> None:
    text = "Peruvian police arrested the editor of the paper during the March 17 raid on its offices."
    assert datelined_dates(pipeline, text)["arrested"] == ["2022-03-17"]


def test_an_act_within_hours_of_a_dated_quake_takes_its_day(pipeline: Pipeline) -> None:
    text = "Bolivia sent rescuers to Chile within hours of the March 17 earthquake."
    assert datelined_dates(pipeline, text)["sent"] == ["2022-03-17"]


def test_a_dated_clause_keeps_its_day_beside_a_dated_during_phrase(pipeline: Pipeline) -> None:
    text = "An Egyptian court on Wednesday dropped charges against the former president over the killing of "
    text += "protesters during the 2011 uprising."
    assert datelined_dates(pipeline, text)["dropped"] == ["2022-03-30"]


def test_a_killing_claimed_of_soldiers_found_dead_on_a_day_takes_that_day(pipeline: Pipeline) -> None:
    text = "Two Chilean soldiers were found shot dead near the Peruvian border on Wednesday, and the rebels "
    text += "said they had killed them."
    assert datelined_dates(pipeline, text)["killed"] == ["2022-03-30"]


def test_a_finding_of_a_report_published_on_a_day_takes_that_day(pipeline: Pipeline) -> None:
    text = "A United Nations report published on Wednesday accused Chilean troops of killing 40 Peruvian "
    text += "civilians."
    assert datelined_dates(pipeline, text)["accused"] == ["2022-03-30"]


def test_a_finding_told_according_to_a_dated_report_takes_its_day(pipeline: Pipeline) -> None:
    text = "A UN investigation has accused Chilean troops of killing civilians, according to a report "
    text += "submitted to the Security Council on Wednesday."
    assert datelined_dates(pipeline, text)["accused"] == ["2022-03-30"]


def test_an_event_noun_takes_the_date_of_its_participle(pipeline: Pipeline) -> None:
    text = "The Chilean blockade, imposed in May 2019, has cut Peru's exports by half."
    assert datelined_dates(pipeline, text)["blockade"] == ["2019-05"]
