"""Weapons fired from a named place (coding/launched.py), unattributed attacks told beside a named one on
another country (agentless.unnamed_tolls) and their victims taken up by a pronoun (actors/coref.py), on
sentences written for these tests."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.pipeline import Pipeline

_TRUCE = "CAIRO, May 2 (Wire) - Egypt and Libya agreed a truce on Monday."


def test_weapon_fired_from_a_place_is_that_country_s(pipeline: Pipeline) -> None:
    text = "CAIRO, May 2 (Wire) - A mortar bomb fired from Libya killed three Egyptians at a farm."
    killed = by_trigger(events_of(pipeline, text, "2011-05-03"))["killed"][0]
    assert killed.source.country == "LBY"
    assert killed.target is not None and killed.target.country == "EGY"


def test_weapons_fired_from_a_place_in_the_passive(pipeline: Pipeline) -> None:
    text = "JERUSALEM, May 2 (Wire) - Two rockets were fired from Lebanon into northern Israel on Monday."
    fired = by_trigger(events_of(pipeline, text, "2011-05-03"))["fired"][0]
    assert fired.source.country == "LBN"


def test_unnamed_attack_on_the_other_side_beside_a_named_strike_is_kept(pipeline: Pipeline) -> None:
    text = (
        f"{_TRUCE} Before the truce began, a rocket fired from Libya killed two Egyptians at a farm near the "
        "border, and an Egyptian air strike flattened a depot in Tobruk."
    )
    events = by_trigger(events_of(pipeline, text, "2011-05-03"))
    killed = events["killed"][0]
    assert killed.target is not None and killed.target.country == "EGY"
    assert killed.source.country == "LBY"


def test_toll_of_the_named_act_still_folds(pipeline: Pipeline) -> None:
    text = (
        "TOKYO, May 2 (Wire) - Two Japanese sailors were wounded when the crew of a Chinese trawler "
        "opened fire with rifles."
    )
    events = by_trigger(events_of(pipeline, text, "2011-05-03"))
    assert "wounded" not in events or events["wounded"][0].source.country != "JPN"


def test_gerund_object_pronoun_is_not_the_governing_subject(pipeline: Pipeline) -> None:
    # (coref._own_subject: a gerund after a preposition shares its governor's subject, so "them" is not it)
    text = (
        "KABUL, May 2 (Wire) - Taliban insurgents freed five more Norwegian nurses on Monday, a month after "
        "kidnapping them on the main highway."
    )
    kidnapped = by_trigger(events_of(pipeline, text, "2011-05-03"))["kidnapping"][0]
    assert kidnapped.target is not None and kidnapped.target.country == "NOR"
