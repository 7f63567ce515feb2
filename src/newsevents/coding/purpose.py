"""Troops sent to help: a deployment whose stated purpose is to help, protect or bring relief, or that
sends relief workers or a field hospital, is assistance (07), not a show of force (15). And offers made
on a call: "telephoned X to offer help" (or "to ask him to act") is the call and the offer (the appeal),
each an event (``offered_on_contact``,
read by the trigger stage). A call made to praise ("telephoned X to congratulate him", "to thank him") is
the praise alone (05): the call is only its channel, and the sets code it one event.

The mobilisation rows ("sent troops", "deployed soldiers") code 154 by their object alone; the purpose
clause ("to help fight the insurgency", "for flood relief") says whom the troops serve. Word lists are in
``coding/data/words.toml`` (``protective_purposes``, ``monitoring_purposes`` with a truce or accord
watched, ``relief_purposes``, ``relief_workers``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.lexicon import Lexicon, lexicon
from newsevents.coding.own_purpose import OWN_PURPOSE, serves_own
from newsevents.coding.records import Draft, Trigger
from newsevents.coding.rules import declare

HELPING_DEPLOYMENT = declare(
    "code",
    "helping-deployment",
    "troops sent with the stated purpose of helping or protecting another are military assistance (074); "
    "sent for disaster relief, humanitarian aid (073)",
    "Kenya has begun deploying 800 police officers to Haiti to help restore order.",
)
OFFER_ON_CONTACT = declare(
    "select",
    "offer-on-contact",
    "an offer, pledge, gift or appeal a call or meeting was made for ('telephoned X to offer help', 'to "
    "ask him to act') is an event of its own beside the contact, not the contact's content",
    "The Thai premier telephoned his Lao counterpart to offer relief aid.",
)
PRAISE_ON_CONTACT = declare(
    "select",
    "praise-on-contact",
    "a call made to congratulate, thank or apologise ('telephoned X to congratulate him') is that praise "
    "(05), from the caller to whom it called: the call is only its channel and gives way to it",
    "The Irish premier telephoned the new Portuguese leader to congratulate him on his victory.",
)
# Roots of a contact (consult: calls, meetings, visits) and of the acts one is made to offer, give or ask
# (intent to cooperate 03, material aid 07, an appeal 02: "telephoned X to ask him to intervene" is the call
# and the request, as a request made in a statement is one).
_CONTACT_ROOT = "04"
_OFFERED_ROOTS = frozenset({"02", "03", "07"})
# The root of what a call made to congratulate, thank or apologise says (praise, apology: 05). Such a call
# is one event, the praise: the gold codes "phoned X to thank him" 05 (or 04), never the call alone.
_PRAISE_ROOT = "05"
# Codes of a deployment of forces (CAMEO 15: demonstrate military power, mobilise armed forces).
_DEPLOYMENT_CODES = frozenset({"150", "152", "153", "154"})
# Clause links by which a purpose hangs from the verb or from its object ("troops to help ...").
_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})
# Links of what a deployment sends: its object, or a passive's subject ("rescuers were sent").
_SENT_DEPS = frozenset({"dobj", "nsubjpass"})


def helping_code(tok: Token, words: Lexicon) -> str | None:
    """073 or 074 when the deployment at ``tok`` states a helping purpose, the rule ``OWN_PURPOSE`` when
    the purpose serves the sender's own, else None."""
    # "has begun deploying troops ... to help": the purpose may hang from the verb that governs it.
    scopes = [tok, tok.head] if tok.dep_ == "xcomp" else [tok]
    top = scopes[-1]
    for clause in (
        t for t in doccache.subtree(top) if t.dep_ in _PURPOSE_DEPS and t.pos_ == "VERB" and t.i != tok.i
    ):
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in doccache.children(clause)):
            continue
        if _clause_verb(clause.head) not in scopes:
            continue  # the purpose of another verb under the deployment
        lemma = clause.lemma_.casefold()
        if serves_own(clause):  # ("to support the police": the state's own, coding/own_purpose.py)
            return OWN_PURPOSE
        if lemma in words.protective_purposes or _watches_truce(clause, lemma, words):
            return "074"
        if lemma in words.relief_purposes:
            return "073"
    for prep in (t for t in doccache.subtree(tok) if t.dep_ == "prep" and t.lower_ == "for"):
        if any(t.lemma_.casefold() in words.relief_purposes for t in doccache.subtree(prep)):
            return "073"
    return "073" if _sends_relief_workers(tok, words) else None


