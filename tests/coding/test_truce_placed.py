"""A truce that takes effect or holds with no parties named is the truce of the country its clause places
it in (coding/truce_place.py, source:truce-placed); a truce placed nowhere names no party, and one whose
"between" phrase names its parties keeps them. Sentences written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.truce_place import TRUCE_PLACED
from newsevents.pipeline import Pipeline


def test_a_truce_taking_effect_in_a_country_is_that_countrys_truce(pipeline: Pipeline) -> None:
    text = "SARAJEVO, Oct 12 (Wire) - A nationwide ceasefire took effect in Bosnia on Thursday."
    truces = [e for e in events_of(pipeline, text, "1995-10-12") if e.root == "08"]
    assert [(e.cameo, e.source.country) for e in truces] == [("0871", "BIH")]
    assert TRUCE_PLACED in truces[0].evidence.steps


def test_a_truce_placed_nowhere_names_no_party(pipeline: Pipeline) -> None:
    text = "KHARTOUM, June 18 (Wire) - A 72-hour truce took effect on Sunday."
    assert not [e for e in events_of(pipeline, text, "2023-06-18") if e.root == "08"]


def test_a_truce_between_named_parties_keeps_them(pipeline: Pipeline) -> None:
    text = "A truce between Lima and Quito took effect in the border region at noon on Friday."
    truces = [e for e in events_of(pipeline, text, "1995-03-03") if e.root == "08"]
    assert [(e.source.country, e.target.country if e.target else None) for e in truces] == [("PER", "ECU")]
    assert TRUCE_PLACED not in truces[0].evidence.steps
