"""Demands told as another party's obligation: "X said Y must / has to / needs to do Z" is a demand X
makes of Y (CAMEO 10); what Y is to do is the demand's content, not an event of its own.

Read by the trigger stage (coding/triggers.py) for each sentence, which also asks ``yielded_to`` whether a
demand is only what a yielding verb gave in to.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.coding.lexicon import Lexicon, kind_of
from newsevents.coding.objects import lacks_all
from newsevents.coding.patterns import construction
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare

MODAL_DEMAND = declare(
    "trigger",
    "modal-demand",
    "a speaker saying that another party must act makes a demand of that party "
    "(what that party must do is the demand's content, not an event of its own)",
    "Brasilia said Caracas must free the detained reporters.",
)
OBLIGATION_DEMAND = declare(
    "trigger",
    "obligation-demand",
    "a speaker saying that another party has to, needs to or would have to act makes a demand of it, "
    "as with 'must' (the act it has to do is the demand's content)",
    "Tokyo said Beijing would have to release the detained fishermen.",
)
_HINDSIGHT_MODALS = frozenset({"should", "ought"})
# Modals that put an obligation, not advice: beside "should" they keep the demand.
_FIRM_MODALS = frozenset({"must", "shall"})
HINDSIGHT = declare(
    "trigger",
    "hindsight-blame",
    "a speaker saying another party should have acted otherwise ('should have', 'should never have') "
    "criticises what it did (111): a verdict on the past, no demand",
    "Madrid said Rome should never have closed its ports to the rescue ship.",
)
BLAMED_PATIENT = declare(
    "trigger",
    "blamed-patient",
    "a speaker saying a party should or must suffer a penalty ('should be isolated', 'must be held "
    "accountable', 'must be punished') criticises that party (111): the modal's subject is the one the "
    "penalty falls on, not one asked to act",
    "Lisbon said the junta should be isolated.",
)
# The words of "held accountable" and "brought to justice" come after these verbs (blamed_complements).
_PENALTY_CARRIERS = frozenset({"hold", "bring"})
# Subjects that name no other party: the speaker itself, or a thing ("it must be punished").
_NO_OTHER = frozenset({"i", "we", "us", "it", "this", "that"})


def modal_demands(sent: Span, words: Lexicon) -> list[Trigger]:
    """The demands of ``sent``: a report or demand verb whose clause holds a modal of obligation
    ("must") or a verb of obligation with its 'to' clause ("has to free"), and a subject (the target)."""
    if lacks_all(sent, words.deontic_modals) and lacks_all(sent, words.obligation_verbs):
        return []  # (a demand needs a word of obligation in the sentence)
    out = []
    for tok in doccache.sent_tokens(sent):
        if kind_of(tok) != "report" and tok.lemma_ not in words.demand_reports:
            continue
        for clause in (c for c in doccache.children(tok) if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")):
            step = _obligation(clause, words)
            subjects = tuple(c for c in doccache.children(clause) if c.dep_ in ("nsubj", "nsubjpass"))
            if step is OBLIGATION_DEMAND and not all(_named_party(s) for s in subjects):
                continue  # "the world would have to respond": nobody the demand is made of
            if step is not None and subjects and _hindsight(clause):
                # "said Rome should have acted sooner": blame for what was (not) done, no demand
                pattern = construction("ne.demand.hindsight", "111", tok, "Y should have done Z: blame")
                out.append(
                    Trigger(token=tok, pattern=pattern, noun=False, target_heads=subjects, steps=(HINDSIGHT,))
                )
            elif step is MODAL_DEMAND and subjects and _blamed_patient(clause, subjects, words):
                out.append(_blamed(tok, subjects))  # "said Ruritania should be isolated": blame of it
            elif step is MODAL_DEMAND and (_not_asked(clause, subjects, words) or _advice(clause, subjects)):
                continue
            elif step is not None and subjects:
                pattern = construction("ne.demand.must", "100", tok, "X says Y must do Z: a demand of Y")
                out.append(
                    Trigger(token=tok, pattern=pattern, noun=False, target_heads=subjects, steps=(step,))
                )
    return out


def _obligation(clause: Token, words: Lexicon) -> str | None:
    """The rule by which ``clause`` states an obligation, if it does: a deontic auxiliary ("must free"),
    or a verb of obligation governing a 'to' clause ("has to free", "needed to free")."""
    if clause.lemma_ in words.obligation_states:
        return None  # "the threat of force must remain": a state, no act asked of anyone
    if any(
        a.dep_ == "aux" and a.lower_ in words.deontic_modals and not _inverted(a, clause)
        for a in doccache.children(clause)
    ):
        return MODAL_DEMAND
    if clause.lower_ not in words.obligation_verbs:
        return None
    acts = (c for c in doccache.children(clause) if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB")
    if any(any(a.dep_ == "aux" and a.lower_ == "to" for a in doccache.children(act)) for act in acts):
        return OBLIGATION_DEMAND
    return None


def _blamed(tok: Token, subjects: tuple[Token, ...]) -> Trigger:
    """The criticism (111) of the parties a penalty is wished on, on the report verb ``tok``."""
    pattern = construction("ne.demand.blamed", "111", tok, "Y should be punished: criticism of Y")
    return Trigger(token=tok, pattern=pattern, noun=False, target_heads=subjects, steps=(BLAMED_PATIENT,))


def _blamed_patient(clause: Token, subjects: tuple[Token, ...], words: Lexicon) -> bool:
    """A passive penalty after the modal ("should be isolated", "must be held accountable", "must be
    brought to justice") on a subject that names another party: blame of it, not a demand made of it."""
    if not all(s.dep_ == "nsubjpass" and s.lower_ not in _NO_OTHER for s in subjects):
        return False
    lemma = clause.lemma_.casefold()
    if lemma in words.blamed_passives:
        return True
    after = (t for t in doccache.subtree(clause) if t.i > clause.i)
    return lemma in _PENALTY_CARRIERS and any(t.lemma_.casefold() in words.blamed_complements for t in after)


def _hindsight(clause: Token) -> bool:
    """A modal of the past ("should HAVE acted", "should never HAVE been held"): a verdict on an act done
    or left undone, not something asked of anyone ("must have known" guesses: no blame)."""
    auxes = {a.lower_ for a in doccache.children(clause) if a.dep_ == "aux"}
    return "have" in auxes and bool(auxes & _HINDSIGHT_MODALS)


def _not_asked(clause: Token, subjects: tuple[Token, ...], words: Lexicon) -> bool:
    """ "said the talks must not be derailed", "said the relay should not be politicised": a negated modal
    whose subject names no party is a warning about a thing, asking nothing of anyone."""
    if not doccache.negated(clause, words.negations):
        return False
    return not any(_named_party(s) for s in subjects)


def _advice(clause: Token, subjects: tuple[Token, ...]) -> bool:
    """ "said both sides should lower their tone", "said Oslo and Bern should now build close ties": a
    modal of advice (not "must") said of a pair is counsel to both sides, which the corpus codes as no
    event, not a demand made of each; one party ("the union should send investigators") keeps it."""
    auxes = {a.lower_ for a in doccache.children(clause) if a.dep_ == "aux"}
    if not auxes & _HINDSIGHT_MODALS or auxes & _FIRM_MODALS:
        return False
    doers = [s for s in subjects if s.dep_ == "nsubj"]
    return bool(doers) and all(_pair(s) for s in doers)


def _pair(subject: Token) -> bool:
    """A subject naming two parties: coordinated ("Oslo and Bern") or "both" ("both sides")."""
    kids = doccache.children(subject)
    return any(c.dep_ == "conj" for c in kids) or any(c.lower_ == "both" for c in kids)


def _inverted(aux: Token, clause: Token) -> bool:
    """A modal before its clause's subject: "(warned of reprisals) SHOULD Podgorica join" is a condition
    ("if Podgorica joins"), no obligation put on Podgorica."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > aux.i for c in doccache.children(clause))


def _named_party(subject: Token) -> bool:
    """A subject that names a party ("Damascus", "the Syrian government"), not a generic one."""
    modifiers = (c for c in doccache.children(subject) if c.dep_ in ("compound", "amod", "poss"))
    return subject.pos_ == "PROPN" or any(c.ent_type_ in ("GPE", "NORP", "ORG") for c in modifiers)


def yielded_to(trigger: Trigger, by_token: dict[int, Trigger]) -> bool:
    """ "agreed TO the opposition's demands", "bowed to pressure": a demand or appeal that a yielding verb
    (08) takes is what was yielded to, not an event of its own."""
    tok = trigger.token
    if tok.dep_ != "pobj" or trigger.pattern.code[:2] not in ("02", "10") or tok.head.head.i not in by_token:
        return False
    return by_token[tok.head.head.i].pattern.code[:2] == "08"
