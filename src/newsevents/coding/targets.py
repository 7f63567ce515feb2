"""The target of an event whose sentence names none: what CAMEO's conventions allow in its place.

An act that may be domestic (a strike, an arrest, a resignation: ``semantics.may_be_domestic``) is placed
on the country where it happened, else on its source's own country. An act that needs a counterpart (an
appeal, a condemnation, a refusal, aid) is never paired with its source's own country for want of another:
it takes the country where it happened when that is another country, else the other country the article is
about (a reaction told after the event it answers: "Tokyo released the water. Beijing condemned the move."),
else no target at all. A declared emergency is the declaring state's own (coding/emergency_home.py).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from dataclasses import replace

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.actors.implied import country_actor
from newsevents.actors.partitive import partitive_nationality
from newsevents.actors.resolve import DocActors
from newsevents.coding import syntax
from newsevents.coding.accused import accused_scene, foreign_scene
from newsevents.coding.co_actors import listed_with
from newsevents.coding.co_agent_names import no_counterpart_of
from newsevents.coding.defended import DEFENDED_PARTY, defended_party, to_own_border
from newsevents.coding.diplomacy import inner_party
from newsevents.coding.drawn import drawn_from
from newsevents.coding.emergency_home import EMERGENCY_AT_HOME, declared_at_home
from newsevents.coding.forces import placed_by_context
from newsevents.coding.home_story import home_counterpart
from newsevents.coding.lead_party import lead_party
from newsevents.coding.lexicon import lexicon
from newsevents.coding.lone_country import lone_country
from newsevents.coding.recipients import AID_SCENE, aid_scene
from newsevents.coding.records import Draft
from newsevents.coding.roles import (
    CAUSED_EVENT,
    CLAUSE_OBJECT,
    LIGHT_VERB_SUBJECT,
    OBJECT,
    Head,
    target_roles,
)
from newsevents.coding.rules import declare
from newsevents.coding.section_counterpart import party_country, section_bounds, section_counterpart
from newsevents.coding.semantics import may_be_domestic, needs_counterpart, symmetric
from newsevents.coding.targets_agents import noun_agents
from newsevents.records import Actor, Place
from newsevents.where import DocPlaces

ARTICLE_COUNTERPART = declare(
    "target",
    "article-counterpart",
    "an act that needs a counterpart and names none in its sentence is aimed at the other country the "
    "article is most about",
    "Tokyo began releasing the water on Monday. The Chinese ministry called the decision selfish.",
)
FORCE_COUNTERPART = declare(
    "target",
    "force-counterpart",
    "a show of force, a fight, a pull-back or a release that names no target and no place abroad, told in "
    "a sentence (or, placed nowhere, after one) that names a foreign party, is aimed at that party",
    "Ecuador cut ties with Colombia after ordering troops to its northern border.",
)
# Codes of acts between armed parties that may be domestic but, with no target and no place named, are aimed
# at the foreign party their sentence names: a military show of force (15, not the police alert or
# build-up 151, 153: measures at home), fighting (19), a retreat (087) or release (084) and their pledges
# (0356, 0353). Roots of codes about another act (intent, rejection, threat) follow.
_FORCE_CODES = ("150", "152", "154", "155", "19", "084", "087", "0353", "0356")
_ABOUT_AN_ACT = frozenset({"03", "12", "13"})
# The root of pledges and intents (03), whose clause names what the pledger's own side will do.
_PLEDGE_ROOT = "03"


def implicit_country(d: Draft, actors: DocActors) -> tuple[str | None, str | None]:
    """The country that stands in for the target of ``d`` when its sentence names none, and the rule that
    chose it when not the event's place or its source's own country (``force-counterpart``, ...)."""
    if d.source.country is not None and declared_at_home(d):
        return d.source.country, EMERGENCY_AT_HOME
    if (defended := defended_party(d, actors)) is not None:  # ("sent troops to defend X": coding/defended.py)
        return defended, DEFENDED_PARTY
    aid = aid_scene(d, actors) if d.place is None else None  # (aid naming no recipient: the story's)
    place = d.place.country if d.place is not None else accused_scene(d, actors) or aid
    own, scene = d.source.country, (AID_SCENE if aid is not None and place == aid else None)
    if may_be_domestic(d.code) or _domestic_content(d):
        # (an armed group the text places only by its sentence acts where it is: "infiltrators pulled back")
        armed_group = d.source.role in lexicon().non_state_armed_roles
        if place in (None, own) and own is not None and d.code.startswith(_FORCE_CODES) and not armed_group:
            # (none in its sentence, one just before or "to its border": the story's rival, not the last)
            other = nearby_foreign(d, actors, own, earlier=False)  # (at home: its own)
            if other is None and place is None and (to_own_border(d) or nearby_foreign(d, actors, own)):
                other = article_counterpart(actors, own)
            if other is not None:
                return other, FORCE_COUNTERPART
        return place or foreign_scene(d, actors) or own, (scene if place else None)
    if place is not None and place != own:
        return place, scene
    if not needs_counterpart(d.code):
        return None, None
    side = {own} if own else set()  # (a digest's section is a story of its own: section_counterpart.py)
    whole = section_bounds(d.token) is None
    other = article_counterpart(actors, own) if whole else section_counterpart(actors, d.token, side)
    if other is not None and own is not None and (home := home_counterpart(d, actors, own, other)):
        return own, home  # (coding.home_story)
    return (other, ARTICLE_COUNTERPART) if other is not None else lone_country(d, actors, own)


def nearby_foreign(d: Draft, actors: DocActors, own: str, earlier: bool = True) -> str | None:
    """The country of another party named in the sentence of ``d`` (the nearest to its trigger), else
    the last one named in the sentence before (when ``earlier``)."""
    sent = d.sent
    here = [m for m in actors.mentions if party_country(actors, m) not in (None, own)]
    # (a mover's origin, a requester, a broker is no counterpart: "crossed the border from Somalia")
    inside = [m for m in here if sent.start <= m.start < sent.end and not no_counterpart_of(m.end - 1, d)]
    if inside:
        return min(inside, key=lambda m: abs(m.start - d.token.i)).iso3
    start = doccache.sent(sent[0].nbor(-1)).start if sent.start > 0 and earlier else sent.start
    before = [m for m in here if start <= m.start < sent.start]
    return before[-1].iso3 if before else None


def _domestic_content(d: Draft) -> bool:
    """Whether a refusal, intent or threat is about an act that may be domestic ("declined to resign",
    "vowed to fight on"): its own pattern's code, or that of an act it embeds that gave way to it."""
    if d.code[:2] not in _ABOUT_AN_ACT:
        return False
    if d.trigger.pattern.code[:2] != d.code[:2]:
        return may_be_domestic(d.trigger.pattern.code)
    return any(
        t.dropped_by and may_be_domestic(t.pattern.code) and d.token in syntax.governors(t.token)
        for t in d.token.doc._.ne_triggers or ()
    )


