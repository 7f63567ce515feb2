"""Refused consent: "Ankara said it would not approve the bid", "Kyiv will never accept the annexation".

A party that says it will not give its consent (approve, accept, back, recognise) to a thing rejects it
(CAMEO 12). The dictionary codes these verbs only with particular objects (asserted, "backed the plan"
is too vague to code), so the refusal had no trigger to recode. Here a verb of consent with a thing to
consent to, told in a negated future or ability, is a trigger of support (050) on the verb; the modality
stage reads the negated future and makes it the rejection (120, ``modality:refusal``), as it does for any
cooperative act refused. The verbs are a list in ``coding/data/refused_consent.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.coding.lexicon import kind_of, lexicon
from newsevents.coding.patterns import construction
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

_FILE = "coding/data/refused_consent.toml"

REFUSED_CONSENT = declare(
    "trigger",
    "refused-consent",
    "a verb of consent (approve, accept, back, recognise) with a thing to consent to, told in a negated "
    "future or ability ('would not approve the bid'), is a refusal: support refused, a rejection (120)",
    "Lisbon said it would not approve the merger of the two airlines.",
)
# The code the modality stage turns into a rejection when it reads the refusal.
_SUPPORT = "050"
# Where a clause consented to hangs: "accept THAT ...", "approve Sweden JOINING" (a gerund the parser hangs
# as an adverbial clause).
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl"})


@dataclass(frozen=True, slots=True)
class ConsentWords:
    """``coding/data/refused_consent.toml``."""

    consent_verbs: frozenset[str]
    other_sense_particles: frozenset[str]
    refusal_auxiliaries: frozenset[str]
    consented_things: frozenset[str]


@functools.lru_cache(maxsize=1)
def consent_words() -> ConsentWords:
    """The consent words, checked: every key present, each a list of words."""
    return word_table(ConsentWords, _FILE)


def refused_consents(sent: Span, found: list[Trigger]) -> list[Trigger]:
    """The refusals of consent in ``sent`` on verbs no trigger of ``found`` codes yet (a blocked row's
    trigger gives way)."""
    words = consent_words()
    taken = {t.token.i for t in found if t.pattern.is_event}
    out = []
    for verb in doccache.verbs(sent):
        if verb.lemma_.casefold() not in words.consent_verbs or verb.i in taken or not _refused(verb, words):
            continue
        pattern = construction("ne.refused-consent", _SUPPORT, verb, "a party will not give its consent")
        parties = _clause_subjects(verb)
        out.append(
            Trigger(token=verb, pattern=pattern, noun=False, target_heads=parties, steps=(REFUSED_CONSENT,))
        )
    return out


def _clause_subjects(verb: Token) -> tuple[Token, ...] | None:
    """The parties whose act a clause consented to tells ("approve SWEDEN and FINLAND joining"): the
    refusal's targets; None when the thing consented to is an object (the target stage reads it)."""
    for c in doccache.children(verb):
        if c.dep_ in _CLAUSES:
            subject = next((s for s in doccache.children(c) if s.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.pos_ == "PROPN":
                return (subject, *doccache.conjuncts(subject))
    return None


def _refused(verb: Token, words: ConsentWords) -> bool:
    """Whether ``verb`` has a thing consented to (``_consented``), no particle of another sense, a
    negation and an auxiliary of the future or of ability ("would not", "will never", "cannot")."""
    kids = list(doccache.children(verb))
    if not any(_consented(c, words) for c in kids):
        return False
    if any(c.dep_ == "prt" and c.lower_ in words.other_sense_particles for c in kids):
        return False
    negated = any(c.dep_ == "neg" or c.lower_ in lexicon().negations for c in kids if c.dep_ != "dobj")
    auxiliaries = words.refusal_auxiliaries
    return negated and any(
        c.dep_ == "aux" and (kind_of(c) == "intent-aux" or c.lower_ in auxiliaries) for c in kids
    )


def _consented(child: Token, words: ConsentWords) -> bool:
    """A thing consented to: an object of the list ("the bid", "any interference"), or a clause."""
    if child.dep_ == "dobj":
        return (
            child.lemma_.casefold() in words.consented_things
            or _taken_as(child, words)
            or _taken_as(child.head, words)
        )
    return child.dep_ in _CLAUSES and (child.dep_ != "advcl" or child.tag_ == "VBG")


def _taken_as(thing: Token, words: ConsentWords) -> bool:
    """A thing refused under the name of a consented one, the "as" phrase hung from it or from its verb:
    "would not accept the maize AS AID" (the thing is refused in that role)."""
    for prep in doccache.children(thing):
        if prep.dep_ == "prep" and prep.lower_ == "as":
            if any(
                o.dep_ == "pobj" and o.lemma_.casefold() in words.consented_things
                for o in doccache.children(prep)
            ):
                return True
    return False
