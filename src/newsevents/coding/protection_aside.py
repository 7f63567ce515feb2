"""Protection told as the reason or the manner of another act, not as an act of its own.

The Phoenix rows code "protect", "defend", "guard" and "shield" (``protection_verbs`` in
``coding/data/protection.toml``) as military protection (074) or as its
promise (0334). Most of the time a news sentence names protection to say why or how something else was
done: "Lisbon said it needed the radars TO PROTECT its ships", "the strikes were meant TO PROTECT
civilians", "reserved the right TO DEFEND itself", "praised the army FOR PROTECTING the constitution",
"the soldiers died DEFENDING the village". Nobody is given protection there: the act is the need, the
strike, the praise or the deaths, and coding the protection adds an event between the wrong parties.

A verb of protection is kept where the text tells it as an act or a commitment: a finite verb ("the
navy will protect the cable"), an infinitive under a verb of intent or threat ("pledged to protect the
workers", ``kind_of`` "intent"/"threat" anywhere up its governors), and the purpose of a verb of sending
forces ("sent troops to protect the airport": what the troops were sent for, ``coding/journeys.py``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.journeys import journey_words
from newsevents.coding.lexicon import kind_of
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

__all__ = ["PROTECTION_ASIDE", "protection_aside"]

PROTECTION_ASIDE = declare(
    "select",
    "protection-aside",
    "a verb of protection told as the purpose of another act ('needed radars to protect its ships'), the "
    "ground of a judgement ('praised the army for protecting ...') or its manner ('died defending the "
    "village') says why or how that act was done: no event of its own",
    "Lisbon said it needed the new radars to protect its fishing fleet.",
)

# CAMEO codes of military protection given (074) or promised (0334).
_PROTECTION = frozenset({"074", "0334"})
_FILE = "coding/data/protection.toml"
# Kinds of governor whose infinitive is the commitment itself ("pledged to protect", "vowed to defend").
_COMMITTING = frozenset({"intent", "threat"})
# Kinds of governor whose gerund is the act itself ("kept guarding", "began defending").
_CARRIED = frozenset({"aspect", "intent", "threat"})
# Links of an infinitive of purpose or complement: "needed mines TO PROTECT", "options TO DEFEND".
_INFINITIVE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})


@dataclass(frozen=True, slots=True)
class _ProtectionWords:
    """``coding/data/protection.toml``."""

    protection_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return word_table(_ProtectionWords, _FILE).protection_verbs


def protection_aside(trigger: Trigger) -> bool:
    """Whether ``trigger``, a verb of protection, only tells why or how another act was done."""
    tok = trigger.token
    if trigger.noun or trigger.coded_as not in _PROTECTION or tok.lemma_.casefold() not in _verbs():
        return False  # (not "sent troops to help", a sending the purpose recodes as 074: the act itself)
    if tok.dep_ in _INFINITIVE_DEPS and doccache.infinitive_to(tok):
        if tok.head.lemma_.casefold() in journey_words().sending_verbs:
            return False  # ("flew in troops to guard the base": what they were sent for)
        return not any(kind_of(g) in _COMMITTING for g in syntax.governors(tok))
    if tok.tag_ != "VBG":
        return False
    if tok.dep_ == "pcomp":
        return True  # ("praised X for protecting ...", "criticised her for defending ...")
    # ("died defending the civilians"; not "kept guarding the base", the act itself)
    return tok.dep_ in ("advcl", "xcomp") and not _own_clause(tok) and kind_of(tok.head) not in _CARRIED


def _own_clause(tok: Token) -> bool:
    """Whether the participle has a subject, an auxiliary or a conjunction of its own."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in doccache.children(tok))
