"""spaCy's lemmatizer with its answers remembered (newsevents.lemmas) sets the lemmas spaCy's sets."""

from __future__ import annotations

import pytest
from spacy.pipeline import Lemmatizer

from newsevents import nlp
from newsevents.lemmas import Lemmas

# Invented sentences: the same forms in several parts of speech and tenses, names, contractions and
# words the ruler gives a lemma of its own, space tokens, repeated words (answered from the memo).
TEXTS = [
    "The rebels attacked the convoys; the convoys were attacked again by rebels who attack at night.",
    "She doesn't think they'll talks today, but talks were held and he talked of better talks.",
    "Ministers met in Lagos.\n\n  Meeting ministers, the envoy said meetings mattered.",
    "Its troops'd withdrawn by 9 p.m. -- \"We won't go back,\" a spokesman said (in Kyiv).",
    "",
]


@pytest.fixture(scope="module")
def language():  # type: ignore[no-untyped-def]
    return nlp.load()


def test_remembered_lemmas_are_spacys(language) -> None:  # type: ignore[no-untyped-def]
    lemmatizer = language.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    with language.select_pipes(disable=["lemmatizer"]):
        docs = list(nlp.parse(language, TEXTS * 2))
    lemmas = Lemmas(lemmatizer)
    stock = [lemmatizer(d.copy()) for d in docs]
    fast = [lemmas(d.copy()) for d in docs]
    assert [[t.lemma_ for t in d] for d in fast] == [[t.lemma_ for t in d] for d in stock]
    assert [d.to_bytes() for d in fast] == [d.to_bytes() for d in stock]
    assert lemmas.seen  # (the second copy of each text was answered from the memo)
    assert [t.lemma_ for t in fast[0] if t.pos_ == "VERB"] == ["attack", "attack", "attack"]


def test_a_lemmatizer_in_another_mode_runs_as_it_is(language) -> None:  # type: ignore[no-untyped-def]
    lemmatizer = language.get_pipe("lemmatizer")
    with language.select_pipes(disable=["lemmatizer"]):
        doc = next(nlp.parse(language, [TEXTS[0]]))
    lemmas = Lemmas(lemmatizer)
    lemmatizer.overwrite = True  # (lemmas set before it are replaced: not the remembered reading)
    try:
        lemmas(doc)
    finally:
        lemmatizer.overwrite = False
    assert not lemmas.seen
    assert doc[1].lemma_ == "rebel"
