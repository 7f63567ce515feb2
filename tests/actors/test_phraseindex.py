"""The plain-data phrase index matches what spaCy's PhraseMatcher matches, in the same order (issue 11:
the order decides which of two equal overlapping matches wins)."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.matcher import PhraseMatcher

from newsevents.actors import phraseindex

WORDS = ["the", "Red", "red", "River", "river", "front", "Front", "of", "North", "Ando", "Kel", "-", "'s"]


def _random_phrases(rng: random.Random) -> list[str]:
    phrases = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4))) for _ in range(60)]
    return list(dict.fromkeys(phrases))


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("attr", ["ORTH", "LOWER"])
def test_same_matches_in_the_same_order_as_phrasematcher(seed: int, attr: str) -> None:
    rng = random.Random(seed)
    nlp = spacy.blank("en")
    phrases = _random_phrases(rng)
    # Two keys per phrase text (a country phrase and an actor alias share their words), plus different
    # spellings that lower-case alike: both make token sequences with several keys.
    keyed = [(f"{prefix}:{p}", p) for p in phrases for prefix in ("c", "e")]
    matcher = PhraseMatcher(nlp.vocab, attr=attr)
    plain = []
    for key, phrase in keyed:
        doc = nlp.make_doc(phrase)
        matcher.add(key, [doc])
        plain.append((key, tuple(t.text if attr == "ORTH" else t.lower_ for t in doc)))
    index = phraseindex.build(plain)
    for _ in range(20):
        doc = nlp.make_doc(" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 25))))
        expected = [(start, end, nlp.vocab.strings[m]) for m, start, end in matcher(doc)]
        words = [t.text if attr == "ORTH" else t.lower_ for t in doc]
        assert index.matches(words) == expected


def test_plain_round_trip() -> None:
    index = phraseindex.build([("e:a b", ("a", "b")), ("c:a", ("a",)), ("e:none", ())])
    again = phraseindex.PhraseIndex.from_plain(index.to_plain())
    assert again == index
    assert again.matches(["a", "b", "a"]) == [(0, 1, "c:a"), (0, 2, "e:a b"), (2, 3, "c:a")]
