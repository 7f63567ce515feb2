"""Reading one noun phrase as actors: the ordered, named rules of ``RULES``.

``read_phrase(actors, head, day)`` gathers what the article's mentions say about the phrase headed by
``head`` (a ``Phrase``) and tries each rule in turn; the first that applies decides, and its name is kept
as evidence (``DocActors.rule_of``). A rule returns None when it does not apply, and a list (possibly
empty) when it decides: "there" with no country named before it is no actor, and no later rule is asked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.actors.acronyms import defined_acronym
from newsevents.actors.apposed_nationality import apposed_nationality
from newsevents.actors.armed_modifier import armed_modifier_role
from newsevents.actors.bloc_states import bloc_group
from newsevents.actors.body_referent import body_referent
from newsevents.actors.capital_titles import common_head
from newsevents.actors.conjunct_party import conjunct_party, listed
from newsevents.actors.coref import (
    antecedent,
    coref_country,
    described_antecedent,
    earlier_group,
    last_country_before,
    pair,
)
from newsevents.actors.court_members import court_member
from newsevents.actors.dual_nationals import dual_nationality, hyphened_heritage
from newsevents.actors.ethnic_kin import ethnic_kin
from newsevents.actors.former import as_former_person
from newsevents.actors.groups import group_referent
from newsevents.actors.homes import outlet_staff, settlers
from newsevents.actors.hosted import hosted_facility
from newsevents.actors.led_by import leader_country
from newsevents.actors.listed_group import listed_group
from newsevents.actors.listed_owners import listed_origins, listed_owners
from newsevents.actors.mentions import Mention
from newsevents.actors.named_agents import named_agent_role, state_organ
from newsevents.actors.named_place import named_place
from newsevents.actors.national_force import national_contingent
from newsevents.actors.own_body import owned_body
from newsevents.actors.owner import possessed_country, possessor_country
from newsevents.actors.pair_agents import pair_agents
from newsevents.actors.partitive import partitive_nationality
from newsevents.actors.people import named_actor_of, span_text
from newsevents.actors.plural_ref import plural_antecedent, plural_possessor
from newsevents.actors.qualifying_body import qualifying_body
from newsevents.actors.role_antecedent import unplaced_agent_country
from newsevents.actors.ruling_generals import ruling_generals
from newsevents.actors.specialists import unplaced_specialists
from newsevents.actors.state_noun import state_noun_role
from newsevents.actors.words import packaged_words
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["RULES", "Phrase", "Rule", "collective_member", "read_phrase", "span_text"]

_WORDS = packaged_words()
_FORMER = labels.labels(_WORDS.former)  # (as ``Token.lower`` gives them: newsevents.labels)
_PRONOUNS = _WORDS.pronouns
_STATE_KINDS = frozenset({"name", "alias", "capital"})  # heading a phrase, the state acting: "Peru", "Lima"
# Prepositions after which a country or capital is where something happens, not who acts.
_PLACE_PREPS = frozenset({"in", "at", "near", "across", "inside", "outside", "around", "throughout", "into"})
_MAX_COLLECTIVE_STEPS = 3  # how many "of" steps a quantity is followed down ("dozens of groups of farmers")


class Phrase:
    """One noun phrase being read: its head and day, its tokens, and the mentions inside it. (A plain class:
    compiled, a dataclass's field naming ``DocActors`` is read before actors/resolve.py has made it.)"""

    def __init__(
        self,
        actors: DocActors,
        head: Token,
        day: dt.date | None,
        tokens: list[Token],
        text: str,
        former: bool,
        named: list[Mention],
        orgs: list[Mention],
        countries: list[Mention],
    ) -> None:
        self.actors = actors
        self.head = head
        self.day = day
        self.tokens = tokens
        self.text = text
        self.former = former  # "former", "ex-", "the late" ...: out of office
        self.named = named  # dictionary actors and recognised people
        self.orgs = orgs  # recognised organisations containing the head
        self.countries = countries  # country names, adjectives, demonyms
        self._role: tuple[str | None] | None = None  # (``role``, once read)

    @property
    def role(self) -> str | None:
        """The agent or title role of the head ("police", "foreign minister"), if any (read once)."""
        if self._role is None:
            resolver = self.actors.resolver  # (actors/named_agents.py: "the opposition Labour party")
            role = resolver.agent_role(self.head) or named_agent_role(resolver.dictionary, self.head)
            self._role = (role or armed_modifier_role(resolver, self.head),)  # ("navy ships": armed_modifier)
        return self._role[0]

    def actor(self, iso3: str | None, role: str | None) -> Actor:
        """An actor of country ``iso3`` in ``role``, for this phrase's text."""
        return Actor(
            text=self.text,
            name=self.actors.country_name(iso3) if iso3 else None,
            country=iso3,
            role=role[:3] if role else None,
            code=(iso3 or "") + (role or ""),
        )


def make_phrase(actors: DocActors, head: Token, day: dt.date | None) -> Phrase:
    """What the article's mentions say about the phrase headed by ``head``."""
    # A dateline glued to the phrase ("DHAKA, Aug 5 - Sheikh Hasina") is no part of it.
    tokens = [t for t in actors.phrase_tokens(head) if t.i not in actors.dateline_tokens]
    mentions = actors.mentions_in(tokens)
    in_mention = head.i in actors.by_token  # (the appositive words are only read then)
    kids = doccache.children(head) if in_mention else ()
    appositive = {t.i for c in kids if c.dep == labels.APPOS and not listed(c) for t in doccache.subtree(c)}
    if in_mention and appositive:
        # "Peru, a founding member of the bloc": the head names the actor; the apposition describes it.
        mentions = [m for m in mentions if m.start not in appositive]
    return Phrase(
        actors=actors,
        head=head,
        day=day,
        tokens=tokens,
        text=span_text(tokens),
        former=any(t.lower in _FORMER for t in tokens),
        named=[m for m in mentions if m.kind in ("entry", "person")],
        orgs=[m for m in mentions if m.kind == "org" and m.start <= head.i < m.end],
        countries=[m for m in mentions if m.kind == "country"],
    )


# -- the rules, in the order they are tried -------------------------------------------------------------


def dateline(p: Phrase) -> list[Actor] | None:
    """A dateline names where the report was filed, not who acted: "OSLO, May 3 (Wire) - Norway ..."
    -> "OSLO" is nobody."""
    return [] if p.head.i in p.actors.dateline_tokens else None


def place_adverb(p: Phrase) -> list[Actor] | None:
    """ "there"/"here" is the country last named: "The envoy flew to Quito and stayed there." -> ECU."""
    if p.head.lower_ not in _WORDS.place_adverbs or p.head.pos_ != "ADV":
        return None
    if (iso3 := last_country_before(p.actors, p.head.i)) is None:
        return []
    return [Actor(text=p.head.text, name=p.actors.country_name(iso3), country=iso3, role=None, code=iso3)]


def definite_pair(p: Phrase) -> list[Actor] | None:
    """A definite pair is the last two actors named: "Chile and Peru met; both neighbours ..." -> CHL, PER;
    "the former"/"the latter" is one of them."""
    found = pair(p.actors, p.head, p.tokens, p.day) or listed_group(p.actors, p.head, p.tokens, p.day)
    # ("the three countries" after a list of three: actors/listed_group.py; "envoys of both sides")
    return found or pair_agents(p.actors, p.head, p.day) or None


def pronoun(p: Phrase) -> list[Actor] | None:
    """A pronoun is its antecedent: "Peru said it would reply." -> "it" is PER; "they" after two parties
    is both."""
    if p.head.pos_ != "PRON" or p.head.lower_ not in _PRONOUNS:
        return None
    both = plural_antecedent(p.actors, p.head, p.day)  # ("Chile and Peru met. They signed ...")
    return both or [a for a in (antecedent(p.actors, p.head, p.day),) if a is not None]


def two_named_people(p: Phrase) -> list[Actor] | None:
    """Two dictionary actors joined by "and" in one phrase are two actors: "Presidents Obama and Putin"."""
    people = [m for m in p.named if m.kind == "entry"]
    # (the "and" must join them, not sit inside one name: "the Peace and Security Council of the AU")
    if len(people) < 2 or not any(t.dep == labels.CC and not _inside(t.i, people) for t in p.tokens):
        return None
    # Each person is described by their own conjunct only: in "U.S. President Ana Ruiz and Peruvian leader
    # Luis Soto" the American title is not Soto's (the parser may hang both from one head).
    found = [
        a for m in people if (a := named_actor_of(p.actors, m, _conjunct(p.tokens, m), [], p.day)) is not None
    ]
    if len(found) < 2:
        return None
    return [as_former_person(a, p.former, p.text) for a in found]


def _inside(i: int, mentions: list[Mention]) -> bool:
    return any(m.start <= i < m.end for m in mentions)


def named_actor(p: Phrase) -> list[Actor] | None:
    """A named actor, the one containing the head else the nearest: "Chilean President Michelle Bachelet"."""
    if not p.named:
        return None
    head = p.head.i
    named = [m for m in p.named if not qualifying_body(p, m)]  # ("X's EU bid": actors/qualifying_body.py)
    if not named:
        return None
    m = min(named, key=lambda m: (not (m.start <= head < m.end), abs(m.start - head)))
    if national_contingent(p, m):
        return None  # ("Kenyan peacekeepers of an AU force": their country's military, national_force.py)
    other = _other_state_body(p, m)
    if other is not None:
        return [as_former(other, p.former, p.text)]
    actor = named_actor_of(p.actors, m, p.tokens, p.countries, p.day)
    return [as_former_person(actor, p.former, p.text)] if actor is not None else None


def _other_state_body(p: Phrase, m: Mention) -> Actor | None:
    """A state body listed under one country but named with another's adjective or name before it is
    that other country's body of the same kind: "the Philippine Senate" is no US Senate (the entry's
    alias is a bare noun any state's body may bear)."""
    entry = m.entry
    if entry is None or entry.kind != "body" or not entry.country:
        return None
    before = [c for c in p.countries if c.end <= m.start and c.iso3 and c.iso3 != entry.country]
    if not before or any(c.iso3 == entry.country for c in p.countries):
        return None
    code = entry.code_on(p.day) or ""
    role = code[3:] if code[:3] == entry.country else None
    return p.actor(before[-1].iso3, role or None)


def definite_description(p: Phrase) -> list[Actor] | None:
    """A definite description refers back to the actor named with the same noun: "Special envoy Ana Ruiz
    arrived ... The envoy said" -> Ruiz; "the Tamil Tigers ... the rebels" -> the Tigers."""
    if p.named or p.countries or p.orgs or p.former or not common_head(p.head, p.actors.resolver.dictionary):
        return None
    if (led := leader_country(p.actors, p.head, p.role, p.day)) is not None:  # ("the junta, led by Gen. X")
        return [p.actor(led, p.role)]
    if (ruled := ruling_generals(p.actors, p.head, p.tokens)) is not None:  # ("the junta ... the generals")
        return [p.actor(ruled, "MIL")]
    found = described_antecedent(p.actors, p.head, p.tokens, p.day)
    return [found] if found is not None else None


def organisation(p: Phrase) -> list[Actor] | None:
    """An unlisted organisation is non-state ("the Andean Fisheries Forum" -> NGO), of a home dateline."""
    if not p.orgs or p.countries or state_organ(p.role):  # (a state's organ: agent_in_context places it)
        return None
    org, org_role, home = p.orgs[0], (p.role or "NGO")[:3], p.actors.home_country
    name = doccache.text(p.actors.doc, org.start, org.end)
    return [Actor(text=p.text, name=name, country=home, role=org_role, code=(home or "") + org_role)]


def coreferent_country(p: Phrase) -> list[Actor] | None:
    """A phrase that refers back to a country: "Chile protested. The republic recalled ..." -> CHL."""
    if p.countries:
        return None
    iso3 = coref_country(p.actors, p.head, p.tokens) or possessed_country(p.actors, p.head, p.day)
    return [p.actor(iso3, state_noun_role(p.head, p.role))] if iso3 else None  # (actors/state_noun.py)


def ethnic_group(p: Phrase) -> list[Actor] | None:
    """A people named for one state acts in the state it lives in: "ethnic Hungarians rallied in
    Bratislava" -> SVK; "leaders of Latvia's ethnic Russian parties" -> LVA (a state the phrase names
    without "ethnic" is the one they live in)."""
    kin = [m for m in p.countries if ethnic_kin(p.head.doc, m.start)]
    if not kin:
        return None
    own = [m.iso3 for m in p.countries if m not in kin and m.iso3]
    iso3 = own[0] if own else p.actors.context_country(p.head, p.tokens, p.day)
    if iso3 is None or iso3 in {m.iso3 for m in kin}:
        return None
    return [p.actor(iso3, p.role)]


def country_modifier(p: Phrase) -> list[Actor] | None:
    """Each country a phrase names is an actor, with the head's role: "Chilean and Peruvian envoys" ->
    CHLGOV, PERGOV."""
    if not p.countries or p.head.lemma_.casefold() in _WORDS.currency_nouns:  # ("Australian dollars")
        return None
    countries = p.countries
    at_head = [m for m in countries if m.start <= p.head.i < m.end and m.country_kind == "demonym"]
    if at_head and hyphened_heritage(p.head.doc, countries, at_head[0]):
        countries = at_head  # ("four Iranian-Americans": the head demonym names the citizenship, who speaks)
    elif not at_head and (dual := dual_nationality(p.actors, p.head, p.role, countries)):
        countries = dual  # ("a British-Iranian aid worker": one party, actors/dual_nationals.py)
    elif at_head and len(countries) > 1 and not any(t.dep == labels.CC for t in p.tokens):
        # "Bosnian Serbs", "Iraqi Kurds": a people named with another state's adjective is of that state
        countries = [m for m in countries if m not in at_head]
    isos = _unique(m.iso3 for m in named_place(p.head, p.tokens, countries))  # (actors/named_place.py)
    role = p.role
    acting = not (p.head.dep == labels.POBJ and p.head.head.lower_ in _PLACE_PREPS)  # "in Lima" is a place
    if (
        role is None
        and acting
        and any(m.start <= p.head.i < m.end and m.country_kind in _STATE_KINDS for m in p.countries)
    ):
        role = "GOV"  # ("Peru expelled the envoy", "Beijing protested": the state acting is its government)
    return [as_former(p.actor(iso3, role), p.former, p.text) for iso3 in isos]


def earlier_agents(p: Phrase) -> list[Actor] | None:
    """A definite plural agent its own words do not place is the group named before with its noun:
    "Gunmen seized 20 Chinese workers. ... Beijing urged Abuja to free the workers" -> CHN."""
    # (or a state's mission named again: "the Saudi consulate ... searched the consulate" -> SAU)
    mission = p.head.tag_ == "NN" and p.head.lemma_.casefold() in packaged_words().mission_nouns
    if not p.role or p.countries or p.named or not (p.head.tag_ == "NNS" or mission):
        return None
    if not any(t.lower_ == "the" and t.dep == labels.DET for t in p.tokens):
        return None
    iso3 = earlier_group(p.actors, p.head, p.day, p.head.tag_)
    return [as_former(p.actor(iso3, p.role), p.former, p.text)] if iso3 else None


def agent_in_context(p: Phrase) -> list[Actor] | None:
    """A generic agent belongs to the country its phrase or sentence places it in, or its possessor's:
    "Protesters in Lima" -> PEROPP; "Peru recalled its diplomats" -> PERGOV."""
    if not (role := p.role):
        return None
    if (both := plural_possessor(p.actors, p.head, p.day)) is not None:  # ("both sides said their forces")
        return [as_former(p.actor(a.country, role), p.former, p.text) for a in both]
    iso3 = possessor_country(p.actors, p.head, p.day)  # ("its diplomats", "the junta's spokesman")
    if iso3 is None:  # ("arrested 17 men, 15 of them Colombians": their own nationality, told just after)
        iso3 = partitive_nationality(p.actors, p.head)
    if iso3 is None:  # ("Russian forces shelled Kyiv, and troops crossed the border": Russian troops)
        iso3 = unplaced_agent_country(p.actors, p.head, role, p.day)
    if iso3 is None and (court := court_member(p.actors, p.head, role, p.day)) is not None:
        return [court]  # ("judges at the ICC": the court's, not the country of the crimes)
    if iso3 is None:
        iso3 = p.actors.context_country(p.head, p.tokens, p.day)
    return [as_former(p.actor(iso3, role), p.former, p.text)]


Rule = Callable[[Phrase], list[Actor] | None]

RULES: tuple[tuple[str, Rule], ...] = (
    ("dateline", dateline),
    ("place-adverb", place_adverb),
    ("definite-pair", definite_pair),
    ("pronoun", pronoun),
    ("two-named-people", two_named_people),
    ("listed-owners", listed_owners),  # ("the embassies of Chile, the EU and Peru": actors/listed_owners.py)
    ("listed-origins", listed_origins),  # ("imports from Chile, the EU and Peru": actors/listed_owners.py)
    ("apposed-nationality", apposed_nationality),  # ("Ana Ruiz, a Chilean employee of the World Bank")
    ("outlet-staff", outlet_staff),  # ("a CNN correspondent": USA, actors/homes.py)
    ("named-actor", named_actor),
    ("defined-acronym", defined_acronym),  # ("the Andean Miners' Federation (AMF) ... the AMF": acronyms.py)
    ("owned-body", owned_body),
    ("definite-description", definite_description),
    ("body-referent", body_referent),  # ("the Security Council ... The Council": actors/body_referent.py)
    ("group-referent", group_referent),
    ("organisation", organisation),
    ("coreferent-country", coreferent_country),
    ("settlers", settlers),  # ("a settler in the West Bank": ISR, actors/homes.py)
    ("ethnic-group", ethnic_group),
    ("bloc-group", bloc_group),
    ("hosted-facility", hosted_facility),
    ("country-modifier", country_modifier),
    ("earlier-agents", earlier_agents),
    ("conjunct-party", conjunct_party),
    ("agent-in-context", agent_in_context),
    ("unplaced-specialists", unplaced_specialists),
)


def read_phrase(actors: DocActors, head: Token, day: dt.date | None) -> tuple[str | None, list[Actor]]:
    """The actors the phrase at ``head`` names on ``day``, and the name of the rule that decided (None,
    with no actors, when none applies)."""
    if head.i in actors.dateline_tokens:
        # "QUITO, May 3 (Wire) - Peru broke off ...": the parser may hang the acting phrase from the
        # dateline's city as its apposition; that phrase is the one to read.
        outside = (
            c for c in doccache.children(head) if c.dep == labels.APPOS and c.i not in actors.dateline_tokens
        )
        head = next(outside, head)
    phrase = make_phrase(actors, head, day)
    for name, rule in RULES:
        found = rule(phrase)
        if found is not None:
            return name, found
    return None, []


# -- helpers ----------------------------------------------------------------------------------------------


def collective_member(head: Token) -> Token:
    """ "Dozens of farmers", "a band of rebels": the actor is who the quantity counts."""
    for _ in range(_MAX_COLLECTIVE_STEPS):
        if head.lower_ not in _WORDS.collectives and head.lemma_.casefold() not in _WORDS.collectives:
            return head
        of = next((c for c in doccache.children(head) if c.dep == labels.PREP and c.lower_ == "of"), None)
        pobj = next((c for c in doccache.children(of) if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is None:
            return head
        head = pobj
    return head


def as_former(actor: Actor, former: bool, text: str) -> Actor:
    """ "former president X": out of office (ELI) whatever the dictionary says of the day."""
    if not former or actor.country is None:
        return actor
    return Actor(text=text, name=actor.name, country=actor.country, role="ELI", code=actor.country + "ELI")


def _conjunct(tokens: list[Token], m: Mention) -> list[Token]:
    """The part of a coordinated phrase's ``tokens`` around mention ``m``, between the separators ("and",
    "or", commas) before and after it."""
    ordered = sorted(tokens, key=lambda t: t.i)
    cuts = [t.i for t in ordered if t.dep == labels.CC or t.lower_ in ("and", "or", ",")]
    start = max((i for i in cuts if i < m.start), default=-1)
    end = min((i for i in cuts if i >= m.end), default=len(tokens[0].doc))
    return [t for t in ordered if start < t.i < end]


def _unique(items: Iterable[str | None]) -> list[str]:
    return [item for item in dict.fromkeys(items) if item]  # (in order, once each)
