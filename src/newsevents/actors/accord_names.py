"""A capital that names an accord names no party: "the Lusaka ceasefire", "the Minsk accords", "a breach
of the Arusha peace agreement".

Accords are often called after the city where they were signed, and the dictionary lists capitals as
metonyms of their states ("Moscow said" is Russia speaking). Read as a mention, the city makes its state
a party of the story: the target of whatever demand or condemnation mentions the accord ("demanded that
both armies respect the Lusaka ceasefire": Zambia), or the counterpart an act with no target of its own
is aimed at. The host of the signing is no party of the acts that invoke the accord, so a capital right
before an accord noun (``data/accord_names.toml``), with at most a linking word between ("peace"), is
dropped from the mentions. Only capitals: a country's own name before such a noun is usually a party
("the Iran nuclear deal").
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Doc

from newsevents.errors import DataFileError

_FILE = "actors/data/accord_names.toml"
# The dictionary's kind of a capital named for its state (actors/dictionary.py, COUNTRY_KINDS).
_CAPITAL = "capital"


@dataclass(frozen=True, slots=True)
class AccordWords:
    """``actors/data/accord_names.toml``."""

    accord_nouns: frozenset[str]
    linking_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def accord_words() -> AccordWords:
    """The accord nouns and the linking words, read once."""
    try:
        raw = tomllib.loads(resources.files("newsevents").joinpath(_FILE).read_text(encoding="utf-8"))
        return AccordWords(frozenset(raw["accord_nouns"]), frozenset(raw["linking_words"]))
    except (tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise DataFileError(f"{_FILE}: {exc}") from exc


def names_accord(doc: Doc, end: int, kind: str | None) -> bool:
    """Whether the country mention of dictionary kind ``kind`` ending at token ``end`` is a capital that
    opens an accord's name: an accord noun next, or after one linking word."""
    if kind != _CAPITAL or end >= len(doc):
        return False
    words = accord_words()
    nxt = doc[end].lower_
    if nxt in words.accord_nouns:
        return True
    return nxt in words.linking_words and end + 1 < len(doc) and doc[end + 1].lower_ in words.accord_nouns
