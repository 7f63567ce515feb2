""""The generals" of a story that named a junta with its country are that junta's.

"YANGON - A U.S. military plane carrying tents landed on Monday, the first aid flight Myanmar's junta
has allowed. The generals still refuse to admit foreign doctors": the generals are the ruling junta,
not the last armed body named (the U.S. military plane), which is what the definite-description rule
(coref.described_antecedent) takes up for a plural noun of the armed role. A junta is a body of
generals, so a plural "the generals" with no country of its own refers back to the last military ruler
named with its country (``general`` rows of ``data/descriptions.tsv``, read by described.py) and is that
state's military (MIL). A story that named no junta leaves the noun to the rule after.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import labels
from newsevents.actors.described import described_ruler

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["ruling_generals"]

# The plural common noun tag: one "general" is a person, named with the title before.
_PLURAL = "NNS"


def ruling_generals(actors: DocActors, head: Token, tokens: list[Token]) -> str | None:
    """The country of the junta named before with its country, when ``head`` is a bare definite plural
    "the generals" (the caller makes it that state's military, MIL); else None."""
    if head.tag_ != _PLURAL or not any(t.lower == labels.THE and t.dep == labels.DET for t in tokens):
        return None
    return described_ruler(actors, head)
