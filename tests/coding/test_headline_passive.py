"""A headline's passive without "was"/"were" codes as the full passive (coding/headline.py), on
headlines written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline

_BODY = "\n\nCAIRO (Wire) - Officials gave no further details on Tuesday."


@pytest.mark.parametrize(
    ("headline", "code", "target"),
    [
        # parsed as an active verb: the journalist would be the detainer
        ("Egyptian journalist detained in Cairo", "173", "EGYMED"),
        # parsed as a noun with a participle modifier: no event at all
        ("Three Egyptian soldiers killed in ambush near border", "180", "EGYMIL"),
    ],
)
def test_a_headline_passive_codes_as_the_full_passive(
    pipeline: Pipeline, headline: str, code: str, target: str
) -> None:
    events = events_of(pipeline, headline + _BODY, "2015-06-10")
    assert [(e.cameo, e.target.code if e.target else None) for e in events] == [(code, target)]
    assert "target:passive-subject" in events[0].evidence.steps


def test_a_full_sentence_on_one_line_is_left_as_parsed(pipeline: Pipeline) -> None:
    # (a full stop makes it a sentence, not a headline: the parse is not mended)
    text = "Egyptian police detained two men in Cairo on Monday."
    events = events_of(pipeline, text, "2015-06-10")
    assert [(e.cameo, e.source.code) for e in events] == [("173", "EGYCOP")]


def test_a_headline_with_an_active_verb_keeps_its_subject_as_source(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Egyptian police arrest two men in Cairo" + _BODY, "2015-06-10")
    assert [(e.cameo, e.source.code) for e in events] == [("173", "EGYCOP")]


@pytest.mark.parametrize(
    ("headline", "code", "source"),
    [
        # a past tense of a verb not done to people stays active
        ("Egyptian protesters marched in Cairo", "141", "EGYOPP"),
        ("Egyptian minister visited Sudan", "042", "EGYGOV"),
    ],
)
def test_a_headline_past_tense_of_another_verb_stays_active(
    pipeline: Pipeline, headline: str, code: str, source: str
) -> None:
    events = events_of(pipeline, headline + _BODY, "2015-06-10")
    assert [(e.cameo, e.source.code) for e in events] == [(code, source)]
