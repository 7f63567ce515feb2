"""Weak roots, twenty-sixth round: an ambush told alone is an attack whose toll it carries (18); states
named together opening inquiries look into a third matter side by side, not into each other (09); warships
deployed in an agentless passive are their navy's state's posture (15); seized boats and goods returned are
property returned (08); diplomats flown out empty an embassy (16); warships tracking or chasing another's
ship, and border controls tightened, are posture (15). Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import coded, events_of

from newsevents.coding.co_speakers import CO_SPEAKERS
from newsevents.pipeline import Pipeline

_DAY = "2021-03-10"


def test_an_ambush_that_kills_is_an_attack_on_the_dead(pipeline: Pipeline) -> None:
    text = "NIAMEY, March 9 (Wire) - An ambush near Tillaberi killed seven Nigerien soldiers."
    found = coded(pipeline, text, _DAY)
    assert [(c[0][:2], c[2]) for c in found] == [("18", "NER")]


def test_an_ambush_with_its_maker_keeps_the_maker(pipeline: Pipeline) -> None:
    text = "NIAMEY, March 9 (Wire) - An ambush by jihadists near Tillaberi killed seven Nigerien soldiers."
    assert [c[2] for c in coded(pipeline, text, _DAY)] == ["NER"]


def test_states_opening_inquiries_together_do_not_investigate_each_other(pipeline: Pipeline) -> None:
    text = "OSLO, March 9 (Wire) - Norway and Iceland are conducting separate inquiries into the breaks."
    events = events_of(pipeline, text, _DAY)
    assert sorted((e.cameo[:2], e.source.country) for e in events) == [("09", "ISL"), ("09", "NOR")]
    assert all(e.target is None or e.target.country not in ("NOR", "ISL") for e in events)
    assert all(CO_SPEAKERS in e.evidence.steps for e in events)


def test_an_inquiry_into_a_named_party_keeps_it(pipeline: Pipeline) -> None:
    text = "OSLO, March 9 (Wire) - Norway and Iceland opened inquiries into Russian trawlers near the cables."
    assert {c[2] for c in coded(pipeline, text, _DAY)} == {"RUS"}


def test_warships_deployed_in_the_passive_are_their_states_posture(pipeline: Pipeline) -> None:
    text = "ROME, March 9 (Wire) - Two Italian frigates were deployed to the strait on Monday."
    found = coded(pipeline, text, _DAY)
    assert [(c[0], c[1]) for c in found] == [("154", "ITA")]


def test_warships_sent_in_the_passive_are_posture_like_those_deployed(pipeline: Pipeline) -> None:
    # (since the thirty-seventh round warships sent to a strait, a coast or a border are their state's
    # posture, as those deployed there: coding/sent_passive.py and the rows ne.weakest15.*)
    text = "ROME, March 9 (Wire) - Two Italian frigates were sent to the strait on Monday."
    assert [(c[0], c[1]) for c in coded(pipeline, text, _DAY)] == [("154", "ITA")]


def test_seized_boats_returned_are_property_returned(pipeline: Pipeline) -> None:
    text = "HANOI, March 9 (Wire) - Vietnam returned four impounded Cambodian trawlers on Monday."
    assert [(c[0], c[1], c[2]) for c in coded(pipeline, text, _DAY)] == [("0842", "VNM", "KHM")]


def test_seized_goods_returned_are_property_returned(pipeline: Pipeline) -> None:
    text = "HANOI, March 9 (Wire) - Vietnam returned the seized Cambodian cargo on Monday."
    assert [c[0] for c in coded(pipeline, text, _DAY)] == ["0842"]


def test_diplomats_flown_out_empty_the_embassy(pipeline: Pipeline) -> None:
    text = "BANGUI, March 9 (Wire) - Portugal flew its diplomats out of Bangui on Sunday."
    assert [(c[0][:2], c[1]) for c in coded(pipeline, text, _DAY)] == [("16", "PRT")]


def test_warships_tracking_or_chasing_another_show_force(pipeline: Pipeline) -> None:
    for verb in ("tracked", "chased"):
        text = f"SEOUL, March 9 (Wire) - A South Korean destroyer {verb} a Chinese survey ship for a day."
        assert [(c[0], c[1], c[2]) for c in coded(pipeline, text, _DAY)] == [("150", "KOR", "CHN")]


def test_tracking_by_anyone_else_is_no_posture(pipeline: Pipeline) -> None:
    text = "SEOUL, March 9 (Wire) - Analysts tracked Chinese survey ships for a year."
    assert [c for c in coded(pipeline, text, _DAY) if c[0].startswith("15")] == []


def test_border_controls_tightened_are_a_raised_alert(pipeline: Pipeline) -> None:
    text = "VIENNA, March 9 (Wire) - Austria tightened controls at its border with Slovenia on Monday."
    assert [(c[0][:2], c[1], c[2]) for c in coded(pipeline, text, _DAY)] == [("15", "AUT", "SVN")]
