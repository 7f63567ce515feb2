"""Shows of force that keep order at home: "declared a state of emergency and ordered troops to restore
order", "ordered security forces to shoot to kill", "sent the army onto the streets", "sent troops to
guard its gas platforms" (a purpose that guards a thing of the state's own that stays at home,
coding/own_purpose.py). Troops so ordered face their own people, not a foreign party: the target rules
that turn a deployment on the rival its sentence or its article names (coding/targets.py
``force-counterpart``, coding/rivals.py ``posture-rival``) or on a foreign party a clause of its sentence
names would make it an act against another state, where corpus/README.md codes a crackdown at home on both
sides with the state's own country. Unless the purpose or the place of the deployment names another
country ("to restore order in Bangui"), the act is aimed at the source's own country. Read by
``coding/rivals.settle`` last; the words are in ``coding/data/order_at_home.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.own_purpose import serves_own
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

ORDER_AT_HOME = declare(
    "target",
    "order-at-home",
    "a show of force ordered to keep order at home ('to restore order', 'to quell the riots', 'onto the "
    "streets') or to guard a thing of its own at home ('to guard its platforms', 'to help the police') that "
    "names no other country in its purpose or place is aimed at the source's own country, not at a "
    "foreign party its sentence or article names",
    "Ecuador closed its border with Peru, and its president ordered soldiers to restore order in Quito.",
)
_FILE = "coding/data/order_at_home.toml"
# The root of a show of force (CAMEO 15).
_FORCE_ROOT = "15"
# Links of a purpose clause to the deployment verb or to what it sends ("troops to restore order").
_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl"})
# Prepositions of the place troops are sent to ("onto the streets", "into the capital").
_PLACE_PREPS = frozenset({"onto", "into", "on", "to", "in", "across", "through"})


@dataclass(frozen=True, slots=True)
class OrderWords:
    """``coding/data/order_at_home.toml``."""

    order_verbs: frozenset[str]
    order_nouns: frozenset[str]
    quelling_verbs: frozenset[str]
    home_places: frozenset[str]
    home_things: frozenset[str]


@functools.lru_cache(maxsize=1)
def order_words() -> OrderWords:
    """The order-at-home words, checked: every key present, each a list of words."""
    return word_table(OrderWords, _FILE)


def kept_in_order(d: Draft, actors: DocActors) -> Draft:
    """``d`` aimed at its source's own country when it is a show of force ordered to keep order at home
    and neither its purpose nor its place names another country."""
    own = d.source.country
    if own is None or not d.code.startswith(_FORCE_ROOT) or d.aimed_at_own:
        return d
    if d.place is not None and d.place.country not in (None, own):
        return d
    spans = _order_spans(d.token)
    foreign = (m for m in actors.mentions if m.iso3 is not None and m.iso3 != own)
    if not spans or any(a <= m.start <= b for m in foreign for a, b in spans):
        return d
    return d.step(ORDER_AT_HOME, target=country_actor(actors, own))


def _order_spans(tok: Token) -> list[tuple[int, int]]:
    """The token spans of the purpose clauses and place phrases of the deployment at ``tok`` when one of
    them keeps order at home (else none)."""
    words = order_words()
    sent = [c for c in doccache.children(tok) if c.dep_ in ("dobj", "nsubjpass")]
    clauses = [
        c
        for owner in (tok, *sent)
        for c in doccache.children(owner)
        if c.dep_ in _PURPOSE_DEPS and any(a.dep_ == "aux" and a.lower_ == "to" for a in doccache.children(c))
    ]
    places = [
        c
        for c in doccache.children(tok)
        if c.dep_ == "prep"
        and c.lower_ in _PLACE_PREPS
        and any(p.dep_ == "pobj" and p.lemma_.casefold() in words.home_places for p in doccache.children(c))
    ]
    # (a purpose that guards or helps the state's own, "to guard ITS platforms", "to help THE POLICE", keeps
    # its forces at home as well: coding/own_purpose.py)
    keeps = places or [
        c
        for c in clauses
        if _guards_home(c, words) or any(_keeps_order(t, words) for t in doccache.subtree(c))
    ]
    if not keeps:
        return []
    phrases = [c for c in doccache.children(tok) if c.dep_ == "prep"]
    return [(p.left_edge.i, p.right_edge.i) for p in (*clauses, *phrases)]


def _guards_home(clause: Token, words: OrderWords) -> bool:
    """Whether the purpose ``clause`` guards or helps a thing of the sender's own that stays at home ("to
    guard its gas platforms", "to help the police"); its people, ships and diplomats may be abroad ("to
    evacuate its nationals", "to protect its fishing fleet"), where the deployment faces another state."""
    return serves_own(clause) and any(
        c.dep_ == "dobj" and c.lemma_.casefold() in words.home_things for c in doccache.children(clause)
    )


def _keeps_order(tok: Token, words: OrderWords) -> bool:
    """Whether ``tok`` is a verb that keeps order ("restore order", "quell", "shoot" but not "shoot down")."""
    lemma = tok.lemma_.casefold()
    kids = doccache.children(tok)
    if lemma in words.quelling_verbs:
        return not any(c.dep_ == "prt" and c.lower_ == "down" for c in kids)
    return lemma in words.order_verbs and any(
        c.dep_ == "dobj" and c.lemma_.casefold() in words.order_nouns for c in kids
    )
