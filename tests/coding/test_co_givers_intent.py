"""Coordinated subjects that say they will help, offer to send something or impose sanctions act side by
side on a third party (coding/co_actors.py, intent_verbs and sanction_verbs in co_actors.toml): neither is
the other's target, also when the pair is the subject of the verb the act's infinitive depends on or a
"they" that opens what the pair said; a pair that agrees to send envoys to each other stays reciprocal.
Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.co_actors import CO_ACTORS
from newsevents.pipeline import Pipeline


def _acts(pipeline: Pipeline, text: str, root: str) -> list[tuple[str | None, str | None, bool]]:
    return [
        (e.source.country, e.target.country if e.target else None, CO_ACTORS in e.evidence.steps)
        for e in events_of(pipeline, text, "2024-03-06")
        if e.root == root
    ]


def test_a_pair_saying_it_will_help_helps_the_stricken_country(pipeline: Pipeline) -> None:
    text = "Floods hit Bolivia on Monday. Chile and Peru said they would help rebuild the bridges."
    assert _acts(pipeline, text, "03") == [("CHL", "BOL", True), ("PER", "BOL", True)]


def test_a_pair_offering_to_send_teams_sends_them_to_a_third_party(pipeline: Pipeline) -> None:
    text = "Floods hit Bolivia on Monday. Chile and Argentina offered to send rescue teams."
    assert _acts(pipeline, text, "03") == [("CHL", "BOL", True), ("ARG", "BOL", True)]


def test_a_pair_sending_envoys_to_each_other_stays_reciprocal(pipeline: Pipeline) -> None:
    text = "Chile and Peru agreed to send their ambassadors back to each other's capitals."
    assert _acts(pipeline, text, "03") == [("CHL", "PER", False)]


def test_a_pair_imposing_sanctions_sanctions_neither_of_them(pipeline: Pipeline) -> None:
    text = (
        "Bolivia held a disputed vote on Sunday. Washington and Brussels imposed travel bans on a group "
        "of officials on Monday."
    )
    assert _acts(pipeline, text, "16") == [("USA", "BOL", True), ("BEL", "BOL", True)]
