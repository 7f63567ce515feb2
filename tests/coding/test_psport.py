"""Sports and cultural diplomacy (probe set psport), on sentences written for these tests: a tennis or cup
result is no assault (mishaps.toml sport words), parties that boycott an event side by side each boycott
it (co_actors.toml), a match or a concert cancelled is a contact cut and a humanitarian visa protection
(the ne.psport rows), and sports bodies and the broadcasters' union are non-state actors
(tools/curated_actors.jsonl)."""

from __future__ import annotations

from coding_helpers import coded, coded_with_roles

from newsevents.pipeline import Pipeline


def test_a_tennis_result_is_no_assault(pipeline: Pipeline) -> None:
    text = "VIENNA, March 4 (Wire) - Spain's Ana Ruiz beat Peru's Luisa Soto in straight sets on Wednesday."
    assert coded(pipeline, text, "2020-03-04") == []


def test_a_final_assault_is_still_force(pipeline: Pipeline) -> None:
    # "final" is no word of a game: a battle's last assault keeps its event.
    text = "The rebels beat the army in the final battle for the town."
    assert [c for c, _, _ in coded(pipeline, text, "2020-03-04")] == ["190"]


def test_a_pair_boycotts_a_third_partys_summit(pipeline: Pipeline) -> None:
    text = "Chile and Peru boycotted the summit in Caracas on Wednesday."
    assert coded(pipeline, text, "2020-03-04") == [("125", "CHL", "VEN"), ("125", "PER", "VEN")]


def test_three_parties_that_will_boycott_never_target_each_other(pipeline: Pipeline) -> None:
    text = "Argentina, Chile and Peru said on Wednesday they would boycott the summit."
    assert coded(pipeline, text, "2020-03-04") == [
        ("125", "ARG", None),
        ("125", "CHL", None),
        ("125", "PER", None),
    ]


def test_a_cancelled_friendly_is_a_contact_cut(pipeline: Pipeline) -> None:
    text = "Chile cancelled a friendly match against Peru due in Lima on Saturday."
    assert coded(pipeline, text, "2020-03-04") == [("160", "CHL", "PER")]


def test_a_cancelled_concert_is_a_contact_cut(pipeline: Pipeline) -> None:
    text = "China cancelled a concert by the Norwegian orchestra on Tuesday."
    assert coded(pipeline, text, "2020-03-04") == [("160", "CHN", "NOR")]


def test_weather_cancelling_a_match_is_no_event(pipeline: Pipeline) -> None:
    assert coded(pipeline, "The rain cancelled the match in Lima on Tuesday.", "2020-03-04") == []


def test_sports_bodies_are_non_state_actors(pipeline: Pipeline) -> None:
    assert coded_with_roles(pipeline, "World Athletics suspended Kenya on Friday.", "2020-03-06") == [
        ("160", None, "NGO", "KEN")
    ]
    assert coded_with_roles(
        pipeline, "The European Broadcasting Union criticised Kenya on Friday.", "2020-03-06"
    ) == [("111", None, "NGO", "KEN")]


def test_a_humanitarian_visa_is_protection(pipeline: Pipeline) -> None:
    text = "WARSAW, Aug 2 (Wire) - Poland granted a humanitarian visa on Monday to Belarusian runner Ana."
    assert coded(pipeline, text, "2021-08-02") == [("075", "POL", "BLR")]


def test_plain_visas_stay_cooperation(pipeline: Pipeline) -> None:
    text = "Poland granted visas to 300 Belarusian students on Monday."
    assert coded(pipeline, text, "2021-08-02") == [("060", "POL", "BLR")]
