"""Refusals to leave office are aimed at home: "the premier refused to step down", "said he would not
resign and blamed foreign powers". A leader who will not give up office refuses his own country's
opposition, parliament or voters (CAMEO 12, the refuser's country as target), however many foreign
parties the sentence names after it (a prepositional object of a coordinated verb, the article's other
country). Read by the selection stage for every draft (coding/answered.py's ``answered_party``)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

REFUSED_OFFICE = declare(
    "target",
    "refused-office",
    "a refusal to resign or step down is aimed at the refuser's own country, not at a foreign party the "
    "sentence names",
    "The premier said he would not step down and blamed Ruritanian agents for the riots.",
)
_FILE = "coding/data/refused_office.toml"
# Where the act refused hangs from a verb of refusal: "refused TO STEP down", "ruled out RESIGNING".
_CONTENT_DEPS = frozenset({"xcomp", "dobj", "pcomp", "ccomp", "advcl"})


@dataclass(frozen=True, slots=True)
class OfficeWords:
    """``coding/data/refused_office.toml``."""

    office_verbs: frozenset[str]
    office_codes: frozenset[str]


@functools.lru_cache(maxsize=1)
def office_words() -> OfficeWords:
    """The words of leaving office, checked: every key present, each a list of words."""
    return word_table(OfficeWords, _FILE)


def own_office(d: Draft, actors: DocActors) -> Draft:
    """``d`` aimed at its source's own country when it is a rejection (12) of leaving office; else
    unchanged."""
    home = d.source.country
    if home is None or not d.code.startswith("12") or (d.target is not None and d.target.country == home):
        return d
    words = office_words()
    refused = d.trigger.pattern.code in words.office_codes  # ("would not STEP down": the act, refused)
    if not refused:
        refused = any(c.dep_ in _CONTENT_DEPS and _leaves_office(c) for c in doccache.children(d.token))
    return d.step(REFUSED_OFFICE, target=country_actor(actors, home)) if refused else d


def _leaves_office(tok: Token) -> bool:
    """A verb of leaving office, with its particle ("step DOWN")."""
    particles = [c.lower_ for c in doccache.children(tok) if c.dep_ == "prt"]
    lemma = tok.lemma_.casefold()
    return any(f"{lemma} {p}" in office_words().office_verbs for p in particles) or (
        lemma in office_words().office_verbs
    )
