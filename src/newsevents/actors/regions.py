"""A country's name that is the last word of a region's name names no country: "Central America's longest
war", "Latin American leaders", "North America" are no mentions of the United States. The dictionary's
aliases of the United States include "America" and "American", which the longest-match search finds inside
these region names, where it then stands for a party the text never names.
"""

from __future__ import annotations

from spacy.tokens import Doc

# The words that, before "America" or "American", make a region's name, not the country's.
_REGION_WORDS = frozenset({"central", "latin", "south", "north"})
# The country names that open such region names.
_REGION_HEADS = frozenset({"america", "american", "americans"})


def region_part(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention ``doc[start:end]`` is a country name that ends a region's name."""
    return (
        end - start == 1
        and start > 0
        and doc[start].lower_ in _REGION_HEADS
        and doc[start - 1].lower_ in _REGION_WORDS
        and doc[start - 1].text[:1].isupper()
    )
