"""The actor stage as a spaCy component: ``nlp.add_pipe("newsevents_actors")``.

Reads a parsed ``Doc`` (tokens with part-of-speech tags, lemmas, dependencies, sentences and named
entities, as ``en_core_web_*`` gives) and writes ``doc._.ne_actors``: a ``DocActors`` holding the article's
actor mentions, which resolves any noun phrase to actors on a day. Config:

``actor_files``  paths of a user's JSON-lines actor files, added to the packaged dictionary
                 (``ActorDictionary.load(extra=...)``); default none.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

import newsevents.annotations  # noqa: F401 (declares doc._.ne_actors)
from newsevents.actors import compiled
from newsevents.actors.dictionary import ActorDictionary
from newsevents.actors.resolve import ActorResolver
from newsevents.dateline import find_dateline
from newsevents.where import load_gazetteer

__all__ = ["ActorsComponent", "make_actors", "resolver_for"]


class ActorsComponent:
    """``doc -> doc`` with ``doc._.ne_dateline`` (a ``dateline.Dateline`` or None) and
    ``doc._.ne_actors = resolver.index(doc, dateline)`` (a ``DocActors``)."""

    def __init__(self, resolver: ActorResolver) -> None:
        self.resolver = resolver

    def __call__(self, doc: Doc) -> Doc:
        """Find the dateline and the actor mentions of the parsed ``doc``; set ``doc._.ne_dateline`` and
        ``doc._.ne_actors``; return the doc."""
        dateline = find_dateline(doc, self.resolver.is_dateline_place)
        doc._.ne_dateline = dateline
        doc._.ne_actors = self.resolver.index(doc, dateline)
        return doc


@Language.factory("newsevents_actors", default_config={"actor_files": []})
def make_actors(nlp: Language, name: str, actor_files: Sequence[str]) -> ActorsComponent:
    """The ``newsevents_actors`` component; its resolver is built once per process per list of actor
    files (building it costs seconds)."""
    return ActorsComponent(resolver_for(tuple(str(path) for path in actor_files), nlp.vocab))


def resolver_for(actor_files: tuple[str, ...], vocab: Vocab) -> ActorResolver:
    """The process's resolver for ``actor_files``, built over ``vocab`` the first time it is asked for.

    One per config serves every pipeline: the resolver reads its matches back without the doc's vocab,
    so a doc parsed by another pipeline than the first asker's resolves the same.
    """
    return _resolver(actor_files, _VocabHolder(vocab))


class _VocabHolder:
    """A vocab that every holder hashes and compares equal to, so the cache keys on the files alone."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __hash__(self) -> int:
        return 0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _VocabHolder)


@functools.lru_cache(maxsize=4)
def _resolver(actor_files: tuple[str, ...], holder: _VocabHolder) -> ActorResolver:
    vocab = holder.vocab
    gazetteer = load_gazetteer()

    def place_country(name: str, countries: tuple[str, ...] = ()) -> str | None:
        # The article's countries break a tie between namesakes ("Palma" in Mozambique or Spain).
        place = gazetteer.lookup(name, countries)
        return place.country if place is not None else None

    dictionary = ActorDictionary.load(extra=actor_files)
    return ActorResolver(dictionary, vocab, place_country, compiled.phrases(dictionary, actor_files))
