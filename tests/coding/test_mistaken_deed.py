"""A state's own act of force called a mistake is an apology for it, another country's act so called a
criticism (coding/mistaken_deed.py). Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline


def test_own_raid_called_an_error_is_an_apology(pipeline: Pipeline) -> None:
    text = (
        "Peruvian jets bombed a village in Ecuador on Monday, killing four farmers. "
        "Lima's defence minister called the raid a terrible error on Tuesday."
    )
    found = coded(pipeline, text, "2020-03-04")
    assert ("055", "PER", "ECU") in found
    assert not [c for c in found if c[0].startswith("11")]


def test_own_shelling_said_to_be_a_mistake_is_an_apology(pipeline: Pipeline) -> None:
    text = (
        "Thai artillery shelled a Cambodian market on Sunday. "
        "Thailand's army chief said on Monday that the shelling had been a grave mistake."
    )
    found = coded(pipeline, text, "2011-02-07")
    assert [c for c in found if c[0] == "055" and c[1] == "THA"]
    assert not [c for c in found if c[0].startswith("11") and c[1] == "THA"]


def test_another_countrys_strike_called_a_mistake_stays_criticism(pipeline: Pipeline) -> None:
    text = (
        "Peruvian jets bombed a village in Ecuador on Monday. "
        "Ecuador's foreign minister called the raid a terrible mistake on Tuesday."
    )
    found = coded(pipeline, text, "2020-03-04")
    assert [c for c in found if c[0].startswith("11") and c[1] == "ECU"]
    assert not [c for c in found if c[0] == "055"]


def test_an_opposition_leader_calling_the_armys_raid_a_mistake_criticises_it(pipeline: Pipeline) -> None:
    text = (
        "Peruvian jets bombed a village in Ecuador on Monday. "
        "Peru's opposition leader called the raid a terrible mistake on Tuesday."
    )
    assert not [c for c in coded(pipeline, text, "2020-03-04") if c[0] == "055"]