def article_counterpart(actors: DocActors, own: str | None) -> str | None:
    """The country the article names most often other than ``own``, or its lead's actor (lead_party.py)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in actors.mentions:
        iso3 = party_country(actors, m)
        if iso3 and iso3 != own:
            counts[iso3] += 1
            first.setdefault(iso3, m.start)
    top = min(counts, key=lambda iso3: (-counts[iso3], first[iso3])) if counts else None
    return lead_party(actors, counts, party_country) or top


# -- unnamed victims and patients ----------------------------------------------------------------------

VICTIM_PLACE = declare(
    "target",
    "victim-place",
    "an unnamed victim or patient belongs to the country where the act happened, not to the actor's "
    "country by default",
    "An Eritrean patrol shot two herders near Zalambessa.",
)
# The actors stage's rule for a generic agent placed by its sentence ("villagers", "17 men").
_CONTEXT_RULE = "agent-in-context"
# A phrase's own words that place it ("villagers in Gao", "its soldiers"): then it is not re-placed.
_OWN_PLACING = frozenset({"in", "from", "of"})


def placed_victim(
    actor: Actor,
    head: Token,
    trigger: Token,
    actors: DocActors,
    places: DocPlaces,
    day: dt.date | None,
) -> Actor | None:
    """``actor`` (the target read at ``head``) moved to the country where the act at ``trigger``
    happened, when it is an unnamed non-state party its own words do not place; None when it stays as
    it is. A state's unnamed forces stay with their state ("rebels ambushed soldiers")."""
    if not actor.role or actor.role in lexicon().state_roles:
        return None
    if actors.rule_of(head, day) != _CONTEXT_RULE or placed_by_own_words(head):
        return None
    if partitive_nationality(actors, head) is not None:
        return None  # "arrested 17 men in Lima, 15 of them Colombians": their nationality is told
    iso3 = _event_country(trigger, places)
    # (a place in a country the article never names is more likely a namesake than the scene)
    if iso3 is None or iso3 == actor.country or iso3 not in _named_countries(actors, places):
        return None
    return replace(actor, name=actors.country_name(iso3), country=iso3, code=iso3 + actor.role)


