"""A country's name that is part of a place's name names no country.

- The last word of a region's name: "Central America's longest war", "Latin American leaders", "North
  America" are no mentions of the United States. The dictionary's aliases of the United States include
  "America" and "American", which the longest-match search finds inside these region names, where it then
  stands for a party the text never names.
- The first word of a named ocean or a town's park, square or street: "the Indian Ocean", "Victoria Park"
  (Victoria being the Seychelles' capital) name a place, not India or the Seychelles; left as mentions
  they become the target of whatever is sent, pledged or done there.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents import doccache

# The words that, before "America" or "American", make a region's name, not the country's.
_REGION_WORDS = frozenset({"central", "latin", "south", "north"})
# The country names that open such region names.
_REGION_HEADS = frozenset({"america", "american", "americans"})
# Capitalised nouns that, after a country's name, adjective or capital, make the name of a place in which
# the country is no party. Not "Strait", "Strip", "Bank", "Islands", "Peninsula" or "Sea": "the Gaza
# Strip", "the Taiwan Strait", "the Solomon Islands" stand for the territory, often the target itself, and a
# disputed "South China Sea" is told as the claimant's.
_PLACE_NOUNS = frozenset({"ocean", "park", "square", "street", "avenue", "boulevard"})


def region_part(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention ``doc[start:end]`` is a country name that ends a region's name or opens the
    name of an ocean or a town's place (``_PLACE_NOUNS``)."""
    tokens = doccache.tokens(doc)  # (the Doc's cached Tokens: asked for every mention of every article)
    if end < len(tokens) and tokens[end].lower_ in _PLACE_NOUNS and tokens[end].text[:1].isupper():
        return True
    return (
        end - start == 1
        and start > 0
        and tokens[start].lower_ in _REGION_HEADS
        and tokens[start - 1].lower_ in _REGION_WORDS
        and tokens[start - 1].text[:1].isupper()
    )
