"""Fixtures of the actor tests: sentences parsed by the session's spaCy model and run through the
``newsevents_actors`` component (created from that model's vocab, so its resolver is built once)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsevents.actors.resolve import DocActors
from newsevents.actors.stage import ActorsComponent
from newsevents.pipeline import Pipeline

Read = Callable[[str], DocActors]


@pytest.fixture(scope="session")
def nlp(pipeline: Pipeline) -> Language:
    """The session's parsing model."""
    return pipeline.nlp


@pytest.fixture(scope="session")
def component(nlp: Language) -> ActorsComponent:
    """The ``newsevents_actors`` component with the default config (not added to the model)."""
    created = nlp.create_pipe("newsevents_actors")
    assert isinstance(created, ActorsComponent)
    return created


@pytest.fixture(scope="session")
def read(nlp: Language, component: ActorsComponent) -> Read:
    """``read(text)``: parse ``text``, run the component, return ``doc._.ne_actors``."""

    def run(text: str) -> DocActors:
        doc: Doc = component(nlp(text))
        return doc._.ne_actors  # type: ignore[no-any-return]

    return run


Word = Callable[..., Token]


@pytest.fixture(scope="session")
def word() -> Word:
    """``word(doc, text, nth=0)``: the ``nth`` token whose text is ``text`` (tests name heads by word)."""

    def find(doc: Doc, text: str, nth: int = 0) -> Token:
        hits = [t for t in doc if t.text == text]
        assert len(hits) > nth, f"no {text!r} (#{nth}) in {[t.text for t in doc]}"
        return hits[nth]

    return find
