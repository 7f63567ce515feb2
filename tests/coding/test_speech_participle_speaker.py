"""A participle of speech (blame, accusation) set off by a comma after a reported clause whose subject is a
thing is the speaker's statement (source:reported-speaker, coding/speaker_conjunct.py), and a verb of
speech is never an accident's consequence (coding/mishaps.py), whatever verb of collapse the parser hangs
it on or hangs on it. Sentences written for these tests (recall4)."""

from __future__ import annotations

import pytest
from coding_helpers import by_trigger, events_of

from newsevents.coding.mishaps import mishap
from newsevents.coding.speaker_conjunct import REPORTED_SPEAKER
from newsevents.pipeline import Pipeline

WEDNESDAY = "2021-03-10"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Officials said the talks had collapsed, blaming the rebels for the failure.", "blaming"),
        ("The minister said on Monday, accusing traders of dumping, that prices had collapsed.", "accusing"),
        ("Officials said the talks had collapsed and accused the rebels of bad faith.", "accused"),
    ],
)
def test_speech_is_no_accident(pipeline: Pipeline, text: str, trigger: str) -> None:
    tok = next(t for t in pipeline.nlp(text) if t.text == trigger)
    assert mishap(tok) is None


def test_the_speaker_blames_when_the_collapsed_talks_cannot(pipeline: Pipeline) -> None:
    text = "Kenya's ministry said on Tuesday that the talks had collapsed, blaming Uganda for the failure."
    events = events_of(pipeline, text, WEDNESDAY)
    assert [(e.cameo, e.source.country, e.target.country if e.target else None) for e in events] == [
        ("112", "KEN", "UGA")
    ]
    assert REPORTED_SPEAKER in events[0].evidence.steps


def test_the_speaker_accuses_before_the_reported_clause(pipeline: Pipeline) -> None:
    text = "The ministry of Greece said on Monday, accusing Turkey of dumping, that prices had collapsed."
    accusing = by_trigger(events_of(pipeline, text, WEDNESDAY))["accusing"][0]
    assert (accusing.cameo, accusing.source.country) == ("112", "GRC")
    assert accusing.target is not None and accusing.target.country == "TUR"


def test_a_reported_party_keeps_its_own_accusation(pipeline: Pipeline) -> None:
    # (the rebels are a party: their charge is theirs, not the teller's)
    text = "Kenyan officials said the Ugandan rebels had withdrawn, accusing the Kenyan army of shelling."
    for event in events_of(pipeline, text, WEDNESDAY):
        assert REPORTED_SPEAKER not in event.evidence.steps


@pytest.mark.parametrize("word", ["friendship", "goodwill"])
def test_a_gesture_of_friendship_is_praise(pipeline: Pipeline, word: str) -> None:
    # ('called X Y' with Y a gesture of friendship or goodwill praises X's maker: coding/judgement.py)
    text = f"Kenya offered on Monday to host the talks. Uganda called the offer a gesture of {word}."
    called = by_trigger(events_of(pipeline, text, WEDNESDAY))["called"][0]
    assert (called.cameo, called.source.country) == ("051", "UGA")
    assert called.target is not None and called.target.country == "KEN"
