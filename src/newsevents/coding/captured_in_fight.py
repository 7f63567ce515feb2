"""Soldiers and pilots captured in a fight with another state: "a Freedonian jet was shot down and its pilot
was captured", "the pilot was taken into custody by troops on the ground".

Nobody is named as holding them (an agentless passive, or troops the text places with nobody), so the
actors stage gives the captors the story's or the captive's own country, and the capture reads as a state
arresting its own soldier. A state's soldier taken just after an attack on that state by another (told in
the capture's sentence or the two before) was taken by the attacker's forces: they are the source.
A capture whose captor the text names as its subject ("Freedonian police arrested a Freedonian officer")
is left as it is.
"""

from __future__ import annotations

from newsevents import doccache
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

__all__ = ["CAPTOR_IN_FIGHT", "captors_in_fight"]

CAPTOR_IN_FIGHT = declare(
    "source",
    "captor-in-fight",
    "a state's soldier or pilot captured with no captor named, just after another state's attack on it, "
    "was captured by the attacker's forces",
    "A Freedonian jet was shot down by Ruritanian fighters and its pilot was captured.",
)
# CAMEO codes of taking someone: arrest or detention (173), abduction or hostage-taking (181).
_CAPTURES = ("173", "181")
# The role of a state's armed forces, whose captured member is a prisoner of the other side.
_MILITARY = "MIL"
# How many sentences the attack may be told in, counting the capture's own.
_SENTENCES = 3
# The step of a captor the text names as the verb's subject (no fallback to correct).
_SUBJECT = "source:subject"


def captors_in_fight(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each capture of a state's soldier by its own country, no captor named, given to the
    forces of the state that had just attacked it."""
    out: list[Draft] = []
    for d in drafts:
        target = d.target
        own = target.country if target is not None and target.role == _MILITARY else None
        if own is None or d.source.country != own or not d.code.startswith(_CAPTURES) or _SUBJECT in d.steps:
            out.append(d)
            continue
        first = doccache.window_start(d.token, _SENTENCES)
        attacks = [
            f
            for f in drafts
            if first <= f.token.i <= d.token.i
            and f.code[:2] in FORCE_ROOTS
            and f.target is not None
            and f.target.country == own
            and f.source.country is not None
            and f.source.country != own
        ]
        if not attacks:
            out.append(d)
            continue
        attacker = max(attacks, key=lambda f: f.token.i).source
        out.append(d.step(CAPTOR_IN_FIGHT, source=attacker.with_role(_MILITARY)))
    return out
