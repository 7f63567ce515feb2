"""A noun that takes up a state ("his country", "the nation", "the republic") and acts is its government,
as a state named by its name is: "Chile's president said HER COUNTRY rejected the ruling" is Chile's
government rejecting it, as "Chile rejected the ruling" would be (``country_modifier`` in
actors/phrases.py gives a state's name acting the role GOV). The nouns are those of ``country-nouns``
(actors/data/words.tsv) that have no agent role of their own ("the government" and "the junta" keep
theirs); a noun that only places something ("fled the country", "in the country") is no actor of a role.
Read by the phrase rule ``coreferent-country``."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors.words import packaged_words

# Prepositions after which a state noun is a place ("unrest in the country"), not the state acting.
_PLACE_PREPS = frozenset({"in", "at", "near", "across", "inside", "outside", "around", "throughout", "into"})
# The dependencies of a noun that is an act's doer, or the holder of a state's stance ("his country's
# position"): the noun is then the state acting.
_ACTING_DEPS = frozenset({"nsubj", "agent", "poss", "conj", "appos", "ROOT"})


def state_noun_role(head: Token, role: str | None) -> str | None:
    """``role``, or GOV for a state noun with no role of its own that names the state acting."""
    if role is not None or head.lemma_.casefold() not in packaged_words().country_nouns:
        return role
    if head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPS:
        return None
    return "GOV" if head.dep_ in _ACTING_DEPS else None
