"""Hostages held by the party whose taking of them the same sentence tells are that act's state, one record
(coding/held_captive.py, rule held-after-taking); suspects held by the police after a raid, and hostages
told as held in a sentence of their own, stay acts of their own. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.held_captive import HELD_TAKEN
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2019-03-07"


def _triggers(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None]]:
    return [(e.evidence.trigger, e.cameo, e.date) for e in events_of(pipeline, text, PUBLISHED_ON)]


def test_captors_who_seized_a_hotel_holding_hostages_is_one_act(pipeline: Pipeline) -> None:
    text = (
        "LIMA, March 6 (Wire) - Peruvian rebels who seized a hotel on Tuesday night were holding about 200 "
        "hostages on Wednesday and demanded the release of their jailed leader."
    )
    found = _triggers(pipeline, text)
    assert not any(t == "holding" for t, _, _ in found)
    assert any(t == "seized" and c.startswith("18") and d == "2019-03-05" for t, c, d in found)


def test_raiders_holding_hostages_in_a_conjunct_is_one_act(pipeline: Pipeline) -> None:
    text = (
        "LIMA, March 6 (Wire) - Peruvian rebels raided a border town on Tuesday and were holding more than "
        "300 hostages in a hospital on Wednesday, officials said."
    )
    found = _triggers(pipeline, text)
    assert [t for t, _, _ in found] == ["raided"]


def test_hostages_kept_where_a_relative_clause_tells_the_taking_is_one_act(pipeline: Pipeline) -> None:
    text = (
        "LIMA, March 6 (Wire) - Colombian guerrillas were holding dozens of hostages on Wednesday at a "
        "Peruvian army base near the border, which they attacked at dawn on Tuesday."
    )
    found = _triggers(pipeline, text)
    assert [t for t, _, _ in found] == ["attacked"]


def test_police_holding_suspects_after_a_raid_stays(pipeline: Pipeline) -> None:
    text = (
        "LIMA, March 6 (Wire) - Peruvian police raided a warehouse on Tuesday and were holding six suspects "
        "on Wednesday, officials said."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert "holding" in {e.evidence.trigger for e in events}
    assert all(HELD_TAKEN not in e.evidence.steps for e in events)


def test_hostages_still_held_in_a_later_sentence_stay(pipeline: Pipeline) -> None:
    text = (
        "LIMA, March 6 (Wire) - Peruvian rebels seized a hotel on Tuesday. They were still holding 200 "
        "hostages on Wednesday."
    )
    assert "holding" in {t for t, _, _ in _triggers(pipeline, text)}


def test_hostages_held_where_another_party_attacked_stay(pipeline: Pipeline) -> None:
    text = (
        "LIMA, March 6 (Wire) - Colombian guerrillas were holding dozens of hostages on Wednesday at a "
        "Peruvian village near the border, which Peruvian troops attacked at dawn on Tuesday."
    )
    assert "holding" in {t for t, _, _ in _triggers(pipeline, text)}
