"""Where unnamed aircraft strike is not where they come from, and who tells of unnamed attackers is not
who sent them: the phrases that must not place an ``air-agents`` subject or an ``attack-agents`` one
(``actors/data/words.tsv``), for ``DocActors.context_country``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.armed_modifier import armed_modifier_role
from newsevents.actors.words import packaged_words

if TYPE_CHECKING:
    from newsevents.actors.resolve import ActorResolver

_WORDS = packaged_words()


def struck_places(head: Token) -> set[int]:
    """Tokens of what the verb of the subject ``head`` acts on or at ("bombed a market in Nyala") and of
    who tells of it ("..., officials in Gaza said")."""
    verb = head.head if head.dep_ == "nsubj" else head
    out = {
        t.i
        for c in doccache.children(verb)
        if c.i != head.i and c.dep_ in ("dobj", "prep")
        for t in doccache.subtree(c)
    }
    tellers = [c for v in verb.ancestors if v.lemma_ in _WORDS.speech_verbs for c in doccache.children(v)]
    return out | {t.i for c in tellers if c.dep_ == "nsubj" for t in doccache.subtree(c)}


def told_of(head: Token) -> set[int]:
    """Tokens of who tells of unnamed attackers ("Turkey said gunmen had stormed its consulate", "armed
    men attacked the embassy, India said"): the subjects of the speech verbs above them."""
    words = {head.lemma_.casefold(), head.lower_}
    words |= {f"{c.lower_} {head.lemma_.casefold()}" for c in doccache.children(head) if c.dep_ == "amod"}
    if not words & _WORDS.attack_agents:
        return set()
    tellers = [c for v in head.ancestors if v.lemma_ in _WORDS.speech_verbs for c in doccache.children(v)]
    return {t.i for c in tellers if c.dep_ == "nsubj" for t in doccache.subtree(c)}


def unplaced_striker(resolver: ActorResolver, head: Token) -> bool:
    """Whether the subject ``head`` is an attacker that only a state's own name places: unnamed aircraft
    ("warplanes struck the hall") or attackers someone tells of. Craft named by the armed body that flies
    them ("army drones", "air force jets") are that body's, placed like "the army" itself."""
    if told_of(head):
        return True
    return head.lemma_.casefold() in _WORDS.air_agents and armed_modifier_role(resolver, head) is None
