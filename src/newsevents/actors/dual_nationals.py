"""Two country words joined by a hyphen before a noun: a heritage or a dual nationality, one party.

- "four Iranian-Americans": the head demonym names the citizenship, the word before the heritage; the
  people are the head's country (who speaks).
- "an American-Israeli student", "a British-Iranian aid worker": a person of two nationalities is one
  party, not one per country (two events for one act done to them). In a story of one of the two
  countries (its dateline's, else the one it names most) the person is the other country's: a state that
  holds or frees a dual national treats the person as its own, and the story's other party is the other
  passport ("Iran freed a British-Iranian worker" is aimed at Britain). Elsewhere the person is the country
  named first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsevents.actors.mentions import Mention, hyphen_after_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsevents.actors.resolve import DocActors

__all__ = ["dual_nationality", "hyphened_heritage"]


def _joined(doc: Doc, first: Mention, second: Mention) -> bool:
    """Whether ``first`` and ``second`` are written as one word with a hyphen ("American-Israeli")."""
    if second.start != first.end + 1:
        return False
    return hyphen_after_word(doc, first.end) and not doc[first.end].whitespace_


def hyphened_heritage(doc: Doc, countries: Sequence[Mention], head: Mention) -> bool:
    """Whether the head demonym is joined by a hyphen to another country's word before it
    ("Iranian-Americans")."""
    return any(m is not head and _joined(doc, m, head) for m in countries)


def dual_nationality(
    actors: DocActors, head: Token, role: str | None, countries: Sequence[Mention]
) -> list[Mention] | None:
    """The one country of a phrase's two country words joined by a hyphen ("a British-Iranian worker"),
    by the rule above; None unless the phrase names exactly those two countries and its head is one
    person (a singular noun of an agent's role: "Russian-Turkish patrols" are the two states' joint act)."""
    if role is None or head.tag_ != "NN" or len(countries) != 2:
        return None
    if not _joined(actors.doc, countries[0], countries[1]):
        return None
    first, second = countries
    if first.iso3 is None or second.iso3 is None or first.iso3 == second.iso3:
        return None
    home = actors.story_country
    return [second if first.iso3 == home else first]
