"""Verbal roots decided by the complement (thirty-sixth round, `pspeech`): the tone of a "called X Y"
judgement read from every conjunct of a fused complement and from words of blame and praise the lists
lacked; a refusal told by "neither ... nor"; the pronoun of a second reported clause with its own "that",
which takes up the speaker; an act "within minutes" of the one just told, on its day. Every sentence is
invented."""

from __future__ import annotations

import pytest
from coding_helpers import coded, datelined_dates, kept_triggers

from newsevents.actors.sibling_report import sibling_report_subject
from newsevents.coding import judgement
from newsevents.moments_after import within_moments
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the blame is on the second conjunct of a fused complement: no telephone call
        ("Caracas called the Colombian border guards smugglers and criminals.", "111"),
        ("The premier called the Swedish navy officers liars and bullies.", "111"),
        ("The envoy called the embargo intolerable.", "111"),
        ("The minister called the Bolivian decree invalid.", "111"),
        ("The king called the Estonian president a talented statesman.", "051"),
    ],
)
def test_called_judgement_reads_its_whole_complement(pipeline: Pipeline, text: str, code: str) -> None:
    found = kept_triggers(pipeline, text)
    assert [(w, c) for w, c, _s in found] == [("called", code)]
    assert judgement.CALLED_JUDGEMENT in found[0][2]


def test_a_reported_blatant_breach_is_criticism_not_a_pessimistic_comment(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Vienna said on Monday that Hungary's closure of the border was a blatant breach "
                "of the treaty.", "2016-05-10")
    assert ("111", "AUT", "HUN") in got


@pytest.mark.parametrize(
    "text",
    [
        "Manila said it neither accepted nor recognised the tribunal's ruling.",
        "Kabul neither accepts nor recognises the arbitration award.",
    ],
)
def test_neither_accepted_nor_recognised_is_a_rejection(pipeline: Pipeline, text: str) -> None:
    codes = [c for c, _s, _t in coded(pipeline, text, "2014-03-02")]
    assert codes and all(c.startswith("12") for c in codes)


def test_the_pronoun_of_a_second_that_clause_is_the_speaker(pipeline: Pipeline) -> None:
    text = ("Ottawa said that Denmark's landing on the island was illegal, and that it would take necessary "
            "measures to defend its claim.")
    got = coded(pipeline, text, "2005-07-26")
    assert ("130", "CAN", "DNK") in got
    assert not [e for e in got if e[1] == "DNK"]


def test_without_a_second_that_the_nearest_subject_stays(pipeline: Pipeline) -> None:
    # the first clause's party is still the nearer reading when the second clause has no "that" of its own
    doc = pipeline.nlp("Ottawa said Denmark had landed on the island and it would stay there.")
    subj = next(t for t in doc if t.text == "Denmark")
    pronoun = next(t for t in doc if t.text == "it")
    assert not sibling_report_subject(subj, pronoun)


def test_an_act_within_minutes_takes_the_date_of_the_act_just_told(pipeline: Pipeline) -> None:
    # (the report is filed on Saturday under a Friday dateline; the first act was on Wednesday)
    text = ("The rebel commander proclaimed himself head of state in the capital on Wednesday. "
            "Within minutes Sweden expelled the Danish ambassador.")
    assert datelined_dates(pipeline, text)["expelled"] == ["2022-03-30"]


def test_within_hours_of_a_named_act_is_left_to_that_act(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Chadian troops shelled the border posts within hours of the deal.")
    assert not within_moments(next(t for t in doc if t.text == "shelled"))
    doc = pipeline.nlp("Chadian troops shelled the border posts within hours.")
    assert within_moments(next(t for t in doc if t.text == "shelled"))
