"""A state's act on its own mission or envoy abroad is aimed at the host: "Caracas closed its embassy in
Lima" and "London recalled its ambassador from Oslo" are acts on Peru and Norway, whatever the object's
possessor ("its embassy": the source's own) or a parse that coordinates the place with a later subject
would give. The host is the place a host preposition names on the object or in the verb's clause
(``envoys.host_nouns``); words: ``data/envoys.toml``. Read over the argument stage's drafts
(``companions.joined``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.coding.envoys import EnvoyWords, envoy_words, host_nouns
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.records import Actor

MISSION_HOST = declare(
    "target",
    "mission-host",
    "an act on a state's own embassy or envoy in (to, from) a foreign place is aimed at the host country",
    "Caracas closed its embassy in Lima on Sunday.",
)
# The argument stage's step for a pair of coordinated subjects read as acting on each other
# (``arguments.COORDINATED_SUBJECT``; named here, as arguments imports this module through companions).
COORDINATED_SUBJECT = "target:coordinated-subject"
HOST_PAIR = declare(
    "source",
    "mission-host-pair",
    "coordinated subjects acting on their own missions or envoys in (to, from) a named foreign place act "
    "side by side on the host, each its own act, not on each other",
    "Norway and Denmark recalled their envoys from Lagos on Monday.",
)


def at_posts(drafts: Iterable[Draft]) -> Iterator[Draft]:
    """``drafts``, each act on the source's own mission or envoy abroad aimed at the host; a second
    coordinated subject the argument stage read as the target acts on the host too."""
    for d in drafts:
        host = _host(d, envoy_words())
        if host is None:
            yield d
            continue
        yield d.step(MISSION_HOST, target=host)
        partner = d.target if COORDINATED_SUBJECT in d.steps else None
        if partner is not None and partner.country not in (None, host.country):
            # "Norway and Denmark recalled their envoys from Lagos": a host named, the pair
            # acted side by side on it, not on each other
            yield d.step(HOST_PAIR, source=partner, target=host)


def _host(d: Draft, words: EnvoyWords) -> Actor | None:
    """The host country of the mission or envoy the act of ``d`` is done to, when it is another state
    than the source's and not already the target; else None."""
    own = d.source.country
    if own is None or d.trigger.noun or not (d.code.startswith(words.roots) or d.code in words.codes):
        return None
    posts = [o for o in _objects(d.token) if o.lemma_.casefold() in words.envoy_nouns | words.mission_nouns]
    if not posts:
        return None
    places = d.token.doc._.ne_places
    host_words = host_nouns(posts[0], d.token, words)
    nouns = [t for n in host_words for t in (n, *doccache.conjuncts(n)) if not _subject(t)]
    hosts = [(n, p.country) for n in nouns if (p := places.place_of_entity(n)) is not None and p.country]
    # (a target among the hosts stays: "recalled its envoys to Rome and Oslo" is one act on each)
    if not hosts or any(c == own or (d.target is not None and d.target.country == c) for _, c in hosts):
        return None
    noun, iso3 = hosts[0]
    return replace(country_actor(d.token.doc._.ne_actors, iso3), text=noun.text)


def _objects(verb: Token) -> list[Token]:
    """The direct objects of ``verb`` and their conjuncts ("closed its embassy and consulate")."""
    objs = [c for c in doccache.children(verb) if c.dep_ == "dobj"]
    return [t for o in objs for t in (o, *doccache.conjuncts(o))]


def _subject(noun: Token) -> bool:
    """Whether a conjunct the parser hung on a place is the subject of the next clause, read as a conjunct
    ("recalled its envoy from Oslo and the United States said ...": the verb right after it is a conjunct
    with no subject of its own)."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return (
        noun.dep_ == "conj"
        and after is not None
        and after.pos_ in ("VERB", "AUX")
        and after.dep_ == "conj"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in doccache.children(after))
    )
