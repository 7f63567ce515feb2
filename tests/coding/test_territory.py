"""Territory and land (the pland probe round): a state taking another to a court sues it (115), and land or
a named territory handed back, returned or transferred goes to the state in the "to" phrase (0842, 084),
even where the parser hangs that phrase on the particle ("handed X back TO Y"). Sentences written for
these tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline


def test_taking_a_state_to_a_court_sues_it(pipeline: Pipeline) -> None:
    text = "QUITO, May 4 (Wire) - Ecuador took Peru to the World Court on Tuesday over the river frontier."
    found = coded(pipeline, text, "2021-05-05")
    assert ("115", "ECU", "PER") in found, found
    assert not [c for c, _s, _t in found if c.startswith("19")], found


def test_a_named_place_taken_is_still_occupied(pipeline: Pipeline) -> None:
    # no court: the named place is ground taken (ne.root14.3)
    text = "ADEN, May 4 (Wire) - Rebels took Mukalla on Tuesday."
    found = coded(pipeline, text, "2021-05-05")
    assert [c for c, _s, _t in found] == ["192"], found


def test_territory_handed_back_goes_to_the_to_party(pipeline: Pipeline) -> None:
    text = "LISBON, May 4 (Wire) - Portugal handed Macau back to China on Tuesday."
    found = coded(pipeline, text, "2021-05-05")
    assert ("084", "PRT", "CHN") in found, found


def test_captives_handed_back_go_to_the_named_state(pipeline: Pipeline) -> None:
    text = "BAKU, May 4 (Wire) - Azerbaijan handed 15 soldiers back to Armenia on Tuesday."
    found = coded(pipeline, text, "2021-05-05")
    assert any(c.startswith("084") and s == "AZE" and t == "ARM" for c, s, t in found), found


def test_returned_and_transferred_land(pipeline: Pipeline) -> None:
    text = (
        "CAIRO, May 4 (Wire) - Sudan returned the border enclave to Egypt on Tuesday. Egypt transferred two "
        "Red Sea islands to Saudi Arabia on Wednesday."
    )
    found = coded(pipeline, text, "2021-05-05")
    assert ("0842", "SDN", "EGY") in found, found
    assert ("0842", "EGY", "SAU") in found, found


def test_a_person_returned_is_no_territory(pipeline: Pipeline) -> None:
    text = "LIMA, May 4 (Wire) - Peru returned its ambassador to Chile on Tuesday."
    found = coded(pipeline, text, "2021-05-05")
    assert not [c for c, _s, _t in found if c == "0842"], found


def test_instruments_of_ratification_exchanged_and_enclaves_swapped(pipeline: Pipeline) -> None:
    text = (
        "TASHKENT, May 4 (Wire) - Uzbekistan and Kyrgyzstan exchanged the instruments of ratification of "
        "their border treaty on Tuesday. The two countries swapped three enclaves on Wednesday."
    )
    found = coded(pipeline, text, "2021-05-05")
    assert any(c == "057" and {s, t} == {"UZB", "KGZ"} for c, s, t in found), found
    assert any(c == "0842" and {s, t} == {"UZB", "KGZ"} for c, s, t in found), found


def test_a_court_ordering_land_returned_returns_none(pipeline: Pipeline) -> None:
    # the return is ordered, not done: no 0842 by the state ordered
    text = "THE HAGUE, May 4 (Wire) - The court ordered Chile on Tuesday to return the land to Bolivia."
    found = coded(pipeline, text, "2021-05-05")
    assert not [c for c, _s, _t in found if c == "0842"], found


def test_a_place_described_by_its_standing_quarrel(pipeline: Pipeline) -> None:
    # the dispute tells what the reef is (coding/standing_claim.py); the agreement is the story's act
    text = (
        "MANILA, May 4 (Wire) - Palau and Micronesia agreed on Tuesday to share a reef, a shallow atoll "
        "that the two states have disputed for forty years."
    )
    found = coded(pipeline, text, "2021-05-05")
    assert not [c for c, _s, _t in found if c.startswith("11")], found
    assert [c for c, _s, _t in found if c.startswith("03") or c.startswith("05")], found


def test_a_dispute_told_as_an_act_stays(pipeline: Pipeline) -> None:
    text = "QUITO, May 4 (Wire) - Ecuador disputed the ruling on Tuesday."
    found = coded(pipeline, text, "2021-05-05")
    assert [c for c, _s, _t in found if c.startswith("11")], found
