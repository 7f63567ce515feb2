"""Wrong roots (the roots6 block of verbs.curated.tsv and coding/demands.py, round 34): figures of speech
("murdered the constitution", "poured scorn on") are no killing and no crowd; "called the ban political
pressure" is a judgement of blame, no appeal; a penalty wished on a party after a modal ("should be
isolated", "must be held accountable") criticises it, no demand. Sentences written for these
tests; each test states every event its sentence gives."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline

DAY = "2021-03-04"


def test_a_constitution_murdered_is_a_figure_of_speech(pipeline: Pipeline) -> None:
    text = "Kenya's opposition leader Raila Odinga said the government had murdered the constitution."
    assert [c for c, _s, _t in coded(pipeline, text, DAY) if c.startswith("19")] == []


def test_scorn_poured_on_a_plan_is_criticism(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Chile poured scorn on the Peruvian proposal on Monday.", DAY) == [
        ("111", "CHL", "PER")
    ]
    assert coded(pipeline, "Argentina heaped scorn on Britain's offer.", DAY) == [("111", "ARG", "GBR")]


def test_cold_water_poured_on_a_proposal_is_a_rejection(pipeline: Pipeline) -> None:
    text = "Germany poured cold water on the French proposal on Monday."
    assert coded(pipeline, text, DAY) == [("120", "DEU", "FRA")]


def test_crowds_pouring_into_the_streets_stay_a_demonstration(pipeline: Pipeline) -> None:
    text = "Crowds poured into the streets of Lima on Monday."
    assert [c for c, _s, _t in coded(pipeline, text, DAY)] == ["141"]


def test_a_measure_called_pressure_is_criticism_not_an_appeal(pipeline: Pipeline) -> None:
    text = "Cuban officials called the new tariffs political pressure on Havana."
    assert [c for c, _s, _t in coded(pipeline, text, DAY)] == ["111"]


def test_a_party_that_should_be_isolated_is_criticised(pipeline: Pipeline) -> None:
    text = "The American envoy told senators that Nicaragua should be isolated."
    assert coded(pipeline, text, DAY) == [("111", "USA", "NIC")]


def test_a_party_to_be_held_accountable_is_criticised(pipeline: Pipeline) -> None:
    text = "Brazil said the Venezuelan generals must be brought to justice."
    assert coded(pipeline, text, DAY) == [("111", "BRA", "VEN")]


def test_a_party_that_must_act_is_still_asked(pipeline: Pipeline) -> None:
    text = "Jiang said Washington should stop its reconnaissance flights."
    assert coded(pipeline, text, DAY) == [("100", "CHN", "USA")]


def test_a_speaker_that_should_be_offered_a_deal_still_asks(pipeline: Pipeline) -> None:
    text = "Pakistan said it should be offered a similar deal."
    assert [c for c, _s, _t in coded(pipeline, text, DAY)] == ["100"]


def test_pressure_inside_a_phrase_is_no_verdict(pipeline: Pipeline) -> None:
    text = (
        "Putin signed a decree on Saturday allowing the authorities to ban foreign outlets, a measure "
        "lawmakers described as a reply to American pressure on Russian media."
    )
    assert [c for c, _s, _t in coded(pipeline, text, DAY) if c.startswith("11")] == []
