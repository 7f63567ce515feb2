"""Naming frames, recommendations and acceptance (frames): "should have" blames the past, a negated
modal about a thing asks nothing of anyone, "called X part of a Y" takes Y's tone, and respecting a
decision (or "it") is a statement, no promise or praise. Every sentence is invented."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline

DAY = "2020-03-04"


def test_should_have_blames_what_was_done(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Madrid said Rome should never have closed its ports to the rescue ship.", DAY)
    assert ("111", "ESP", "ITA") in found
    assert not [c for c, _s, _t in found if c == "100"]


def test_should_still_asks_a_party_to_act(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Madrid said Rome should reopen its ports to the rescue ship.", DAY)
    assert ("100", "ESP", "ITA") in found


def test_a_negated_modal_about_a_thing_is_no_demand(pipeline: Pipeline) -> None:
    found = coded(pipeline, "The Kenyan foreign ministry said the ceasefire talks must not be derailed.", DAY)
    assert not [c for c, _s, _t in found if c == "100"]


def test_called_part_of_a_campaign_of_blame(pipeline: Pipeline) -> None:
    text = "The Peruvian foreign ministry called the verdict part of a smear campaign against Lima."
    found = coded(pipeline, text, DAY)
    assert [c for c, _s, _t in found] == ["111"]


def test_respecting_a_ruling_told_before_is_no_promise(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Chile said the court ruling was unfair but that it would respect it.", DAY)
    assert not [c for c, _s, _t in found if c[:2] in ("03", "05")]
    found = coded(pipeline, "Bolivia said it respected the tribunal's decision.", DAY)
    assert not [c for c, _s, _t in found if c[:2] in ("03", "05")]


def test_respecting_an_accord_is_still_a_promise(pipeline: Pipeline) -> None:
    found = coded(pipeline, "The rebels said they would respect the truce.", DAY)
    assert [c for c, _s, _t in found if c[:2] == "03"]


def test_warning_of_a_third_partys_act_is_notice(pipeline: Pipeline) -> None:
    found = coded(pipeline, "The Chilean army warned the Bolivian government of the rebels' arrival.", DAY)
    assert not [c for c, _s, _t in found if c[:2] == "13"]
    found = coded(pipeline, "Norway had warned Russia an hour before the strike.", DAY)
    assert not [c for c, _s, _t in found if c[:2] == "13"]


def test_warning_of_consequences_stays_a_threat(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Ukraine warned Belarus of consequences.", DAY)
    assert [c for c, _s, _t in found if c[:2] == "13"]
