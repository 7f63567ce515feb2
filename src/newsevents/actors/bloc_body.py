"""The heads of a bloc named by its kind are the bloc: "Leaders of the regional bloc, at a summit in Accra,
gave the junta a week", "ministers of the Western alliance condemned the test".

An agent noun with no country of its own ("leaders", "ministers") whose "of" phrase is a bloc named only by
its kind and an adjective of no state (``bloc-nouns`` with ``bloc-adjectives`` in ``data/words.tsv``: "the
regional bloc", "the African grouping") speaks for that body of states. It had no reading of its own, so
the coder gave it the country its sentence or story places it in (the junta's, the summit host's), and
the act became that country's. Read as the body: a non-state party with a name and no country (``"*"``
as a source, as corpus/README.md codes an organisation of states). Read by the phrase rule
``bloc-group`` (actors/bloc_states.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents import doccache, labels
from newsevents.actors.words import packaged_words
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.phrases import Phrase

__all__ = ["bloc_body"]

_WORDS = packaged_words()
_ADJECTIVE_DEPS = frozenset({"amod", "compound"})
# The code of a body of states with no code of its own (the region's and body's segments unknown).
_BODY_CODE = "IGO"


def bloc_body(p: Phrase) -> Actor | None:
    """The bloc the agent at ``p`` heads, named by its kind after "of" ("leaders of the regional bloc"),
    as a body of no country; else None."""
    if not p.role:
        return None
    for prep in doccache.children(p.head):
        if prep.dep != labels.PREP or prep.lower_ != "of":
            continue
        for noun in (c for c in doccache.children(prep) if c.dep == labels.POBJ):
            if noun.lemma_.casefold() not in _WORDS.bloc_nouns:
                continue
            kind = [c for c in doccache.children(noun) if c.dep_ in _ADJECTIVE_DEPS]
            if any(c.lower_ in _WORDS.bloc_adjectives for c in kind):
                name = " ".join(t.text for t in sorted([*kind, noun], key=lambda t: t.i))
                return Actor(p.text, name, None, None, _BODY_CODE)
    return None
