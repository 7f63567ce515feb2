"""A go-between named by its role in a relative clause ("Norway, which brokered the truce, urged ...") is
no new mediation; a mediation told by a main verb still is. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-09"


def _mediations(pipeline: Pipeline, text: str) -> list:
    return [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.cameo.startswith("045")]


def test_a_broker_named_by_its_role_is_no_mediation(pipeline: Pipeline) -> None:
    text = (
        "COLOMBO, March 8 (Wire) - Norway, which brokered the truce between the government and the rebels, "
        "criticised Sri Lanka on Monday for ending it."
    )
    assert _mediations(pipeline, text) == []


def test_a_mediation_told_by_the_main_verb_stays(pipeline: Pipeline) -> None:
    text = "DOHA, March 8 (Wire) - Qatar mediated between Sudan and Chad in Doha on Monday."
    assert _mediations(pipeline, text) != []
