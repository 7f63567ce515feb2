"""A list of countries the parser reads as an apposition: "Colombia, Brazil and Canada recognised him"
parses "Brazil" as an apposition of "Colombia" (and "Canada" as Brazil's conjunct). An apposition usually
describes its head ("Peru, a founding member of the bloc"), so its words are set aside; a country name in
apposition to a country name, itself followed by a coordinated one, is the next item of the list
(actors/phrases.py keeps it)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache

# Entity labels of a country's (or a state's) name.
_COUNTRY_LABELS = frozenset({"GPE"})


def listed(appos: Token) -> bool:
    """Whether the apposition ``appos`` is the middle of a list of countries: "A, B and C"."""
    if appos.dep_ != "appos" or {appos.head.ent_type_, appos.ent_type_} - _COUNTRY_LABELS:
        return False
    kids = doccache.children(appos)
    return any(c.dep_ == "cc" for c in kids) and any(
        c.dep_ == "conj" and c.ent_type_ in _COUNTRY_LABELS for c in kids
    )
