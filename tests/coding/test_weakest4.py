"""The weakest probe sets (thirty-first round, weakest4): a council's vote on a peace mission. A council
that votes to send troops, or approves a mission or a force, provides the force (074), as authorising one
does (ne.council.N); a state that votes or sends troops of its own stays a show of force. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.coding import aspect_subject
from newsevents.pipeline import Pipeline

PUBLISHED = "2024-03-06"


@pytest.mark.parametrize(
    "text",
    [
        "UNITED NATIONS, March 5 (Wire) - The Security Council voted unanimously on Tuesday to send up to "
        "3,000 troops to Chad to guard refugee camps along the border.",
        "UNITED NATIONS, March 5 (Wire) - The Security Council on Tuesday approved a 2,500-strong police "
        "mission for Chad.",
        "UNITED NATIONS, March 5 (Wire) - The U.N. Security Council approved a regional protection force "
        "for Chad on Tuesday after weeks of talks.",
    ],
)
def test_council_vote_provides_a_force(pipeline: Pipeline, text: str) -> None:
    """The council's vote for troops, a mission or a force is peacekeeping provided (074), not a
    mobilisation (154); the country the force goes to is its target."""
    events = coded(pipeline, text, PUBLISHED)
    assert any(c == "074" and t == "TCD" for c, _s, t in events), events
    assert not any(c.startswith("15") for c, _s, _t in events), events


def test_a_state_sending_troops_stays_a_show_of_force(pipeline: Pipeline) -> None:
    """The council's rows ask for the council as the doer: a state's parliament voting to send troops to
    its border is no peace mission."""
    text = "ANKARA, March 5 (Wire) - Turkey's parliament voted on Tuesday to send troops to the border."
    events = coded(pipeline, text, PUBLISHED)
    assert not any(c == "074" for c, _s, _t in events), events


def test_voted_complement_shares_the_voter(pipeline: Pipeline) -> None:
    """The words of a voted-for act's subject are the voter's; a verb that is no vote or phase adds none."""
    doc = pipeline.nlp("The Security Council voted to send more observers to the region.")
    assert "council" in aspect_subject.subject_lemmas(next(t for t in doc if t.lower_ == "send"))
    other = pipeline.nlp("Diplomats urged the council to send more observers.")
    assert "diplomat" not in aspect_subject.subject_lemmas(next(t for t in other if t.lower_ == "send"))
    assert "vote" in aspect_subject.phase_words().decision_verbs


def test_renewed_mandate_serves_the_host(pipeline: Pipeline) -> None:
    """'renewed the mandate of the U.N. force in X': the mission is placed inside the mandate's 'of' phrase,
    and the force it keeps in place serves X (served_host.py), not the United Nations."""
    text = "NICOSIA, March 5 (Wire) - The Security Council renewed the mandate of the U.N. force in Cyprus."
    events = coded(pipeline, text, PUBLISHED)
    assert ("074", None, "CYP") in events, events
