"""A pronoun object that stands for the object of the verb it is coordinated with.

"Police imposed a curfew on Friday but lifted IT on Sunday", "Iraq massed troops on the border, then
pulled THEM back": the second verb's object is a pronoun, so a pattern that asks for its object's word
("lift curfew", "pull back troops") is never met, and the act (an eased curfew, a withdrawal) is lost.
In a coordination the pronoun stands for the first verb's object, so the pattern's object constraint is
tested on that noun's phrase (``syntax.object_lemmas`` reads it as it reads a relative clause's gap).

Only a neuter or plural pronoun ("it", "them") counts, only when the verb it is the object of is a
conjunct (or a bare ``dep`` after "then") of a verb with a noun object before it in the same sentence,
with no subject of its own (a clause with its own subject may mean the first clause's act by "it": "Lima
imposed a curfew and the opposition condemned it"), and only that verb's own object: not "him" or "her".
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.rules import declare

PRONOUN_OBJECT = declare(
    "trigger",
    "pronoun-object",
    "a pronoun object ('it', 'them') of a verb coordinated with a verb whose object is a noun stands for "
    "that noun in the pattern's object test ('imposed a curfew but lifted it': lifts the curfew)",
    "Police imposed a curfew on Friday but lifted it on Sunday.",
)

# Pronouns that stand for a thing or a group named just before ("lifted IT", "pulled THEM back").
_PRONOUNS = frozenset({"it", "them"})
# How the parser hangs the second verb on the first: a conjunct, or a bare ``dep`` after "then" ("massed
# troops, then pulled them back").
_LINKS = frozenset({"conj", "dep"})
# Parts of speech of a noun object the pronoun may stand for.
_NOUNS = frozenset({"NOUN", "PROPN"})


def pronoun_antecedent(verb: Token) -> Token | None:
    """The noun object of the verb ``verb`` is coordinated with, when ``verb``'s own object is "it" or
    "them" ("imposed a CURFEW but lifted it"), else None."""
    if verb.dep_ not in _LINKS or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in doccache.children(verb)):
        return None  # (a clause with a subject of its own: "it" may be anything that subject acts on)
    pronoun = next((c for c in doccache.children(verb) if c.dep_ == "dobj"), None)
    if pronoun is None or pronoun.lower_ not in _PRONOUNS:
        return None
    first = verb.head
    if first.pos_ != "VERB" or first.i >= verb.i:
        return None
    return next((c for c in doccache.children(first) if c.dep_ == "dobj" and c.pos_ in _NOUNS), None)
