"""A bare armed or police body its own sentence does not place is the one of that kind the sentences just
before named with its country: "Gunmen ambushed a convoy, killing nine Kenyan soldiers. The army said ..."
(Kenya's army, wherever the report was filed). Read by the phrase rule ``agent-in-context``
(actors/phrases.py) after a coordinated clause's subject and before the article's home country: the
dateline of a multinational story names where it was filed, not whose army spoke
(``role-antecedent-nouns`` in actors/data/words.tsv)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.clause_scope import unplacing_tokens
from newsevents.actors.conjunct_agents import conjunct_clause_country
from newsevents.actors.owned_force import owned_force_country
from newsevents.actors.same_noun import earlier_same_noun, own_clause
from newsevents.actors.sections import section_start
from newsevents.actors.story_force import story_force_country
from newsevents.actors.title_antecedent import titled_object_country
from newsevents.actors.words import packaged_words

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

# How many sentences before the agent's own are read for its antecedent: a body named further back is
# no longer the one a bare "the army" means.
_SENTENCES_BACK = 2
# The dependencies that give the agent a party of its own ("its army", "the rebel army", "Kenya's army").
_OWN_PARTY_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def unplaced_agent_country(actors: DocActors, head: Token, role: str, day: dt.date | None) -> str | None:
    """The country of a generic agent that neither its phrase nor its sentence places: a coordinated
    clause's subject of the same role (conjunct_agents.py), else its noun named before with its country
    in its own words (owned_force.py), else the one named before with its own noun
    when its sentence names no country (same_noun.py), else the body of its kind named just before, else
    the earlier holder of a bare title in an object (title_antecedent.py), else the one country of the
    armed agents its section named before (story_force.py)."""
    return (
        conjunct_clause_country(actors, head, role, day)
        or _owned_force(actors, head, role, day)
        or _earlier_namesake(actors, head, role, day)
        or earlier_role_country(actors, head, role, day)
        or titled_object_country(actors, head, day)
        or _story_force(actors, head, role, day)
    )


def earlier_role_country(actors: DocActors, head: Token, role: str, day: dt.date | None) -> str | None:
    """The one country of the agents of ``role`` the sentences before ``head``'s own name, when ``head``
    is a bare noun of ``role-antecedent-nouns`` and its sentence names no country of its own; None when
    those agents are of no country or of several ("Kenyan and Somali soldiers ... The army said")."""
    if head.lemma_.casefold() not in packaged_words().role_antecedent_nouns:
        return None
    own_party = any(c.dep_ in _OWN_PARTY_DEPS for c in doccache.children(head))
    if own_party or _sentence_names_country(actors, head, role):
        return None
    sent = doccache.sent(head)
    # (not across a digest's section: actors/sections.py)
    first = max(doccache.window_start(head, _SENTENCES_BACK + 1), section_start(head))
    countries: set[str] = set()
    for tok in reversed(actors.doc[first : sent.start]):
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in actors.dateline_tokens:
            continue
        found = [a.country for a in actors.resolve_all(tok, day) if a.role == role and a.country]
        countries.update(found)
    return countries.pop() if len(countries) == 1 else None


def _owned_force(actors: DocActors, head: Token, role: str, day: dt.date | None) -> str | None:
    """``owned_force.owned_force_country`` ("Sudan's army ... the army") unless the clause the agent acts
    in names a country itself: "Kenya said that the army had killed ..." is Kenya's army, whatever army
    the report named before (same_noun.py ``own_clause`` takes in the reporting clause)."""
    clause = own_clause(head)
    if clause is not None and _sentence_names_country(actors, head, role, clause):
        return None
    return owned_force_country(actors, head, role, day)


def _story_force(actors: DocActors, head: Token, role: str, day: dt.date | None) -> str | None:
    """``story_force.story_force_country`` for an agent whose sentence names no country; for a plural
    ("the troops"), whose own clause names none: in "the troops seized the radio station and Lithuanian
    broadcasts went off the air" the country is the coordinated clause's, not the troops'."""
    within = own_clause(head) if head.tag_ == "NNS" else None
    if _sentence_names_country(actors, head, role, within):
        return None
    return story_force_country(actors, head, role, day)


def _earlier_namesake(actors: DocActors, head: Token, role: str, day: dt.date | None) -> str | None:
    """``same_noun.earlier_same_noun`` for an agent whose own clause names no country: a country named only
    in another clause of its sentence ("Egypt urged a truce, but the army vowed ...") is that clause's
    party, not where the army named before with its noun is (same_noun.py ``own_clause``)."""
    if _sentence_names_country(actors, head, role, own_clause(head)):
        return None
    return earlier_same_noun(actors, head, day)


def _sentence_names_country(
    actors: DocActors, head: Token, role: str, within: frozenset[int] | None = None
) -> bool:
    """Whether the agent's sentence (or only the tokens ``within`` it, when given) names a country or a
    place of one: the sentence then places it."""
    sent = doccache.sent(head)
    # (a country named in what it says places it not: clause_scope.py)
    unplacing = unplacing_tokens(head, role, actors.dateline_tokens)
    return any(
        sent.start <= m.start < sent.end
        and (within is None or m.start in within)
        and m.iso3
        and m.start not in actors.dateline_tokens
        and m.start not in unplacing
        for m in actors.mentions
    )
