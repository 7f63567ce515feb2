"""Wrong targets of four shapes (issue 10), on sentences written for these tests: a cut in relations
done to the source's own envoy (coding/own_envoy.py), a threat whose condition names its party by a
pronoun (coding/condition_owner.py), a demand that mentions an accord named after a capital
(actors/accord_names.py), an accord of a pair aimed at its venue (coding/venue_pair.py)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.own_envoy import OWN_ENVOY
from newsevents.coding.roles import CONDITION
from newsevents.coding.venue_pair import VENUE_PAIR
from newsevents.pipeline import Pipeline

DAY = "2021-03-10"


def test_recalled_own_ambassador_named_is_aimed_at_the_other_state(pipeline: Pipeline) -> None:
    text = (
        "ROME - Italy and Tunisia quarrelled over migrants on Monday. "
        "Italy recalled its ambassador, Marco Bianchi, for consultations."
    )
    recall = by_trigger(events_of(pipeline, text, DAY))["recalled"][0]
    assert recall.root == "16" and recall.source.country == "ITA"
    assert recall.target is not None and recall.target.country == "TUN"
    assert OWN_ENVOY in recall.evidence.steps


def test_recall_with_its_host_named_keeps_the_host(pipeline: Pipeline) -> None:
    text = "PARIS - Spain quarrelled with Morocco. France recalled its ambassador to Italy on Friday."
    recall = by_trigger(events_of(pipeline, text, DAY))["recalled"][0]
    assert recall.target is not None and recall.target.country == "ITA"
    assert OWN_ENVOY not in recall.evidence.steps


def test_cut_aimed_at_a_named_foreign_party_is_left_alone(pipeline: Pipeline) -> None:
    text = "BERLIN - Germany and Chile signed a deal. Germany expelled two Russian diplomats on Friday."
    expulsion = by_trigger(events_of(pipeline, text, DAY))["expelled"][0]
    assert expulsion.target is not None and expulsion.target.country == "RUS"
    assert OWN_ENVOY not in expulsion.evidence.steps


def test_threat_whose_condition_says_its_forces_targets_the_object(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI - Kenyan troops moved deeper into Somalia on Tuesday. "
        "Al Shabaab threatened to strike Kenya unless its forces withdrew."
    )
    threat = by_trigger(events_of(pipeline, text, DAY))["strike"][0]
    assert threat.root == "13"
    assert threat.target is not None and threat.target.country == "KEN"


def test_threat_whose_condition_names_a_party_targets_that_party(pipeline: Pipeline) -> None:
    text = "MINSK - Belarus warned Lithuania of reprisals unless Poland reopened the crossing."
    threat = events_of(pipeline, text, DAY)[0]
    assert threat.target is not None and threat.target.country == "POL"
    assert CONDITION in threat.evidence.steps


def test_accord_named_after_a_capital_makes_no_party_of_its_state(pipeline: Pipeline) -> None:
    text = (
        "GOMA - Burundian and Ugandan units clashed near Bunia on Friday. The UN mediator said the raids "
        "broke the Lusaka ceasefire, and he demanded that the two armies return to their bases."
    )
    events = events_of(pipeline, text, DAY)
    assert events and all(e.target is None or e.target.country != "ZMB" for e in events)
    assert "ZMB" not in {e.source.country for e in events}


def test_accord_of_a_pair_named_in_the_subject_is_not_aimed_at_its_venue(pipeline: Pipeline) -> None:
    text = (
        "BOGOTA, May 3 (Wire) - Negotiators for the Colombian government and ELN rebels concluded a peace "
        "accord in Caracas on Wednesday after three years of talks."
    )
    accord = by_trigger(events_of(pipeline, text, DAY))["concluded"][0]
    assert accord.root == "05" and accord.source.country == "COL"
    assert accord.target is not None and accord.target.country == "COL"
    assert VENUE_PAIR in accord.evidence.steps


def test_talks_of_one_party_keep_their_venue(pipeline: Pipeline) -> None:
    text = "OSLO, May 3 (Wire) - Norway's foreign minister held talks in Kabul on Monday."
    talks = by_trigger(events_of(pipeline, text, DAY))["talks"][0]
    assert talks.target is not None and talks.target.country == "AFG"
    assert VENUE_PAIR not in talks.evidence.steps
