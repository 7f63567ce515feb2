"""An arrest, a charge, a sentence or a release of one foreign person referred to again later ("Marek",
"the man", "her") is aimed at the person's country, not at the acting state's own.

News introduces the person once with a nationality ("police arrested Ivo Marek, the Czech founder of the
exchange", "Norway asked for the release of a Norwegian engineer held in Tehran") and then names them by
surname alone, "the man" or a pronoun ("prosecutors charged Marek with fraud", "the judiciary said the man
had been arrested"). The actors stage gives such a back-reference no country of its own, so the act falls
back to the acting state's own country (a self-pair) or names no target at all. The corpus codes people
arrested, tried or freed abroad by their nationality (corpus/README.md), as ``foreign_patients`` does for
a group referred back to ("the two", "them").

The person a back-reference stands for: for a surname, an earlier mention of a name that ends in it; for
"the man" or a pronoun, the nearest person named before it (a name, or a noun of a person with a
nationality, "a Norwegian engineer"), in its sentence or the two before, that is not the subject of an
act of its own (a speaker, a doer). The nationality is read on the person's own phrase: a country's
adjective or name that modifies it or its apposition ("the CZECH founder", "a U.S. citizen"). Read by the
selection stage once a draft's target is settled (``answered.answered_party``), when that target is the
source's own country or none.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_sets
from newsevents.coding.rules import declare

__all__ = ["FOREIGN_PERSON", "foreign_person"]

FOREIGN_PERSON = declare(
    "target",
    "foreign-person",
    "an arrest, charge, sentence or release of one person referred to again by surname, 'the man' or a "
    "pronoun, whom the article introduced as a national of another country, is aimed at that country",
    "Police arrested Ivo Marek, the Czech founder of the exchange. Prosecutors charged Marek with fraud.",
)
_KEYS = ("codes", "person_nouns", "pronouns", "patient_deps")
# How far back the person may be named for "the man" or a pronoun: its sentence and the two before it.
_SENTENCES_BACK = 2
# How a nationality sits on a person's phrase: a modifier, or an apposition and its modifiers.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# A capital names a government, not a person's nationality ("a Moscow court").
_NOT_NATIONALITY = "capital"
# What the recogniser calls a bare surname: a person, or nothing ("Marek" untagged).
_NAME_TYPES = frozenset({"PERSON", ""})


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets("coding/data/foreign_person.toml", _KEYS)


def foreign_person(d: Draft, actors: DocActors) -> Draft:
    """``d`` aimed at the country of the one foreign person its patient refers back to, when its target is
    the source's own country or none; else ``d`` unchanged."""
    own = d.source.country
    aimed = d.aimed
    words = _words()
    if own is None or d.trigger.noun or not d.code.startswith(tuple(words["codes"])):
        return d
    if aimed is not None and aimed.country is not None and aimed.country != own:
        return d
    for patient in (c for c in doccache.children(d.token) if c.dep_ in words["patient_deps"]):
        iso3 = _person_country(patient, actors)
        if iso3 is not None and iso3 != own:
            return d.step(FOREIGN_PERSON, target=country_actor(actors, iso3), implicit_target=None)
    return d


def _person_country(patient: Token, actors: DocActors) -> str | None:
    """The nationality of the one person ``patient`` refers back to, else None."""
    words = _words()
    if patient.pos_ == "PRON":
        return _nearest_person(patient, actors) if patient.lower_ in words["pronouns"] else None
    if patient.pos_ == "PROPN" and patient.ent_type_ in _NAME_TYPES:
        return _named_before(patient, actors)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in doccache.children(patient))
    if patient.tag_ == "NN" and definite and patient.lemma_.casefold() in words["person_nouns"]:
        return _nearest_person(patient, actors)
    return None


def _named_before(name: Token, actors: DocActors) -> str | None:
    """The nationality told on an earlier mention of the name whose last word is ``name``'s ("Ivo Marek,
    the Czech founder" before "Marek"; the recogniser does not always tag a name as a PERSON)."""
    for tok in name.doc[: name.i]:
        if tok.text == name.text and tok.pos_ == "PROPN" and tok.dep_ != "compound":
            if iso3 := _nationality(tok, actors):
                return iso3
    return None


def _nearest_person(ref: Token, actors: DocActors) -> str | None:
    """The nationality of the nearest person named before ``ref`` (a name, or a noun of a person that
    carries a nationality), within its sentence and the two before; None when that person has none."""
    doc, start = ref.doc, doccache.sent(ref).start
    for _ in range(_SENTENCES_BACK):
        start = doccache.sent(doc[start - 1]).start if start > 0 else start
    nouns = _words()["person_nouns"]
    names = {e.root.i: e for e in doccache.ents(doc) if e.label_ == "PERSON" and start <= e.start < ref.i}
    for tok in reversed(doc[start : ref.i]):
        if tok.dep_ == "nsubj":
            continue  # (a speaker or a doer is no patient referred back to)
        if tok.i in names and _employer(tok, nouns):
            continue  # (the firm a person works for, tagged as a name: "an employee of Astra Pharma")
        if tok.i in names:
            return _nationality(tok, actors) or _named_before(tok, actors)
        if tok.tag_ == "NN" and tok.lemma_.casefold() in nouns and (iso3 := _nationality(tok, actors)):
            return iso3
    return None


def _employer(tok: Token, nouns: frozenset[str]) -> bool:
    """Whether the name at ``tok`` is what a noun of a person belongs to ("an engineer OF X")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.casefold() in nouns


def _nationality(tok: Token, actors: DocActors) -> str | None:
    """The country a nationality word names on ``tok``'s own phrase: a modifier of it, of its
    compound words, or of its apposition ("Ivo Marek, the CZECH founder", "a NORWEGIAN engineer")."""
    country = {
        i: m.iso3
        for m in actors.mentions
        if m.kind == "country" and m.iso3 and m.country_kind != _NOT_NATIONALITY
        for i in range(m.start, m.end)
    }
    for t in _phrase(tok):
        if t.i in country and t.i != tok.i:
            return country[t.i]
    return None


def _phrase(tok: Token) -> list[Token]:
    """The modifiers of ``tok``, of its modifiers and of its appositions (no clauses, no prepositions)."""
    found: list[Token] = []
    for c in doccache.children(tok):
        if c.dep_ in _MODIFIER_DEPS or c.dep_ == "appos":
            found += [c, *_phrase(c)]
    return found
