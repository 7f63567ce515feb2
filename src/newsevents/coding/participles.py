"""Which verb a word the tagger read as an adjective is the participle of ("frozen": freeze, "banned":
ban, "closed": close): the regular endings, and the irregular forms in ``data/participles.tsv``. The same
forms put right a past tense the lemmatiser cuts wrong ("raped": rap; ``syntax.verb_lemma``)."""

from __future__ import annotations

import functools
from importlib import resources

from newsevents.errors import DataFileError

_FILE = "participles.tsv"
_HEADER = ["form", "lemma", "note"]


@functools.lru_cache(maxsize=1)
def irregular() -> dict[str, str]:
    """Irregular participle -> its verb's lemma (``data/participles.tsv``)."""
    text = resources.files("newsevents.coding").joinpath("data", _FILE).read_text(encoding="utf-8")
    lines = text.splitlines()
    if not lines or lines[0].split("\t") != _HEADER:
        raise DataFileError(f"{_FILE}:1: header must be {' '.join(_HEADER)}")
    out: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(_HEADER) or not all(cells):
            raise DataFileError(f"{_FILE}:{number}: expected {len(_HEADER)} non-empty cells")
        out[cells[0]] = cells[1]
    return out


def verb_of(form: str, verbs: frozenset[str]) -> str | None:
    """The lemma among ``verbs`` that ``form`` is the past participle of, or None."""
    word = form.casefold()
    if word in irregular():
        return irregular()[word] if irregular()[word] in verbs else None
    if not word.endswith("ed"):
        return None
    stem = word[:-2]
    doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None  # ("banned": ban)
    found = (stem + "e", stem, doubled, stem[:-1] + "y" if stem.endswith("i") else None)
    return next((c for c in found if c and c in verbs), None)
