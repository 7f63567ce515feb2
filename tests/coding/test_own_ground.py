"""Ground taken by a state's forces in their own country is taken from the other side
(target:own-ground), and places and aircraft taken or brought down by force (ne.violence rows), on
sentences written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding import own_ground
from newsevents.pipeline import Pipeline


def test_town_retaken_at_home_is_taken_from_the_foreign_side(pipeline: Pipeline) -> None:
    text = (
        "KYIV, May 3 (Wire) - Russia said it would not withdraw. Ukrainian troops retook the town of "
        "Bakhmut on Sunday, the general staff said."
    )
    retook = by_trigger(events_of(pipeline, text, "2021-05-03"))["retook"][0]
    assert retook.cameo == "192"
    assert retook.source.country == "UKR"
    assert retook.target is not None and retook.target.country == "RUS"
    assert own_ground.OWN_GROUND in retook.evidence.steps


def test_town_retaken_from_rebels_with_no_foreign_party_stays_at_home(pipeline: Pipeline) -> None:
    text = "BAMAKO, May 3 (Wire) - Malian troops retook the town of Kidal from the rebels on Sunday."
    retook = by_trigger(events_of(pipeline, text, "2021-05-03"))["retook"][0]
    assert retook.target is None or retook.target.country == "MLI"


def test_armed_group_taking_a_town_is_left_alone(pipeline: Pipeline) -> None:
    text = "GOMA, May 3 (Wire) - Uganda closed its border. Rebels seized the town of Bunagana on Sunday."
    for event in events_of(pipeline, text, "2021-05-03"):
        assert own_ground.OWN_GROUND not in event.evidence.steps


def test_taking_a_town_is_occupying_territory(pipeline: Pipeline) -> None:
    text = "BAKU, May 3 (Wire) - Armenia protested. Azerbaijani forces took the town of Lachin on Sunday."
    took = by_trigger(events_of(pipeline, text, "2021-05-03"))["took"][0]
    assert took.cameo == "192"
    assert took.target is not None and took.target.country == "ARM"


def test_fighters_bringing_down_an_aircraft_is_a_military_assault(pipeline: Pipeline) -> None:
    text = "TAIPEI, May 3 (Wire) - Taiwanese fighter jets brought down a Chinese drone on Sunday."
    brought = by_trigger(events_of(pipeline, text, "2021-05-03"))["brought"][0]
    assert brought.cameo == "190"
    assert brought.source.country == "TWN"
    assert brought.target is not None and brought.target.country == "CHN"
