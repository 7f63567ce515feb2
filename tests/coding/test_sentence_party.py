"""An act that needs a counterpart and names none is aimed at the foreign party named nearest to it in its
own sentence before the country the article is most about (target:sentence-counterpart,
coding/sentence_party.py); sentences written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.sentence_party import SENTENCE_COUNTERPART
from newsevents.coding.targets import ARTICLE_COUNTERPART
from newsevents.pipeline import Pipeline
from newsevents.records import Event

DAY = "2022-05-04"
# A story mostly about Iraq: its article counterpart for any other state is Iraq.
_LEAD = (
    "BAGHDAD, May 3 (Wire) - Iraq's parliament voted on Tuesday to ask foreign troops to leave Iraq, "
    "after a week of protests across Iraq. Iraqi officials said the vote was binding."
)


def _act(pipeline: Pipeline, sentence: str, trigger: str) -> Event:
    return by_trigger(events_of(pipeline, f"{_LEAD} {sentence}", DAY))[trigger][0]


def _target(event: Event) -> str | None:
    return event.target.country if event.target is not None else None


def test_warning_is_aimed_at_the_party_its_sentence_names(pipeline: Pipeline) -> None:
    sentence = (
        "Ankara sent two tank brigades to the Syrian frontier, warning that another raid would be a cause "
        "for war."
    )
    warning = _act(pipeline, sentence, "warning")
    assert warning.source.country == "TUR" and _target(warning) == "SYR"
    assert SENTENCE_COUNTERPART in warning.evidence.steps


def test_complaint_in_a_later_clause_takes_the_party_of_the_main_clause(pipeline: Pipeline) -> None:
    sentence = (
        "The standoff began when Turkish troops moved to halt a Syrian crew laying a pipeline, after Jordan "
        "complained that the works broke old accords."
    )
    complaint = _act(pipeline, sentence, "complained")
    assert complaint.source.country == "JOR" and _target(complaint) == "SYR"
    assert SENTENCE_COUNTERPART in complaint.evidence.steps


def test_party_in_another_joined_clause_is_not_the_counterpart(pipeline: Pipeline) -> None:
    sentence = "Jordan complained about the delay, and its envoy flew home to brief Syrian officials."
    complaint = _act(pipeline, sentence, "complained")
    assert _target(complaint) == "IRQ" and ARTICLE_COUNTERPART in complaint.evidence.steps


def test_party_inside_the_subject_phrase_is_not_the_counterpart(pipeline: Pipeline) -> None:
    sentence = "Jordan's king, who met Syrian leaders last week, complained about the delay."
    complaint = _act(pipeline, sentence, "complained")
    assert _target(complaint) == "IRQ" and SENTENCE_COUNTERPART not in complaint.evidence.steps


def test_party_in_the_subject_of_an_earlier_clause_is_not_the_counterpart(pipeline: Pipeline) -> None:
    sentence = (
        "A convoy carrying Syrian grain to Kuwait was stopped at the border, and Jordan complained about "
        "the delay."
    )
    complaint = _act(pipeline, sentence, "complained")
    assert _target(complaint) == "IRQ" and SENTENCE_COUNTERPART not in complaint.evidence.steps


def test_subject_of_the_clause_the_act_states_is_the_counterpart(pipeline: Pipeline) -> None:
    # (the party doing what the criticism's "saying" clause tells is what the criticism is about)
    sentence = "Jordan's foreign minister criticised the accord, saying Damascus would use it to rearm."
    criticism = _act(pipeline, sentence, "criticised")
    assert criticism.source.country == "JOR" and _target(criticism) == "SYR"
    assert SENTENCE_COUNTERPART in criticism.evidence.steps


def test_subject_of_a_relative_clause_is_still_no_counterpart(pipeline: Pipeline) -> None:
    sentence = "Jordan, whose envoy Syrian officials had snubbed, complained about the delay."
    complaint = _act(pipeline, sentence, "complained")
    assert _target(complaint) == "IRQ"


def test_doer_of_the_deed_an_after_clause_tells_is_the_counterpart(pipeline: Pipeline) -> None:
    sentence = "Jordan halted gas sales on Friday after Syrian gunmen shelled a border post."
    halt = _act(pipeline, sentence, "halted")
    assert halt.source.country == "JOR" and _target(halt) == "SYR"
    assert SENTENCE_COUNTERPART in halt.evidence.steps


def test_doer_of_a_while_clause_is_no_counterpart(pipeline: Pipeline) -> None:
    # (a clause of contrast tells a second story beside the act, not the party it is aimed at)
    sentence = "Jordan's envoy called the vote a mistake, while Syria's envoy said the talks should go on."
    verdict = _act(pipeline, sentence, "called")
    assert _target(verdict) != "SYR"
