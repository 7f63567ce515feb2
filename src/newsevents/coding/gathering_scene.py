"""A gathering told as who acted is no meeting event: "Arab ministers meeting in Cairo condemned the raid",
"West African leaders, meeting in Abuja, imposed sanctions" code the condemnation and the sanctions; the
participle only says where and as what the subject acted.

With no target in its clause, the place of a consultation stands for its counterpart (``arguments`` rule
target:locative: "the envoy held talks in Kabul"), so such a participle became a meeting with the venue's
state (Egypt, Nigeria) that no one held. A participle of meeting that describes the subject of another
verb and names no counterpart of its own (its target only its venue) is dropped here; one that names its
counterpart ("ministers meeting with the Iranian envoy") is left to the other rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.words import packaged_words
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

__all__ = ["GATHERING_SCENE", "OWN_SESSION", "without_gatherings"]

GATHERING_SCENE = declare(
    "select",
    "gathering-scene",
    "a participle of meeting on the subject of another act ('ministers meeting in Cairo condemned ...') "
    "names no counterpart: the venue is where they acted, no meeting is coded",
    "Gulf ministers meeting in Muscat condemned the attack on the tanker.",
)
# The step of the arguments stage that takes a consultation's place for its counterpart.
_LOCATIVE = "target:locative"
# Codes of meetings a group holds among themselves: meeting (040), talks (044, 046); not a visit, hosting
# or mediation (042, 043, 045), which one side does to another.
_MEETING_CODES = frozenset({"040", "044", "046"})
# Tags of a plural noun: the people who gather ("ministers", "leaders").
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Prepositions by which a meeting names its counterpart ("meeting WITH the envoy").
_COUNTERPART_PREPS = frozenset({"with", "between"})
# What makes a participle of meeting an act of its own: an auxiliary ("is meeting"), someone met.
_OWN_CLAUSE_DEPS = frozenset({"aux", "auxpass", "dobj", "dative"})


OWN_SESSION = declare(
    "select",
    "own-session",
    "a group of no country meeting or planning to meet at a venue ('bloc leaders will meet in X') holds "
    "its own session: the host is no counterpart, no meeting is coded",
    "Alliance defence ministers will meet in Oslo next week.",
)
# Intent to meet (036), or the bare intent (030) of the verb that governs the meeting when the meeting
# itself gives way: a group's session announced ("were to meet", "planned to meet").
_SESSION_CODES = _MEETING_CODES | {"030", "036"}


def without_gatherings(drafts: Iterable[Draft]) -> Iterator[Draft]:
    """``drafts`` without the meetings told only as the gathering of another act's subject, and without
    a stateless group's own session at a venue."""
    return (d for d in drafts if not _gathering(d) and not _own_session(d))


def _own_session(d: Draft) -> bool:
    """Whether ``d`` is a body's or a bloc's own meeting aimed only at its venue: the source has no
    country (an IGO, "Arab leaders"), the verb is a gathering verb with no counterpart phrase or object
    ("NATO ambassadors will meet in Brussels"); not "the UN envoy met the president in Kabul"."""
    targets = [s for s in d.steps if s.startswith("target:")]
    if d.code not in _SESSION_CODES or not targets or targets[-1] != _LOCATIVE or d.source.country:
        return False
    gathering = packaged_words().gathering_verbs
    tok = d.token
    if tok.lemma_.casefold() not in gathering:  # ("planned to meet": the meeting its governor plans)
        tok = next((c for c in doccache.children(tok) if c.dep_ == "xcomp" and c.lemma_ in gathering), tok)
    if tok.lemma_.casefold() not in gathering:
        return False
    return not any(
        c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in _COUNTERPART_PREPS)
        for c in doccache.children(tok)
    )


def _gathering(d: Draft) -> bool:
    targets = [s for s in d.steps if s.startswith("target:")]
    if d.code in _MEETING_CODES and _session_aside(d.token):
        return True
    if d.code not in _MEETING_CODES or not targets or targets[-1] != _LOCATIVE:
        return False
    tok = d.token
    # (the parser hangs the participle many ways, as a clause, an apposition, a subject or even the root
    # before the real verb: the words are the test, a plural of people right before "meeting" with no
    # auxiliary, which would make it the sentence's own verb: "ministers ARE meeting in Cairo")
    if tok.lower_ != "meeting" or tok.i == 0 or tok.nbor(-1).tag_ not in _PLURAL_TAGS:
        return False
    children = doccache.children(tok)
    if any(c.dep_ in ("aux", "auxpass") for c in children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in _COUNTERPART_PREPS for c in children)


def _session_aside(tok: Token) -> bool:
    """Whether ``tok`` is a participle of meeting set off by commas after the subject of another verb, with
    no counterpart of its own: "The Board, MEETING in closed session on 4 May, approved ...", "Gulf
    ministers, MEETING in special session in Muscat, deplored ...". It says as what the body acted; whatever
    target the arguments stage guessed for it (the venue, the article's other country), nobody was met."""
    if tok.lower_ != "meeting" or tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "acl") or tok.i == 0:
        return False
    after = tok.right_edge.i + 1
    if tok.nbor(-1).text != "," or after >= len(tok.doc) or tok.doc[after].text != ",":
        return False
    # (a counterpart anywhere in the aside: the parser may hang "with X" on the venue)
    return not any(
        t.dep_ in _OWN_CLAUSE_DEPS or (t.dep_ == "prep" and t.lower_ in _COUNTERPART_PREPS)
        for t in doccache.subtree(tok)
        if t.i != tok.i
    )
