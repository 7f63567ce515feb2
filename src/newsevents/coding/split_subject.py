"""A name the parser split into two subjects: "Honduran President Carlos Flores thanked ..." read as
"Honduran" and "Flores", both subjects of "thanked".

At a paragraph's start the tagger may take a country's adjective for a name and hang it on the verb as a
subject of its own, beside the name it belongs to. The first subject then wins the source, and the act
is the bare adjective's (a country with no role: "Honduran" -> HND) instead of the named person's. A lone
country word that stands right before a named subject of the same verb is part of that name's phrase,
not a second doer; real pairs of subjects are joined by "and" or a comma and never touch.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache

__all__ = ["joined_subjects"]

# Entity types of a lone word that belongs to the name after it: a nationality or a place's adjective.
_COUNTRY_WORDS = frozenset({"NORP", "GPE"})
# Entity types of the named subject it belongs to (or any proper noun).
_NAMED = frozenset({"PERSON", "ORG"})


def joined_subjects(found: list[Token]) -> list[Token]:
    """``found`` (a verb's subjects) without a lone country word split off the named subject after it."""
    if len(found) < 2:
        return found
    return [s for s in found if not any(_split_off(s, other) for other in found if other.i > s.i)]


def _split_off(word: Token, name: Token) -> bool:
    """Whether ``word`` is a country's word the parser split off the name at ``name``: a subject with no
    words of its own, standing right before the first word of the name's phrase."""
    if word.ent_type_ not in _COUNTRY_WORDS or any(True for _ in doccache.children(word)):
        return False
    named = name.ent_type_ in _NAMED or name.pos_ == "PROPN"
    return named and word.i + 1 == name.left_edge.i
