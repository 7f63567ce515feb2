"""Codebook sweep of the cooperative and verbal-conflict roots (issue 10, pcodeb; rows ne.pcodeb.*):
aid stopped with verbs beyond cut/halt/suspend (162), sanctions reimposed (163), a firm's plant seized
(1711), a party defended verbally (052) and a deadline given (139). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Coded]:
    return sorted(coded(pipeline, text, "2014-05-07"))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Norway cancelled $40 million in aid to Malawi on Tuesday.", "162"),
        ("Norway withheld military assistance from Malawi on Tuesday.", "1622"),
        ("Norway scrapped its economic aid to Malawi on Tuesday.", "1621"),
    ],
)
def test_aid_cancelled_or_withheld_reduces_relations(pipeline: Pipeline, text: str, code: str) -> None:
    assert _events(pipeline, text) == [(code, "NOR", "MWI")]


def test_reimposed_sanctions_are_sanctions(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Canada reimposed sanctions on Belarus on Monday.") == [("163", "CAN", "BLR")]


def test_a_seized_plant_is_confiscated_property(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Bolivia seized a Brazilian oil refinery on Monday.")
    assert [c for c, _s, _t in found] == ["1711"]
    assert found[0][1] == "BOL"


def test_coming_to_the_defence_of_a_state_defends_it(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Belarus came to the defence of Russia on Monday.") == [("052", "BLR", "RUS")]


def test_a_deadline_given_is_an_ultimatum(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Chile gave Peru until Friday to withdraw its fishing fleet.")
    assert ("139", "CHL", "PER") in found
    assert all(c[:2] in ("13", "10") for c, _s, _t in found)


def test_a_plea_made_for_something_is_an_appeal(pipeline: Pipeline) -> None:
    # the "for" phrase hangs on the light verb "made", not on the noun (coding/carried.py)
    found = _events(pipeline, "Kenya made an urgent plea to Japan on Friday for food and medicine.")
    assert [(c[:2], s, t) for c, s, t in found] == [("02", "KEN", "JPN")]


def test_a_plea_without_its_complement_is_no_appeal(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Kenya made a plea bargain on Friday.") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Georgia received strong backing from Poland on Monday.", "051"),
        ("Georgia got an assurance from Poland on Monday.", "030"),
        ("Georgia received a threat from Poland on Monday.", "130"),
    ],
)
def test_what_a_party_receives_from_another_is_the_givers_act(
    pipeline: Pipeline, text: str, code: str
) -> None:
    assert _events(pipeline, text) == [(code, "POL", "GEO")]


def test_what_a_party_receives_from_nobody_named_is_no_act_of_its_own(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Georgia received strong backing on Monday.") == []


def test_a_visit_during_which_a_party_acts_is_a_visit_of_its_own(pipeline: Pipeline) -> None:
    # (syntax.journey_to: the journey names its destination, as a call names its counterpart)
    found = _events(
        pipeline, "Germany's foreign minister praised Kenya's reforms during a visit to Nairobi on Friday."
    )
    assert found == [("042", "DEU", "KEN"), ("051", "DEU", "KEN")]


def test_a_journey_without_its_destination_stays_the_scene(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Germany's foreign minister praised Kenya's reforms during a visit on Friday.")
    assert [c for c, _s, _t in found] == ["051"]


def test_an_agentless_extradition_is_the_story_countrys_to_the_receiver(pipeline: Pipeline) -> None:
    # (coding/extradited.py: only a state extradites, from its own soil)
    text = "LIMA, May 5 (Wire) - A Peruvian businessman was extradited to Spain on Monday."
    assert _events(pipeline, text) == [("063", "PER", "ESP")]


def test_an_agentless_extradition_with_no_receiver_is_no_event(pipeline: Pipeline) -> None:
    text = "LIMA, May 5 (Wire) - A Peruvian businessman was extradited on Monday."
    assert _events(pipeline, text) == []


def test_a_measure_ordered_done_to_a_thing_is_tested_on_that_thing(pipeline: Pipeline) -> None:
    # (received.ordered_patient: "ordered the assets frozen" freezes the assets)
    text = "The Peruvian president ordered all Chilean government assets in Peru frozen on Monday."
    assert _events(pipeline, text) == [("163", "PER", "CHL")]


def test_an_owned_offer_to_act_is_an_intent_of_its_owner(pipeline: Pipeline) -> None:
    # (decided.intending_noun: the offer governs its infinitive, which is intended, not background)
    found = _events(pipeline, "Ecuador renewed its offer to mediate between Peru and Chile on Monday.")
    assert found == [("039", "ECU", "CHL"), ("039", "ECU", "PER")]


def test_an_owned_decision_to_act_stays_told_as_done(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Chile condemned Peru's decision to expel its ambassador.")
    assert ("111", "CHL", "PER") in found
    assert all(c[:2] != "03" for c, _s, _t in found)
