"""A phrase naming a place beside the state that owns or once owned it is one party, so one act is one
record (actors/named_place.py); a phrase that coordinates its countries still names each. Sentences
written for these tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-09"


def test_a_possessed_region_is_the_region(pipeline: Pipeline) -> None:
    text = "BERLIN, March 8 (Wire) - A German minister visited Serbia's Kosovo region on Monday."
    visits = [c for c in coded(pipeline, text, PUBLISHED_ON) if c[0].startswith("04")]
    assert [c[2] for c in visits] == ["XKX"], visits


def test_a_republic_of_a_country_is_that_country(pipeline: Pipeline) -> None:
    text = (
        "BUCHAREST, March 8 (Wire) - Romania imposed a trade embargo on the former Soviet Republic of "
        "Moldova on Monday."
    )
    embargoes = [c for c in coded(pipeline, text, PUBLISHED_ON) if c[0].startswith("16")]
    assert [c[2] for c in embargoes] == ["MDA"], embargoes


def test_coordinated_countries_stay_two_parties(pipeline: Pipeline) -> None:
    text = "LIMA, March 8 (Wire) - Peru expelled Chilean and Bolivian envoys on Monday."
    expulsions = [c for c in coded(pipeline, text, PUBLISHED_ON) if c[0].startswith("16")]
    assert sorted(c[2] for c in expulsions) == ["BOL", "CHL"], expulsions


def test_an_act_of_one_state_on_another_keeps_its_doer(pipeline: Pipeline) -> None:
    text = (
        "GENEVA, March 8 (Wire) - The U.N. Security Council on Monday condemned the Iraqi invasion of "
        "Moldova."
    )
    condemned = [c for c in coded(pipeline, text, PUBLISHED_ON) if c[0].startswith("11")]
    assert "IRQ" in [c[2] for c in condemned], condemned
