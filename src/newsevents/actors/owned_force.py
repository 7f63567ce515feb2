"""A bare "the army" is the army the article named before with its country, even where its own sentence
names another country.

"Fighting between Sudan's army and a paramilitary force spread ... Egypt and Qatar offered to host talks,
and the army said it would send a delegation": a state has one army, and a report that named it once
with its country ("Sudan's army", "the Sudanese military") goes on calling it "the army". The generic
placing (``DocActors.context_country``) gives an agent its sentence's nearest country, here the host of
the talks, and the rules that take up an earlier mention of the noun (actors/same_noun.py,
actors/role_antecedent.py) stand aside whenever the sentence names any country. This rule reads the
noun's own earlier mention first: only a definite singular noun of ``role-antecedent-nouns`` with no
party of its own ("the army"; not "Egypt's army", "an army", "its army"), and only an earlier mention
whose own words name its country ("Sudan's army", "the Sudanese army") in the same role. A country that
places the noun itself ("the army in Chad") is read before this, by ``placed_country``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.actors.sections import section_start
from newsevents.actors.words import packaged_words

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["bare_definite", "owned_force_country"]

# The singular common noun tag: one state's one army ("the troops" is read by ``earlier_group``).
_SINGULAR = "NN"
# The dependencies that give the noun a party of its own ("Sudan's army", "the Sudanese army").
_OWN_PARTY_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def owned_force_country(actors: DocActors, head: Token, role: str, day: dt.date | None) -> str | None:
    """The country of the last mention before ``head`` of its own noun with its country in its own words,
    when ``head`` is a bare definite singular armed or police body ("the army"); else None."""
    if head.tag_ != _SINGULAR or not bare_definite(head):
        return None
    lemma = head.lemma_.casefold()
    if lemma not in packaged_words().role_antecedent_nouns:
        return None
    # (anywhere before in its section: a report names the army with its country once, where it first acts,
    # and calls it "the army" to the end; not across a digest's sections, actors/sections.py)
    for tok in reversed(actors.doc[section_start(head) : head.i]):
        if tok.tag_ != _SINGULAR or tok.lemma_.casefold() != lemma or bare_definite(tok):
            continue
        if tok.i in actors.dateline_tokens or not _owned(tok):
            continue
        found = [a.country for a in actors.resolve_phrase(tok, day) if a.country and a.role == role]
        if found:
            return found[0]
    return None


def bare_definite(head: Token) -> bool:
    """Whether the noun has "the" as its determiner and no party word of its own ("the army")."""
    kids = doccache.children(head)
    definite = any(c.dep == labels.DET and c.lower == labels.THE for c in kids)
    return definite and not any(c.dep_ in _OWN_PARTY_DEPS for c in kids)


def _owned(tok: Token) -> bool:
    """Whether the noun's own words name its party ("Sudan's army", "the Sudanese army")."""
    return any(c.dep_ in _OWN_PARTY_DEPS for c in doccache.children(tok))
