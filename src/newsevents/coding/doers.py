"""Event nouns whose "of" phrase names who acts. For most event nouns the "of" phrase is what the act is
done to ("the invasion of Kuwait", "the release of the hostages"), and it names the source only when the
noun also names a counterpart ("a visit of the premier to Delhi"). Nouns of moving forces ("the arrival
of Nigerian peacekeepers", "the withdrawal of Syrian troops") are
done by the ones the "of" phrase names, counterpart or not (``doer_of_nouns`` in ``data/words.toml``).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.go_betweens import go_between
from newsevents.coding.lexicon import lexicon

# Prepositions of a counterpart that make an "of" phrase the doer of any event noun.
_COUNTERPART_PREPS = ("to", "with", "against", "on")


def of_names_doer(noun: Token, preps: Mapping[str, Token]) -> bool:
    """Whether the "of" phrase of the event noun ``noun`` (with prepositions ``preps``) names its doer: never
    for a noun of handing over ("an exchange of prisoners WITH Kyiv": the prisoners are what is handed)."""
    lemma = noun.lemma_.casefold()
    if lemma in lexicon().patient_of_nouns:
        return False
    return lemma in lexicon().doer_of_nouns or any(
        p in preps and not _dated(preps[p]) for p in _COUNTERPART_PREPS
    )


def _dated(prep: Token) -> bool:
    """Whether preposition ``prep`` only dates the act ("the killing of the envoy ON TUESDAY"): its object
    is a date, which names no counterpart."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in doccache.children(prep))


def object_phrase_outside_doer(noun: Token) -> list[Token]:
    """The trigger's object phrase (searched for a last-resort target) without the "of" phrase of a noun
    whose "of" phrase is its doer: the arriving peacekeepers' country is not the one they reach."""
    # (a place the phrase sets its act in comes after the parties it names: "a truce in Gaza and the
    # withdrawal of Israeli forces" is aimed at the forces' state, the scene only when nobody else is named)
    tokens = sorted(syntax.object_phrase_tokens(noun), key=lambda t: _in_scene(t, noun))
    tokens = [t for t in tokens if not go_between(t, noun)]  # ("under a truce brokered by Moscow")
    if noun.pos_ != "NOUN" or noun.lemma_.casefold() not in lexicon().doer_of_nouns:
        return list(tokens)
    doer = {
        t.i
        for p in doccache.children(noun)
        if p.dep_ == "prep" and p.lower_ == "of"
        for t in doccache.subtree(p)
    }
    return [t for t in tokens if t.i not in doer]


def _in_scene(tok: Token, trigger: Token) -> bool:
    """Whether ``tok`` sits in a phrase of place ("in Gaza", "near the border") below ``trigger``."""
    places, cur = lexicon().place_prepositions, tok
    while cur.i != trigger.i and cur.head.i != cur.i:
        cur = cur.head
        if cur.dep_ == "prep" and cur.lower_ in places:
            return True
    return False