def _watches_truce(clause: Token, lemma: str, words: Lexicon) -> bool:
    """Whether a purpose clause watches over a truce or an accord ("to monitor the ceasefire"): troops
    so sent keep the peace; sent to watch a rival's ships, they show force."""
    if lemma not in words.monitoring_purposes:
        return False
    watched = words.truce_nouns | words.accord_nouns
    return any(o.dep_ == "dobj" and o.lemma_.casefold() in watched for o in doccache.children(clause))


def _sends_relief_workers(tok: Token, words: Lexicon) -> bool:
    """Whether what the deployment at ``tok`` sends includes relief workers or a field hospital ("sent
    a field hospital and 200 army rescuers"): rescuers from an army bring relief, not a show of force."""
    objects = [t for t in doccache.children(tok) if t.dep_ in _SENT_DEPS]
    objects += [c for o in objects for c in doccache.conjuncts(o)]
    return any(o.lemma_.casefold() in words.relief_workers for o in objects)


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause ``tok`` is in ("officers to the province": deploying)."""
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def helping_deployment(trigger: Trigger, words: Lexicon) -> Trigger:
    """``trigger`` recoded as assistance when it is a deployment sent to help; else unchanged."""
    if trigger.noun or trigger.pattern.code not in _DEPLOYMENT_CODES:
        return trigger
    code = helping_code(trigger.token, words)
    if code is None:
        return trigger
    if code == OWN_PURPOSE:  # (the deployment its row codes, with the rule that kept it)
        return replace(trigger, steps=(*trigger.steps, OWN_PURPOSE))
    pattern = replace(trigger.pattern, code=code, id=f"{trigger.pattern.id}+purpose")
    return replace(trigger, pattern=pattern, steps=(*trigger.steps, HELPING_DEPLOYMENT))


def offered_on_contact(trigger: Trigger, contact: Trigger) -> bool:
    """Whether ``trigger`` is an offer, a gift or an appeal that the contact act ``contact`` was made for (its
    purpose clause: the caller check done by the trigger stage), kept as an event of its own."""
    code = trigger.coded_as
    contact_code = contact.coded_as
    offered = code[:2] in _OFFERED_ROOTS or (code[:2] == _PRAISE_ROOT and _praising(trigger.token))
    return not trigger.noun and offered and contact_code.startswith(_CONTACT_ROOT)


def _praising(tok: Token) -> bool:
    """Whether the verb at ``tok`` congratulates, thanks or apologises (``praising_purposes`` of
    words.toml): "telephoned X to offer condolences" is the call and an offer, not praise in its place."""
    return tok.lemma_.casefold() in lexicon().praising_purposes


def purpose_of(tok: Token, gov: Token) -> bool:
    """Whether ``tok`` is a purpose clause of ``gov`` ("called X TO THANK him"), or the second verb of
    one ("called X to concede and CONGRATULATE him": the "to" is the first verb's)."""
    clause = tok.head if tok.dep_ == "conj" and tok.head.i != tok.i else tok
    return clause.dep_ in ("advcl", "xcomp") and clause.head.i == gov.i and doccache.infinitive_to(clause)


def contact_parties(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each offer made on a call or meeting (``offered_on_contact``) given the contact's
    parties: the caller offers, to whom it called ("telephoned X to offer aid": the parser may read X as
    the offer's subject). A call made to praise (``_praised_on``) is the praise, one per caller: the
    call gives way."""
    contacts: dict[int, list[Draft]] = {}
    for d in drafts:
        if not d.trigger.noun and d.code.startswith(_CONTACT_ROOT):
            contacts.setdefault(d.token.i, []).append(d)
    out: list[Draft] = []
    praised: set[int] = set()  # (the calls made to praise: they give way to the praise)
    seen: set[tuple[int, object, object]] = set()
    for d in drafts:
        tok = d.token
        clause = tok.head if tok.dep_ == "conj" and d.code.startswith(_PRAISE_ROOT) else tok
        calls = contacts.get(clause.head.i, []) if clause.dep_ in ("xcomp", "advcl") else []
        contact = calls[0] if calls and purpose_of(tok, calls[0].token) else None
        if contact is None or not offered_on_contact(d.trigger, contact.trigger):
            out.append(d)
        elif d.code.startswith(_PRAISE_ROOT):
            praised.add(contact.token.i)
            for call in calls:  # (each caller of "A and B telephoned X to thank him" thanks X)
                key = (tok.i, call.source, call.target)
                if key not in seen:
                    seen.add(key)
                    out.append(d.step(PRAISE_ON_CONTACT, source=call.source, target=call.target))
        elif (contact.source, contact.target) == (d.source, d.target):
            out.append(d.step(OFFER_ON_CONTACT))
        else:
            out.append(d.step(OFFER_ON_CONTACT, source=contact.source, target=contact.target))
    return [d for d in out if d.trigger.noun or d.token.i not in praised]
