"""A person not in the dictionary, described in apposition by a nationality and an organisation, is of
that nationality, not the organisation's.

"Gunmen freed Hans Berger, a Swiss delegate of the International Committee of the Red Cross", "soldiers
detained Mark Doyle, the Irish head of the mining firm": the only dictionary actor in the phrase is the
body the person works for, so the named-actor rule codes the person as that body (NGO, IGO, a
multinational), while the text says whose national the person is. The corpus codes a foreign staff
member taken, freed or expelled by their nationality (corpus/README.md: people abroad take their
nationality). The rule reads only a proper-name head that no dictionary entry covers, with an
apposition whose own noun carries a nationality adjective ("a SWISS delegate") and which names the
dictionary body after it; a person the dictionary knows ("Antonio Guterres, the Portuguese head of the
UN") keeps the entry's code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents import doccache, labels
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.phrases import Phrase

__all__ = ["apposed_nationality"]

# How a country word names a nationality on a noun ("a Swiss delegate", "the Irish head").
_NATIONALITY_KINDS = frozenset({"adjective", "demonym"})


def apposed_nationality(p: Phrase) -> list[Actor] | None:
    """A person the dictionary lacks, whose apposition gives a nationality and names the body they serve,
    is of that nationality: "Ana Ruiz, a Chilean employee of the World Bank" -> CHL."""
    head = p.head
    if head.pos != labels.POS_PROPN or not any(m.kind == "person" for m in p.named):
        return None
    if any(m.kind == "entry" and m.start <= head.i < m.end for m in p.named):
        return None  # (a person the dictionary knows keeps the entry's code)
    by_token = p.actors.by_token
    for appos in (c for c in doccache.children(head) if c.dep_ == "appos" and c.pos_ == "NOUN"):
        after = [m for t in doccache.subtree(appos) if t.i > appos.i and (m := by_token.get(t.i)) is not None]
        if not any(m.kind == "entry" for m in after):
            continue
        for adjective in (c for c in doccache.children(appos) if c.dep_ == "amod"):
            m = by_token.get(adjective.i)
            if m is not None and m.kind == "country" and m.iso3 and m.country_kind in _NATIONALITY_KINDS:
                return [p.actor(m.iso3, None)]  # (their post is the body's, not a role of their state)
    return None
