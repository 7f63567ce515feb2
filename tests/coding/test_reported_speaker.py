"""A subjectless act coordinated inside a reported clause whose own subject is a thing is the speaker's
(source:reported-speaker, coding/speaker_conjunct.py), on sentences written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.speaker_conjunct import REPORTED_SPEAKER
from newsevents.pipeline import Pipeline


def test_speaker_recalls_when_the_clause_subject_is_a_thing(pipeline: Pipeline) -> None:
    text = "Chile said the shipment contained only grain and recalled its ambassador from Lima."
    recalled = by_trigger(events_of(pipeline, text, "2020-05-05"))["recalled"][0]
    assert recalled.root == "16"
    assert recalled.source.country == "CHL"
    assert REPORTED_SPEAKER in recalled.evidence.steps


def test_speaker_summons_after_a_reported_stall(pipeline: Pipeline) -> None:
    text = "LIMA - Peru said the border talks had stalled and summoned the Chilean ambassador."
    summoned = by_trigger(events_of(pipeline, text, "2020-05-05"))["summoned"][0]
    assert summoned.source.country == "PER"
    assert summoned.target is not None and summoned.target.country == "CHL"


def test_teller_is_never_the_maker_of_an_attack(pipeline: Pipeline) -> None:
    # (a car bomb names no maker; the officials who tell of it did not kill anyone)
    text = "Officials said a car bomb exploded outside the ministry and killed six people."
    for event in events_of(pipeline, text, "2020-05-05"):
        assert REPORTED_SPEAKER not in event.evidence.steps


def test_clause_subject_that_acts_keeps_the_act(pipeline: Pipeline) -> None:
    text = "Ecuador said Peruvian diplomats had met the rebels and recalled their own ambassador."
    for event in by_trigger(events_of(pipeline, text, "2020-05-05")).get("recalled", []):
        assert REPORTED_SPEAKER not in event.evidence.steps


def test_passive_conjunct_keeps_its_own_fallbacks(pipeline: Pipeline) -> None:
    text = "ALMATY - Three Korean engineers were detained and expelled to Seoul, Kazakh officials said."
    for event in events_of(pipeline, text, "2001-10-26"):
        assert REPORTED_SPEAKER not in event.evidence.steps


def test_comma_participle_of_denial_in_a_reported_clause_is_the_speakers(pipeline: Pipeline) -> None:
    """ "told the court that Chile had given ..., REJECTING accusations": the teller rejects, not Chile,
    and the accuser told after the denial is the party answered."""
    text = (
        "THE HAGUE, May 3 (Wire) - Peru's foreign minister told the court on Wednesday that Chile had given "
        "a misleading account of the clashes, rejecting accusations that Peru's navy had fired on fishermen. "
        "The court will rule next month. \"Peru's navy fired on our fishermen,\" Chile's envoy told the "
        "court on Tuesday."
    )
    rejecting = by_trigger(events_of(pipeline, text, "2020-05-05"))["rejecting"][0]
    assert rejecting.source.country == "PER"
    assert rejecting.target is not None and rejecting.target.country == "CHL"


def test_comma_participle_of_blame_stays_the_clause_subjects(pipeline: Pipeline) -> None:
    """A participle of blame may tell the reported subject's charge: only rejections and denials move."""
    text = "Chile said the rebels had attacked the border post, accusing the army of abuses."
    accusing = by_trigger(events_of(pipeline, text, "2020-05-05"))["accusing"][0]
    assert accusing.source.role == "REB"
