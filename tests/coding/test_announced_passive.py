"""Agentless passives a state reports as its own act to come (coding/announced_passive.py), on sentences
written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.announced_passive import ANNOUNCED_PASSIVE
from newsevents.pipeline import Pipeline


def test_future_passive_told_by_a_state_is_its_intent(pipeline: Pipeline) -> None:
    text = "Ankara announced that the Greek inspectors will be allowed into the plant next week."
    allowed = by_trigger(events_of(pipeline, text, "2024-03-05"))["allowed"][0]
    assert allowed.root == "03"
    assert allowed.source.country == "TUR"
    assert allowed.target is not None and allowed.target.country == "GRC"
    assert ANNOUNCED_PASSIVE in allowed.evidence.steps


def test_target_from_the_phrase_on_the_measure(pipeline: Pipeline) -> None:
    text = "The Kremlin said the sanctions on Georgia would be lifted in May."
    lifted = by_trigger(events_of(pipeline, text, "2024-03-05"))["lifted"][0]
    assert lifted.source.country == "RUS"
    assert lifted.target is not None and lifted.target.country == "GEO"


def test_no_other_party_named_makes_no_event(pipeline: Pipeline) -> None:
    text = "Ankara announced that the inspectors will be allowed into the plant next week."
    assert "allowed" not in by_trigger(events_of(pipeline, text, "2024-03-05"))


def test_a_past_passive_is_not_an_announcement(pipeline: Pipeline) -> None:
    text = "The Kremlin said the sanctions on Georgia were lifted in May."
    lifted = by_trigger(events_of(pipeline, text, "2024-03-05")).get("lifted", [])
    assert all(ANNOUNCED_PASSIVE not in e.evidence.steps for e in lifted)


def test_foreigners_barred_are_the_announcer_s_measure_on_no_one_state(pipeline: Pipeline) -> None:
    text = "Canada announced on Wednesday that foreign nationals would be barred for 30 days."
    barred = by_trigger(events_of(pipeline, text, "2024-03-05"))["barred"][0]
    assert barred.source.country == "CAN"
    assert barred.root in ("13", "16")
    assert ANNOUNCED_PASSIVE in barred.evidence.steps


def test_travellers_alone_may_be_the_speaker_s_own(pipeline: Pipeline) -> None:
    text = "Canada announced on Wednesday that travellers would be barred for 30 days."
    assert "barred" not in by_trigger(events_of(pipeline, text, "2024-03-05"))


def test_a_measure_to_come_unless_another_acts_is_aimed_at_that_party(pipeline: Pipeline) -> None:
    text = "Washington said on Tuesday that the licence would be revoked unless Managua freed the bishops."
    revoked = by_trigger(events_of(pipeline, text, "2024-03-05"))["revoked"][0]
    assert revoked.root == "13" and revoked.source.country == "USA"
    assert revoked.target is not None and revoked.target.country == "NIC"


def test_a_condition_of_the_speaker_s_own_names_no_target(pipeline: Pipeline) -> None:
    text = "Washington said on Tuesday that the licence would be revoked unless the firm paid its fees."
    assert "revoked" not in by_trigger(events_of(pipeline, text, "2024-03-05"))