def _named_countries(actors: DocActors, places: DocPlaces) -> set[str]:
    """The countries the article names, by name or by a city of theirs the recogniser found."""
    named = {m.iso3 for m in actors.mentions if m.iso3 and m.names_party}
    for ent in doccache.ents(actors.doc):
        if ent.label_ in ("GPE", "LOC") and (place := places.place_of_entity(ent.root)) is not None:
            named.add(place.country or "")
    return named


def placed_by_own_words(head: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in _OWN_PLACING) for c in head.children)


def _event_country(trigger: Token, places: DocPlaces) -> str | None:
    """The country of the act's place, read on the trigger, else on the clause it elaborates
    ("shelled the outskirts of Homs, killing six") or the noun it describes ("the mosques in Kano,
    where gunmen killed ...")."""
    clause = trigger.dep_ in ("advcl", "conj", "xcomp", "relcl")
    for tok in (trigger, trigger.head) if clause else (trigger,):
        place = places.event_place(tok)
        if place is not None and place.country:
            return place.country
        for obj in (c for c in doccache.children(tok) if c.dep == labels.DOBJ):
            named = [obj, *(p for prep in obj.children if prep.dep == labels.PREP for p in prep.children)]
            for t in named:
                place = places.place_of_entity(t)
                if place is not None and place.country:
                    return place.country
    return None


# -- which parties a target head gives -----------------------------------------------------------------


def one_per_party(found: list[Actor]) -> list[Actor]:
    """One actor per country (per code for actors without one): "Pompeo, Bolton and other officials"
    are one party, "Chad and Niger" two."""
    out: list[Actor] = []
    for a in found:
        if all((a.country or a.code) != (b.country or b.code) for b in out):
            out.append(a)
    return out


def place_target(tok: Token, conflict: bool) -> bool:
    """Whether a place in this position is what the event is done to: the object ("shelled Mosul"), a
    destination ("sent troops into Crimea"), for attacks "fired at Kharkiv", or the patient of an event
    noun ("the blockade of Harbin port")."""
    if tok.dep == labels.DOBJ:
        return True
    if tok.dep != labels.POBJ:
        return False
    prep = tok.head.lower_
    if prep == "of":
        return tok.head.head.pos_ == "NOUN"
    return prep in ("against", "into", "toward", "towards", "to") or (conflict and prep in ("at", "on"))


