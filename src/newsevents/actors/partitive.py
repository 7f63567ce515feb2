"""The nationality a count told right after a group's phrase gives its members: "arrested 17 men, 15 of
them Colombians" -> COL. Read by the phrase rule ``agent-in-context`` (actors/phrases.py) and by the
coder's targets (coding/targets.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["partitive_nationality"]

# The words that count the members of a group told after it: "15 of them Colombians", "most of them ...".
_PARTITIVE_COUNTS = frozenset({"most", "many", "some", "all", "several", "both", "half", "majority"})


def partitive_nationality(actors: DocActors, head: Token) -> str | None:
    """The country of the demonym in a count of the group's members told right after its phrase
    (", six of them Bolivians", ", most of whom were Venezuelans")."""
    doc = head.doc
    # (the first comma after the phrase, with no verb between: the count is of this group)
    end = doccache.sent(head).end
    after = doccache.tokens(doc)[head.i + 1 : end]
    comma = next((t.i for t in after if t.text == "," or t.pos_ in ("VERB", "AUX")), None)
    if comma is None or doc[comma].text != "," or comma + 4 > end:
        return None
    count, of, them = doc[comma + 1], doc[comma + 2], doc[comma + 3]
    if not (count.like_num or count.lower_ in _PARTITIVE_COUNTS) or of.lower_ != "of":
        return None
    if them.lower_ not in ("them", "whom"):
        return None
    at = comma + 4 + (doc[comma + 4].lemma_ == "be" if comma + 4 < end else 0)
    found = (m for m in actors.mentions if m.start == at and m.country_kind == "demonym" and m.iso3)
    return next((m.iso3 for m in found), None)
