"""Speech acts the coder misread (issue 10, thirty-sixth round, speech2), on sentences written for these
tests: threats of force told as being "met with" force, vowed replies, stances told as "opposed to",
accusations of sending fighters to help a third party, pairs that "each" accused the other, the act done
instead of a negated one, and a pair's own wish for a solution."""

from __future__ import annotations

import pytest
from coding_helpers import coded, events_of

from newsevents.coding.instead_act import instead_act
from newsevents.coding.mutual import EACH_AT_OTHER
from newsevents.coding.own_settlement import OWN_SETTLEMENT
from newsevents.pipeline import Pipeline

_DAY = "2016-03-09"


def _roots(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c[:2], s, t) for c, s, t in coded(pipeline, text, _DAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive "met with" force or fire is a threat against the one who would meet it, never a meeting
        ("President Tokayev said on Monday that Kyrgyzstan would be met with force if its troops crossed.",
         ("13", "KAZ", "KGZ")),
        ("The Chilean president said Bolivia would be met with fire if it sent troops over the border.",
         ("13", "CHL", "BOL")),
    ],
)
def test_met_with_force_is_a_threat(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    found = _roots(pipeline, text)
    assert expected in found
    assert not any(r == "03" for r, _, _ in found)  # (no meeting planned)


def test_a_proposal_met_with_doubt_is_no_threat(pipeline: Pipeline) -> None:
    text = "The Peruvian plan was met with doubt in Quito."
    assert not any(r == "13" for r, _, _ in _roots(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "Minsk called the expulsions a hostile step and promised to respond.",
        "Hungary promised to respond to the expulsion of its diplomats.",
    ],
)
def test_a_promised_reply_is_a_threat(pipeline: Pipeline, text: str) -> None:
    roots = [r for r, _, _ in _roots(pipeline, text)]
    assert "13" in roots and "03" not in roots


def test_a_promised_answer_to_a_letter_is_no_threat(pipeline: Pipeline) -> None:
    text = "The Slovak ministry promised to respond to the letter from Vienna within a week."
    assert not any(r == "13" for r, _, _ in _roots(pipeline, text))


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Vietnam said it was firmly opposed to the Chinese plan to build an airstrip on the reef.", "12"),
        ("Canada said it was opposed to the Russian proposal.", "12"),
    ],
)
def test_being_opposed_to_a_plan_rejects_it(pipeline: Pipeline, text: str, root: str) -> None:
    assert any(r == root and t in ("CHN", "RUS") for r, _, t in _roots(pipeline, text))


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Georgia said on Monday that Iran had sent fighters to help Armenia.", ("GEO", "IRN")),
        ("Sudan said Chad had sent troops to back the rebels in Darfur.", ("SDN", "TCD")),
    ],
)
def test_fighters_sent_to_help_a_third_party_are_a_charge(pipeline: Pipeline, text: str, dyad: tuple) -> None:
    assert ("11", *dyad) in _roots(pipeline, text)


def test_help_sent_to_the_speaker_is_no_charge(pipeline: Pipeline) -> None:
    text = "Haiti said Kenya had sent police officers to help restore order."
    assert not any(r == "11" for r, _, _ in _roots(pipeline, text))


def test_a_pair_that_each_accused_the_other_makes_one_accusation_each_way(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "India and Pakistan each accused the other of violating the truce.", _DAY)
    dyads = {(e.source.country, e.target and e.target.country) for e in events if e.root == "11"}
    assert dyads == {("IND", "PAK"), ("PAK", "IND")}
    assert all(EACH_AT_OTHER in e.evidence.steps for e in events if e.root == "11")


def test_the_act_done_instead_of_a_negated_one_is_kept(pipeline: Pipeline) -> None:
    text = "Austria did not condemn the raids, calling instead for restraint."
    roots = [r for r, _, _ in _roots(pipeline, text)]
    assert roots == ["02"]


def test_instead_needs_a_negated_head(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Austria condemned the raids, calling instead for talks.")
    calling = next(t for t in doc if t.lower_ == "calling")
    assert not instead_act(calling)


def test_a_pair_wanting_a_solution_states_its_own_intent(pipeline: Pipeline) -> None:
    text = "Quito and Lima said they wanted a peaceful solution to the border row."
    events = events_of(pipeline, text, _DAY)
    assert [(e.cameo, OWN_SETTLEMENT in e.evidence.steps) for e in events] == [("037", True)]
