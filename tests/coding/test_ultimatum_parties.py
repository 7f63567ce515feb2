"""Ultimatums and the parties of a bloc that gathered somewhere: the span of time given is the verb's
object (coding/time_given.py), the heads of a bloc named by its kind are the bloc (actors/bloc_body.py), a
gathering's venue is no state "the junta" refers back to (actors/referred_state.py), and a threat a body
glosses with a participle is its ultimatum told again (coding/told_twice.py). Sentences written for
these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.told_twice import GLOSSED_ACT
from newsevents.pipeline import Pipeline

_DAY = "2022-06-03"


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.cameo, e.source.country, e.target.country if e.target else None)
        for e in events_of(pipeline, text, _DAY)
    ]


def test_the_heads_of_a_bloc_named_by_its_kind_are_the_bloc(pipeline: Pipeline) -> None:
    text = "Envoys of the regional bloc condemned the coup in Burundi."
    events = events_of(pipeline, text, _DAY)
    assert [(e.root, e.source.country, e.target.country if e.target else None) for e in events] == [
        ("11", None, "BDI")
    ]
    assert events[0].source.name == "regional bloc"


def test_a_bloc_gathered_abroad_gives_a_rulers_time_to_act(pipeline: Pipeline) -> None:
    text = (
        "Ministers of the African grouping, meeting in Dakar, gave the military rulers of Mali ten days to "
        "free the president."
    )
    assert ("139", None, "MLI") in _events(pipeline, text)
    assert not [c for c in _events(pipeline, text) if "SEN" in c]


def test_a_venue_is_not_the_state_the_junta_refers_back_to(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, June 2 - Foreign ministers of the region, at a conference in Nairobi, condemned the "
        "junta for arresting the prime minister of Sudan."
    )
    found = _events(pipeline, text)
    assert [c for c in found if c[0] == "111"] == [("111", "KEN", "SDN")]


def test_a_bodys_ultimatum_glossed_by_a_warning_is_one_threat(pipeline: Pipeline) -> None:
    text = (
        "The African Union gave the junta in Sudan two weeks to hand power to civilians, warning that member "
        "states could use force."
    )
    threats = [e for e in events_of(pipeline, text, _DAY) if e.root == "13"]
    assert [e.cameo for e in threats] == ["139"]
    assert GLOSSED_ACT in threats[0].evidence.steps
