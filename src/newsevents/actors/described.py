"""Descriptions of a state by what rules it: "the junta", "the regime".

"BAMAKO - Mali's military government expelled the French envoy. France's foreign minister said the
junta was illegitimate": the junta is Mali's, the ruler of that kind the story named before, not the
country last named (France). A description names no country of its own, so without this rule it takes
the last country named before it (coref.coref_country), which in a reaction story is often the party
that reacts. The kinds and the phrases that name a ruler of each kind are in ``data/descriptions.tsv``.
"""

from __future__ import annotations

import csv
import functools
from importlib import resources
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.errors import DataFileError

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["described_ruler", "kin_phrases"]

_FILE = "actors/data/descriptions.tsv"
# Links by which a country word stands in the phrase of the noun it qualifies ("MALI'S government",
# "the MALIAN junta", "the Mali junta").
_QUALIFYING = frozenset({"poss", "amod", "compound", "nmod"})
# Modifiers of the ruler noun that make a two-word kin ("MILITARY government").
_MODIFIERS = frozenset({"amod", "compound"})


@functools.lru_cache(maxsize=1)
def kin_phrases() -> dict[str, frozenset[tuple[str, ...]]]:
    """``data/descriptions.tsv``: description lemma -> the (modifier, noun) or (noun,) lemma tuples that
    name a ruler of its kind."""
    text = resources.files("newsevents").joinpath(_FILE).read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if not line.startswith("#")]
    table: dict[str, set[tuple[str, ...]]] = {}
    for number, row in enumerate(csv.DictReader(rows, delimiter="\t"), 2):
        word, kin = row.get("description"), row.get("kin")
        if not word or not kin or len(kin.split()) > 2 or kin != kin.lower():
            raise DataFileError(f"{_FILE}:{number}: bad row {row!r}")
        table.setdefault(word, set()).add(tuple(kin.split()))
    return {word: frozenset(kins) for word, kins in table.items()}


def _names_kin(noun: Token, kins: frozenset[tuple[str, ...]]) -> bool:
    """Whether the noun ``noun`` (with its modifiers) names a ruler of one of ``kins``."""
    lemma = noun.lemma_.casefold()
    if (lemma,) in kins:
        return True
    modifiers = {c.lemma_.casefold() for c in doccache.children(noun) if c.dep_ in _MODIFIERS}
    return any(len(kin) == 2 and kin[1] == lemma and kin[0] in modifiers for kin in kins)


def described_ruler(actors: DocActors, head: Token) -> str | None:
    """The country of the last ruler of ``head``'s kind named with its country before it ("Mali's military
    government" for "the junta"), if ``head`` is a description the table knows."""
    kins = kin_phrases().get(head.lemma_.casefold())
    if kins is None:
        return None
    for m in reversed(actors.mentions):
        if m.start >= head.i or not m.names_party or not m.iso3:
            continue
        # (a country word qualifies the ruler noun after it; a dictionary phrase, "Syria's government",
        # holds it)
        word = actors.doc[m.end - 1]
        noun = word.head if word.dep_ in _QUALIFYING and word.head.i > word.i else word
        if _names_kin(noun, kins):
            return m.iso3
    return None
