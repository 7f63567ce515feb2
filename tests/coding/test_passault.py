"""Assault told in its own words (probe passault, round 35): an airliner or a bus seized by gunmen is
hijacked (181) and the people they seize abducted (181; the police's are arrested), captives chained to a
site are human shields (184), an attack told at worship ("during Sunday mass", "during Friday prayers")
takes the day of the service, and a Maltese prime minister named Muscat is no Omani. Rows
``ne.passault.*`` of coding/data/verbs.curated.tsv, the occasion nouns of data/dates.toml and
tools/curated_actors.jsonl. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import coded, events_of

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2019-05-06"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("OSLO, May 6 (Wire) - Gunmen seized an Italian airliner at Tunis airport on Sunday.", "181"),
        (
            "OSLO, May 6 (Wire) - Masked gunmen seized a passenger jet at the airport in Karachi on Sunday.",
            "181",
        ),
        (
            "OSLO, May 6 (Wire) - Gunmen seized 14 people, among them six foreign tourists, from a beach "
            "resort on Sunday.",
            "181",
        ),
        ("OSLO, May 6 (Wire) - Twelve road workers were seized by rebels in the hills on Sunday.", "181"),
        ("OSLO, May 6 (Wire) - Police seized 14 people at a protest on Sunday.", "173"),
        ("OSLO, May 6 (Wire) - Militiamen grabbed two aid workers outside the camp on Sunday.", "181"),
        (
            "OSLO, May 6 (Wire) - Rebel fighters chained captured soldiers to the bridge on Sunday to deter "
            "air strikes.",
            "184",
        ),
    ],
)
def test_the_act_of_assault_is_named_by_its_object(pipeline: Pipeline, text: str, code: str) -> None:
    assert code in [c for c, _, _ in coded(pipeline, text, PUBLISHED_ON)]


def test_protesters_chained_to_gates_are_no_human_shields(pipeline: Pipeline) -> None:
    text = "OSLO, May 6 (Wire) - Protesters chained themselves to the gates of the parliament on Sunday."
    assert "184" not in [c for c, _, _ in coded(pipeline, text, PUBLISHED_ON)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "OSLO, May 6 (Wire) - Gunmen opened fire on worshippers during Sunday mass at a church in the "
            "north, killing 12 people.",
            "2019-05-05",
        ),
        (
            "OSLO, May 6 (Wire) - A bomb exploded at a mosque in the east during Friday prayers, killing 12 "
            "people.",
            "2019-05-03",
        ),
    ],
)
def test_an_attack_at_worship_takes_the_day_of_the_service(pipeline: Pipeline, text: str, day: str) -> None:
    force = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.cameo[:2] == "18"]
    assert force and all(e.date == day for e in force)


def test_a_maltese_prime_minister_named_muscat_is_maltese(pipeline: Pipeline) -> None:
    text = "VALLETTA, May 6 (Wire) - Prime Minister Joseph Muscat condemned the bombing on Monday."
    assert [(c, s) for c, s, _ in coded(pipeline, text, "2017-10-16")] == [("111", "MLT")]
