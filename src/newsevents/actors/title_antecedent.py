"""A bare title in the object of another party's act is the holder the article named before.

"Ruritania's King Ivo dissolved parliament. ... Britain urged the king to free the detainees": "the king"
is Ruritania's, not Britain's, though Britain is the only country its sentence names. A definite title
noun with no words of its own ("the king", "the president", not "its president" or "the Chilean
president") that is the object of a verb or preposition takes the country of the last earlier mention of
the same title that resolves to a state actor. Read by the phrase rule ``agent-in-context``
(actors/role_antecedent.py) before the sentence's own country, which for an object is most often its
subject's.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

# Positions of an object: the act's patient or addressee, not its subject.
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
# Words on the title that name its holder's party themselves ("its king", "the Thai king").
_OWN_PARTY_DEPS = frozenset({"poss", "compound", "amod", "nmod", "prep", "appos"})
# Roles of a state's office holders (None: the name read as its country, "Jordan's King Ivo").
_STATE_ROLES = frozenset({None, "GOV", "MIL", "LEG", "JUD"})


def titled_object_country(actors: DocActors, head: Token, day: dt.date | None) -> str | None:
    """The country of the last earlier holder of the bare title at ``head`` in an object position, else
    None."""
    if head.dep_ not in _OBJECT_DEPS or head.pos_ != "NOUN":
        return None
    children = doccache.children(head)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return None
    if any(c.dep_ in _OWN_PARTY_DEPS for c in children):
        return None
    lemma = head.lemma_.casefold()
    if actors.resolver.dictionary.title_role(lemma) is None:
        return None
    start = doccache.sent(head).start
    for tok in reversed(doccache.tokens(actors.doc)[:start]):
        if tok.lemma_.casefold() != lemma or tok.i in actors.dateline_tokens:
            continue
        # (the title word itself, else the name it is on: "Jordan's KING Ivo", "Jordan's King IVO")
        holders = [tok, tok.head] if tok.dep_ == "compound" else [tok]
        found = [
            a.country
            for h in holders
            for a in actors.resolve_all(h, day)
            if a.country and a.role in _STATE_ROLES
        ]
        if found:
            return found[0]
    return None
