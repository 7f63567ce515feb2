"""Measures eased with nobody named as easing them: "Turkey's ban on headscarves was lifted", "U.N.
sanctions against Libya were suspended", "the curfew was lifted on Sunday". The measure's owner eased it:
the party its possessor or capitalised modifier names; a domestic measure (a ban, a curfew, martial law)
that names no owner is the story's country's government's, aimed at its own people unless the measure
names whom it is on or against. Economic sanctions with no owner name no easer and make no event.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import government_of
from newsevents.actors.resolve import DocActors
from newsevents.coding import syntax
from newsevents.coding.lexicon import lexicon
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare
from newsevents.records import Actor

EASED_MEASURE = declare(
    "source",
    "eased-measure",
    "an agentless passive easing of a measure is its owner's act: the possessor or named modifier of the "
    "measure, else, for a domestic measure, the story's country's government",
    "BAKU - The curfew in the capital was lifted on Sunday.",
)
# CAMEO root of yielding: easing restrictions, sanctions, curfews, martial law and blockades.
_YIELD_ROOT = "08"
# Prepositions of a measure that name whom it is aimed at ("sanctions ON Iran", "a ban AGAINST imports").
_AIMED = frozenset({"on", "against"})


def eased_parties(
    trigger: Trigger, actors: DocActors, day: dt.date | None
) -> tuple[Actor, Actor | None] | None:
    """(source, target) of an agentless passive easing of a measure (``eased_measures`` in words.toml),
    or None when ``trigger`` is no such easing or its easer cannot be told."""
    tok = trigger.token
    code = trigger.coded_as
    if trigger.noun or code[:2] != _YIELD_ROOT or not _agentless(tok):
        return None
    words = lexicon()
    measure = next((c for c in doccache.children(tok) if c.dep_ == "nsubjpass"), None)
    kind = _kind(measure) if measure is not None else None
    if measure is None or kind not in words.eased_measures:
        return None
    owners = [
        a
        for c in doccache.children(measure)
        if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper())
        for a in actors.resolve_all(c, day)
    ]
    aimed = [
        a
        for p in doccache.children(measure)
        if p.dep_ == "prep" and p.lower_ in _AIMED
        for o in doccache.children(p)
        if o.dep_ == "pobj"
        for a in actors.resolve_all(o, day)
        if a.country
    ]
    domestic = kind not in words.economic_measures
    source = owners[0] if owners else _government(actors) if domestic else None
    if source is None:
        return None
    home = Actor(text="", name=source.name, country=source.country, role=None, code=source.country)
    return source, aimed[0] if aimed else (home if domestic and source.country else None)


def _kind(measure: Token) -> str:
    """The measure a phrase names: its head, or the "of" noun of "state of emergency"."""
    if measure.lemma_.casefold() == "state":
        for p in (c for c in doccache.children(measure) if c.dep_ == "prep" and c.lower_ == "of"):
            return next((o.lemma_.casefold() for o in doccache.children(p) if o.dep_ == "pobj"), "state")
    return measure.lemma_.casefold()


def _government(actors: DocActors) -> Actor | None:
    """The story's country's government, as an unnamed actor."""
    home = actors.story_country
    if home is None:
        return None
    return government_of(actors, home)


def _agentless(tok: Token) -> bool:
    """A passive verb (or a passive conjunct) with no "by" agent."""
    from newsevents.coding.roles import passive_conjunct  # (roles reads aimed_parties: import when used)

    if tok.pos_ != "VERB" or not (syntax.is_passive(tok) or passive_conjunct(tok)):
        return False
    verbs = [tok, tok.head] if passive_conjunct(tok) else [tok]
    return not any(c.dep_ == "agent" for v in verbs for c in doccache.children(v))


# Roots of acts on a measure whose "against"/"on" party is the counterpart: easing it and imposing it.
_MEASURE_ROOTS = ("08", "16")


def aimed_parties(tok: Token, code: str) -> list[Token]:
    """The parties a measure the verb ``tok`` eases or imposes is aimed at ("lifted the American embargo
    AGAINST VIETNAM"): the counterpart, before a country the measure's own modifiers name (its owner)."""
    if not code.startswith(_MEASURE_ROOTS) or tok.pos_ != "VERB":
        return []
    measures = [
        c for c in doccache.children(tok) if c.dep_ == "dobj" and _kind(c) in lexicon().eased_measures
    ]
    # (the parser often hangs the "on" phrase on the verb: "lifted the ban | ON selling arms to X")
    on_verb = [tok] if measures else []
    aimed = [
        o
        for m in [*measures, *on_verb]
        for p in doccache.children(m)
        if p.dep_ == "prep" and p.lower_ in _AIMED
        for o in doccache.children(p)
        if o.dep_ in _AIMED_DEPS
    ]
    return aimed + [t for o in aimed for t in _traded_with(o)]


# Dependencies of what a measure is on: a noun ("a ban ON IMPORTS") or a gerund ("a ban ON SELLING arms").
_AIMED_DEPS = frozenset({"pobj", "pcomp"})
# Prepositions of the trade or travel a measure is on that name the party at its other end ("a ban on
# arms sales TO X", "an embargo on imports FROM X", "a ban on flights to and from X").
_TRADED = frozenset({"to", "from"})


def _traded_with(aimed: Token) -> list[Token]:
    """The parties at the other end of the trade or travel a measure is on ("lifted the Peruvian ban on
    selling arms to Chile": Chile), tried after the measure's own object: the owner's modifier on the
    measure is no counterpart."""
    return [
        t
        for t in doccache.subtree(aimed)
        if t.dep_ == "pobj" and t.head.dep_ in ("prep", "dative", "conj") and t.head.lower_ in _TRADED
    ]
