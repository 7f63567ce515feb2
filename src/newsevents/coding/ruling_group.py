"""An armed movement named as a government is the government: "the Taliban administration barred women
from aid work", "the Taliban government called the expulsions cruel".

corpus/README.md (juntas): a body that rules a state is ``GOV`` when it acts as the state's government.
The actor dictionary knows such movements as rebels or insurgents (the Taliban ``AFGREB``), the label of
their years of war; where the sentence's own words make the movement's phrase a government, regime or
administration (the ruling-body nouns, actors/data/words.tsv), the text presents it as the state's
rulers, and the source is the government of the movement's country. "Authorities" is left out: "Houthi
authorities" rule part of a country at war with its recognised government. A relabelling of the role
only: the country stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors.words import packaged_words
from newsevents.coding.rules import declare
from newsevents.records import Actor

__all__ = ["RULING_GROUP", "ruling_group"]

RULING_GROUP = declare(
    "source",
    "ruling-group",
    "an armed movement whose phrase names it a government, regime or administration ('the Taliban "
    "government') is its country's government (GOV)",
    "The Taliban government called the deportations cruel.",
)
# The roles the dictionary gives armed movements (rebels, insurgents, separatists, unidentified forces).
_MOVEMENT_ROLES = frozenset({"REB", "INS", "SEP", "UAF"})
# (the junta is no movement: a "junta" head is coded as the state's government by the actor tables)
_NOT_RULERS = frozenset({"junta"})


def ruling_group(head: Token, source: Actor) -> Actor | None:
    """``source`` as its country's government when it is an armed movement and ``head``, the subject
    that names it, is a ruling-body noun; else None."""
    if source.role not in _MOVEMENT_ROLES or source.country is None:
        return None
    lemma = head.lemma_.casefold()
    if lemma not in packaged_words().ruling_body_nouns or lemma in _NOT_RULERS:
        return None
    return source.with_role("GOV")
