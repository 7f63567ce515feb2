"""A journey told of freed people as part of their release is no visit: "the two engineers were freed by
the rebels and flown to the capital", "the hostages were released and flew home on Sunday".

A journey verb (CAMEO 042/043: fly, travel, arrive) coordinated with a passive release (084) shares the
release's subject, the freed people: it tells where they were taken, not a visit by a party to a host.
It gives way to the release (``triggers._gives_way``). A release told actively ("the premier freed the
prisoners and flew to Paris") keeps the journey: its subject is the releaser, whose trip is a visit.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.journeys import is_visit
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare

FREED_JOURNEY = declare(
    "select",
    "freed-journey",
    "a journey coordinated with a passive release tells where the freed people were taken: it gives way to "
    "the release, no visit",
    "The two engineers were freed by the rebels and flown to the capital.",
)
# CAMEO codes of releases (084: return, release; 0841 persons).
_RELEASE = "084"


def freed_journey(trigger: Trigger, by_token: dict[int, Trigger]) -> bool:
    """Whether ``trigger`` is a journey verb coordinated with a kept passive release of its sentence."""
    tok = trigger.token
    if not is_visit(trigger) or tok.dep_ != "conj" or _own_subject(tok):
        return False
    head = by_token.get(tok.head.i)
    return (
        head is not None
        and head.kept
        and not head.noun
        and head.coded_as.startswith(_RELEASE)
        and syntax.is_passive(head.token)
    )


def _own_subject(tok: Token) -> bool:
    """Whether the journey verb has a subject of its own ("were freed and the envoy flew home")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in doccache.children(tok))
