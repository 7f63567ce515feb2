"""Refusals told by a plain negation: "France does not recognise the new authorities", "the junta did not
accept the council's resolution"; and by a denied intention: "had no intention of leaving", "made no
commitment to free them". A negated act is no event ("did not recall its envoy"), and only a negated
future or ability ("will not extradite") reads as a refusal (modality.py's ``refusal``); but withholding
recognition or acceptance of something is itself the act, in the present or the past: a rejection (CAMEO
12) of the object, not a denial of having done something. Likewise a party denying it means or has
pledged to do a cooperative or yielding act ("no intention of withdrawing", "no commitment to release")
refuses it, where a denied deal or talks ("reached no deal") tell only that nothing happened. The words
are in ``coding/data/negated_refusals.toml``; the modality stage asks this module for every trigger.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

NEGATED_REFUSAL = declare(
    "code",
    "negated-refusal",
    "not recognising or not accepting something, in any tense ('does not recognise the junta'), or not "
    "planning or intending to ('does not plan to recognise the outcome'), is a rejection of it (12), not an "
    "act that did not happen",
    "Lisbon does not recognise the new authorities in the capital.",
)
REFUSED_INTENTION = declare(
    "code",
    "refused-intention",
    "an act a party says it has no intention of or made no commitment to ('no intention of withdrawing "
    "its troops') is refused: a rejection (12)",
    "Rabat said it had no intention of pulling its soldiers off the island.",
)
DECIDED_REFUSAL = declare(
    "code",
    "decided-refusal",
    "a party deciding, choosing or voting not to do a cooperative act ('decided not to attend the talks') "
    "refuses it: a rejection (12), not an act that did not happen",
    "The rebel delegation decided on Sunday not to attend the conference in the capital.",
)
_FILE = "coding/data/negated_refusals.toml"
# Prepositions that join an act to the intention noun it hangs from ("intention OF leaving").
_LINKS = frozenset({"of", "to"})
# Dependencies of the thing refused: a direct object, or a clause ("did not accept that the vote was fair").
_OBJECT_DEPS = frozenset({"dobj", "ccomp"})


@dataclass(frozen=True, slots=True)
class NegatedRefusalWords:
    """``coding/data/negated_refusals.toml``."""

    refusal_verbs: frozenset[str]
    intention_nouns: frozenset[str]
    intention_verbs: frozenset[str]
    decision_verbs: frozenset[str]
    present_refusal_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def negated_refusal_words() -> NegatedRefusalWords:
    """The verbs whose negation refuses, checked: every key present, each a list of words."""
    return word_table(NegatedRefusalWords, _FILE)


def refused_by_negation(tok: Token) -> bool:
    """Whether ``tok``, a negated verb (the caller checks the negation), refuses its object: a refusal verb
    with a thing refused ("does not recognise THE COUNT"); a bare "did not accept" names nothing refused."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.casefold() not in negated_refusal_words().refusal_verbs:
        return False
    children = doccache.children(tok)
    if tok.lemma_.casefold() in negated_refusal_words().present_refusal_verbs and not _present(children):
        return False  # ("does not want more aid" refuses it; "had never wanted peace" judges a past stance)
    if tok.dep_ == "xcomp" and tok.head.lemma_.casefold() in negated_refusal_words().intention_verbs:
        # "does not PLAN to recognise the outcome": the negated intention is the withheld recognition
        return _plainly_negated(doccache.children(tok.head)) and any(c.dep_ in _OBJECT_DEPS for c in children)
    # ("NEITHER accepted NOR recognised the award": the object sits on the last conjunct)
    conjuncts = [c for c in children if c.dep_ == "conj"] if _neither(children) else []
    nor = [g for c in conjuncts for g in doccache.children(c)]
    return _plainly_negated(children) and any(c.dep_ in _OBJECT_DEPS for c in (*children, *nor))


def _present(children: Sequence[Token]) -> bool:
    """A present "do" among ``children`` ("DOES not want", "DO not want")."""
    return any(c.dep_ == "aux" and c.lower_ in ("do", "does") for c in children)


def _neither(children: Sequence[Token]) -> bool:
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in children)


def _decided_not(tok: Token) -> str | None:
    """The rule when ``tok`` is a negated complement of a decision verb: "decided NOT TO ATTEND" (the
    "not" on the complement itself; "did not decide to attend" tells only that no decision was made)."""
    if tok.dep_ != "xcomp" or tok.head.lemma_.casefold() not in negated_refusal_words().decision_verbs:
        return None
    return DECIDED_REFUSAL if any(c.dep_ == "neg" for c in doccache.children(tok)) else None


def _plainly_negated(children: Sequence[Token]) -> bool:
    """A plain "not" or "never" among ``children``, with no modal."""
    # a plain "not" or "never": "could not accept" may tell an inability (the modality stage's refusal
    # reads modals), and "no longer recognises" ends a recognition given before
    negated = any(c.dep_ == "neg" for c in children) or _neither(children)
    return negated and not any(c.tag_ == "MD" for c in children)


def refusal_rule(tok: Token, future: str | None, negated: bool) -> str | None:
    """The rule by which the act at ``tok`` is refused, if any: ``future``, the modality stage's refusal of
    a negated future ("will not extradite"), else a negated refusal verb (when the clause is ``negated``),
    else a denied intention."""
    if negated:
        return future or (NEGATED_REFUSAL if refused_by_negation(tok) else None) or _decided_not(tok)
    return REFUSED_INTENTION if refused_intention(tok) else None


def refused_intention(tok: Token) -> bool:
    """Whether the act at ``tok`` hangs from an intention noun under "no": "no commitment TO FREE them"
    (a clause of the noun), "no intention OF LEAVING" (a phrase of the noun); an event noun that is the
    object of such an act ("no intention of holding TALKS", its light verb giving way) is refused too."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        tok = tok.head
    if tok.pos_ != "VERB":
        return False
    if tok.dep_ == "acl":
        noun = tok.head
    elif tok.dep_ == "pcomp" and tok.head.lower_ in _LINKS:
        noun = tok.head.head
    else:
        return False
    if noun.lemma_.casefold() not in negated_refusal_words().intention_nouns:
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in doccache.children(noun))


def intention_holders(clause: Token) -> list[Token]:
    """Who refuses a refused intention: the subject of the verb that holds the intention noun ("THE
    GOVERNMENT had made no commitment to free them", "IT had no intention of leaving"), else none."""
    if not refused_intention(clause):
        return []
    noun = clause.head if clause.dep_ == "acl" else clause.head.head
    if noun.dep_ != "dobj":
        return []
    return [c for c in doccache.children(noun.head) if c.dep_ == "nsubj"]
