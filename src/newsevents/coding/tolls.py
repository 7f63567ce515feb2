"""Casualties told as the toll of an attack or a fight that is the subject of the killing verb.

"Fighting between Armenian and Azerbaijani forces killed 50 soldiers"; "Shelling by Pakistani troops
killed six villagers"; "An Israeli air strike killed four militants". The noun and the verb tell one
event. Read apart they give two records, or none: the noun is set aside as the scene of the verb, and
the verb, whose subject names nobody, borrows the reporter's subject ("..., officials said") or the
dateline's country. Read together, the event is the attack or fight the noun names (its code), with the
parties the noun names ("between X and Y", "by X", "Israeli"), and the victims the verb names when the
noun names no target; the noun gives way to the verb, which carries it. A passive killing verb with no
agent tells the same with the attack in an "in" phrase: "Four men were killed in an Israeli air strike".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.lexicon import lexicon
from newsevents.coding.patterns import PatternSet
from newsevents.coding.records import Trigger
from newsevents.coding.roles import EVENT_SUBJECT, Head, noun_roles
from newsevents.coding.rules import declare

__all__ = ["EVENT_TOLL", "event_subject_roles", "event_tolls"]

EVENT_TOLL = declare(
    "select",
    "event-toll",
    "an attack or fight named as the subject of a killing verb is one event with its toll: coded as the "
    "attack, with the noun's parties and the verb's victims",
    "Shelling by Pakistani troops killed six villagers on Friday.",
)
# Verbs that tell what an attack cost: "killed", "wounded", "injured".
_TOLL_VERBS = frozenset({"kill", "wound", "injure"})
# A killing told as mass killing ("killed thousands") keeps its own code over the attack's.
_MASS_KILLING = "20"
# How a clause-opening gerund hangs on the killing verb it is the subject of (the parser's readings).
_GERUND_LINKS = frozenset({"nsubj", "csubj", "advcl"})


def _toll_subject(verb: Trigger) -> Token | None:
    """The subject noun of a killing verb, when the verb is an act of force told in the active voice: a
    noun, or a gerund that opens the clause ("Shelling by X killed ..." parses as a verb of its own)."""
    tok = verb.token
    if verb.noun or tok.lemma_.casefold() not in _TOLL_VERBS or not verb.coded_as.startswith(FORCE_ROOTS):
        return None
    children = doccache.children(tok)
    if syntax.is_passive(tok):
        return _passive_toll_noun(children)
    noun = next((c for c in children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    gerund = next((c for c in children if c.i < tok.i and _bare_gerund(c)), None)
    if noun is not None or gerund is None or any(c.dep_ == "nsubj" and c.i != gerund.i for c in children):
        return noun
    return gerund


def _passive_toll_noun(children: Sequence[Token]) -> Token | None:
    """The attack noun of a passive killing verb with no 'by' agent: "Four men were killed IN an Israeli
    air strike" tells the strike and its toll, as "An Israeli air strike killed four men" does (the
    noun's own trigger decides whether it is an attack)."""
    if any(c.dep_ == "agent" for c in children):
        return None
    preps = (c for c in children if c.dep_ == "prep" and c.lower_ == "in")
    nouns = (p for c in preps for p in doccache.children(c) if p.dep_ == "pobj" and p.pos_ == "NOUN")
    return next(nouns, None)


def _attack_in_phrase(verb: Token, noun: Token) -> bool:
    """Whether ``noun``, the 'in' phrase of passive ``verb``, names an attack ("strike", "shelling")."""
    return noun.head.head.i == verb.i and noun.lemma_.casefold() in lexicon().event_subjects


def _bare_gerund(tok: Token) -> bool:
    """A gerund standing as a noun: no subject or auxiliary of its own ("Fighting between X and Y")."""
    if tok.tag_ != "VBG" or tok.dep_ not in _GERUND_LINKS:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in doccache.children(tok))


def event_tolls(found: list[Trigger]) -> list[Trigger]:
    """``found`` with each attack noun that is the subject of a killing verb folded into the verb: the
    verb takes the noun's code (EVENT_TOLL) and the noun gives way to it."""
    by_token = {t.token.i: t for t in found}
    folded: dict[int, Trigger] = {}
    for verb in found:
        subject = _toll_subject(verb)
        noun = by_token.get(subject.i) if subject is not None else None
        if noun is None and subject is not None and _attack_in_phrase(verb.token, subject):
            # ("were killed in a Turkish drone strike": the noun's parties; the verb keeps its code)
            folded[verb.token.i] = replace(verb, steps=(*verb.steps, EVENT_TOLL))
            continue
        if noun is None or noun.dropped_by or not noun.coded_as.startswith(FORCE_ROOTS):
            continue
        code = verb.coded_as if verb.coded_as.startswith(_MASS_KILLING) else noun.coded_as
        pattern = replace(verb.pattern, code=code, id=f"{verb.pattern.id}+toll")
        folded[verb.token.i] = replace(verb, pattern=pattern, code=None, steps=(*verb.steps, EVENT_TOLL))
        folded[noun.token.i] = replace(noun, dropped_by=EVENT_TOLL)
    return [folded.get(t.token.i, t) for t in found] if folded else found


def event_subject_roles(
    trigger: Trigger, sources: list[Head], targets: list[Head], patterns: PatternSet
) -> tuple[list[Head], list[Head]]:
    """The parties of a verb whose subject is an event noun: "The talks between Lima and Quito stalled"
    (the noun's, EVENT_SUBJECT; a pattern names the noun as its subject), and the toll of an attack
    (EVENT_TOLL: the noun's parties, the verb's victims where the noun names no target)."""
    tok = trigger.token
    if trigger.noun:
        return sources, targets
    toll = EVENT_TOLL in trigger.steps
    subject = _toll_subject(trigger) if toll else None
    if subject is None:
        subject = next(
            (
                c
                for c in syntax.subjects(tok)
                if c.pos_ == "NOUN" and c.lemma_.casefold() in trigger.pattern.subject
            ),
            None,
        )
    if subject is None or not (toll or patterns.by_lemma(subject.lemma_.casefold(), "noun")):
        return sources, targets
    noun_sources, noun_targets = noun_roles(subject)
    if not toll:
        return [Head(h.token, EVENT_SUBJECT) for h in noun_sources], noun_targets
    # (tried in order: the noun's parties, then the verb's own, "US drone attacks killed ...": the
    # subject's phrase; "A suicide bombing killed 12 people": nobody, and the agentless rules place it)
    # (a passive's victims are its subject, named before the attack's own: "X was killed in a strike at Y")
    victims = (targets or noun_targets) if syntax.is_passive(tok) else (noun_targets or targets)
    return [Head(h.token, EVENT_SUBJECT) for h in noun_sources] + sources, victims
