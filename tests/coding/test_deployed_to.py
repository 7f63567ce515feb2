"""A deployment whose clause names the foreign place its forces go to or land in is aimed at that place's
country (coding/destination.py, target:deployed-to), not at a co-actor, a country named elsewhere in the
sentence or the story's rival; a destination at home leaves the target alone. Sentences written for these
tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.destination import DEPLOYED_TO
from newsevents.pipeline import Pipeline


def test_troops_landing_in_a_foreign_capital_face_its_country_not_a_co_actor(pipeline: Pipeline) -> None:
    text = (
        "CANBERRA, Aug 1 (Wire) - Soldiers from Australia and New Zealand landed in Port Moresby on "
        "Thursday at the request of the government there."
    )
    landed = by_trigger(events_of(pipeline, text, "2003-08-01"))["landed"][0]
    assert landed.root == "15"
    assert landed.source.country == "AUS"
    assert landed.target is not None and landed.target.country == "PNG"
    assert DEPLOYED_TO in landed.evidence.steps


def test_troops_ordered_to_an_ally_face_the_ally_not_the_storys_rival(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON, Aug 8 (Wire) - Iraqi divisions massed near the Kuwaiti frontier last week. President "
        "George Bush told reporters on Wednesday that he had ordered U.S. soldiers and warplanes to Saudi "
        "Arabia, at the king's request."
    )
    ordered = by_trigger(events_of(pipeline, text, "1990-08-08"))["ordered"][0]
    assert ordered.root == "15"
    assert ordered.source.country == "USA"
    assert ordered.target is not None and ordered.target.country == "SAU"


def test_a_zone_on_named_heights_places_the_move_in_their_country(pipeline: Pipeline) -> None:
    text = (
        "JERUSALEM, Dec 9 (Wire) - Israel sent troops into the buffer zone on the Golan Heights on Sunday, "
        "hours after Russia flew the deposed president out of the country."
    )
    sent = by_trigger(events_of(pipeline, text, "2024-12-09"))["sent"][0]
    assert sent.root == "15"
    assert sent.source.country == "ISR"
    assert sent.target is not None and sent.target.country == "SYR"


def test_troops_moved_to_a_place_at_home_keep_the_foreign_party_they_face(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, May 4 (Wire) - Kenya has moved extra troops to its bases near Mandera after a clash "
        "with Somali forces on Sunday, officials said on Monday."
    )
    moved = by_trigger(events_of(pipeline, text, "2021-05-04"))["moved"][0]
    assert moved.target is not None and moved.target.country == "SOM"
    assert DEPLOYED_TO not in moved.evidence.steps

