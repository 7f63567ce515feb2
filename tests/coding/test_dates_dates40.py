"""Wrong dates by class (issue 10, helper dates40): an undated past act told with a purpose infinitive that
carries a day takes that day (``newsevents.purposedate``), never from a complement infinitive, which names
a coming act; an undated past act takes the day of a clause of the same scene below it, a relative clause
on its phrase or an "as" clause (``newsevents.scenedate``), never across "after" nor from a past perfect.
Every sentence is invented."""

from __future__ import annotations

from coding_helpers import dated_steps

from newsevents.pipeline import Pipeline

# The reports' publication day (a Saturday): "Thursday" is 2024-03-07.
_PUBLISHED = "2024-03-09"


def test_undated_act_takes_the_day_of_its_purpose_infinitive(pipeline: Pipeline) -> None:
    text = ("NIAMEY, March 9 (Wire) - Nigerien troops arrived to protect President Ali Lamine Zeine on "
            "Thursday, as rebels from Mali advanced on the capital.")
    dates = dated_steps(pipeline, text, _PUBLISHED)
    assert dates.get("arrived") == [("2024-03-07", ["date:purpose-infinitive-day"])], dates


def test_complement_infinitive_lends_no_day(pipeline: Pipeline) -> None:
    # "agreed to meet": a complement names a coming act; the agreement keeps the report's day
    text = ("QUITO, March 9 (Wire) - Ecuador's foreign minister agreed to meet his Colombian counterpart "
            "on Tuesday.")
    dates = dated_steps(pipeline, text, _PUBLISHED)
    assert all(steps != ["date:purpose-infinitive-day"] for v in dates.values() for _, steps in v), dates


def test_act_takes_the_day_of_a_relative_clause_on_its_phrase(pipeline: Pipeline) -> None:
    text = ("SANTIAGO, March 9 (Wire) - Chilean police fired tear gas at hundreds of students who marched "
            "on the education ministry on Thursday, wounding a dozen of them.")
    dates = dated_steps(pipeline, text, _PUBLISHED)
    assert dates.get("fired") == [("2024-03-07", ["date:scene-clause-day"])], dates


def test_act_takes_the_day_of_an_as_clause(pipeline: Pipeline) -> None:
    text = ("PORT-AU-PRINCE, March 9 (Wire) - Gunmen seized a Canadian priest and his driver as they headed "
            "home from visiting the mayor of Kenscoff on Wednesday, Haitian police said.")
    dates = dated_steps(pipeline, text, _PUBLISHED)
    assert dates.get("seized") == [("2024-03-06", ["date:scene-clause-day"])], dates


def test_no_scene_day_across_after_nor_from_a_past_perfect(pipeline: Pipeline) -> None:
    for text in (
        "QUITO, March 9 (Wire) - Ecuadorean police arrested two Colombian men after they attacked a bus "
        "station in Tulcan on Tuesday.",
        "QUITO, March 9 (Wire) - Ecuadorean police arrested two Colombian men who had attacked a bus "
        "station in Tulcan on Tuesday.",
    ):
        dates = dated_steps(pipeline, text, _PUBLISHED)
        assert dates.get("arrested") and all(
            steps != ["date:scene-clause-day"] for _, steps in dates["arrested"]
        ), dates


def test_a_date_in_an_event_nouns_phrase_dates_the_noun_not_the_clause(pipeline: Pipeline) -> None:
    # "in January" hangs on "killing": the inquiry is taken over on the report's day
    text = ("LISBON, March 9 (Wire) - Portuguese prosecutors took over the inquiry into the killing of a "
            "Brazilian activist in January.")
    dates = dated_steps(pipeline, text, _PUBLISHED)
    assert dates.get("took") and all(date == "2024-03-09" for date, _ in dates["took"]), dates


def test_an_event_noun_object_keeps_the_clauses_date(pipeline: Pipeline) -> None:
    # the object's phrase may be the parser's home for the clause's own day: not bound to the noun
    text = "LISBON, March 9 (Wire) - Portugal ordered the expulsion of two Brazilian diplomats on Monday."
    dates = dated_steps(pipeline, text, _PUBLISHED)
    assert dates.get("ordered") and all(date == "2024-03-04" for date, _ in dates["ordered"]), dates


def test_an_accusation_takes_no_day_from_the_act_it_charges(pipeline: Pipeline) -> None:
    # "of shelling ... on Tuesday": the day of the act charged, not of the accusation (the report's day)
    text = "N'DJAMENA, March 9 (Wire) - Chad accused Sudanese forces of shelling villages near Adre on "
    text += "Tuesday."
    dates = dated_steps(pipeline, text, _PUBLISHED)
    assert dates.get("accused") == [("2024-03-09", ["date:dateline"])], dates


def test_a_saying_in_a_relative_clause_lends_no_scene_day(pipeline: Pipeline) -> None:
    # "that the minister said on Thursday ...": the day of the telling, not of the seizure
    text = ("ANKARA, March 9 (Wire) - Turkish officials seized cargo from a Syrian plane that the foreign "
            "minister said on Thursday was carrying Russian rockets.")
    dates = dated_steps(pipeline, text, _PUBLISHED)
    assert dates.get("seized") and all(d == "2024-03-09" for d, _ in dates["seized"]), dates
