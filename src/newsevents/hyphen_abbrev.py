"""Split "U.S.-led", "U.N.-backed" and their kind into abbreviation, hyphen and participle (issue 10).

spaCy's tokenizer splits "Saudi-led" and "US-led" at the hyphen, but keeps a dotted abbreviation joined
to its participle as one token ("U.S.-led", lemma "u.s.-le"): no actor rule then finds the state, and
"U.S.-led warplanes bombed the city" is coded with no source or with one borrowed from the context. A
tokenizer special case per pairing (data/hyphen_abbrev.toml) gives the three tokens the undotted forms
get, so the modifier names its state as "Saudi-led" does.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer

__all__ = ["add_abbreviation_splits", "pairings"]


@functools.lru_cache(maxsize=1)
def pairings() -> tuple[tuple[str, str], ...]:
    """Every (abbreviation, participle) pairing of the data file, in the casings wires write them."""
    text = resources.files("newsevents").joinpath("data/hyphen_abbrev.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    return tuple(
        (abbr, form)
        for abbr in data["abbreviations"]
        for word in data["participles"]
        for form in (word, word.capitalize())
    )


def add_abbreviation_splits(nlp: Language) -> None:
    """Add to ``nlp``'s tokenizer one special case per pairing: "U.S.-led" -> "U.S.", "-", "led"."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):  # (a custom tokenizer has no special cases to add to)
        return
    for abbr, word in pairings():
        tokenizer.add_special_case(f"{abbr}-{word}", [{ORTH: abbr}, {ORTH: "-"}, {ORTH: word}])
