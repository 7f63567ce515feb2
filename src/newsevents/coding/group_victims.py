"""Victims of an armed group's attack, placed by their sentence in another country than the attack's.

"NAIROBI - Police ended the siege of a mall, where Shabaab gunmen killed 40 people": the victims' phrase
names no country, and the actors stage places it by the countries its sentence names
(``agent-in-context``): the attacking group's own ("Shabaab" is Somali), or one the sentence names only
later ("the gunmen who killed 100 people at a concert hall had fled towards Ruritania"). The corpus
conventions give unnamed victims the country where the act happened (targets.placed_victim does so when
the act's place is known). When an armed group or unnamed attackers (no state's forces) did it and the
sentence places the attack nowhere the gazetteer knows, the attack happened where the story is filed:
the victims belong to the dateline's country when the story names that country (``home_country``); a
story filed from a bureau abroad keeps them as they were. A state's body such a group attacks is placed
the same way ("NEW DELHI - ... Ruritania-based militants attacked parliament": India's). A state's forces
attacked are a fought party, and a state's forces crossing a border are the victims stage's own rules
(coding/victims.py, coding/dateline_victims.py).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.lexicon import lexicon
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.targets import placed_by_own_words
from newsevents.when import role_day

__all__ = ["GROUP_VICTIMS", "group_victims"]

GROUP_VICTIMS = declare(
    "target",
    "group-victims",
    "unnamed victims of an armed group's or unnamed attackers' attack placed nowhere the gazetteer knows "
    "belong to the country the story is filed from, not to the group's or a later country of the sentence",
    "NAIROBI - Police ended the siege of a mall, where Shabaab gunmen killed 40 people.",
)
# The actors stage's rule for a common noun placed by the countries of its sentence.
_CONTEXT_RULE = "agent-in-context"
# Dependencies of the victims' phrase on the act (killed THEM, THEY were killed, fired ON THEM).
_VICTIM_DEPS = frozenset({"dobj", "nsubjpass", "pobj"})
# A state's bodies a group attacks where they sit ("gunmen attacked parliament"): placed like victims.
_BODIES = frozenset({"GOV", "LEG", "JUD"})
# Named-entity labels that give a phrase a party of its own ("Kenyan shoppers", "the mall's guards").
_PARTY_LABELS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def group_victims(drafts: tuple[Draft, ...], actors: DocActors) -> tuple[Draft, ...]:
    """``drafts`` with the victims of armed groups' attacks moved to the story's country (module doc)."""
    return tuple(_placed(d, actors) for d in drafts)


def _placed(d: Draft, actors: DocActors) -> Draft:
    target, source, roles = d.target, d.source, lexicon().state_roles
    if target is None or not target.role or not d.code.startswith(FORCE_ROOTS) or d.place is not None:
        return d
    if target.role in roles - _BODIES or target.role in lexicon().non_state_armed_roles - {"CVL", "PPL"}:
        return d  # (a state's forces or a fought group: whose they are is the counterpart rules')
    if source.country and (source.role is None or source.role in roles):
        return d  # (a state's attack: coding/victims.py)
    home = actors.home_country
    if home is None or home == target.country or _placed_there(d, target.country):
        return d
    head = _victims_head(d.token, target.text)
    if head is None or placed_by_own_words(head) or _names_party(head):
        return d
    if actors.rule_of(head, role_day(d.when)) != _CONTEXT_RULE:
        return d
    moved = replace(target, name=actors.country_name(home) or home, country=home, code=home + target.role)
    return d.step(GROUP_VICTIMS, target=moved)


def _victims_head(verb: Token, text: str) -> Token | None:
    """The head of the victims' phrase of ``verb`` whose text is ``text``, else None."""
    heads = [c for c in doccache.children(verb) if c.dep_ in _VICTIM_DEPS]
    heads += [p for c in doccache.children(verb) if c.dep_ == "prep" for p in doccache.children(c)]
    for head in heads:
        tokens = list(doccache.subtree(head))
        if text and text in doccache.text(head.doc, tokens[0].i, tokens[-1].i + 1):
            return head
    return None


def _placed_there(d: Draft, country: str | None) -> bool:
    """Whether the sentence of ``d`` names a place of ``country`` after a locative preposition ("the attack
    on two mosques in Zorbat, in which a gunman killed 50 worshippers"): the sentence placed them there."""
    places = d.sent.doc._.ne_places
    locative = lexicon().place_prepositions
    return places is not None and any(
        t.dep_ == "pobj"
        and t.head.lower_ in locative
        and (place := places.place_of_entity(t)) is not None
        and place.country == country
        for t in d.sent
    )


def _names_party(head: Token) -> bool:
    """Whether the words before the victims' noun name a party of their own ("Kenyan shoppers")."""
    # (the noun itself may be tagged a body, "Parliament": the words before it are what place it)
    before = [t for t in doccache.subtree(head) if t.i < head.i]
    return any(t.ent_type_ in _PARTY_LABELS or t.dep_ == "poss" for t in before)
