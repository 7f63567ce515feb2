"""A people of one state named by its state's word and its own before a noun: "Bosnian Serb forces",
"Kosovo Albanian leaders". The two country words name one party, the people who live in the first state
and are called after the second, as the head noun alone ("Bosnian Serbs") is read by ``country_modifier``
(actors/phrases.py). Read as two country mentions, such a phrase was one actor per country, so the
arguments stage drafted each act twice, once per country (the second record a repeat of the first:
corpus/README.md, one gold event per real event), and the target rules took the people's word for a
foreign party ("Bosnian Serb forces overran the enclave" aimed at Serbia).

Read by ``MentionFinder.find`` (actors/mentions.py), which drops the people's word: the phrase is then
the first state's. Two countries written with a coordinator or a comma ("Saudi and Emirati troops",
"U.S., British forces") are not side by side, and two joined by a hyphen ("British-Iranian", "Russian-Turkish
patrols") are ``dual_nationals.py``'s; both stay as they were.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsevents.actors.mentions import Mention

__all__ = ["paired_people", "people_words"]

# Country word kinds that name the state the people live in ("Bosnian", "Kosovo").
_STATE_WORDS = frozenset({"adjective", "name"})
# Country word kinds that name the people ("Serb", "Albanian": the tables list most as adjectives).
_PEOPLE_WORDS = frozenset({"adjective", "demonym"})


def people_words(doc: Doc, countries: Sequence[Mention]) -> set[int]:
    """The starts of the country mentions that name a people right after another state's word, with a
    space between them ("Bosnian Serb": the "Serb")."""
    return {people.start for _, people in paired_people(doc, countries)}


def paired_people(doc: Doc, countries: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """Each state's word with the people's word right after it ("Bosnian Serb": Bosnian, Serb), in text
    order (read by ``people_words`` and by ``kin_people.restated_people``)."""
    pairs: list[tuple[Mention, Mention]] = []
    ordered = sorted(countries, key=lambda m: m.start)
    for first, second in pairwise(ordered):
        if second.start != first.end or not doc[first.end - 1].whitespace_:
            continue  # (not side by side, or written as one word with a hyphen)
        if first.country_kind not in _STATE_WORDS or second.country_kind not in _PEOPLE_WORDS:
            continue
        if first.iso3 is not None and second.iso3 is not None and first.iso3 != second.iso3:
            pairs.append((first, second))
    return pairs
