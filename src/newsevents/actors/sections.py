"""The sections of a news digest: "in brief" roundups tell several stories in one article, each a
paragraph opened by a dateline of its own ("SANTIAGO - ...", "LA PAZ - ..."). A bare agent or an
unplaced party of one section is not the one the section before named: "security forces fired tear gas in
Caracas ... LA PAZ - Supporters of Morales blocked the roads. Police arrested 40 people" are Bolivia's
police. Two readers use the sections: the antecedent of a bare armed or police body looks back no further
than its section's start (actors/role_antecedent.py), and a party that nothing in its sentence places
belongs to its section's dateline country when the article names that country (actors/resolve.py),
before the country the whole article is most about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.dateline import section_datelines

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["section_home", "section_start"]


def section_start(tok: Token) -> int:
    """The first token of the digest section ``tok`` stands in (its dateline's), or 0 outside any."""
    starts = [d.start for d in section_datelines(tok.doc) if d.start <= tok.i]
    return starts[-1] if starts else 0


def section_home(actors: DocActors, tok: Token) -> str | None:
    """The country of the dateline of the digest section ``tok`` stands in, when the article names it."""
    lines = [d for d in section_datelines(tok.doc) if d.start <= tok.i]
    if not lines:
        return None
    iso3 = actors.resolver.dateline_country(lines[-1])
    return iso3 if iso3 and iso3 in actors.countries_in_doc else None