def place_actor(head: Token, places: DocPlaces) -> list[Actor]:
    """The state a place stands for: the place itself ("shelled Mosul"), or the place a common
    noun is named for ("the town of Badme", "the blockade of the port of Durres", "Harbin port")."""
    named = [c for c in doccache.children(head) if c.dep == labels.COMPOUND]
    named += [
        p for c in doccache.dep_children(head, "prep") if c.lower_ == "of" for p in doccache.children(c)
    ]
    for tok in [head, *(t for t in named if t.dep_ in ("compound", "pobj"))]:
        place = places.place_of_entity(tok) or _mistagged_place(tok, places)
        if place is not None:
            return [
                Actor(text=head.text, name=place.name, country=place.country, role=None, code=place.country)
            ]
    return []


def own_speaker(head: Head, candidate: Actor, sources: list[Actor], code: str) -> bool:
    """ "bombed what New Delhi called a camp": the speaker of a clause on the object is no target of its
    own side's force; nor the pledger's own state in the clause it pledges ("pledged that America would
    not abandon the island")."""
    return (
        (int(code[:2]) >= 14 or (code.startswith(_PLEDGE_ROOT) and head.token.head.dep == labels.CCOMP))
        and head.rule == CLAUSE_OBJECT
        and head.token.dep == labels.NSUBJ
        and candidate.country in {s.country for s in sources}
    )


def context_modifier(tok: Token, actors: DocActors, day: dt.date | None) -> bool:
    """A common noun that modifies another ("logistical and intelligence support") read as an agent only
    by the sentence around it: a kind of thing, not a party inside the object's phrase (an adjective of a
    group, "a truce with Moslem forces", still names one)."""
    top = tok.head if tok.dep == labels.CONJ else tok
    nouns = [t for t in (tok, *doccache.conjuncts(tok)) if t.pos_ == "NOUN"]
    return top.dep_ in ("amod", "compound", "nmod") and any(
        placed_by_context(actors.rule_of(t, day)) for t in nouns
    )


def pair_own(
    targets: list[Actor], sources: list[Actor], head: Token | None, actors: DocActors, day: dt.date | None
) -> bool:
    """Whether the target of two coordinated sources is only one side's own unnamed state organs,
    placed by the sentence ("the two governments agreed to reopen embassies"), or the pair themselves
    read back by a pronoun ("pledged to settle their dispute", "met with their ministers"): the pair act on
    each other (victims of a pair's attack are no organs of theirs)."""
    own = {s.country for s in sources}
    # (the pair's own people named by a possessive: "met first with THEIR foreign ministers")
    theirs = head is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in doccache.children(head))
    if (
        head is not None
        and (head.pos_ == "PRON" or theirs)
        and targets
        and all(t.country in own for t in targets)
    ):
        return True
    return (
        head is not None
        and by_context(head, actors, day)
        and all(t.country in own and t.role in lexicon().state_roles for t in targets)
    )


def by_context(tok: Token, actors: DocActors, day: dt.date | None) -> bool:
    """Whether the actors stage placed the agent at ``tok`` only by the sentence around it."""
    return placed_by_context(actors.rule_of(tok, day)) and not placed_by_own_words(tok)


