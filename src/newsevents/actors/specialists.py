"""Unnamed specialists: investigators, inspectors, experts, monitors, observers, rescuers (issue 10).

These nouns carry no role of the agent table and name no party of their own, so without this rule a
phrase such as "inspectors toured the plant" resolves to nobody and its event is lost, or (with a
country nearby) is given the country the specialists came to look at. The text places them in one of
three ways, tried in order (``specialist-nouns`` and ``resident-specialists`` in actors/data/words.tsv):

- "investigators in Kyiv": the place they work in names their state, for the nouns of specialists who
  work at home (``resident-specialists``); inspectors and monitors in a country are there to watch it;
- the international organisation or state body named before them in the article ("the IAEA sent a team
  ... inspectors found"): they are its people (phrase rule ``earlier-body``);
- a bloc adjective ("foreign experts", "a Baltic team"): an international body of no
  single country, IGO.

Nothing else places them: with none of these the phrase stays unresolved and no event is coded, as a
careful coder codes no event whose acting party the text does not identify (corpus/README.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.words import packaged_words
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.phrases import Phrase

__all__ = ["unplaced_specialists"]

_WORDS = packaged_words()
# The dictionary kinds of the bodies whose people unnamed specialists are: an international organisation
# or a state's named body ("the Pentagon ... investigators"), never a person or an armed group.
_BODY_KINDS = frozenset({"igo", "body"})
# How many sentences (its own included) are read back for the body: one named further back may be another
# story's party ("the EU condemned ... Investigators said", paragraphs apart).
_SENTENCES_BACK = 4
# The dependencies of an object, which a specialists' phrase is not read in.
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "oprd"})
# Prepositions that put resident specialists where they work ("investigators in Kyiv").
_WORK_PREPS = frozenset({"in", "at"})


def unplaced_specialists(p: Phrase) -> list[Actor] | None:
    """The party of an unnamed group of specialists its own words do not name: "investigators in Lima"
    -> PER, "the IAEA ... inspectors" -> the IAEA, "international monitors" -> IGO; None otherwise."""
    lemma = p.head.lemma_.casefold()
    groups = lemma in _WORDS.specialist_groups
    if not (groups or lemma in _WORDS.specialist_nouns) or p.countries or p.named or p.orgs or p.role:
        return None
    modifiers, made_of = _described(p)
    bloc = any(t.dep_ == "amod" and t.lower_ in _WORDS.bloc_adjectives for t in modifiers)
    if _done_to(p) or (groups and not (made_of or bloc)):  # ("another team": of whom, it does not say)
        return None
    if lemma in _WORDS.resident_specialists and (iso3 := _work_country(p)):
        return [p.actor(iso3, None)]
    body = _earlier_body(p)
    if body is not None:
        return [Actor(text=p.text, name=body.name, country=body.country, role=body.role, code=body.code)]
    return [Actor(text=p.text, name=None, country=None, role="IGO", code="IGO")] if bloc else None


def _done_to(p: Phrase) -> bool:
    """Whether the phrase is an object ("withdrew the inspectors", "gave investigators access"): the
    people a body sends or receives are no party against it, and reading them as the body named before
    makes the body act on itself."""
    head = p.head
    if head.dep_ in _OBJECT_DEPS:
        return True
    return head.dep_ == "pobj" and head.head.lower_ != "by"


def _described(p: Phrase) -> tuple[list[Token], bool]:
    """The modifiers of the specialists the phrase names, and whether it names a group by the specialists
    it is made of: the head's own, or for "a team of foreign experts" those of the
    investigators too."""
    kids = list(doccache.children(p.head))
    made_of = False
    for prep in (c for c in kids if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in doccache.children(prep):
            if pobj.dep_ == "pobj" and pobj.lemma_.casefold() in _WORDS.specialist_nouns:
                kids.extend(doccache.children(pobj))
                made_of = True
    return kids, made_of


def _work_country(p: Phrase) -> str | None:
    """The country of the place "in/at X" on the phrase names, when the article's mentions place it."""
    actors = p.actors
    for prep in (c for c in doccache.children(p.head) if c.dep_ == "prep" and c.lower_ in _WORK_PREPS):
        for tok in doccache.subtree(prep):
            m = actors.by_token.get(tok.i)
            if m is not None and m.kind == "country" and m.iso3:
                return m.iso3
        for pobj in (c for c in doccache.children(prep) if c.dep_ == "pobj"):
            iso3 = actors.places.get(pobj.i)
            if iso3:
                return iso3
    return None


def _earlier_body(p: Phrase) -> Actor | None:
    """The international organisation or state body named last before the phrase in its sentence or the
    few before (not in the dateline), as the resolver reads that mention."""
    actors = p.actors
    first = doccache.window_start(p.head, _SENTENCES_BACK)
    for m in reversed(actors.mentions):
        if m.start >= p.head.i or m.start < first or m.entry is None or m.entry.kind not in _BODY_KINDS:
            continue
        if m.start in actors.dateline_tokens or any(t.i == m.start for t in p.tokens):
            continue
        found = actors.resolve_phrase(actors.doc[m.end - 1], p.day)
        return found[0] if found and found[0].code else None
    return None
