"""Reactions to a coup aimed at the country it took place in: "the ousted premier called the takeover
illegal", "the deposed president denounced the putsch".

A coup is a seizure of power inside a state, so whoever made it, the country it is done to is the one the
story is set in. The article often codes no event for the seizure itself ("said he had taken over
executive authority" is no act the patterns know), so ``referred.py`` finds no earlier act for "the
takeover" and the reaction falls back to the article's other country (``targets`` article-counterpart,
``foreign_voice``): an ousted leader's protest came out aimed at a neighbour that condemned the coup.
A criticism or rejection whose object, or the subject of the clause it judges, is a coup noun with no
party of its own ("Fiji's coup" names it) is aimed at the story's country instead. Word list:
``coding/data/coup_reaction.toml``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding import syntax
from newsevents.coding.foreign_voice import FOREIGN_VOICE
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare
from newsevents.coding.targets import ARTICLE_COUNTERPART

__all__ = ["COUP_REACTION", "coup_reactions"]

COUP_REACTION = declare(
    "target",
    "coup-reaction",
    "a criticism or rejection of 'the coup' or 'the takeover' that fell back to the article's other "
    "country is aimed at the country the story is set in, where the coup took place",
    "SUVA - The army chief said he had seized power. The ousted premier called the takeover illegal.",
)
_FILE = "coding/data/coup_reaction.toml"
# Roots of reactions that judge or refuse an act: criticism (11) and rejection (12).
_REACTION_ROOTS = ("11", "12")
# The fall-back target rules this pass corrects: an act given the article's other country by default.
_FALLBACKS = frozenset({ARTICLE_COUNTERPART, FOREIGN_VOICE})
# Dependencies of the nouns a reaction judges: its object ("denounced the putsch") and the name it gives the
# object ("called the removal a coup": an object predicate, or a complement the parser hangs on the verb).
_JUDGED_DEPS = frozenset({"dobj", "nsubjpass", "oprd", "xcomp", "attr"})
# Dependencies of a noun's own party ("Fiji's coup", "the army takeover", "the military coup" stay theirs).
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


@dataclass(frozen=True, slots=True)
class CoupWords:
    """``coding/data/coup_reaction.toml``."""

    coup_nouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def coup_words() -> CoupWords:
    """The coup nouns, checked: every key present, a list of words."""
    return word_table(CoupWords, _FILE)


def coup_reactions(drafts: Iterable[Draft], actors: DocActors) -> list[Draft]:
    """``drafts`` with each reaction to an unowned coup noun that fell back to the article's other country
    aimed at the story's country."""
    home = actors.story_country
    out: list[Draft] = []
    for d in drafts:
        if home is not None and _falls_back(d, home) and any(_coup_noun(n) for n in _judged(d.token)):
            out.append(d.step(COUP_REACTION, target=None, implicit_target=country_actor(actors, home)))
        else:
            out.append(d)
    return out


def _falls_back(d: Draft, home: str) -> bool:
    """Whether ``d`` is a criticism or rejection whose target is the fall-back country, not ``home``."""
    if not d.code.startswith(_REACTION_ROOTS) or not _FALLBACKS.intersection(d.steps):
        return False
    aimed = d.aimed
    return aimed is not None and aimed.country != home


def _judged(tok: Token) -> list[Token]:
    """The nouns the reaction at ``tok`` is about: its direct object ("denounced the putsch"), the name it
    gives it ("called the removal a coup") and the subject of the clause it judges ("said the takeover was
    illegal")."""
    kids = doccache.children(tok)
    found = [c for c in kids if c.dep_ in _JUDGED_DEPS]
    for clause in (c for c in kids if c.dep_ == "ccomp"):
        found.extend(syntax.subjects(clause))
    return found


def _coup_noun(noun: Token) -> bool:
    """Whether ``noun`` names a coup with no party of its own: "the takeover", not "Fiji's takeover"."""
    words = coup_words().coup_nouns
    kids = doccache.children(noun)
    pair = next((f"{c.lower_} {noun.lemma_.casefold()}" for c in kids if c.dep_ == "compound"), None)
    if noun.lemma_.casefold() not in words and pair not in words:
        return False
    return not any(c.dep_ in _OWNER_DEPS and (c.ent_type_ or c.dep_ == "poss") for c in kids)
