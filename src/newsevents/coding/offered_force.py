"""Forces offered, not brandished: the intent twin of an announced deployment (15x).

An announced or considered deployment ("will send troops", "would consider deploying soldiers") takes its
root's general intent row (150 -> 138, a threat of force). That fits a move made at someone ("will send
a destroyer to the islands", "additional troops to the region"). Two shapes say the forces are offered
instead, an intent to cooperate militarily (0312):

* a verb of commitment governs it: a party agrees, pledges or offers to send troops (``commitment``);
* it names no place the forces go to: "would send 600 soldiers", "is ready to send ground troops if
  needed", "will send aircraft to take part". A show of force is a move somewhere; a bare number of
  troops announced is what a partner contributes (``unplaced-deployment``).

A threat verb ("threatened to deploy the army") keeps the threat: the modality stage asks it first.
Word lists: ``coding/data/offered_force.toml``; the commitment verbs are ``commitment_verbs`` in
``coding/data/words.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.lexicon import Lexicon
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

COMMITMENT = declare(
    "code",
    "commitment",
    "a deployment that a party agrees, pledges or offers to make is an intent to cooperate "
    "militarily (0312), not a threat",
    "Nairobi pledged to send troops to the regional force.",
)
UNPLACED_DEPLOYMENT = declare(
    "code",
    "unplaced-deployment",
    "an announced sending of forces that names no place they go to is an offer of forces (0312), not a "
    "threat: a show of force is a move somewhere",
    "Ghana said it would send 300 soldiers if the bloc asked for them.",
)
_FILE = "coding/data/offered_force.toml"
# The intent twin of a force posture offered: intent to cooperate militarily.
_OFFERED = "0312"
# The deployment code (mobilise or deploy armed forces) whose sending verbs may offer forces.
_DEPLOY = "154"


@dataclass(frozen=True, slots=True)
class OfferedForceWords:
    """``coding/data/offered_force.toml``."""

    sending_verbs: frozenset[str]
    destination_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def offered_force_words() -> OfferedForceWords:
    """The sending verbs and destination words, checked: every key present, a list of words."""
    return word_table(OfferedForceWords, _FILE)


def names_destination(tok: Token, governors: list[Token]) -> bool:
    """Whether the sending at ``tok`` names where the forces go: a destination preposition with its
    object, or an adverb of place, after it in its own clause ("troops TO the border"), not in a clause
    below it ("to help police the settlement"). One the parser hung on the announcing verb above counts
    too ("announced it would send one of its destroyers, the Dauntless, TO the islands")."""
    words = offered_force_words().destination_words
    clauses = {tok.i, *(g.i for g in governors)}
    for t in tok.sent:
        if t.i <= tok.i or t.lower_ not in words or _clause_verb(t).i not in clauses:
            continue
        if t.dep_ == "prep" and any(o.dep_ == "pobj" for o in doccache.children(t)):
            return True
        if t.dep_ == "advmod":
            return True
    return False


def _clause_verb(tok: Token) -> Token:
    """The nearest verb above ``tok`` (itself excluded): the verb of its clause."""
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def offered_force(code: str, tok: Token, governors: list[Token], words: Lexicon) -> tuple[str, str] | None:
    """The offer code and its rule for an intended deployment at ``tok`` (under ``governors``, no threat
    verb among them) that offers its forces, else None."""
    if code[:2] != "15":
        return None
    if any(g.lemma_.casefold() in words.commitment_verbs for g in governors):
        return _OFFERED, COMMITMENT
    sending = tok.lemma_.casefold() in offered_force_words().sending_verbs
    if code == _DEPLOY and sending and not names_destination(tok, governors):
        return _OFFERED, UNPLACED_DEPLOYMENT
    return None
