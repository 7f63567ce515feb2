"""A bare surname the recogniser labels a place is still the person named in full earlier when it is a
clause's subject: "President Ana Ruiz fled on Monday. ... Ruiz called the takeover illegal." The small
model often reads a lone surname as a town ("GPE"), many surnames being town names too; the resolver
(``DocActors._add_surnames``) then found no person there, and the act had no source. A place acts as a
subject only as its country's metonym (a capital, which is a country mention already and never a
surname candidate), so a place-labelled word that names nobody else and heads a subject is read as the
surname; so is one that is a passive's agent ("was met by Ruiz"). As an object or after any other
preposition ("flew to Carmona") the place reading stands.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors.doc_countries import PLACE_LABELS

__all__ = ["may_be_surname"]

# Dependencies of a clause's subject: the positions in which a place-labelled surname is the person.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def may_be_surname(tok: Token) -> bool:
    """Whether ``tok`` may be a later bare mention of a person named in full earlier: any word the
    recogniser does not label a place, and a place-labelled word heading a clause's subject or a
    passive's agent ("was greeted by Ruiz")."""
    if tok.ent_type_ not in PLACE_LABELS or tok.dep_ in _SUBJECTS:
        return True
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent"
