"""Agents placed by the side of a border they are on: "Kenyan jets bombed camps on the Somali side of the
frontier" are Somalia's camps, not the country the sentence names first.

``DocActors.context_country`` places an agent with no country of its own by an "in/from/of X" phrase,
else by the countries named near it; a side of a border named by a state's adjective or name ("on the
Afghan side", "on Pakistan's side of the Line of Control") places it more plainly than either. The side
nouns are in ``actors/data/words.tsv`` (``border-sides``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.words import packaged_words

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

# Links by which a state's word qualifies the side ("the TAJIK side", "PAKISTAN's side").
_SIDE_MODIFIERS = frozenset({"amod", "compound", "poss"})


def border_side_country(actors: DocActors, head: Token) -> str | None:
    """The country whose side of a border the agent at ``head`` is on ("camps on the Somali side"), or
    None."""
    sides = packaged_words().border_sides
    # (the parser often hangs the side on the verb of which the agent is the object: "shelled camps |
    # on the Somali side")
    preps = [*doccache.children(head), *(doccache.children(head.head) if head.dep_ == "dobj" else ())]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        for side in doccache.children(prep):
            if side.dep_ != "pobj" or side.lemma_.casefold() not in sides:
                continue
            for mod in doccache.children(side):
                m = actors.by_token.get(mod.i) if mod.dep_ in _SIDE_MODIFIERS else None
                if m is not None and m.kind == "country" and m.iso3:
                    return m.iso3
    return None
