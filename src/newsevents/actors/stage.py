"""TEMPORARY stand-in for the actors stage (replaced by the actors-stage branch)."""

from __future__ import annotations

import functools

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

import newsevents.annotations  # noqa: F401  (declares the Doc attributes)
from newsevents.actors.dictionary import ActorDictionary
from newsevents.actors.resolve import ActorResolver, DocActors
from newsevents.where import load_gazetteer


def _country_name(self: DocActors, iso3: str) -> str | None:
    return self.resolver.dictionary.country_name(iso3)


DocActors.country_name = _country_name  # type: ignore[attr-defined]


@functools.lru_cache(maxsize=4)
def _resolver(vocab: Vocab, files: tuple[str, ...]) -> ActorResolver:
    gazetteer = load_gazetteer()

    def place_country(name: str) -> str | None:
        place = gazetteer.lookup(name)
        return place.country if place is not None else None

    return ActorResolver(ActorDictionary.load(extra=files), vocab, place_country)


@Language.factory("newsevents_actors", default_config={"actor_files": []})
def make_actor_stage(nlp: Language, name: str, actor_files: list[str]):  # type: ignore[no-untyped-def]
    resolver = _resolver(nlp.vocab, tuple(actor_files))

    def annotate(doc: Doc) -> Doc:
        doc._.ne_actors = resolver.index(doc)
        return doc

    return annotate
