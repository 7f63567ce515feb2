"""An international organisation referred back by a generic noun: "NATO ... the alliance said", "the EU
... the bloc's foreign policy chief", "the IAEA ... the agency's director". The noun names no party of
its own; without this reading the resolver gives it (or the official it owns) the country the story is
about, a state it is not. Read by the phrase rule ``definite-description`` (actors.coref) before it
looks for a named person or group (``org-referent-nouns`` in actors/data/words.tsv)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.mentions import Mention
from newsevents.actors.words import packaged_words
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

# How many sentences (its own included) are read back for the organisation: a body named further back is
# no longer the one "the alliance" means.
_SENTENCES_BACK = 4
# The dictionary kinds a generic organisation noun refers to.
_ORG_KINDS = frozenset({"igo"})
# The words that give the noun a party of its own ("the rebel alliance", "the opposition bloc").
_OWN_WORD_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def org_referent(actors: DocActors, head: Token, day: dt.date | None, owned: bool) -> Actor | None:
    """The organisation named last before ``head`` when ``head`` is an official it owns ("the alliance's
    secretary-general", ``owned``) or is "the <org noun>" itself (not ``owned``); None otherwise or when
    no organisation was named in the few sentences before."""
    owners = [t for t in doccache.subtree(head) if t.dep_ == "poss" and t.pos_ == "NOUN" and t.i < head.i]
    noun = owners[0] if owned and owners else None if owned else head
    lemma = noun.lemma_.casefold() if noun is not None else ""
    words = packaged_words()
    if noun is None or lemma not in words.org_referent_nouns | words.name_referent_nouns:
        return None
    own = [c for c in doccache.children(noun) if c.dep_ in _OWN_WORD_DEPS or c.dep_ == "det"]
    if [c.lower_ for c in own] != ["the"]:
        return None
    first = doccache.window_start(noun, _SENTENCES_BACK)
    for m in reversed(actors.mentions):
        if m.start >= own[0].i or m.start < first or m.entry is None or m.entry.kind not in _ORG_KINDS:
            continue
        if m.start in actors.dateline_tokens or not _names_noun(actors, m, lemma, words.name_referent_nouns):
            continue
        found = actors.resolve_phrase(actors.doc[m.end - 1], day)
        return found[0] if found else None
    return None


def _names_noun(actors: DocActors, m: Mention, lemma: str, name_nouns: frozenset[str]) -> bool:
    """Whether the organisation named at ``m`` may be what "the <lemma>" means: any organisation for a
    generic noun ("NATO ... the alliance"), only one whose own name has the noun for a noun many bodies
    bear ("the International Criminal Court ... the court", not "the UN ... the court": a national court
    is the likelier)."""
    if lemma not in name_nouns:
        return True
    return lemma in {t.lemma_.casefold() for t in actors.doc[m.start : m.end]}
