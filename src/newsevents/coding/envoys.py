"""Envoys acted on in an agentless passive: "Spain's ambassador to Peru was recalled", "three Danish
diplomats were expelled from Iran", "the envoy in Minsk was summoned". The passive names nobody who acted,
but the verb does: a state recalls its own envoy from the host, and a host expels, summons or declares
unwelcome a foreign one. So the envoy's own state (the possessor or the nationality on the envoy noun) and
the host (a "to"/"in"/"from" country on the envoy or the verb) are the parties, in the verb's direction.
The arguments stage drafts nothing for such a passive (no agent, no place of its own), so
agentless.state_passives places it here. Words: ``data/envoys.toml``.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import government_of
from newsevents.actors.resolve import DocActors
from newsevents.coding import syntax
from newsevents.coding.records import Trigger
from newsevents.coding.resources import packaged_table
from newsevents.coding.roles import passive_conjunct
from newsevents.coding.rules import declare
from newsevents.records import Actor

ENVOY_PASSIVE = declare(
    "source",
    "envoy-passive",
    "an envoy recalled in an agentless passive is recalled by his own state from the host; one expelled, "
    "summoned or declared unwelcome is acted on by the host",
    "Spain's ambassador to Peru was recalled on Tuesday.",
)
# Dependency labels of the words on an envoy noun that name his own state ("SPAIN'S ambassador",
# "DANISH diplomats", "the FRENCH envoy").
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
# Tags of the relative pronouns that stand for a relative clause's head ("who", "that").
_RELATIVE_TAGS = frozenset({"WP", "WDT"})


@dataclass(frozen=True, slots=True)
class EnvoyWords:
    """``coding/data/envoys.toml``."""

    envoy_nouns: frozenset[str]
    own_state_verbs: frozenset[str]
    roots: tuple[str, ...]
    codes: frozenset[str]
    host_prepositions: frozenset[str]
    departure_verbs: frozenset[str]
    mission_nouns: frozenset[str]


def _envoy_words(raw: dict[str, Any]) -> EnvoyWords:
    return EnvoyWords(
        envoy_nouns=frozenset(raw["envoy_nouns"]),
        own_state_verbs=frozenset(raw["own_state_verbs"]),
        roots=tuple(raw["roots"]),
        codes=frozenset(raw["codes"]),
        host_prepositions=frozenset(raw["host_prepositions"]),
        departure_verbs=frozenset(raw["departure_verbs"]),
        mission_nouns=frozenset(raw["mission_nouns"]),
    )


@functools.lru_cache(maxsize=1)
def envoy_words() -> EnvoyWords:
    """The envoy nouns, own-state verbs, codes and host prepositions of the rule."""
    return packaged_table("coding/data/envoys.toml", _envoy_words)


def envoy_parties(
    trigger: Trigger, actors: DocActors, day: dt.date | None
) -> tuple[Actor, Actor | None] | None:
    """(source, target) of an agentless passive act on an envoy whose own state and host both resolve
    to different countries, else None; an envoy recalled with no host found is recalled by his own
    state, aimed at nobody named."""
    words = envoy_words()
    tok = trigger.token
    code = trigger.coded_as
    if trigger.noun or not (code.startswith(words.roots) or code in words.codes):
        return None
    verbs = [tok, tok.head] if passive_conjunct(tok) else [tok]
    if not (syntax.is_passive(tok) or passive_conjunct(tok)):
        return None
    if any(c.dep_ == "agent" for v in verbs for c in doccache.children(v)):
        return None
    subjects = [c for v in verbs for c in doccache.children(v) if c.dep_ == "nsubjpass"]
    # ("summoned the ambassador, WHO was then recalled": the relative clause's subject is its head, or
    # the envoy noun the head's name stands beside: "the ambassador, Ana Ruiz, who was recalled")
    if tok.dep_ == "relcl" and any(c.tag_ in _RELATIVE_TAGS for c in subjects):
        head = tok.head
        subjects = [head, head.head] if head.dep_ == "appos" else [head]
    envoys = [e for c in subjects for e in _envoy(c, words)]
    if not envoys:
        return None
    own = _first(actors, [*_owner_words(envoys[0])], day)
    recalled = tok.lemma_.casefold() in words.own_state_verbs
    # ("was recalled TO RABAT": "to" on a recall verb names the envoy's own capital, not the host)
    hosts = [h for h in host_nouns(envoys[0], tok, words) if not (recalled and _home_bound(h, verbs))]
    host = _first(actors, hosts, day)
    # (expelled with no place named: by the story's own country; "summoned TO THE FOREIGN MINISTRY" names
    # a ministry the resolver gives the envoy's own country, which is no host)
    if (host is None or (own is not None and host.country == own.country)) and not recalled:
        host = _story_actor(actors, own)
    if recalled and own is not None and host is None:
        # ("the ambassador was recalled to Rabat": "to" names his own capital, no host; a recall is his
        # state's act whether or not the host is named)
        host = _story_actor(actors, own)
        target = host if host is not None and host.country != own.country else None
        return own.with_role(own.role or "GOV"), target
    if own is None or host is None or own.country == host.country:
        return None
    source, target = (own, host) if recalled else (host, own)
    # (recalling or expelling an envoy is a government's act, whatever word named its country)
    return source.with_role(source.role or "GOV"), target


def _home_bound(place: Token, verbs: list[Token]) -> bool:
    """Whether ``place`` is the object of a "to" phrase on one of ``verbs`` (the recall verb itself)."""
    prep = place.head
    return prep.lower_ == "to" and any(prep.head.i == v.i for v in verbs)


def _owner_words(envoy: Token) -> list[Token]:
    """The words on an envoy noun that name his own state: a possessor or a nationality ("SPAIN'S
    ambassador"), else the object of "of", as ministries title envoys ("the Ambassador OF THE UNITED
    KINGDOM to Iran", whose "to" names the host)."""
    owners = [c for c in doccache.children(envoy) if c.dep_ in _OWNER_DEPS]
    return owners or [
        o
        for p in doccache.children(envoy)
        if p.lower_ == "of"
        for o in doccache.children(p)
        if o.dep_ == "pobj"
    ]


def _envoy(noun: Token, words: EnvoyWords) -> list[Token]:
    """The envoy noun a passive's subject names: itself, or the noun after "of" when the subject counts
    envoys out of a group ("TWO of its diplomats")."""
    nouns = [noun] + [
        o
        for p in doccache.children(noun)
        if p.lower_ == "of"
        for o in doccache.children(p)
        if o.dep_ == "pobj"
    ]
    return [n for n in nouns if n.lemma_.casefold() in words.envoy_nouns or n.lower_ in words.envoy_nouns][:1]


def host_nouns(envoy: Token, verb: Token, words: EnvoyWords) -> list[Token]:
    """The objects of the host prepositions on the envoy ("the ambassador to ITALY"), then elsewhere in
    the verb's clause ("expelled from OSLO", and "declared persona non grata in OSLO", where the parser
    may hang the place on the complement)."""
    inside = {t.i for t in doccache.subtree(envoy)}
    preps = [p for p in doccache.children(envoy) if p.dep_ == "prep"]
    preps += [
        p for p in doccache.subtree(verb) if p.dep_ == "prep" and p.i not in inside and p.head.dep_ != "pobj"
    ]
    hosts = [
        obj
        for prep in preps
        if prep.lower_ in words.host_prepositions
        for obj in doccache.children(prep)
        if obj.dep_ == "pobj"
    ]
    # ("ordered to LEAVE Germany", "given 48 hours to LEAVE Ankara": the country left is the host)
    leaving = [
        t
        for t in doccache.subtree(verb)
        if t.lemma_.casefold() in words.departure_verbs and t.i not in inside
    ]
    return hosts + [o for t in leaving for o in doccache.children(t) if o.dep_ == "dobj"]


def _story_actor(actors: DocActors, own: Actor | None) -> Actor | None:
    """The story's own country as an unnamed government actor; when the story is most about the envoy's
    own country (a release about its envoy "summoned to the Foreign Ministry"), the dateline's country,
    where the ministry that summoned him sits."""
    home = actors.story_country
    if own is not None and home == own.country and actors.dateline_country:
        home = actors.dateline_country
    if home is None:
        return None
    return government_of(actors, home)


def _first(actors: DocActors, heads: list[Token], day: dt.date | None) -> Actor | None:
    """The first actor with a country that ``heads`` resolve to."""
    return next((a for h in heads for a in actors.resolve_all(h, day) if a.code and a.country), None)


def host_government(tok: Token, code: str, sources: list[Actor]) -> list[Actor]:
    """``sources`` (the place's country the arguments stage gave an agentless passive) as the host's
    government when the act is one a state does to a foreign envoy ("the envoy was summoned to the
    ministry", "two diplomats were expelled"): summoning, expelling or giving an envoy hours to leave is a
    foreign ministry's act, whatever place named the country; any other passive keeps its sources."""
    words = envoy_words()
    if not sources or not (code.startswith(words.roots) or code in words.codes):
        return sources
    if tok.lemma_.casefold() in words.own_state_verbs:
        return sources
    subjects = [c for c in doccache.children(tok) if c.dep_ == "nsubjpass"]
    # (a dateline's city the parser took for the subject keeps the envoy as its apposition)
    subjects += [a for c in subjects for a in doccache.children(c) if a.dep_ == "appos"]
    if not any(_envoy(c, words) for c in subjects):
        return sources
    return [s.with_role("GOV") if s.role is None and s.country else s for s in sources]
