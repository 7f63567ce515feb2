"""Wrong dates by class (issue 10, helper dates39): an offset hung on a clause with no date of its own counts
from the date of that clause's complement (``newsevents.offsetbelow``), not from the report's day; an
event told in a relative clause deep in an offset clause's object takes the offset's day
(``when._OFFSET_REACH``). Every sentence is invented."""

from __future__ import annotations

from coding_helpers import dated_steps

from newsevents.pipeline import Pipeline

# The reports' publication day (a Saturday): "Thursday" is 2024-03-07.
_PUBLISHED = "2024-03-09"


def test_offset_counts_from_the_date_of_the_infinitive(pipeline: Pipeline) -> None:
    # "on Friday" hangs on "leave": the order is Friday's, and the shelling three days before it
    text = ("DHAKA, March 9 (Wire) - Bangladesh ordered Myanmar's ambassador to leave the country on Friday, "
            "three days after Myanmar troops shelled a border village in Bandarban.")
    dates = dated_steps(pipeline, text, _PUBLISHED)
    assert dates.get("shelled") == [("2024-03-05", ["date:offset-clause-below"])], dates


def test_offset_on_the_saying_counts_from_the_act_reported(pipeline: Pipeline) -> None:
    text = ("BAMAKO, March 9 (Wire) - Mali's army fired on crowds in Gao on Thursday evening, residents "
            "said, hours after rebels attacked the town's airport.")
    dates = dated_steps(pipeline, text, _PUBLISHED)
    assert dates.get("attacked") == [("2024-03-07", ["date:offset-clause-below"])], dates


def test_offset_counts_from_a_prepositional_clause(pipeline: Pipeline) -> None:
    text = ("LIMA, March 9 (Wire) - Peru barred Chilean diplomats from leaving the country on Thursday, "
            "hours after Chile expelled Peru's ambassador.")
    dates = dated_steps(pipeline, text, _PUBLISHED)
    assert dates.get("expelled") == [("2024-03-07", ["date:offset-clause-below"])], dates


def test_relative_clause_deep_in_an_offset_clause_takes_its_day(pipeline: Pipeline) -> None:
    text = ("TUNIS, March 9 (Wire) - The opposition said on Friday it had seized the state broadcaster, two "
            "days after soldiers fired on hundreds of students who occupied the university in Sfax.")
    dates = dated_steps(pipeline, text, _PUBLISHED)
    assert [d for d, _ in dates.get("fired", [])] == ["2024-03-06"], dates
    assert [d for d, _ in dates.get("occupied", [])] == ["2024-03-06"], dates
