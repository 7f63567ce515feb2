"""The owner a phrase names by its possessor: "its diplomats" (the pronoun's antecedent) and "the junta's
spokesman", "the regime's army" (a definite description that refers back to a state).

A possessor that is a definite description names no country of its own, so without this rule the phrase
fell to the country its sentence or dateline names: "PARIS - ... The junta's spokesman demanded that
French troops leave" was France's spokesman. The description is read as a phrase of its own (the phrase
rules take "the junta" back to the country whose ruler the story named), and its country is the owner's.
Read by the phrase rule ``agent-in-context`` (actors/phrases.py) and by unlisted people
(actors/people.py: "the junta's spokesman, Colonel Ana Ruiz").
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.capital_titles import common_head
from newsevents.actors.coref import antecedent
from newsevents.actors.titled_speaker import speaker_country
from newsevents.actors.words import packaged_words

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["described_owner_country", "possessed_country", "possessor_country"]

_COUNTRY_NOUNS = packaged_words().country_nouns


def possessor_country(actors: DocActors, head: Token, day: dt.date | None) -> str | None:
    """The country of the possessor of the phrase at ``head``: a pronoun's antecedent ("Peru recalled
    ITS diplomats") or a definite description's referent ("THE JUNTA'S spokesman")."""
    possessor = next((c for c in doccache.children(head) if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    owner = antecedent(actors, possessor, day) if possessor is not None else None
    if owner is not None and owner.country:
        return owner.country
    return described_owner_country(actors, [head], day)


def described_owner_country(actors: DocActors, tokens: list[Token], day: dt.date | None) -> str | None:
    """The country of a definite description that possesses one of ``tokens`` ("the junta's spokesman",
    "the regime's forces"), None when there is none or it names no country."""
    for tok in tokens:
        for poss in doccache.children(tok):
            if not _definite_description(actors, poss):
                continue
            found = {a.country for a in actors.resolve_all(poss, day) if a.country}
            if len(found) == 1:  # ("the two sides' ministers" are of two states: no one owner)
                return found.pop()
    return None


def _definite_description(actors: DocActors, tok: Token) -> bool:
    """Whether ``tok`` is a possessor "the NOUN's" that names no actor by itself (no country, no name)."""
    if tok.dep_ != "poss" or not common_head(tok, actors.resolver.dictionary):  # ("the President's")
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in doccache.children(tok)):
        return False
    return not actors.mentions_in(actors.phrase_tokens(tok))


def possessed_country(actors: DocActors, head: Token, day: dt.date | None) -> str | None:
    """The country a possessed country noun refers to: its possessor's ("Ruiz said HIS COUNTRY would
    stay out" is Ruiz's country; "Peru and ITS nation" Peru). Only for a head with no role of its own
    ("country", "nation"): "his government" is read by the agent rules, with its role."""
    if head.lower_ not in _COUNTRY_NOUNS or actors.resolver.dictionary.agent_role(head.lemma_) is not None:
        return None
    if not any(t.dep_ == "poss" and t.pos_ == "PRON" for t in doccache.children(head)):
        return None
    # (a titled speaker's "his country" is the speaker's, before any person named earlier: titled_speaker.py)
    return speaker_country(actors, head, day) or possessor_country(actors, head, day)
