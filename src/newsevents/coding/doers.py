"""Event nouns whose "of" phrase names who acts. For most event nouns the "of" phrase is what the act is
done to ("the invasion of Kuwait", "the release of the hostages"), and it names the source only when the
noun also names a counterpart ("a visit of the premier to Delhi"). Nouns of moving forces ("the arrival
of Nigerian peacekeepers", "the withdrawal of Syrian troops") are
done by the ones the "of" phrase names, counterpart or not (``doer_of_nouns`` in ``data/words.toml``).
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.asides import is_aside
from newsevents.coding.lexicon import lexicon

# Prepositions of a counterpart that make an "of" phrase the doer of any event noun.
_COUNTERPART_PREPS = ("to", "with", "against", "on")


def of_names_doer(noun: Token, preps: Container[str]) -> bool:
    """Whether the "of" phrase of the event noun ``noun`` (with prepositions ``preps``) names its doer."""
    return noun.lemma_.casefold() in lexicon().doer_of_nouns or any(p in preps for p in _COUNTERPART_PREPS)


def object_phrase_outside_doer(noun: Token) -> list[Token]:
    """The trigger's object phrase (searched for a last-resort target) without the "of" phrase of a noun
    whose "of" phrase is its doer: the arriving peacekeepers' country is not the one they reach; nor the
    phrases that lend no party (``lends_no_party``)."""
    tokens = [t for t in syntax.object_phrase_tokens(noun) if not lends_no_party(t, noun)]
    if noun.pos_ != "NOUN" or noun.lemma_.casefold() not in lexicon().doer_of_nouns:
        return list(tokens)
    doer = {t.i for p in doccache.children(noun) if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree}
    return [t for t in tokens if t.i not in doer]


def lends_no_party(tok: Token, trigger: Token) -> bool:
    """Whether ``tok`` sits, below ``trigger``, in a phrase whose country is no party to the trigger's act:
    the agent of a participle that describes a thing ("the truce brokered by Moscow": the broker of the
    truce, not the one it is aimed at), a scene phrase ("declared a curfew after Ruritanian shelling":
    what led to the act), or the clause of a coordinated verb ("imposed a curfew and asked Ruritania for
    help": the sibling verb's party)."""
    marks = lexicon().scene_marks
    while tok.i != trigger.i and tok.head.i != tok.i:
        if tok.dep_ == "agent" and tok.head.dep_ == "acl":
            return True
        if tok.dep_ == "prep" and tok.lower_ in marks:
            return True
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and tok.head.i == trigger.i:
            return True
        tok = tok.head
    return False


def clause_verb(tok: Token) -> Token:
    """The verb of the clause of ``tok`` (itself when it is one): an event noun's phrases are its verb's."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def no_party_of(tok: Token, trigger: Token) -> bool:
    """Whether the name at ``tok`` is no counterpart of the act at ``trigger``: an aside (a mover's
    origin, a requester) or a phrase that lends no party to the trigger's clause (``lends_no_party``)."""
    return is_aside(tok) or lends_no_party(tok, clause_verb(trigger))
