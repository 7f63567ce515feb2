"""A people named once with the state it lives in, then by its own word alone: "Bosnian Serb forces
shelled the town ... Serb tanks moved in", "Kosovo Albanian leaders met ... the Albanians walked out".

``state_people.py`` reads the first phrase as one party, the first state's (Bosnia's). A news story names
the state once and then drops it: the later "Serb tanks" and "the Serbs" are the same people, still
Bosnia's, not Serbia's; read as Serbia's, an act of the story's Bosnian Serbs became an act of Serbia, and
an act against them a target abroad. So, when an article pairs a people's word with one state (and only
one), its bare uses of that same word (singular or plural, "Serb"/"Serbs"; not the state's own words,
"Serbia", "Serbian") name the people of that state. An article that pairs the word with two states
("Bosnian Serbs" and "Croatian Serbs") leaves it as it is: the text does not say which.

Read by ``MentionFinder.find`` (actors/mentions.py), after ``people_words``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from newsevents.actors.state_people import paired_people

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsevents.actors.mentions import Mention

__all__ = ["restated_people"]

# Country word kinds a people's bare word has ("Serb" is listed as an adjective, "Serbs" as a demonym).
_PEOPLE_KINDS = frozenset({"adjective", "demonym"})
# The plural ending folded into a people's word, so that "Serbs" restates "Bosnian Serb".
_PLURAL = "s"


def restated_people(doc: Doc, countries: Sequence[Mention], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each bare people's word that the article pairs with exactly one other state
    (``countries``: its country mentions, pairs included) read as that state's (module doc)."""
    homes: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    paired: set[int] = set()
    for state, people in paired_people(doc, countries):
        if state.iso3 is not None and people.iso3 is not None:
            homes[(people.iso3, _word(doc, people))].add(state.iso3)
            paired.add(people.start)
    if not homes:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        found = homes.get((m.iso3 or "", _word(doc, m))) if m.kind == "country" else None
        if (
            found is not None
            and len(found) == 1
            and m.start not in paired
            and m.country_kind in _PEOPLE_KINDS
        ):
            m = replace(m, iso3=next(iter(found)))
        out.append(m)
    return out


def _word(doc: Doc, m: Mention) -> str:
    """A people's word without its plural ending, in lower case ("Serbs" -> "serb")."""
    text = doc[m.start : m.end].text.casefold()
    return text.removesuffix(_PLURAL)
