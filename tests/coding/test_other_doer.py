"""A show of force naming no target is never aimed at a party that does a friendly act of its own in a
coordinated clause (coding/other_doer.py), and a deployment whose purpose serves the sender's own police
or people faces nobody abroad (coding/rivals.py with coding/own_purpose.py); sentences written for these
tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _targets(pipeline: Pipeline, text: str, root: str, source: str) -> set[str | None]:
    events = events_of(pipeline, text, "2020-03-05")
    return {e.target.country if e.target else None for e in events if e.cameo.startswith(root)
            and e.source.country == source}


def test_a_friendly_conjunct_doer_is_no_counterpart(pipeline: Pipeline) -> None:
    text = ("LIMA, March 5 (Wire) - Floods killed forty people in northern Peru on Wednesday. Chile sent "
            "troops to its border, and Canada offered assistance.")
    assert _targets(pipeline, text, "15", "CHL") == {"PER"}


def test_troops_sent_to_help_the_police_face_nobody_abroad(pipeline: Pipeline) -> None:
    text = ("BOGOTA, March 5 (Wire) - President Ivan Duque called the bombing cowardly and deployed the army "
            "to help the police. Spain and France offered condolences.")
    assert _targets(pipeline, text, "15", "COL") == {"COL"}
