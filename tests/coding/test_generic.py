"""Clauses that tell no single act (coding/generic.py, issue 10, ninth session, pdup): habits, acts
counted over years, and a relative clause's setting in progress; each beside the act told as news, which
stays coded. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

WEDNESDAY = "2021-03-10"


@pytest.mark.parametrize(
    ("habit", "act", "event"),
    [
        (
            "Nigeria typically imposes sanctions on Niger after a coup.",
            "Nigeria imposed sanctions on Niger on Tuesday.",
            ("163", "NGA", "NER"),
        ),
        (
            "Senegal usually expels Gambian diplomats during disputes.",
            "Senegal expelled two Gambian diplomats on Tuesday.",
            ("161", "SEN", "GMB"),
        ),
    ],
)
def test_a_habit_is_no_act_but_the_act_is(pipeline: Pipeline, habit: str, act: str, event: tuple) -> None:
    assert coded(pipeline, habit, WEDNESDAY) == []
    assert coded(pipeline, act, WEDNESDAY) == [event]


def test_a_practice_told_by_frequency_is_still_coded(pipeline: Pipeline) -> None:
    text = "Chadian soldiers routinely beat Sudanese detainees, a court was told today."
    assert coded(pipeline, text, WEDNESDAY) == [("182", "TCD", "SDN")]


def test_acts_counted_over_decades_are_a_history(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Mali has had four coups in two decades.", WEDNESDAY) == []
    # An ordinal names the story's own act: it stays.
    text = "Mali's army seized power on Tuesday, the country's fourth coup in two decades."
    assert coded(pipeline, text, WEDNESDAY) == [("170", "MLI", "MLI")]


def test_a_perfect_over_recent_years_is_a_history_but_over_weeks_is_news(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Soldiers in Niger and Chad have seized power in recent years.", WEDNESDAY) == []
    text = "Iraq has asked Washington for air strikes on militant camps in recent weeks."
    assert coded(pipeline, text, WEDNESDAY) == [("020", "IRQ", "USA")]


def test_a_relative_clause_in_progress_is_the_setting(pipeline: Pipeline) -> None:
    text = "President Macky Sall, who was visiting the border region, condemned the Gambian shelling today."
    assert coded(pipeline, text, WEDNESDAY) == [("111", "SEN", "GMB")]


def test_a_finished_relative_clause_and_a_clause_with_its_own_party_stay(pipeline: Pipeline) -> None:
    text = "President Macky Sall, who visited the border on Monday, condemned the Gambian shelling today."
    assert coded(pipeline, text, WEDNESDAY) == [("042", "SEN", "GMB"), ("111", "SEN", "GMB")]
    text = "Senegalese troops stormed the school where Gambian rebels were holding forty hostages."
    assert coded(pipeline, text, WEDNESDAY) == [("190", "SEN", "GMB"), ("181", "GMB", "SEN")]


def test_a_present_act_in_a_quotation_is_rhetoric(pipeline: Pipeline) -> None:
    text = '"Chad is committing genocide against its own people," the Sudanese minister told the court today.'
    assert coded(pipeline, text, WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            '"We have arrested the Chadian spies," the Sudanese police chief said today.',
            ("173", "SDN", "TCD"),
        ),
        ('"We will hunt down the Chadian rebels," the Sudanese president said today.', ("132", "SDN", "TCD")),
    ],
)
def test_a_past_or_future_act_in_a_quotation_stays(pipeline: Pipeline, text: str, event: tuple) -> None:
    assert coded(pipeline, text, WEDNESDAY) == [event]


def test_scare_quotes_do_not_make_rhetoric(pipeline: Pipeline) -> None:
    text = 'The Sudanese minister called the raid a "Chadian invasion" and recalled the envoy from Ndjamena.'
    assert coded(pipeline, text, WEDNESDAY) == [("192", "TCD", "SDN"), ("161", "SDN", "TCD")]


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Foreign Affairs of Chile today issued the following statement:",
        "Issued today by the Chilean government's spokesperson was the following statement:",
    ],
)
def test_the_heading_of_a_release_is_no_statement(pipeline: Pipeline, text: str) -> None:
    assert coded(pipeline, text, WEDNESDAY) == []


def test_a_heading_of_measures_keeps_its_act(pipeline: Pipeline) -> None:
    text = "In response, Chile's foreign ministry announces the following countermeasures against Peru:"
    assert coded(pipeline, text, WEDNESDAY) == [("170", "CHL", "PER")]


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru have fought three wars since 1879.",
        "Fighting between the Chadian army and the rebels has killed over 13,000 people since 2014.",
    ],
)
def test_acts_summed_since_a_year_are_a_history(pipeline: Pipeline, text: str) -> None:
    assert coded(pipeline, text, WEDNESDAY) == []


def test_a_state_held_since_a_year_is_news(pipeline: Pipeline) -> None:
    text = "Chad has held the Sudanese journalist in prison since 2019."
    assert coded(pipeline, text, WEDNESDAY) == [("173", "TCD", "SDN")]


def test_the_first_time_since_a_year_is_the_story_s_act(pipeline: Pipeline) -> None:
    text = "Not since 1940 has Paris withdrawn its ambassador from Rome: it is the first time."
    assert coded(pipeline, text, WEDNESDAY) == [("161", "FRA", "ITA")]
