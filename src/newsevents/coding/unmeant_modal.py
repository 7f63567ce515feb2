"""Modals that tell no intention: an ability, a duty, or a guess about the past.

modality.py reads any modal of possibility ("may", "could", "can", "must") as making an act hypothetical,
and recodes a hypothetical cooperative act as its "express intent" twin (03x), as it does "will send aid".
That fits a possible decision of the doer's own ("the UN might lift its sanctions"), not:

- an ability, a permission or a duty ("the army could restore order on its own", "visitors can now
  travel without visas", "the treaty must still be ratified", "Lima must respect the ruling"): nobody
  has said they mean to act, and the corpus codes no intent there. A cooperative act (roots 01-09, the
  ones whose twin is an intent) under "can", "could" or "must" (``unmeant_modals`` in
  ``coding/data/unmeant_modal.toml``) with no verb of intent, threat or conjecture over it gives no event;
  a coercive one keeps its threat twin ("warned it could cut the gas": a threat by the corpus's rule);
- a guess about the past: a modal before the perfect ("may have committed crimes", "could have staged
  the attack"): a conjecture about a deed, neither done by the text's word nor meant; any root.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.coding import syntax
from newsevents.coding.lexicon import MEANING_KINDS, kind_of, modality_kinds
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare
from newsevents.records import Modality

UNMEANT_MODAL = declare(
    "modality",
    "unmeant-modal",
    "a cooperative act under a modal of ability or duty ('could', 'can', 'must') tells no intention, and "
    "a modal before the perfect ('may have attacked') guesses at the past: no event",
    "Officials said the coast guard could escort the ferries without outside help.",
)

_FILE = "coding/data/unmeant_modal.toml"
# Roots whose intended form is an "express intent" (03x); the rest turn into threats (13x).
_LAST_COOPERATIVE = 9
# How far up a noun's heads its verb is looked for ("could lead to the WITHDRAWAL of troops").
_NOUN_HOPS = 4


@dataclass(frozen=True, slots=True)
class _ModalWords:
    """``coding/data/unmeant_modal.toml``."""

    unmeant_modals: frozenset[str]
    perfect_aux: frozenset[str]


@functools.lru_cache(maxsize=1)
def _words() -> _ModalWords:
    return word_table(_ModalWords, _FILE)


def unmeant(trigger: Trigger, modality: Modality) -> str | None:
    """``UNMEANT_MODAL`` when ``trigger``'s hypothetical reading comes from a modal of ability or duty on a
    cooperative act, or from a modal before the perfect; else None."""
    if modality != "hypothetical":
        return None
    auxes = _auxiliaries(trigger.token)
    words = _words()
    kinds = modality_kinds()
    modals = [a for a in auxes if kinds.get(a.lower_) == "hypothetical-aux"]
    if not modals:
        return None
    if any(a.lemma_.casefold() in words.perfect_aux and a.i > modals[0].i for a in auxes):
        return UNMEANT_MODAL  # ("may have committed", "could have staged")
    if int(trigger.pattern.code[:2]) > _LAST_COOPERATIVE:
        return None
    if any(m.lower_ not in words.unmeant_modals for m in modals):
        return None
    # (under a verb of intent, threat or guess the modal is part of what is meant: "agreed they could meet")
    if any(kind_of(g) in MEANING_KINDS for g in syntax.governors(trigger.token)):
        return None
    return UNMEANT_MODAL


def _auxiliaries(tok: Token) -> list[Token]:
    """The auxiliaries of the verb that carries ``tok``'s clause: its own, a coordinated verb's it shares
    ("could restore order and REBUILD"), or, for a noun, its nearest verb's."""
    cur = tok
    for _ in range(_NOUN_HOPS):
        if cur.pos in (labels.POS_VERB, labels.POS_AUX) or cur.head.i == cur.i:
            break
        cur = cur.head
    for verb in (cur, *syntax.shared_heads(cur)):
        found = [c for c in doccache.children(verb) if c.dep in (labels.AUX, labels.AUXPASS)]
        if any(c.dep == labels.AUX for c in found):
            return found
    return []
