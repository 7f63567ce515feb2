"""Whose forces a threat's condition names: "threatened to strike Kenya unless its forces withdrew".

A threat is aimed at the party its condition names (``roles.CONDITION``: "warned Vilnius of reprisals
unless Warsaw reopened the crossing"). When the condition names that party only by a pronoun ("unless
ITS forces withdrew", "unless THEY pulled out"), the pronoun stands for the party the threatened act is
aimed at, named just before as its object, while the resolver, reading it as any "its", often takes the
threatener itself (the sentence's subject): the threat then comes out aimed at its own maker. Such a
condition subject is left out when the threatened act names its object; the object is the target.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache

# Pronouns that stand for a party named before them.
_PRONOUNS = frozenset({"it", "its", "they", "their", "them"})


def pronoun_condition(subject: Token, act: Token) -> bool:
    """Whether the condition subject ``subject`` names its party only by a pronoun (itself or its
    possessor) while the threatened ``act`` has a direct object of its own."""
    named_by_pronoun = subject.lower_ in _PRONOUNS or any(
        c.dep_ == "poss" and c.lower_ in _PRONOUNS for c in doccache.children(subject)
    )
    return named_by_pronoun and any(c.dep_ == "dobj" for c in doccache.children(act))
