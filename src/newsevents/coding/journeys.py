"""Journeys and sendings that give way to what they were for: "arrived in Bali to help the investigators"
(the help), "sent F-16s to strike the border posts" (the strikes).

A visit or an arrival (CAMEO 042, 043) with a coded purpose clause is told for that purpose, the act the
text says it was made for (rule purpose-of-visit, coding/triggers.py). Sending forces or arms (deploying
troops, 15; military aid, 072) to carry out an act of force (18-20) is the same shape: the sending is how
the attack came about, and the attack, on the party the purpose clause names, is the event. Without the
rule, the strike gave way to the sending as the sending's purpose (governor-act), and the sending's
target was taken from the strike's object: "Thailand sends jets to strike Cambodian targets" came out as
military aid to Cambodia (072).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

if TYPE_CHECKING:
    from newsevents.coding.records import Trigger

__all__ = ["PURPOSE_OF_SENDING", "JourneyWords", "is_visit", "journey_aim", "journey_words"]

PURPOSE_OF_SENDING = declare(
    "select",
    "purpose-of-sending",
    "sending forces or arms gives way to the act of force they were sent to carry out",
    "Thailand sent F-16 jets to strike Cambodian military positions.",
)
# CAMEO codes of a journey (make a visit, host a visit): what it was for is the event when the text says.
_VISITS = frozenset({"042", "043"})
# Sending arms (072) or forces (root 15) to do an act of force (roots 18-20): the act of force is the event.
_SENDINGS = frozenset({"072"})
_SENDING_ROOTS = frozenset({"15"})


@dataclass(frozen=True, slots=True)
class JourneyWords:
    """``coding/data/journeys.toml``."""

    sending_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def journey_words() -> JourneyWords:
    """The verbs of sending of ``coding/data/journeys.toml``, checked."""
    return word_table(JourneyWords, "coding/data/journeys.toml")


def is_visit(trigger: Trigger) -> bool:
    """A journey: a visit or an arrival (CAMEO 042, 043)."""
    return not trigger.noun and trigger.coded_as[:3] in _VISITS


def sent_force(trigger: Trigger) -> bool:
    """A verb of sending forces or arms (072, 15x): "sent jets", not "ordered troops" (``sending_verbs``)."""
    code = trigger.coded_as
    if trigger.noun or trigger.token.lemma_.casefold() not in journey_words().sending_verbs:
        return False
    return code[:3] in _SENDINGS or code[:2] in _SENDING_ROOTS


def journey_aim(journey: Trigger, aim: Trigger) -> bool:
    """Whether ``aim`` (a purpose clause of ``journey``'s verb) is what the journey or sending was for:
    anything a visit was made for, an act of force that forces or arms were sent to do."""
    if is_visit(journey):
        return True
    return sent_force(journey) and not aim.noun and aim.coded_as[:2] in FORCE_ROOTS
