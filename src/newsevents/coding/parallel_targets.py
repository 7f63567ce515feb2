"""The last-resort target of an act: a country inside its object's phrase, and the other members of a
coordination it sits in.

The last-resort target (``object-phrase``, read by ``arguments._target``) is the first country found
inside the act's object phrase. When that country sits in one member of a coordination and the other
members name other countries ("fired missiles at depots in Chad and at a radar in Niger", "signed
accords with Chad and Niger"), each member is a target of its own: corpus/README.md codes acts done to
each of several parties one event per party.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.parties import landmark
from newsevents.coding.records import Trigger
from newsevents.coding.roles import Head
from newsevents.coding.rules import declare
from newsevents.coding.targets import one_per_party
from newsevents.records import Actor

OBJECT_PHRASE = declare(
    "target",
    "object-phrase",
    "last resort: a country inside the object's phrase",
    "Delhi backed an extension of the mission in Nepal.",
)
PARALLEL_TARGETS = declare(
    "target",
    "parallel-targets",
    "each coordinated member of the object's phrase that names another country is a target of its own",
    "Greek warships fired rockets at depots in Libya and at a radar site in Tunisia.",
)

# Conjunctions that join alternatives, not several parties acted on.
_ALTERNATIVES = frozenset({"or", "nor"})
# Prepositions of a pair told as one ("clashes between X and Y": the pair's own act, not two targets).
_PAIR_PREPOSITIONS = frozenset({"between", "among", "amongst"})
# Roots whose acts are done to each party apart (corpus/README.md: strikes on both, sanctions on both):
# praise and agreements (05), cooperation (06), protest (14) and the roots of posture, reduced relations,
# coercion and force (15-20). Words, demands and inquiries about several parties stay one event aimed at
# the first (an investigation into the deeds of two states' officials is one inquiry).
_PER_PARTY_ROOTS = frozenset({"05", "06", "14", "15", "16", "17", "18", "19", "20"})
# Tags of finite verbs.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# How far up from the found country a coordination is looked for (the place, its preposition, the
# object noun, the object's own preposition).
_MAX_STEPS = 4


def with_parallel_targets(
    targets: list[Actor],
    found_at: Token | None,
    trigger: Trigger,
    first: Callable[..., tuple[list[Actor], str | None, Token | None]],
    steps: list[str],
    named_source: bool,
) -> list[Actor]:
    """``targets`` (found at ``found_at`` in the object phrase of ``trigger``) and, for an act done to
    each party by a named source, the first party ``first`` (arguments' reader of candidate heads) finds
    in each later member of a coordination the found country sits in (noted in ``steps``)."""
    if not targets or found_at is None or not named_source or trigger.coded_as[:2] not in _PER_PARTY_ROOTS:
        return targets
    if landmark(found_at) or _apart(found_at, trigger.token):
        return targets
    out = list(targets)
    for branch in _branches(found_at, trigger.token):
        out = one_per_party([*out, *first([Head(t, OBJECT_PHRASE) for t in branch], need_country=True)[0]])
    if len(out) > len(targets):
        steps.append(PARALLEL_TARGETS)
    return out


def _branches(found_at: Token, trigger: Token) -> list[list[Token]]:
    """The nouns of each later conjunct of ``found_at`` or of one of its heads below ``trigger``, one
    list per conjunct in text order (without the conjuncts that follow it)."""
    branches: list[list[Token]] = []
    cur = found_at
    for _ in range(_MAX_STEPS):
        if cur.i == trigger.i or cur.head.i == cur.i:
            break
        if not any(c.dep_ == "cc" and c.lower_ in _ALTERNATIVES for c in doccache.children(cur)):
            for conj in (c for c in doccache.conjuncts(cur) if c.i > cur.i):
                after = (c for c in doccache.children(conj) if c.dep_ == "conj")
                later = {t.i for c in after for t in doccache.subtree(c)}
                nouns = [
                    t
                    for t in doccache.subtree(conj)
                    if t.i not in later and t.pos_ in ("PROPN", "NOUN", "ADJ") and t.dep_ != "relcl"
                ]
                if nouns:
                    branches.append(nouns)
        if cur.head.i == trigger.i:
            break
        cur = cur.head
    return branches


def _apart(found_at: Token, trigger: Token) -> bool:
    """Whether the country sits under a pair's preposition ("talks between X and Y"), in a description
    of a person ("X, the head of Y's police, and Z": the people are the targets, not their states) or in
    a clause of its own finite verb below the trigger ("... and lodged protests with X and Y" is another
    act, also when the parser took the verb for a modifier of its object): its coordination names no
    targets of the trigger's act."""
    cur = found_at
    while cur.i != trigger.i and cur.head.i != cur.i:
        if cur.lower_ in _PAIR_PREPOSITIONS or cur.dep_ == "appos" or _finite(cur, found_at):
            return True
        cur = cur.head
    return False


def _finite(tok: Token, found_at: Token) -> bool:
    """A finite verb (or one coordinated with another) on the way up, or a past-tense verb the parser
    hung on a noun as its modifier."""
    if tok.i != found_at.i and tok.pos_ in ("VERB", "AUX") and (tok.dep_ == "conj" or tok.tag_ in _FINITE):
        return True
    return any(c.dep_ == "amod" and c.tag_ in _FINITE for c in doccache.children(tok))
