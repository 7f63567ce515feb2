"""Parse mending: a passive verb's "by" agent read as a modifier of the noun before it.

The small English model often hangs the "by" phrase of a passive on the noun of the phrase just before it
when that noun can take one: "Kosovo was recognised as a STATE by Peru and Chile", "the envoy was
expelled from the EMBASSY by Lima", "Chile was praised as a PARTNER by Peru". The verb is then a passive
with no agent, and the stages after it code no source (or the wrong one). It does the same to an event
noun's doer: "the expulsion of the ENVOY by Peru", "the shelling of the PORT by rebels". The rule gives
the phrase back to the verb as its agent, or to the event noun (``Token.head``, ``Token.dep_``), before
any coding stage reads the tree; it runs from ``reattach.ReattachStage`` with the other mending rules
and, as they do, reads the tree through spaCy itself (``doccache``'s tables are built after it).

It leaves the phrase where it is when the noun is an event noun with a doer of its own ("captured in a
RAID by rebels", "killed in an ATTACK by gunmen": the stages that read such nouns want their "by"), and
when the phrase names no party (a proper name, a named entity, or a noun with a country word on it).

The same misreading puts a journey's destination under its doer: "the first visit BY a Chilean leader TO Lima"
hangs "to Lima" on "leader", so the visit names no host. The "to" phrase is given back to
the journey noun (rule journey-destination).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsevents.coding.rules import declare

MISPLACED_AGENT = declare(
    "source",
    "misplaced-agent",
    "a 'by' phrase naming a party on the noun of the passive verb's own phrase ('recognised as a state by "
    "Peru', 'expelled from the embassy by Lima') is the verb's agent, unless the noun is an event noun; on "
    "the 'of' object of an event noun ('the expulsion of the envoy by Peru') it is the event noun's",
    "Kosovo was recognised as a state by Peru and Chile on Monday.",
)

JOURNEY_DESTINATION = declare(
    "target",
    "journey-destination",
    "a 'to' phrase on the doer in a journey noun's 'by' phrase ('the visit by a Peruvian leader to Quito') "
    "is the journey's destination, the host of the visit",
    "Talks began on Monday, during the first visit by a Peruvian leader to Quito in a decade.",
)
# Nouns of a journey whose "by" object cannot own a destination of its own.
_JOURNEY_NOUNS = frozenset({"visit", "trip", "tour", "journey", "voyage"})

# Named-entity types of a party in a "by" phrase (a noun with a country word on it, "Chilean troops", is one).
_PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def misplaced_agents(doc: Doc, event_nouns: frozenset[str], words: Iterable[Token] | None = None) -> int:
    """Give each misplaced "by" phrase back to its passive verb or its event noun; the number mended.
    ``event_nouns``: the lemmas of nouns with a pattern of their own, which keep their "by"."""
    mended = 0
    for by in doc if words is None else words:
        verb = _passive_verb(by, event_nouns)
        if verb is not None:
            by.head, by.dep_ = verb, "agent"
            mended += 1
        elif (noun := _event_noun(by, event_nouns)) is not None:
            by.head = noun
            mended += 1
        elif (to := _journey_destination(by)) is not None:
            to.head = by.head
            mended += 1
    return mended


def _journey_destination(by: Token) -> Token | None:
    """The "to" phrase the parser hung on the doer of a journey noun: "the visit by the king TO Oslo"."""
    if by.lower_ != "by" or by.dep_ != "prep" or by.head.lemma_.casefold() not in _JOURNEY_NOUNS:
        return None
    doer = next((c for c in by.children if c.dep_ == "pobj"), None)
    if doer is None or not _names_party(doer):
        return None
    return next((c for c in doer.children if c.dep_ == "prep" and c.lower_ == "to"), None)


def _event_noun(by: Token, event_nouns: frozenset[str]) -> Token | None:
    """The event noun whose "of" object the parser hung ``by`` on: "the EXPULSION of the envoy by Peru",
    "the SHELLING of the port by rebels" (the doer is the event's, not the envoy's or the port's)."""
    if by.lower_ != "by" or by.dep_ != "prep":
        return None
    noun, of = by.head, by.head.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or noun.lemma_.casefold() in event_nouns:
        return None
    event = of.head
    if event.pos_ != "NOUN" or event.lemma_.casefold() not in event_nouns:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in event.children):
        return None
    party = next((c for c in by.children if c.dep_ == "pobj"), None)
    return event if party is not None and _names_party(party) else None


def _passive_verb(by: Token, event_nouns: frozenset[str]) -> Token | None:
    """The passive verb ``by`` belongs to, when the parser hung it on a noun of that verb's phrase."""
    if by.lower_ != "by" or by.dep_ != "prep":
        return None
    noun, prep = by.head, by.head.head
    if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN") or prep.dep_ != "prep":
        return None
    if noun.lemma_.casefold() in event_nouns:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.i > by.i:
        return None
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None  # (not a passive)
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    party = next((c for c in by.children if c.dep_ == "pobj"), None)
    return verb if party is not None and _names_party(party) else None


def _names_party(noun: Token) -> bool:
    """Whether ``noun`` names a party: a proper name, a named entity, or a noun with a country word on it
    ("Chilean troops")."""
    if noun.pos_ == "PROPN" or noun.ent_type_ in _PARTY_ENTITIES:
        return True
    return any(c.ent_type_ in _PARTY_ENTITIES for c in noun.children if c.dep_ in ("amod", "compound"))