def _mistagged_place(tok: Token, places: DocPlaces) -> Place | None:
    """A proper noun in a place's position that the recogniser took for a person or an organisation
    ("shelled Kharkiv" read as a PERSON) and no actor claims: the gazetteer's place of that name, when
    the article's countries do not make it a far-off namesake."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("PERSON", "ORG", ""):
        return None
    span = next((e for e in doccache.ents(tok.doc) if e.start <= tok.i < e.end), None)
    place = places.gazetteer.lookup_near(span.text if span is not None else tok.text, places.context)
    return place if place is not None and place.country else None


# -- "the country" as the counterpart ---------------------------------------------------------------------

COUNTRY_PAST_SOURCE = declare(
    "target",
    "country-past-source",
    'a target that refers back to "the country" (or "the nation") of an act that needs a counterpart is '
    "the last country named other than the source's own, not the source's own country named in the "
    "source's phrase",
    "Floods swept eastern Libya on Monday. Egyptian President Ana Ruiz sent rescue teams to the country.",
)


# The nouns of "the country" that, as a foreign actor's counterpart, mean another state ("the capital",
# "the government" are as often the source's own: "the army took control of the capital").
_OTHER_COUNTRY_NOUNS = frozenset({"country", "nation"})


def past_source(
    found: list[Actor],
    head: Token,
    sources: list[Actor],
    code: str,
    context: tuple[DocActors, dt.date | None],
    steps: list[str],
) -> list[Actor]:
    """``found`` (the targets read at ``head``), with a country read back by the phrase "the country"
    that is the source's own replaced by the last other country named before ``head`` (noted in
    ``steps``)."""
    actors, day = context
    own = {s.country for s in sources if s.country}
    if not own or head.lemma_.casefold() not in _OTHER_COUNTRY_NOUNS or not needs_counterpart(code):
        return found
    if actors.rule_of(head, day) != "coreferent-country":
        return found
    before = (m for m in reversed(actors.mentions) if m.start < head.i and m.names_party)
    # (a country heading the sources' own list is one of them: coding/co_actors.py)
    listed = functools.partial(listed_with, mentions=actors.mentions, doc=head.doc)
    # (no "not in (None, *own)": mypyc cannot compile a starred tuple on the right of "in")
    others = (m.iso3 for m in before if m.iso3 is not None and m.iso3 not in own and not listed(m, own=own))
    other = next(others, None)
    if other is None:
        return found
    moved = country_actor(actors, other)
    steps.append(COUNTRY_PAST_SOURCE)
    return [
        replace(moved, text=a.text, role=a.role, code=other + ((a.code or "")[3:] if a.country else ""))
        if a.country in own
        else a
        for a in found
    ]


def joint_act(code: str, rule: str | None, trigger: Token, head: Token | None = None) -> bool:
    """Whether the target read for a joint act of two coordinated parties (a meeting, a signing) only says
    what they do, not with whom: a purpose clause ("Dhaka and Yangon signed a deal to repatriate
    refugees") or a topic verb's object ("the two leaders discussed Iran"): the pair act on each other."""
    topic = rule == OBJECT and trigger.lemma_.casefold() in target_roles().topic_verbs
    return symmetric(code) and (rule == CLAUSE_OBJECT or topic or inner_party(rule, head))


FROM_SOURCE = declare(
    "source",
    "from-phrase",
    'the "from" phrase of a statement, appeal, protest, offer or aid noun names who made it, before the '
    "subject of the verb the noun is the object of",
    "The expulsion drew a sharp protest from Tallinn.",
)

DRAWN_BY = declare(
    "target",
    "drawn-by",
    'a reaction named with its "from" party answers the subject of the verb that drew it',
    "The expulsion of two diplomats by Moscow drew a sharp protest from Tallinn.",
)


def from_source(
    tok: Token, code: str, sources: list[Head], targets: list[Head]
) -> tuple[list[Head], list[Head]]:
    """The source and target heads of the event noun ``tok``: its "from" party as the source (and no
    target) when ``code`` is of ``from_source_roots`` and the noun names no actor of its own (a
    possessor, a modifier, a "by" phrase), only its verb's subject, which then is its last target."""
    if not code.startswith(target_roles().from_source_roots):
        return sources, targets
    if any(h.rule not in (LIGHT_VERB_SUBJECT, CAUSED_EVENT) for h in sources):
        return sources, targets
    preps = [c for c in doccache.children(tok) if c.dep_ == "prep" and c.lower_ == "from"] + drawn_from(tok)
    froms = [p for c in preps for p in doccache.children(c) if p.dep == labels.POBJ]
    if not froms:
        return sources, targets
    taken = {p.i for f in froms for p in (f, *doccache.conjuncts(f))}  # ("from Berlin and Paris": both react)
    # (what drew the reaction is what it answers: "Moscow's expulsion drew a protest from Tallinn")
    drawn = [Head(t, DRAWN_BY) for h in sources for t in noun_agents(h.token) or [h.token]]
    return [*(Head(p, FROM_SOURCE) for p in froms)], [*(h for h in targets if h.token.i not in taken), *drawn]
