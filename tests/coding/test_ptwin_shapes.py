"""Shapes found by the probe set ptwin (reports in the tuning half's shape, issue 10): a weekday that the
parser joins to "minutes" or "hours" after it (datewords._MOMENTS), another party's act backed ("backed
the strike", verbs.curated.tsv rows ne.ptwin.1-12), power transferred or ceded
(ne.ptwin.13-15), and words of scorn in a judgement ("called the charge stupid", words.toml
``negative_judgements``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import events_of

from newsevents.datewords import resolve
from newsevents.pipeline import Pipeline

# A Wednesday.
DAY = "2011-05-04"


@pytest.mark.parametrize(("text", "day"), [("Wednesday minutes", DAY), ("Tuesday hours", "2011-05-03")])
def test_a_weekday_joined_to_a_moment_is_that_weekday(text: str, day: str) -> None:
    found = resolve(text, dt.date.fromisoformat(DAY))
    assert found is not None and found.date == day


def test_a_takeover_minutes_after_a_result_is_dated_that_day(pipeline: Pipeline) -> None:
    text = (
        "LA PAZ, May 4 (Wire) - Army officers in Bolivia seized power on Wednesday minutes after the count "
        "ended, and detained the president."
    )
    coups = [e for e in events_of(pipeline, text, DAY) if e.root == "17"]
    assert coups and all(e.date == DAY for e in coups)


def test_backing_another_partys_strike_endorses_the_striker(pipeline: Pipeline) -> None:
    text = "Chilean jets bombed a Peruvian airfield on Monday. Spain and Italy backed the strike."
    backed = {
        (e.source.country, e.target and e.target.country)
        for e in events_of(pipeline, text, DAY)
        if e.cameo == "051"
    }
    assert backed == {("ESP", "CHL"), ("ITA", "CHL")}


@pytest.mark.parametrize(
    "text",
    [
        "President Jorge Vargas of Bolivia ceded power to the army on Tuesday.",
        "Bolivia's president transferred power to his deputy on Tuesday.",
    ],
)
def test_power_handed_on_yields_the_leadership(pipeline: Pipeline, text: str) -> None:
    assert any(e.cameo == "0831" and e.source.country == "BOL" for e in events_of(pipeline, text, DAY))


def test_a_word_of_scorn_on_a_charge_criticises(pipeline: Pipeline) -> None:
    text = "Oslo accused Stockholm of spying. Sweden's foreign ministry called the accusation ridiculous."
    assert any(
        e.root == "11" and e.source.country == "SWE" and e.target is not None and e.target.country == "NOR"
        for e in events_of(pipeline, text, DAY)
    )


def test_a_plans_terms_turned_down_tell_no_act(pipeline: Pipeline) -> None:
    # (coding/diplomacy.agreement_terms): the terms of a plan rejected are no intent of anybody's
    text = (
        "A regional plan under which President Jorge Vargas would hand power to his deputy was rejected by "
        "the Bolivian government on Monday."
    )
    codes = {e.cameo for e in events_of(pipeline, text, DAY)}
    assert "127" in codes or any(c.startswith("12") for c in codes)
    assert not any(c.startswith(("03", "08")) for c in codes)


def test_co_donors_flying_in_rescuers_offer_to_the_stricken_country(pipeline: Pipeline) -> None:
    # (co_actors.toml intent_verbs): three offers to Nepal, none from one donor to another
    text = "An earthquake struck Nepal on Saturday. Spain, Chile and Italy said they would fly in rescuers."
    offers = {
        (e.source.country, e.target and e.target.country)
        for e in events_of(pipeline, text, DAY)
        if e.root == "03"
    }
    assert offers == {("ESP", "NPL"), ("CHL", "NPL"), ("ITA", "NPL")}
