"""Adverbial clauses on an act that name none of its parties.

A purpose or complement clause may name an act's counterpart ("fired on the crowd to disperse the
protesters"); two kinds of adverbial clause do not:

- a clause with a subject of its own after a scene word ("a day after NATO missiles struck China's
  embassy"): another event that sets the scene;
- a participle of comment on the act ("fired 180 missiles at Israel, CALLING the barrage revenge for the
  killing of X", "struck the port, DESCRIBING it as a legitimate target"): the actor's own judgement of
  what it did, whose words name the grievance, not the one the act hits.

Read by ``coding/roles.py`` when it looks for a target in an act's clauses.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.lexicon import lexicon


def _scene_clause(clause: Token) -> bool:
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in lexicon().scene_marks for c in doccache.children(clause))
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in doccache.children(clause))
    )


def _comment_participle(clause: Token) -> bool:
    """ "..., calling the barrage revenge": a bare -ing participle of a judgement verb, with no subject."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and clause.lemma_.casefold() in lexicon().judgement_verbs
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in doccache.children(clause))
    )


def partyless_clause(clause: Token) -> bool:
    """Whether adverbial clause ``clause`` names none of its governing act's parties: another event that
    sets the scene, or the actor's comment on its act."""
    return _scene_clause(clause) or _comment_participle(clause)
