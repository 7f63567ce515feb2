"""Dates told beside the act (helper dates9): an act done in a medium whose participle gives the day ("in a
statement issued on Wednesday", ``newsevents.mediumdate``) takes that day. Every sentence is invented."""

from __future__ import annotations

from coding_helpers import datelined_dates

from newsevents.pipeline import Pipeline


def test_an_act_in_a_statement_issued_on_a_day_takes_that_day(pipeline: Pipeline) -> None:
    text = "In a statement issued on Wednesday, Ruritania's foreign ministry condemned the raid on Lumbo."
    assert datelined_dates(pipeline, text)["condemned"] == ["2022-03-30"]


def test_a_medium_set_off_after_the_subject_dates_the_act(pipeline: Pipeline) -> None:
    text = "Ruritania's foreign ministry, in a statement released on Wednesday, condemned the raid on Lumbo."
    assert datelined_dates(pipeline, text)["condemned"] == ["2022-03-30"]


def test_a_speech_broadcast_on_a_day_dates_the_accusation(pipeline: Pipeline) -> None:
    text = "In a speech broadcast on Wednesday, the Ruritanian president accused Osterlich of sheltering "
    text += "rebels."
    assert datelined_dates(pipeline, text)["accused"] == ["2022-03-30"]


def test_a_place_taken_on_a_day_does_not_date_the_act_in_it(pipeline: Pipeline) -> None:
    text = "In a town captured by Osterlich on Wednesday, Ruritanian troops arrested the mayor."
    assert datelined_dates(pipeline, text).get("arrested", ["2022-04-01"]) == ["2022-04-01"]


def test_an_undated_lead_takes_the_day_its_retelling_noun_gives(pipeline: Pipeline) -> None:
    text = "Chile expelled two Peruvian diplomats. The order, signed by the foreign minister on Wednesday, "
    text += "gave them three days to leave."
    assert datelined_dates(pipeline, text)["expelled"] == ["2022-03-30"]


def test_an_undated_lead_takes_the_day_of_the_medium_told_next(pipeline: Pipeline) -> None:
    text = "Chile accused Peru of arming the rebels. In a letter delivered to the Security Council on "
    text += "Wednesday, its foreign minister urged the council to act."
    assert datelined_dates(pipeline, text)["accused"] == ["2022-03-30"]


def test_a_dated_lead_keeps_its_own_day(pipeline: Pipeline) -> None:
    text = "Chile expelled two Peruvian diplomats on Thursday. The order, signed by the foreign minister on "
    text += "Wednesday, gave them three days to leave."
    assert datelined_dates(pipeline, text)["expelled"] == ["2022-03-31"]


def test_the_same_day_counts_from_a_dated_verb_coordinated_with_the_main_one(pipeline: Pipeline) -> None:
    text = "Peru expelled a Chilean consul on Monday. Chile's foreign ministry called the charges baseless "
    text += "and on Wednesday ordered the Peruvian ambassador to leave. Bolivia expelled the Peruvian "
    text += "envoy the same day."
    assert datelined_dates(pipeline, text)["expelled"][-1] == "2022-03-30"


def test_an_undated_overnight_act_is_dated_the_report_day(pipeline: Pipeline) -> None:
    text = "Gunmen stormed the Grand Hotel in Lima on Wednesday, killing 20 people. Peruvian troops "
    text += "surrounded the building overnight. The president vowed to hunt down the attackers."
    dates = datelined_dates(pipeline, text)
    assert dates["stormed"] == ["2022-03-30"]
    assert dates["surrounded"] == ["2022-04-01"]
