"""Go-betweens and venues of another act are no patient of an event (issue 10, wrong targets: tgtplace):
the last-resort target of an object's phrase and the force counterpart skip a deal's broker ("under a
truce brokered by Moscow"), a mediator named by its noun, and the place a deal was signed or a summit met
(coding/go_betweens.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import by_trigger, events_of

from newsevents.coding.go_betweens import go_between, go_between_words
from newsevents.pipeline import Pipeline


def _target(pipeline: Pipeline, text: str, trigger: str) -> str | None:
    event = by_trigger(events_of(pipeline, text, "2020-05-06"))[trigger][0]
    return event.target.country if event.target else None


@pytest.mark.parametrize(
    ("text", "trigger", "iso3"),
    [
        # a withdrawal under a deal brokered by a third state is aimed at the other side
        (
            "Azerbaijan accused Armenia of shelling its villages. Armenian forces pulled out of the valley "
            "on Friday under a ceasefire brokered by Moscow.",
            "pulled",
            "AZE",
        ),
        # ... and one under a deal signed in a third state's capital
        (
            "Djibouti accused Eritrea of occupying the cape. Eritrean troops withdrew from the cape on "
            "Tuesday under a deal signed in Doha.",
            "withdrew",
            "DJI",
        ),
        # the broker by a title with its adjective
        (
            "Bolivia accused Chile of moving troops. Chilean troops withdrew from the pass under a plan "
            "drawn up by the Peruvian foreign minister.",
            "withdrew",
            "BOL",
        ),
    ],
)
def test_a_broker_or_a_venue_is_no_target(pipeline: Pipeline, text: str, trigger: str, iso3: str) -> None:
    assert _target(pipeline, text, trigger) == iso3


@pytest.mark.parametrize(
    ("text", "trigger", "iso3"),
    [
        # (the last-resort phrase still names the scene of its own act: no venue, no broker)
        ("Egypt called for an end to the fighting in Gaza.", "called", "PSE"),
        ("Brazil pledged support for the peace process in Colombia.", "pledged", "COL"),
    ],
)
def test_a_scene_in_the_object_phrase_stays(pipeline: Pipeline, text: str, trigger: str, iso3: str) -> None:
    assert _target(pipeline, text, trigger) == iso3


def test_go_between_reads_the_parse(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(
        "Armenian forces pulled out under a truce brokered by Moscow, and talks in Doha went on."
    )
    pulled = next(t for t in doc if t.text == "pulled")
    assert go_between(next(t for t in doc if t.text == "Moscow"), pulled)
    assert not go_between(next(t for t in doc if t.text == "Armenian"), pulled)
    assert go_between(next(t for t in doc if t.text == "Doha"), pulled)


def test_words_file() -> None:
    words = go_between_words()
    assert "broker" in words.broker_verbs and "mediation" in words.broker_nouns
    assert "summit" in words.venue_nouns and "base" not in words.venue_nouns


def test_a_mission_the_event_opens_is_in_its_host(pipeline: Pipeline) -> None:
    # (the embassy is the act's own object: the place in its phrase is the counterpart, no venue)
    text = "Kenya's president toured Somalia. Kenya will reopen its embassy in the Somali capital."
    event = by_trigger(events_of(pipeline, text, "2020-05-06"))["reopen"][0]
    assert event.target is not None and event.target.country == "SOM"
    assert "target:object-phrase" in event.evidence.steps
