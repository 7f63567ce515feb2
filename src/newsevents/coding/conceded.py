"""Concessions agreed to: a yielding act under a verb of consent is the concession itself (08).

An act under an intent verb takes its "express intent" twin (modality.py: "agreed to restart talks" is
an intention, 036). A yielding act is different: a party that agrees to withdraw its troops, to accept a
foreign force or to disarm, under pressure or in a deal, concedes by agreeing; the consent is the
concession (CAMEO 08, yield), made when it is given ("Indonesia agreed to accept the force" is 086, not
0355). So the act keeps its own code when its nearest governor is a verb of consent told as done (a
finite verb with no auxiliary of its own: not "would agree", "may agree", "will consent"). Promises,
pledges and offers still announce (03), and so does a consent to a cooperative act (036 talks, 032 ties):
only the 08 family is conceded. Word list: ``coding/data/conceded.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

CONCEDED = declare(
    "code",
    "conceded",
    "a yielding act (08) a party agrees or consents to is the concession itself, not an intent to yield "
    "(035x): the consent is the concession",
    "Belgrade agreed on Thursday to withdraw its troops from the province.",
)
_FILE = "coding/data/conceded.toml"
# CAMEO's yield family, whose acts a consent concedes.
_YIELD_ROOT = "08"
# Tags of a consent told as given ("agreed", "agrees", "has agreed"), not a base form under a modal.
_TOLD_AS_GIVEN = frozenset({"VBD", "VBZ", "VBP", "VBN"})
# Auxiliaries that keep it given: the perfect ("had agreed") and emphasis ("did agree").
_PERFECT = frozenset({"have", "do"})


@dataclass(frozen=True, slots=True)
class ConcededWords:
    """``coding/data/conceded.toml``."""

    consent_verbs: frozenset[str]
    kept_codes: frozenset[str]
    pair_nouns: frozenset[str]
    pair_pronouns: frozenset[str]
    permit_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def conceded_words() -> ConcededWords:
    """The consent verbs, checked: every key present, a list of words."""
    return word_table(ConcededWords, _FILE)


def conceded(code: str, tok: Token, governors: list[Token]) -> tuple[str, str] | None:
    """The act's own code and the rule for an intended yielding act ``code`` at ``tok`` whose nearest
    governor is a verb of consent told as given by one party, the act its infinitive ("Belgrade agreed TO
    WITHDRAW"), else None (the intent twin stands; "agreed THAT troops should withdraw" is a view)."""
    words = conceded_words()
    if code[:2] != _YIELD_ROOT or code in words.kept_codes or not governors:
        return None
    verb = governors[0]
    if _clause_of(tok).dep_ != "xcomp":
        return None
    if verb.lemma_.casefold() not in words.consent_verbs or verb.tag_ not in _TOLD_AS_GIVEN:
        return None
    if any(_mutual(s, words) for s in _subjects(verb)):
        return None
    auxiliaries = {c.lemma_.casefold() for c in doccache.children(verb) if c.dep_ in ("aux", "auxpass")}
    if auxiliaries - _PERFECT:
        return None  # ("would agree to withdraw", "may consent": a consent yet to be given)
    return code, CONCEDED


def _mutual(subject: Token, words: ConcededWords) -> bool:
    """Whether the consenting ``subject`` is a pair of parties: coordinated ("Kyiv and Moscow"), a plural
    noun of parties ("the two sides", "both leaders") or a plural pronoun standing for one ("they")."""
    if doccache.conjuncts(subject) or subject.lower_ in words.pair_pronouns:
        return True
    return subject.tag_ in ("NNS", "NNPS") and subject.lemma_.casefold() in words.pair_nouns


def _subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``, or of the verb it is coordinated with when it has none of its own
    ("Kyiv and Moscow met ... and AGREED to exchange prisoners")."""
    for clause in (verb, *syntax.shared_heads(verb)):
        if found := [c for c in doccache.children(clause) if c.dep_ == "nsubj"]:
            return found
    return []


def _clause_of(tok: Token) -> Token:
    """The first of the conjuncts ``tok`` is one of ("agreed to withdraw and [to] disarm"): the one whose
    link to the consent verb tells how it is governed."""
    return (syntax.shared_heads(tok) or [tok])[-1]
