"""Targets read from the story for a state's words and replies (issue 10, wrong targets: errtgt3): a
reply CAMEO lets stand at home takes the story's counterpart (coding/state_replies.py, through
coding/counterpart.py), and a group a foreign state addresses, placed only by its sentence in the
speaker's own country, belongs to the dateline's country (coding/context_addressee.py). Sentences written
for these tests."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.context_addressee import DATELINE_ADDRESSEE
from newsevents.coding.counterpart import STORY_COUNTERPART
from newsevents.coding.state_replies import state_replies
from newsevents.pipeline import Pipeline
from newsevents.records import Event


def _first(pipeline: Pipeline, text: str, trigger: str) -> Event:
    return by_trigger(events_of(pipeline, text, "2021-05-10"))[trigger][0]


def test_a_refusal_to_hand_people_over_answers_the_story_counterpart(pipeline: Pipeline) -> None:
    text = (
        "Chile accused Argentina on Monday of sheltering two fugitive officers. "
        "Argentina has refused to hand the officers over."
    )
    refused = _first(pipeline, text, "refused")
    assert refused.cameo.startswith("124")
    assert (refused.source.country, refused.target and refused.target.country) == ("ARG", "CHL")
    assert STORY_COUNTERPART in refused.evidence.steps


def test_concern_answers_the_story_counterpart(pipeline: Pipeline) -> None:
    text = (
        "Japan accused South Korea of dumping steel on Monday. "
        "Seoul said it was concerned about the accusation."
    )
    said = _first(pipeline, text, "said")
    assert said.cameo == "012"
    assert (said.source.country, said.target and said.target.country) == ("KOR", "JPN")


def test_a_refusal_in_a_one_country_story_stays_at_home(pipeline: Pipeline) -> None:
    text = (
        "Judges in Buenos Aires sought two retired officers on Monday. "
        "Argentina has refused to hand the officers over."
    )
    refused = _first(pipeline, text, "refused")
    assert refused.target is not None and refused.target.country == "ARG"
    assert STORY_COUNTERPART not in refused.evidence.steps


def test_state_replies_table_keeps_resignations_and_crackdowns_out() -> None:
    table = state_replies()
    assert "140" in table.codes and "GOV" in table.voices
    assert not any(code.startswith(("083", "17", "18")) for code in table.codes)
    assert "COP" not in table.voices and "MIL" not in table.voices


_COUP = "Malawi's army seized the parliament building on Monday. "
_APPEAL = "U.S. President Joe Biden called on all political actors to respect the constitution."


def test_a_foreign_appeal_to_an_unplaced_group_goes_to_the_dateline_country(pipeline: Pipeline) -> None:
    called = _first(pipeline, "LILONGWE, May 9 (Wire) - " + _COUP + _APPEAL, "called")
    assert (called.source.country, called.target and called.target.country) == ("USA", "MWI")
    assert DATELINE_ADDRESSEE in called.evidence.steps


def test_an_apology_to_unplaced_victims_goes_to_the_dateline_country(pipeline: Pipeline) -> None:
    text = (
        "HANOI, May 9 (Wire) - Vietnam marked the anniversary of the massacre on Monday. "
        "The visiting Dutch prime minister offered his apologies to the victims."
    )
    offered = _first(pipeline, text, "offered")
    assert (offered.source.country, offered.target and offered.target.country) == ("NLD", "VNM")


def test_the_appeal_stays_at_home_when_filed_from_the_speakers_country(pipeline: Pipeline) -> None:
    called = _first(pipeline, "WASHINGTON, May 9 (Wire) - " + _COUP + _APPEAL, "called")
    assert DATELINE_ADDRESSEE not in called.evidence.steps


def test_the_speakers_own_legislature_is_never_sent_abroad(pipeline: Pipeline) -> None:
    asked = "U.S. President Joe Biden said he would ask Congress to cut aid."
    text = "LILONGWE, May 9 (Wire) - " + _COUP + asked
    ask = _first(pipeline, text, "ask")
    assert ask.target is not None and ask.target.country == "USA"
    assert DATELINE_ADDRESSEE not in ask.evidence.steps


# -- the speaker's own state in the clause it speaks (coding/own_clause.py) ------------------------------


def test_a_denial_about_the_speakers_own_state_answers_the_other_side(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a police station in northern Kosovo on Sunday. The Serbian president, Ana "
        "Petrovic, condemned the attack but denied that Belgrade had any role."
    )
    denied = _first(pipeline, text, "denied")
    assert denied.cameo == "016"
    assert (denied.source.country, denied.target and denied.target.country) == ("SRB", "XKX")


def test_a_demand_on_a_named_leader_at_home_keeps_its_target(pipeline: Pipeline) -> None:
    text = "Kenyan opposition leaders in Nairobi demanded that President Daniel Moi dissolve parliament."
    demanded = _first(pipeline, text, "demanded")
    assert demanded.target is not None and demanded.target.country == "KEN"
