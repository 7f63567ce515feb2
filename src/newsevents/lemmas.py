"""spaCy's rule lemmatizer with its answers remembered per word form, part of speech and morphology.

spaCy's ``Lemmatizer`` walks a Doc in Python, one ``Token`` object per word, and its own cache holds only
the words its rule tables reach: every noun in the singular, every verb in the base form, every name
(most words of a text) is worked out again at each occurrence. The rule lemma of a word is a function of
its text, part of speech and morphology alone (``Lemmatizer.rule_lemmatize`` reads nothing else), so
``Lemmas`` reads those three columns of the whole Doc at once (``Doc.to_array``), asks the lemmatizer only
about a combination it has not met, and writes the lemma column back in one ``Doc.from_array``: the same
lemmas (tests/test_lemmas.py), a fraction of the calls. A lemmatizer in another mode, or one that
overwrites lemmas set before it, is run as it is.
"""

from __future__ import annotations

from typing import cast

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from thinc.types import Ints2d

# Combinations remembered at most: a few MB; the memo starts again when it is full (a long watch run
# meets new names every day).
_MAX_SEEN = 200_000
_COLUMNS = [ORTH, POS, MORPH, LEMMA]


class Lemmas:
    """The lemmas ``lemmatizer`` would set on a Doc, remembered per (form, part of speech, morphology)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.seen: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        """``doc`` with the lemmas ``lemmatizer(doc)`` sets."""
        lemmatizer = self.lemmatizer
        if lemmatizer.mode != "rule" or lemmatizer.overwrite:
            return lemmatizer(doc)
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)
        rows = doc.to_array(_COLUMNS)
        strings = doc.vocab.strings
        seen = self.seen
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma != 0:  # (set before the lemmatizer, by the attribute ruler's exceptions: kept)
                continue
            key = (orth, pos, morph)
            found = seen.get(key)
            if found is None:
                if len(seen) > _MAX_SEEN:
                    seen.clear()
                found = seen[key] = strings.add(lemmatizer.rule_lemmatize(doc[i])[0])
            rows[i, 3] = found
            changed = True
        if changed:
            # (spaCy's stub types Doc.to_array as floats: it gives the uint64 hashes from_array takes)
            doc.from_array([LEMMA], cast(Ints2d, rows[:, 3:4]))
        return doc
