"""A criticism or refusal of a party at home: "the spokesman rejected the army's road map", "the
general accused the opposition leaders of treason", in a story set in the speaker's own country.

A rejection or criticism that names no actor the actors stage can place takes its target from a fallback:
the story's first event by another country's actor (``selection`` answers-lead: "Ankara has refused to
apologise" after Moscow's sanctions), the actor of an earlier event of its object's kind (reaction), the
article's other country (article-counterpart, foreign-voice). Long stories about a country's own crisis
name foreign governments in every paragraph, so the fallback picks one of them; but an object that is
itself a party of home politics (a state organ, the opposition, rebels by their noun, or a thing such a
party owns: "the army's road map", "the opposition leaders") names the counterpart, one nobody placed. In
a story set in the source's own country (``DocActors.story_country``) with no foreign party in the object,
that party is at home: home politics, not an answer to the foreign power the story also reports. A name
is left alone (a refusal to extradite a citizen answers the state that asked), and so is a party a
pronoun owns ("accusing its officials": the pronoun may be the foreign state's).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

__all__ = ["HOME_PARTY_REFUSED", "home_parties_refused"]

HOME_PARTY_REFUSED = declare(
    "target",
    "home-party-refused",
    "a criticism or refusal whose object is a party of home politics nobody placed (a state organ, the "
    "opposition, or a thing one owns), in a story set in its source's own country, is aimed at that "
    "country, not at the foreign party a fallback chose",
    "MANAGUA - Washington cut aid. The president's spokesman rejected the army's road map.",
)
# Roots of acts that judge or refuse another party: criticism (11) and rejection (12).
_ROOTS = ("11", "12")
# The fallback target rules this pass corrects (their step names; declared in selection.py,
# targets.py and foreign_voice.py, which import this module's callers).
_FALLBACKS = frozenset(
    {"target:answers-lead", "target:reaction", "target:article-counterpart", "target:foreign-voice"}
)
# Roles of the generic agents that are parties to home politics (a state organ, the opposition, a party,
# rebels, an elite); not the press or the public a statement is told to ("told REPORTERS").
_HOME_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY", "REB", "ELI"})
# Dependencies of the object a refusal or criticism is about, on its verb or the verb it governs.
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def home_parties_refused(drafts: Iterable[Draft], actors: DocActors) -> list[Draft]:
    """``drafts`` with each criticism or refusal of an unplaced home party that a fallback aimed abroad
    aimed at its source's own country instead."""
    home = actors.story_country
    out: list[Draft] = []
    for d in drafts:
        if home is not None and _aimed_abroad(d, home) and _party_object(d, actors, home):
            out.append(d.step(HOME_PARTY_REFUSED, target=None, implicit_target=country_actor(actors, home)))
        else:
            out.append(d)
    return out


def _aimed_abroad(d: Draft, home: str) -> bool:
    """Whether ``d`` is a criticism or refusal by a source of ``home`` that a fallback aimed abroad."""
    if d.source.country != home or not d.code.startswith(_ROOTS) or not _FALLBACKS.intersection(d.steps):
        return False
    aimed = d.aimed
    return aimed is not None and aimed.country not in (None, home)


def _objects(tok: Token) -> list[Token]:
    """The objects of the verb at ``tok``, and of the verb it governs ("would not RECOGNISE Ortega",
    "refused to MEET the envoy")."""
    kids = doccache.children(tok)
    found = [c for c in kids if c.dep_ in _OBJECT_DEPS]
    for verb in (c for c in kids if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")):
        found.extend(c for c in doccache.children(verb) if c.dep_ in _OBJECT_DEPS)
    return found


def _party_object(d: Draft, actors: DocActors, home: str) -> bool:
    """Whether the object of ``d`` is a party, or a party's thing, with no foreign country in it."""
    for obj in _objects(d.token):
        span = doccache.subtree(obj)
        lo, hi = min(t.i for t in span), max(t.i for t in span) + 1
        if any(m.iso3 and m.iso3 != home and lo <= m.start < hi for m in actors.mentions):
            continue  # (a foreign party named in it is its counterpart: the fallback did not decide)
        owners = [c for c in doccache.children(obj) if c.dep_ == "poss"]
        if any(o.pos_ == "PRON" for o in owners):
            continue  # ("accusing its officials": the pronoun may stand for the foreign state)
        if any(_party(t, actors) for t in (obj, *owners)):
            return True
    return False


def _party(tok: Token, actors: DocActors) -> bool:
    """Whether ``tok`` heads a generic agent of home politics ("the army", "the opposition leaders")."""
    return tok.pos_ == "NOUN" and actors.resolver.agent_role(tok) in _HOME_ROLES
