"""Dates of acts told beside another day (helper dates4): a clause the parser hangs across a semicolon on
the verb after it keeps its own date, not that verb's offset (``clausedate.apart``); an act the lead's
news followed ("after ...") takes the earlier day the next sentence retells it with
(``leadreported``, date:lead-act-day). Every sentence is invented."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _dates(pipeline: Pipeline, text: str, published: str) -> dict[str, str | None]:
    return {e.evidence.trigger: e.date for e in events_of(pipeline, text, published)}


_TIMELINE = (
    "ACCRA (Wire) - Key dates of the crisis:\n\n"
    "May 3 - Rebels seize the town of Wa.\n"
    "May 7 - Togo accepts a mediation plan drawn up by ECOWAS; the rebels reject it the next day.\n"
    "May 9 - Ghana calls on Togo to withdraw its troops; Benin urges calm at a summit the day before.\n"
)


def test_a_clause_before_a_semicolon_keeps_its_line_date(pipeline: Pipeline) -> None:
    dates = _dates(pipeline, _TIMELINE, "2024-05-20")
    assert dates["accepts"] == "2024-05-07"
    assert dates["reject"] == "2024-05-08"


def test_the_offset_after_the_semicolon_is_its_own_clause_s(pipeline: Pipeline) -> None:
    dates = _dates(pipeline, _TIMELINE, "2024-05-20")
    assert dates["calls"] == "2024-05-09"
    assert dates["urges"] == "2024-05-08"


def test_a_cause_the_next_sentence_retells_takes_its_day(pipeline: Pipeline) -> None:
    text = (
        "ATHENS, May 6 (Wire) - European ministers agreed on Monday to bar Iranian ships from their ports "
        "after Iran seized a Greek tanker. Iranian commandos boarded the tanker off Crete on Sunday. "
        "Greece recalled its ambassador."
    )
    dates = _dates(pipeline, text, "2024-05-06")
    assert dates["seized"] == "2024-05-05"
    assert dates["boarded"] == "2024-05-05"
    assert dates["recalled"] == "2024-05-06"


def test_a_retold_cause_dated_in_a_clause_on_the_object(pipeline: Pipeline) -> None:
    # the parser hangs "on Sunday" on the clause describing the truck
    text = (
        "LOME, May 6 (Wire) - Togo vowed on Monday to punish the rebels after a roadside bomb killed 12 "
        "soldiers near the border. The bomb hit a truck carrying troops near Aneho on Sunday."
    )
    assert _dates(pipeline, text, "2024-05-06")["killed"] == "2024-05-05"


def test_an_older_day_is_another_act_not_the_cause(pipeline: Pipeline) -> None:
    # the next sentence tells an arrest five days before the visit, not the access granted
    text = (
        "MOSCOW, May 9 (Wire) - The Dutch ambassador visited a jailed Dutch engineer on Wednesday after "
        "Russia granted consular access, the foreign ministry said. Russian police arrested the engineer "
        "in a Moscow hotel on May 3."
    )
    assert _dates(pipeline, text, "2024-05-09")["granted"] == "2024-05-08"


def test_an_offset_from_an_undated_act_on_a_timeline_line_keeps_the_line_date(pipeline: Pipeline) -> None:
    # "hours after accusing ...": nothing dates the accusation; the line's date is the killing's own
    text = (
        "ACCRA (Wire) - Key dates of the crisis:\n\n"
        "May 3 - Rebels seize the town of Wa.\n"
        "May 9 - The mayor of Tamale is shot dead hours after accusing the rebels of massacres.\n"
    )
    assert _dates(pipeline, text, "2024-05-20")["shot"] == "2024-05-09"
