"""Go-betweens and venues of another act, named in an event's sentence but no party to the event.

A withdrawal told "under a truce brokered by Moscow" or "under a pact signed in Doha" names Russia and
Qatar only as the deal's broker and the place it was signed: the retreat is aimed at the other side. So
are a mediator named by its noun ("under Saudi mediation"), a summit's city ("a plan agreed at a summit in
Kampala") and a court's or an embassy's seat ("a tribunal in The Hague", "through its embassy in Beijing").
The arguments stage's last-resort target (a country inside the object's phrase:
``doers.object_phrase_outside_doer``) and the force counterpart of an act with no target
(``targets.nearby_foreign``) skip such a party. A place of the event's own verb ("landed in Dili") and a
party of its own phrase ("a truce in Gaza") stay. Words: ``data/go_betweens.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.asides import is_aside
from newsevents.coding.resources import word_table

# Dependencies inside a noun phrase by which a name stands in it ("the Bhutanese capital", "Qatar's
# embassy", "Cuba and Norway"): climbed to reach the phrase's head.
_INSIDE_PHRASE = frozenset({"compound", "amod", "poss", "appos", "conj", "nmod", "det", "case"})


@dataclass(frozen=True, slots=True)
class GoBetweenWords:
    """``coding/data/go_betweens.toml``."""

    broker_verbs: frozenset[str]
    broker_nouns: frozenset[str]
    venue_verbs: frozenset[str]
    venue_nouns: frozenset[str]
    venue_prepositions: frozenset[str]


@functools.lru_cache(maxsize=1)
def go_between_words() -> GoBetweenWords:
    """The broker and venue words of the rule, checked (``word_table``: every key present, a list of words;
    the fields by ``dataclasses.fields``, since a class compiled by mypyc has no ``__slots__``)."""
    return word_table(GoBetweenWords, "coding/data/go_betweens.toml")


def go_between(tok: Token, trigger: Token) -> bool:
    """Whether the name at ``tok`` stands in the sentence of the event at ``trigger`` as a go-between or
    the venue of another act (a deal brokered by it, signed in it), not as a party to the event."""
    return tok.i != trigger.i and (_brokered(tok, trigger) or _venue(tok, trigger))


def no_counterpart(last: int, trigger: Token) -> bool:
    """Whether the name ending at token ``last`` is no counterpart of the act at ``trigger``: it is in an
    aside ("at the request of Oman", "crossed from Somalia": ``asides``) or a go-between or venue."""
    tok = trigger.doc[last]
    return is_aside(tok) or go_between(tok, trigger)


def _ancestors(tok: Token, trigger: Token) -> list[Token]:
    """``tok`` and its heads up to (without) ``trigger`` or the root."""
    chain = [tok]
    while (head := doccache.head(chain[-1])).i != chain[-1].i and head.i != trigger.i:
        chain.append(head)
    return chain


def _brokered(tok: Token, trigger: Token) -> bool:
    """Whether ``tok`` is in the "by" agent of a brokering verb ("a truce brokered by Moscow") or in the
    phrase of a noun of going between ("under Saudi mediation") that is not the event's own trigger."""
    words = go_between_words()
    chain = _ancestors(tok, trigger)
    for low, high in zip(chain, chain[1:], strict=False):
        if low.dep_ == "agent" and high.lemma_.casefold() in words.broker_verbs:
            return True
    return any(t.lemma_.casefold() in words.broker_nouns for t in chain[1:])


def _venue(tok: Token, trigger: Token) -> bool:
    """Whether ``tok`` names the place of a meeting, a signing, a court or a mission ("signed in Doha",
    "a summit in Kampala", "its embassy in Beijing"): the object of a preposition of place that hangs from
    a venue verb or noun other than the event's own trigger and its arguments."""
    words = go_between_words()
    noun = tok
    while noun.dep_ in _INSIDE_PHRASE and (head := doccache.head(noun)).i != noun.i and head.i != trigger.i:
        noun = head
    prep = doccache.head(noun)
    if noun.dep_ != "pobj" or prep.lower_ not in words.venue_prepositions:
        return False
    owner = doccache.head(prep)
    if owner.i in (trigger.i, prep.i):
        return False
    lemma = owner.lemma_.casefold()
    verb = owner.pos_ in ("VERB", "AUX") and lemma in words.venue_verbs
    # (a mission that is the event's own argument is in its host: "will open an embassy in Mogadishu")
    other = owner.pos_ in ("NOUN", "PROPN") and doccache.head(owner).i != trigger.i
    return verb or (other and words.venue_nouns & {lemma, owner.lower_} != set())
