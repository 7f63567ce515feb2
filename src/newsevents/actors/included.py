"""A group told with the members it includes: "European leaders, including Germany's chancellor and
Italy's premier, called ..." are those members, each of its own country; so are "Some thirty states,
including A and B, recalled their envoys" and "Several states, among them A and B, ...".

The bloc rule (``bloc-group`` in actors/phrases.py) reads "European leaders" as a government of no single
country, so the act had no source to code, though the text names who acted. The members named in the
phrase's "including" list (with their conjuncts) are read as phrases of their own; when every one of them
names a country, they are the actors. A bloc phrase with no such list keeps the bloc reading.

A plural group of states with no name and no bloc word ("states", "countries", "the governments of six
nations": ``bloc-state-nouns``) had no reading at all, and its act was dropped for want of a source
(``included_agents``): when it stands where the doer stands (a subject, a "by" agent, or the phrase the
parser hangs on the dateline), the members it lists are the doers, one event each (corpus/README.md:
coordinated doers make one event per named party). In an object's place ("sanctions on twenty firms,
including A") the list is left alone: the act there is one act on the group. A group of people ("the
army chiefs of six nations, including A") is left to the rules for roles: the gold gives such doers the
group's role, which a bare member does not carry.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.words import packaged_words
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.phrases import Phrase
    from newsevents.actors.resolve import DocActors

__all__ = ["included_agents", "included_members", "listed_doers"]

_WORDS = packaged_words()
# The prepositions that open a list of the group's members ("leaders, including X and Y").
_INCLUDING = frozenset({"including", "among", "like"})
# Words before the members that name nobody ("among THEM France and Peru").
_GROUP_PRONOUNS = frozenset({"them", "whom", "which", "those"})
# Where a group stands as the doer: a subject, or the object of "by" ("expelled by ten states, ...").
_DOER_DEPS = frozenset({"nsubj"})
_AGENT_PREPS = frozenset({"by"})


def included_members(
    actors: DocActors, head: Token, day: dt.date | None, more: tuple[Token, ...] = ()
) -> list[Actor] | None:
    """The members a bloc phrase at ``head`` lists after "including" (or the ``more`` such prepositions the
    parser hung elsewhere), one actor per country; None when it lists none or one of them names no
    country."""
    preps = [c for c in doccache.children(head) if c.dep_ == "prep" and c.lower_ in _INCLUDING]
    preps.extend(more)
    objects = [
        o for p in preps for o in doccache.children(p) if o.dep_ == "pobj" and o.lower_ not in _GROUP_PRONOUNS
    ]
    found: dict[str, Actor] = {}
    for obj in objects:
        members = [obj, *(c for c in doccache.children(obj) if c.dep_ in ("conj", "appos"))]
        for member in members:
            resolved = actors.resolve_all(member, day)
            if not resolved or any(a.country is None for a in resolved):
                return None
            found.update((a.country, a) for a in resolved if a.country and a.country not in found)
    return list(found.values()) or None


def included_agents(p: Phrase) -> list[Actor] | None:
    """The members listed after "including" or "among" by a plural group of no name in the doer's place
    ("Some thirty states, including A and B, recalled ..."; "the governments of six nations, including A"),
    one actor per country; None for any other phrase."""
    head = p.head
    if p.named or p.countries or head.tag_ != "NNS" or not _doer(p):
        return None
    if head.lemma_.casefold() not in _WORDS.bloc_state_nouns:
        return None  # (a group of people, "chiefs of six nations", keeps its own role: read elsewhere)
    if not all(m.pos_ == "PROPN" for m in _listed(head)):
        return None  # (people of a nationality, "monitors, including Korean speakers", are no states)
    # (the list may hang on the counted group the head belongs to: "governments OF six NATIONS, including")
    owners = [o for c in doccache.children(head) if c.lower_ == "of" for o in doccache.children(c)]
    for group in (head, *(o for o in owners if o.dep_ == "pobj" and o.tag_ == "NNS")):
        members = included_members(p.actors, group, p.day, _on_verb(head) if group.i == head.i else ())
        if members is not None:
            return [_in_role(a, p.role) for a in members]
    return None


def _in_role(member: Actor, role: str | None) -> Actor:
    """A member state named bare in the list, in the group's role ("the governments of six nations,
    including Ghana": Ghana's government); a member of a role of its own, or a group of none, as
    read."""
    if not role or member.country is None or member.role not in (None, "", "GOV"):
        return member
    return Actor(member.text, member.name, member.country, role[:3], f"{member.country}{role}")


def _on_verb(head: Token) -> tuple[Token, ...]:
    """The "including"/"among" phrases the parser hung on the verb between its subject ``head`` and itself
    ("Several states, among them A and B, recalled ...")."""
    verb = head.head
    if head.dep_ != "nsubj":
        return ()
    return tuple(
        c
        for c in doccache.children(verb)
        if c.dep_ == "prep" and c.lower_ in _INCLUDING and head.i < c.i < verb.i
    )


def _doer(p: Phrase) -> bool:
    """Whether the phrase stands where an act's doer stands."""
    head = p.head
    if head.dep_ in _DOER_DEPS:
        return True
    if head.dep_ == "pobj" and head.head.lower_ in _AGENT_PREPS:
        return True
    return head.dep_ == "appos" and head.head.i in p.actors.dateline_tokens  # ("LONDON - Ten states, ...")


def _listed(head: Token) -> list[Token]:
    """The heads of the members a group subject at ``head`` lists (on itself, on the counted group it
    belongs to, or on the verb between them)."""
    owners = [o for c in doccache.children(head) if c.lower_ == "of" for o in doccache.children(c)]
    groups = [head, *(o for o in owners if o.dep_ == "pobj")]
    preps = [c for g in groups for c in doccache.children(g) if c.dep_ == "prep" and c.lower_ in _INCLUDING]
    objects = [
        o
        for p in (*preps, *_on_verb(head))
        for o in doccache.children(p)
        if o.dep_ == "pobj" and o.lower_ not in _GROUP_PRONOUNS
    ]
    return [
        m for o in objects for m in (o, *(c for c in doccache.children(o) if c.dep_ in ("conj", "appos")))
    ]


def listed_doers(head: Token) -> frozenset[int]:
    """Tokens of the members a plural group subject of ``head``'s clause lists as its doers ("Leaders
    of six nations, including A and B, deplored the beating of students"): they place no other party of
    the clause (the students are not B's), as the doers of a verb place none of its
    objects. Empty for ``head`` inside the list, or a sentence with no such subject."""
    verb = head
    while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    subjects = [c for c in doccache.children(verb) if c.dep_ == "nsubj" and c.tag_ == "NNS"]
    members = [m for s in subjects for m in _listed(s)]
    inside = {t.i for m in members for t in doccache.subtree(m)}
    return frozenset() if head.i in inside else frozenset(inside)
