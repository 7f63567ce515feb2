"""A measure in force "since" a day is dated by that day ("has barred arrivals since Friday"); a tally
counted since a day, a record ("the first time ... since") and a bare year keep the date they had.
Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-11-29"  # a Monday; the dateline's Nov 28 is a Sunday, Friday Nov 26


def _dates(pipeline: Pipeline, text: str) -> list[str | None]:
    return [e.date for e in events_of(pipeline, "LONDON, Nov 28 (Wire) - " + text, PUBLISHED_ON)]


def test_a_ban_in_force_since_friday_began_on_friday(pipeline: Pipeline) -> None:
    assert _dates(pipeline, "Britain has barred arrivals from Chad since Friday, the ministry said.") == [
        "2021-11-26"
    ]


def test_troops_moving_since_tuesday_began_on_tuesday(pipeline: Pipeline) -> None:
    dates = _dates(pipeline, "Kenya said Ethiopian troops had been moving towards the border since Tuesday.")
    assert dates == ["2021-11-23"]


def test_a_tally_since_friday_keeps_the_dateline(pipeline: Pipeline) -> None:
    assert _dates(pipeline, "Police have detained 40 protesters since Friday.") == ["2021-11-28"]


def test_a_perfect_on_the_first_of_two_verbs_dates_both_by_since(pipeline: Pipeline) -> None:
    # "since" hangs from the second verb, the perfect's "have" from the first: one measure begun on Friday.
    text = "Norway and Chile have barred or restricted arrivals from Laos since Friday."
    assert set(_dates(pipeline, text)) == {"2021-11-26"}
