"""Religion and the state (probe set prelig), on sentences written for these tests: a church, mosque or
temple closed, shut or sealed by the state restricts the freedom of worship (1721) and one demolished,
razed or bulldozed is property destroyed (1712), where the bare verbs code nothing or reduced relations;
a state put on, placed on or added to a list or blacklist is designated for sanctions (163) (the
ne.prelig rows, with the WORSHIP synset); a speech, remarks or comments condemned react to the statement told
before, another actor's than the reactor's own, and an act named back keeps its maker as the target beside
another country the sentence names (referred.toml, coding/referred.py, coding/own_country.py)."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline


def test_police_closing_a_church_restrict_worship(pipeline: Pipeline) -> None:
    text = "ORAN, March 4 (Wire) - Police closed an evangelical church in the western city on Wednesday."
    assert coded(pipeline, text, "2015-03-05") == [("1721", "DZA", "DZA")]


def test_a_mosque_sealed_by_the_authorities_restricts_worship(pipeline: Pipeline) -> None:
    text = (
        "TASHKENT, March 4 (Wire) - Police in Uzbekistan have sealed two mosques in the capital, "
        "a rights group said."
    )
    assert coded(pipeline, text, "2015-03-05") == [("1721", "UZB", "UZB")]


def test_a_bulldozed_temple_is_property_destroyed(pipeline: Pipeline) -> None:
    text = (
        "LAHORE, March 4 (Wire) - Provincial officials bulldozed a Hindu temple in the old city on Wednesday."
    )
    assert [c for c, _, _ in coded(pipeline, text, "2015-03-05")] == ["1712"]


def test_a_closed_border_is_still_no_worship_matter(pipeline: Pipeline) -> None:
    # Only places of worship take the rows: a closed border keeps its own code.
    text = "Chad closed its border with Sudan on Wednesday."
    assert "1721" not in [c for c, _, _ in coded(pipeline, text, "2015-03-05")]


def test_a_state_placed_on_a_list_is_designated_for_sanctions(pipeline: Pipeline) -> None:
    text = (
        "The United States on Wednesday placed Vietnam on its list of countries that violate "
        "religious freedom."
    )
    assert coded(pipeline, text, "2015-03-05") == [("163", "USA", "VNM")]


def test_a_party_added_to_a_blacklist_is_designated(pipeline: Pipeline) -> None:
    text = "Canada added Eritrea to its blacklist on Wednesday."
    assert coded(pipeline, text, "2015-03-05") == [("163", "CAN", "ERI")]


def test_a_speech_condemned_is_aimed_at_its_speaker(pipeline: Pipeline) -> None:
    # "speech" is no self-directed noun any more: a speech condemned reacts to the statement told before.
    text = (
        "JERUSALEM, March 4 (Wire) - President Omar Bashir of Sudan accused Egypt of meddling on Tuesday. "
        "Egypt condemned the speech on Wednesday."
    )
    assert ("111", "EGY", "SDN") in coded(pipeline, text, "2015-03-05")


def test_a_demolition_named_back_keeps_its_maker_beside_a_foreign_country(pipeline: Pipeline) -> None:
    # The act named back is the party, not the other country of the sentence (own_country.py).
    text = (
        "DHAKA, March 4 (Wire) - Militants razed a Hindu temple near Dhaka on Wednesday. Prime Minister "
        "Sheikh Hasina condemned the demolition and India summoned Bangladesh's envoy."
    )
    assert ("111", "BGD", "BGD") in coded(pipeline, text, "2015-03-05")


def test_remarks_named_back_are_another_actors_not_the_own_summons(pipeline: Pipeline) -> None:
    # The nearest act of the kind is the own summons (114); the remarks are the other side's accusation.
    text = (
        "SANTIAGO, March 4 (Wire) - A Peruvian minister accused Chile of spying on Tuesday. Chile summoned "
        "Peru's ambassador on Wednesday. President Michelle Bachelet called the remarks unacceptable."
    )
    assert ("111", "CHL", "PER") in coded(pipeline, text, "2015-03-05")
