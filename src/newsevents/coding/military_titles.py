"""A leader named with a military title is the military (MIL), whatever office the dictionary lists.

corpus/README.md (roles of the security apparatus): generals, commanders and chiefs of staff are MIL.
The actor dictionary gives a coup leader or a junta chief the office he holds that day, the government's
(GOV: a head of state), so "the army's commander-in-chief, X, imposed a curfew", "General X accused
the neighbours" and "the general said he would meet the envoy" came out GOV. Where the
words that name the person in the sentence give him a military title (``titles.tsv``: "general",
"commander", "colonel"), the title is how the text presents him, and the source is the military. The
title closest to the name decides ("the junta's leader, General X": General; "the commander-in-chief,
X": commander-in-chief); a civil title there ("President X") leaves the dictionary's office alone.
The text that calls the person a state's ruler ("Peru's leader, General X", "General X, the country's
military ruler") presents him as its government, as corpus/README.md's conventions code him (GOV), whatever
his rank: a state's own ruling title, owned by the state, keeps the office; "the junta's leader" does not.
A relabelling of a person's role only (GOV to MIL): the country and the code's reading stay.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.annotations import annotation
from newsevents.coding.rules import declare
from newsevents.records import Actor

__all__ = ["MILITARY_TITLE", "titled_military"]

MILITARY_TITLE = declare(
    "source",
    "military-title",
    "a person the sentence names with a military title (general, commander) is the military (MIL), not "
    "the office the dictionary lists for him",
    "General Ana Ruiz, the junta's leader, accused the neighbours of plotting an invasion.",
)
# The role a military title gives, and the roles of offices it overrides (a government's).
_MILITARY = "MIL"
_OFFICES = frozenset({"GOV"})
_GOVERNMENT = "GOV"
# The owners of a ruling title that make it a state's: a named state (spaCy's GPE) or a common noun for one
# ("the country's leader"); a junta, an army or a party is no state.
_STATE_ENTITY = "GPE"
_STATE_NOUNS = frozenset({"country", "nation", "state"})


def titled_military(head: Token, actor: Actor) -> Actor | None:
    """``actor`` (named at phrase head ``head``) as the military when the title closest to the person's
    name is a military one; None otherwise."""
    if actor.role not in _OFFICES or not actor.name or actor.country is None:
        return None
    if _closest_title(head) != _MILITARY or _state_ruler(head):
        return None
    return actor.with_role(_MILITARY)


def _closest_title(head: Token) -> str | None:
    """The role of the title closest to the name at ``head``: a title compound before a proper name
    ("General Ana Ruiz"), else that of the appositive name's ("the leader, General Ruiz"), else the
    head noun's own ("the general", "the commander-in-chief, Ruiz")."""
    if head.pos_ == "PROPN":
        return _compound_title(head)
    for appos in (c for c in doccache.children(head) if c.dep_ == "appos" and c.pos_ == "PROPN"):
        if (found := _compound_title(appos)) is not None:
            return found
    return _civil_pair(head) or _title_role(head, head.lower_)


def _state_ruler(head: Token) -> bool:
    """Whether the phrase at ``head`` calls the person a state's ruler: a government title (an agent row
    of role GOV: "leader", "ruler", "military ruler") in apposition with the name, owned by a state
    ("Peru's leader", "the country's ruler", "the leader of Peru")."""
    nouns = [head, *(c for c in doccache.children(head) if c.dep_ == "appos")]
    if head.dep_ == "appos":
        nouns.append(head.head)
    resolver = annotation(head.doc, "ne_actors").resolver
    for noun in nouns:
        if noun.pos_ == "PROPN" or (resolver.agent_role(noun) or "")[:3] != _GOVERNMENT:
            continue
        owners = [c for c in doccache.children(noun) if c.dep_ == "poss"]
        owners += [o for p in doccache.children(noun) if p.dep_ == "prep" and p.lower_ == "of"
                   for o in doccache.children(p) if o.dep_ == "pobj"]
        if any(o.ent_type_ == _STATE_ENTITY or o.lower_ in _STATE_NOUNS for o in owners):
            return True
    return False


def _compound_title(name: Token) -> str | None:
    """The role of the nearest title word among the compounds before proper name ``name``."""
    before = [c for c in doccache.children(name) if c.dep_ == "compound" and c.i < name.i]
    for word in reversed(before):
        if (found := _civil_pair(word) or _title_role(name, word.lower_)) is not None:
            return found
    return None


def _civil_pair(word: Token) -> str | None:
    """The role of a two-word title whose second word is ``word`` ("ATTORNEY GENERAL", "CONSUL GENERAL",
    "SECRETARY GENERAL"): "general" there is no military rank, so the pair's own title decides. The
    first word is the one just before, hung on ``word`` or beside it on the same head."""
    if word.i == 0:
        return None
    first = word.doc[word.i - 1]
    if first.dep_ != "compound" or first.head.i not in (word.i, word.head.i):
        return None
    return _title_role(word, f"{first.lower_} {word.lower_}")


def _title_role(tok: Token, word: str) -> str | None:
    role: str | None = annotation(tok.doc, "ne_actors").resolver.dictionary.title_role(word)
    return role
