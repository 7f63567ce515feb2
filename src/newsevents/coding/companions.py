"""Companions on a visit: "the Turkish president visited Baku with the leaders of Georgia and Kazakhstan"
is three visits to Azerbaijan, one by each leader, not only the subject's. Read over the drafts of the
argument stage (``coding/arguments.py``), after the co-givers (``coding/coagents.py``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding import syntax
from newsevents.coding.aid_abroad import abroad
from newsevents.coding.aid_halted import halted
from newsevents.coding.body_appeal import against_state
from newsevents.coding.coagents import apart
from newsevents.coding.complaint import accused
from newsevents.coding.foreign_envoys import foreign_envoys
from newsevents.coding.gapped import gapped
from newsevents.coding.gathering_scene import without_gatherings
from newsevents.coding.own_envoy import own_envoys
from newsevents.coding.posts import at_posts
from newsevents.coding.purpose import contact_parties
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.their_meeting import their_meetings
from newsevents.coding.venue_pair import venue_pairs
from newsevents.coding.visit_host import hosted
from newsevents.records import Actor
from newsevents.when import role_day

COMPANIONS = declare(
    "source",
    "visit-companions",
    "the parties of another country a visitor travels 'with' make the visit, and meet the host, too",
    "The Turkish president visited Baku on Monday with the leaders of Georgia and Kazakhstan.",
)
# Codes of a visit made (042), whose "with" names companions; the meeting acts (root 04) a visitor makes
# take them too ("visiting Baku with X, he met Aliyev"), but not a mediation or a third party's (045, 046).
_VISIT_CODES = ("042",)
_MEETING_ROOT = "04"
_THIRD_PARTY = ("045", "046")
# Links by which a participle of visiting hangs from the act or its subject: the scene of the act.
_SCENE_DEPS = frozenset({"acl", "advcl"})
# The preposition that names who travels along.
_ALONG = "with"


def joined(drafts: Iterable[Draft]) -> Iterator[Draft]:
    """The argument stage's ``drafts`` with the parties that act together set right (aid by the giver's
    own people abroad given to the country it reaches, ``aid_abroad``; a complaint to a body aimed at
    the party it accuses, ``complaint``; an appeal to a body to act against a state aimed at the
    state, ``body_appeal``; a cut in relations done to the source's own envoy aimed at the
    story's other state, ``own_envoy``; an accord of a pair, or a meeting of "their" people, aimed at the
    pair's second side, not at its venue, ``venue_pair``, ``their_meeting``): gapped parties given their
    act (``gapped``), a meeting told only as where another act's subject gathered dropped
    (``gathering_scene``), co-givers kept apart (``coagents.apart``),
    an offer made on a call given the call's parties (``purpose.contact_parties``), then each companion
    on a visit made a visitor (``along``)."""
    return along(
        hosted(
            contact_parties(list(apart(without_gatherings(gapped(their_meetings(venue_pairs(own_envoys(foreign_envoys(at_posts(against_state(accused(halted(abroad(drafts))))))))))))))
        )
    )


def along(drafts: Iterable[Draft]) -> Iterator[Draft]:
    """``drafts`` and, after each visit or meeting, the same act by each companion of the visitor."""
    seen: set[tuple[int, str | None, str | None]] = set()
    for d in drafts:
        yield d
        seen.add((d.token.i, d.source.country, d.target.country if d.target else None))
        if not d.code.startswith(_MEETING_ROOT) or d.code.startswith(_THIRD_PARTY) or d.target is None:
            continue
        for actor in _companions(d):
            key = (d.token.i, actor.country, d.target.country)
            if key not in seen:
                seen.add(key)
                yield d.step(COMPANIONS, source=actor)


def _companions(d: Draft) -> list[Actor]:
    """The actors of countries other than the visitor's and the host's that a "with" phrase of the
    visit names ("with the presidents of Latvia and Estonia", "with his Czech counterpart")."""
    actors: DocActors = d.sent.doc._.ne_actors
    day = role_day(d.when)
    parties = {d.source.country, d.target.country if d.target else None}
    out: list[Actor] = []
    for head in _along_heads(d):
        for actor in [*actors.resolve_all(head, day), *_of_countries(head, actors, day)]:
            if (
                actor.country
                and actor.country not in parties
                and all(a.country != actor.country for a in out)
            ):
                out.append(actor)
    return out


def _visits(d: Draft) -> list[Token]:
    """The visit verbs whose "with" names companions of the party of ``d``: its own trigger when it is
    a visit (with a meeting's, "met with X", "with" names the counterpart), and a visit set aside as the
    scene of the act, told by a participle on the act or on its subject ("Visiting Baku with X, he met
    ...", "the president, visiting Baku with X, met ...")."""
    verbs = [d.token] if d.code.startswith(_VISIT_CODES) else []
    anchors = {d.token.i, *(s.i for s in syntax.subjects(d.token))}
    for t in d.token.doc._.ne_triggers or ():
        scene = not t.kept and t.token.dep_ in _SCENE_DEPS and t.token.head.i in anchors
        if scene and t.pattern.code.startswith(_VISIT_CODES):
            verbs.append(t.token)
    return verbs


def _along_heads(d: Draft) -> list[Token]:
    """The heads of the "with" phrases on the visit verbs of ``d``."""
    return [
        p
        for v in _visits(d)
        for c in doccache.children(v)
        if c.dep_ == "prep" and c.lower_ == _ALONG
        for p in doccache.children(c)
        if p.dep_ == "pobj"
    ]


def _of_countries(head: Token, actors: DocActors, day: dt.date | None) -> list[Actor]:
    """The countries an "of" phrase on ``head`` names with its conjuncts ("the presidents OF Latvia and
    Estonia"), which the phrase's own reading stops at the first of."""
    return [
        a
        for c in doccache.children(head)
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in doccache.children(c)
        if p.dep_ == "pobj"
        for a in actors.resolve_all(p, day)
    ]
