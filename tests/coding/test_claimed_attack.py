"""A group's claim that it carried out "the attack" retells an attack by unnamed doers told before: one
record; an attack it claims elsewhere stays its own (coding/claimed_attack.py). Sentences written for
these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.claimed_attack import CLAIMED_ATTACK
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2022-03-14"
LEAD = (
    "MOGADISHU, March 13 (Wire) - Gunmen stormed a hotel in the Somali capital on Sunday, killing at least "
    "20 people.\n\n"
)


def test_a_claim_of_the_attack_is_that_attack(pipeline: Pipeline) -> None:
    text = LEAD + "The Northern Front said in a statement that it had carried out the attack."
    force = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.cameo[:2] in ("18", "19")]
    assert len(force) == 1
    assert CLAIMED_ATTACK in force[0].evidence.steps


def test_an_attack_claimed_in_another_country_stays_apart(pipeline: Pipeline) -> None:
    text = (
        LEAD + "The Northern Front said in a statement that it had carried out an attack on a base in Kenya."
    )
    force = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.cameo[:2] in ("18", "19")]
    assert len(force) == 2
