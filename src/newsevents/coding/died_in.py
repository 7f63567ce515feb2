"""Deaths told with the attack that caused them in an "in" phrase: "Three fishermen died in an Indian
naval strike", "the commander, who was killed in a Turkish drone strike".

An event noun under "in" is normally the scene of its clause (coding/triggers.py: "in the talks" sets a
time), and a death verb names no maker, so such a sentence gave no event at all. When the noun is an act
of force and names its maker on itself (a state's adjective or name, "U.S.", "Israeli"; a "by" phrase),
the sentence tells the attack and its toll: the attack is coded, with the maker as its source and the dead
as its target. A noun that names no maker ("died in the blast") stays the scene: who set it off is not
plain from the text. The death verbs are in ``coding/data/died_in.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.roles import noun_roles
from newsevents.coding.rules import declare

DIED_IN_ATTACK = declare(
    "trigger",
    "died-in-attack",
    "an act of force named with its maker in the 'in' phrase of a death verb ('died in a U.S. drone "
    "strike') is an event: the maker's act on the dead",
    "Three fishermen died in an Indian naval strike off the coast.",
)
_FILE = "coding/data/died_in.toml"
# Tags of a relative pronoun standing for the dead ("the commander, WHO died in ...").
_RELATIVE = frozenset({"WP", "WDT"})


@dataclass(frozen=True, slots=True)
class DiedInWords:
    """``coding/data/died_in.toml``."""

    death_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def _words() -> DiedInWords:
    return word_table(DiedInWords, _FILE)


def _death_verb(tok: Token) -> Token | None:
    """The death verb whose "in" phrase ``tok`` is the object of, or None."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in" or tok.head.dep_ != "prep":
        return None
    verb = tok.head.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.casefold() in _words().death_verbs else None


def died_in_attack(tok: Token, code: str) -> bool:
    """Whether ``tok``, an event noun coded ``code``, is an act of force with its maker named on it in the
    "in" phrase of a death verb."""
    if not code.startswith(FORCE_ROOTS) or _death_verb(tok) is None:
        return False
    return bool(noun_roles(tok)[0])


def _dead(verb: Token) -> tuple[Token, ...]:
    """The dead: the death verb's subject, or the noun a relative clause's pronoun stands for."""
    subject = next((c for c in doccache.children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return ()
    if subject.tag_ in _RELATIVE and verb.dep_ == "relcl":
        return (verb.head,)
    return (subject,)


def with_dead(trigger: Trigger) -> Trigger:
    """``trigger`` with the dead as its target when it is an attack named in a death verb's "in" phrase
    (the noun itself names no target: its phrase holds only the maker)."""
    tok = trigger.token
    if not trigger.noun or trigger.target_heads is not None:
        return trigger
    if not died_in_attack(tok, trigger.coded_as):
        return trigger
    verb = _death_verb(tok)
    assert verb is not None  # (died_in_attack found it)
    return replace(trigger, target_heads=_dead(verb), steps=(*trigger.steps, DIED_IN_ATTACK))
