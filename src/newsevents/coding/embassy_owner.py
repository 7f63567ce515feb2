"""An act done to an embassy or a consulate whose owner the text does not name is aimed at the foreign
state the story is about, never at its doers' own country.

"Protesters overran the embassy compound", "the crowd ransacked part of the embassy building": the mission
is read as the act's target head, but with no owner in its phrase ("the British embassy") it resolves to
no actor, so ``targets.implicit_country`` places the storming at home, on the crowd's own country, as it
places any unaimed riot. A state keeps no embassy in its own capital: the mission is another state's, and
in a story of two countries that is the other one (``targets.article_counterpart``): "LONDON - Britain
closed its embassy in Tehran, a day after protesters overran the embassy compound" is Iran against
Britain. Only acts done to a place count (a protest at it, a seizure, an assault, fighting): a mission
that merely hosts the act ("the embassy said ...") is no target. Read by ``foreign_voice.foreign_voice``
before the other fallbacks of the implicit target.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.protest import protest_words
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.targets import article_counterpart

__all__ = ["EMBASSY_OWNER", "embassy_owner"]

EMBASSY_OWNER = declare(
    "target",
    "embassy-owner",
    "a protest, seizure, assault or attack on an embassy or consulate whose owner is not named is aimed at "
    "the other country the article is about, not at the doers' own country",
    "LIMA - Chile recalled its ambassador on Monday after a crowd stormed the embassy compound.",
)
# Roots of acts done to a place: protest (14), coercion such as a seizure (17), assault (18), fighting
# (19), mass violence (20).
_PLACE_ROOTS = ("14", "17", "18", "19", "20")
# How the place an act is done to hangs on its verb: the object, a passive's subject, or a preposition of
# place or aim ("stormed into the embassy", "hurled stones at the consulate").
_PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
_PATIENT_PREPS = frozenset({"at", "into", "on", "outside", "against", "near"})
# How a phrase names the owner of its mission ("ITS embassy", "the BRITISH embassy", "the embassy OF Peru").
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
# Nouns read in one mission phrase at most: a phrase is short, and the bound keeps a long "of" chain from
# wandering into another party's words.
_PHRASE_NOUNS = 6


def embassy_owner(d: Draft, actors: DocActors) -> str | None:
    """The other country the article is about, when ``d`` is an act done to a place whose phrase names an
    embassy or consulate and no owner of it; else None."""
    own = d.source.country
    if own is None or not d.code.startswith(_PLACE_ROOTS):
        return None
    named = {i for m in actors.mentions for i in range(m.start, m.end)}
    for head in _patients(d.token):
        chain = _phrase_nouns(head)
        missions = protest_words().missions
        if not any(t.lemma_.casefold() in missions for t in chain):
            continue
        if any(_owner(t, named) for t in chain):
            return None  # (an owner named, even one of no state, is the object rule's to read)
        return article_counterpart(actors, own)
    return None


def _patients(verb: Token) -> list[Token]:
    """The heads of the places the act at ``verb`` is done to."""
    found = [c for c in doccache.children(verb) if c.dep_ in _PATIENT_DEPS]
    for prep in (c for c in doccache.children(verb) if c.dep_ == "prep" and c.lower_ in _PATIENT_PREPS):
        found += [p for p in doccache.children(prep) if p.dep_ == "pobj"]
    return found


def _phrase_nouns(head: Token) -> list[Token]:
    """``head`` with its compounds and the nouns of its "of" chain ("part of the embassy building")."""
    out: list[Token] = []
    todo = [head]
    while todo and len(out) < _PHRASE_NOUNS:
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in doccache.children(tok) if c.dep_ == "compound"]
        for prep in (c for c in doccache.children(tok) if c.dep_ == "prep" and c.lower_ == "of"):
            todo += [p for p in doccache.children(prep) if p.dep_ == "pobj"]
    return out


def _owner(tok: Token, named: set[int]) -> bool:
    """Whether ``tok`` is, or has as a modifier, a named party or a possessor."""
    if tok.i in named:
        return True
    return any(c.dep_ in _OWNER_DEPS and (c.dep_ == "poss" or c.i in named) for c in doccache.children(tok))
