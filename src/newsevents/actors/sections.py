"""The sections of a news digest: "in brief" roundups tell several stories in one article, each a
paragraph opened by a dateline of its own ("SANTIAGO - ...", "LA PAZ - ..."). A bare agent or an
unplaced party of one section is not the one the section before named: "security forces fired tear gas in
Caracas ... LA PAZ - Supporters of Morales blocked the roads. Police arrested 40 people" are Bolivia's
police. Two readers use the sections: the antecedent of a bare armed or police body looks back no further
than its section's start (actors/role_antecedent.py), and a party that nothing in its sentence places
belongs to its section's dateline country when the article names that country (actors/resolve.py),
before the country the whole article is most about. A country noun ("the capital", "the country") in a
section that has named no country of its own yet refers to the section's dateline country, not to the
country the section before named last ("LA PAZ - Protesters blocked the roads into the capital": Bolivia's
capital, even when the section before was about Venezuela; actors/coref.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsevents.dateline import section_datelines

if TYPE_CHECKING:
    from newsevents.actors.mentions import Mention
    from newsevents.actors.resolve import DocActors

__all__ = ["outside_datelines", "section_country", "section_home", "section_start"]


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


def section_country(actors: DocActors, tok: Token) -> str | None:
    """The dateline country of the digest section ``tok`` stands in, when nothing in the section before
    ``tok`` names a country (a country noun there has no other antecedent in its own story)."""
    lines = [d for d in section_datelines(tok.doc) if d.start <= tok.i]
    if not lines:
        return None
    begin = lines[-1].end
    if any(m.kind == "country" and m.iso3 and begin <= m.start < tok.i for m in actors.mentions):
        return None
    return actors.resolver.dateline_country(lines[-1])


def outside_datelines(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less a section dateline's city where a party of its own opens the section: the
    parser often reads "VIENNA - North Korea refused ..." as one phrase, and the city that filed the
    story would join the subject as a second actor. Where no party follows it closely ("TEHRAN - A
    spokesman said ..."), the city is all that places the bare agent, and stays."""
    spans = [(d.start, d.end) for d in section_datelines(doc)]
    if not spans:
        return mentions
    return [m for m in mentions if not any(_inside(m, start, end, mentions) for start, end in spans)]


# How many words after a section's dateline a party of its own may open, to stand for the section's
# subject: a title and a name ("Prime Minister John Smith of ..."), an adjective and a noun.
_OPENING_WORDS = 5


def _inside(mention: Mention, start: int, end: int, mentions: list[Mention]) -> bool:
    """Whether ``mention`` lies in the dateline [start, end) and another mention opens the section."""
    if not (mention.start < end and mention.end > start):
        return False
    return any(end <= m.start < end + _OPENING_WORDS for m in mentions)
