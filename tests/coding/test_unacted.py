"""Acts a report tells that no party did are no events, by class: the act a ban or an embargo covers
(select:measure-content) and the act of a force of nature (select:natural-force); the measure's own
lifting, and a party's act in the same kind of clause, are kept. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.rules import RULES
from newsevents.coding.unacted import LED_TO, MEASURE_CONTENT, NATURAL_FORCE, led_to
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-05-04"


def _brief(events: list) -> list:
    return [(e.cameo, e.source.country, e.evidence.trigger) for e in events]


def test_the_act_a_lifted_ban_covered_is_no_event(pipeline: Pipeline) -> None:
    text = "MOSCOW, May 3 (Wire) - Russia lifted a ban on Monday on selling fighter jets to Syria."
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert not [e for e in events if e.evidence.trigger == "selling"], _brief(events)
    assert [e for e in events if e.evidence.trigger == "lifted"], _brief(events)
    assert MEASURE_CONTENT in RULES


def test_the_act_a_ban_covers_is_no_event_on_the_noun_either(pipeline: Pipeline) -> None:
    text = "PARIS, May 3 (Wire) - France lifted its ban on delivering warships to Russia on Monday."
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert not [e for e in events if e.evidence.trigger == "delivering"], _brief(events)


def test_what_a_typhoon_did_is_no_event(pipeline: Pipeline) -> None:
    text = (
        "MANILA, May 3 (Wire) - President Ramos declared a state of national calamity on Monday, three days "
        "after Typhoon Rosing flattened Legazpi and other towns in the central Philippines."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert not [e for e in events if e.evidence.trigger == "flattened"], _brief(events)
    assert [e for e in events if e.evidence.trigger == "declared"], _brief(events)
    assert NATURAL_FORCE in RULES


def test_a_partys_act_in_a_time_clause_is_kept(pipeline: Pipeline) -> None:
    text = (
        "MANILA, May 3 (Wire) - The Philippines recalled its ambassador from Beijing on Monday, two days "
        "after Chinese coast guard ships rammed a Philippine supply boat."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert [e for e in events if e.evidence.trigger == "rammed"], _brief(events)


def test_what_a_truce_would_lead_to_is_no_act_done(pipeline: Pipeline) -> None:
    # (read on the parse: the coder rarely drafts the noun here, so the rule is asked directly)
    for text, expected in (
        (
            "The council called for a lasting truce in Syria leading to the withdrawal of Turkish forces.",
            True,
        ),
        ("Police offered a reward for information leading to the arrest of the gunmen.", True),
        ("The raid led to the arrest of six men.", False),
    ):
        doc = pipeline.nlp(text)
        noun = next(t for t in doc if t.lower_ in ("withdrawal", "arrest"))
        assert led_to(noun) is expected, text
    assert LED_TO in RULES


def test_what_a_bar_forbids_is_no_event(pipeline: Pipeline) -> None:
    text = "WELLINGTON, May 3 (Wire) - New Zealand barred its rugby team from touring Fiji on Monday."
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert not [e for e in events if e.evidence.trigger == "touring"], _brief(events)
