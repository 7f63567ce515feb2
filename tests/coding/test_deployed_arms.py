"""Arms a state deploys, or sends to a place rather than to a party, are its own force posture (154), not
military aid (072), and warships arriving in another's waters an incursion (150): verbs.curated.tsv rows
ne.weakest15.*; sentences written for these tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline

_DAY = "2021-06-02"


def _codes(pipeline: Pipeline, text: str, source: str) -> set[str]:
    return {code for code, src, _ in coded(pipeline, text, _DAY) if src == source}


def test_arms_sent_to_an_island_are_a_build_up(pipeline: Pipeline) -> None:
    text = "SEOUL, June 1 (Wire) - South Korea sent more howitzers to the border island on Tuesday."
    assert _codes(pipeline, text, "KOR") == {"154"}


def test_deployed_missile_systems_are_a_build_up(pipeline: Pipeline) -> None:
    text = "TAIPEI, June 1 (Wire) - Taiwan said it had deployed missile systems on the coast."
    codes = _codes(pipeline, text, "TWN")
    assert "154" in codes
    assert "072" not in codes


def test_deployed_bombers_are_a_build_up(pipeline: Pipeline) -> None:
    text = "MOSCOW, June 1 (Wire) - Russia deployed bombers to the Arctic on Tuesday."
    assert _codes(pipeline, text, "RUS") == {"154"}


def test_arms_sent_to_another_state_stay_military_aid(pipeline: Pipeline) -> None:
    text = "BERLIN, June 1 (Wire) - Germany sent 500 anti-aircraft missiles to Ukraine on Tuesday."
    assert coded(pipeline, text, _DAY) == [("072", "DEU", "UKR")]


def test_warships_arriving_in_foreign_waters_are_an_incursion(pipeline: Pipeline) -> None:
    text = "OSLO, June 1 (Wire) - Two Russian warships arrived in Norwegian waters on Tuesday."
    assert coded(pipeline, text, _DAY) == [("150", "RUS", "NOR")]
