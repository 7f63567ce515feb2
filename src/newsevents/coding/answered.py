"""Statements that answer an earlier event and name nobody take their party from it.

Denials answer their accuser: "Moscow denied the charge" is aimed at whoever charged Moscow. A denial
(CAMEO 016) often names nobody: "Lima said Quito had armed the rebels. Quito denied the charge."
The charge may be no coded event of its own (a speaker's "may have", a bare "said"), so the reaction rule
(a denial of an event named by a noun targets that event's actor) finds nothing, or finds another event
of the story, and the article's counterpart stands in. The party a denial answers is the speaker of the
nearest earlier clause that says something of the denier: this sentence's before the denial, then the two
sentences before it.

Rejections answer their critic: "Lima said the plan would ruin the region. Quito rejected the criticism"
is aimed at Lima, though the criticism need not name Quito (so the denial rule's test does not hold) and
may be no coded event (so the reaction rule finds nothing): the speaker of the nearest earlier clause of
another country.

Condolences go to the harmed: "offered his condolences to the families" (CAMEO 018) is aimed at the
country whose people the story's latest attack or killing before it harmed, when the mourners are no
party the dictionaries know.

Measures join the measure they follow: "Washington imposed sanctions on Lagos. Tokyo froze its grants."
The reaction rule takes the actor of the event a reaction's object noun names, else of the story's lead
event by another party; but an act of the same root as that event joins it against its target: Lagos,
not Washington.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import replace

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding import syntax
from newsevents.coding.aid_recipient import with_aided
from newsevents.coding.also_joined import also_joined
from newsevents.coding.answered_deed import answered_deed
from newsevents.coding.foreign_person import foreign_person
from newsevents.coding.lexicon import kind_of
from newsevents.coding.measure_aim import measure_aim
from newsevents.coding.nationals_abroad import nationals_abroad
from newsevents.coding.own_call import own_call
from newsevents.coding.partner_drills import partner_drills
from newsevents.coding.records import Draft
from newsevents.coding.refused_office import own_office
from newsevents.coding.resources import word_sets
from newsevents.coding.rules import declare
from newsevents.coding.sources import same_actor
from newsevents.coding.targets import party_country
from newsevents.coding.withdrawn_forces import withdrawn_forces
from newsevents.records import Actor
from newsevents.when import role_day

JOINED_MEASURE = declare(
    "target",
    "joined-measure",
    "an act that names no target, reacting to another party's earlier act of the same root, joins that act "
    "against its target",
    "Washington imposed sanctions on Lagos on Monday. Tokyo froze its grants and Bonn suspended aid talks.",
)
DENIED_ACCUSER = declare(
    "target",
    "denied-accuser",
    "a denial that names nobody ('Quito denied the charge') answers the speaker of the nearest earlier "
    "clause (its sentence's, or the two sentences' before) that accuses, blames or says something of the "
    "denier",
    "Lima said Quito had armed the rebels. Quito denied the charge.",
)
ANSWERED_CRITIC = declare(
    "target",
    "answered-critic",
    "a rejection of a criticism, charge or claim named by a definite noun that names nobody ('Quito "
    "rejected the criticism') answers the speaker of the nearest earlier clause (its sentence's, or the two "
    "sentences' before) of another country",
    "Lima said the plan would ruin the region. Quito rejected the criticism.",
)
ANSWERED_PROPOSER = declare(
    "target",
    "answered-proposer",
    "a rejection of a proposal, idea, request or offer named by a definite noun that names nobody ('Quito "
    "rejected the idea') answers the latest party of another country that proposed, asked, offered or "
    "demanded in its sentence or the two before",
    "Lima proposed a joint patrol of the river. Quito rejected the idea.",
)
CAUSE_NAMED = declare(
    "target",
    "answered-cause",
    "a rejection that names no target but says what the thing rejected is of another country's party "
    "('dismissed the measures as a product of Ruritanian spite') is aimed at the party its 'as' phrase names",
    "Quito dismissed the new duties as a product of Peruvian jealousy.",
)
MOURNED_PARTY = declare(
    "target",
    "mourned-party",
    "condolences or sympathy to unnamed mourners ('to the families') go to the country whose people the "
    "latest earlier attack or killing of the story harmed",
    "Gunmen killed nine Kenyan pilgrims on Friday. Tanzania sent its condolences to the families.",
)
_FILE = "coding/data/answered.toml"
_KEYS = (
    "denial_codes",
    "charging_verbs",
    "condolence_codes",
    "harm_roots",
    "rejection_roots",
    "critic_nouns",
    "proposal_nouns",
    "proposal_roots",
)
# Determiners of a noun that refers back to what was said before ("the criticism", "these remarks").
_BACK_DETERMINERS = frozenset({"the", "this", "these", "that", "those", "such"})
# Sentences before the denial's own that may hold the charge it answers: news tells a charge and its
# denial side by side, or with one sentence of detail between.
_LOOKBACK = 2


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """``answered.toml``: denial codes, charging verbs, condolence codes, roots of harm, the roots of a
    rejection, the nouns of what a critic said and of a proposal, the roots of proposing."""
    return word_sets(_FILE, _KEYS)


def answered_party(d: Draft, previous: list[Draft], actors: DocActors) -> Draft:
    """``d`` aimed at the party of the earlier event it answers (``previous``: the article's drafts
    before its sentence) when it names no target: a denial's accuser, condolences' harmed."""
    d = own_office(d, actors)  # ("refused to step down": aimed at home, coding/refused_office.py)
    d = partner_drills(nationals_abroad(also_joined(d, previous), actors), actors)  # (their modules)
    d = own_call(withdrawn_forces(foreign_person(measure_aim(d, actors), actors)), actors)  # (their modules)
    if d.target is not None:
        return with_own_accuser(d, actors)
    if d.code in _words()["condolence_codes"]:
        return with_mourned(d, previous)
    d = with_critic(with_proposer(with_accuser(with_cause(d, actors), actors), previous), actors)
    return with_aided(d, previous, actors)  # (aid naming no recipient: the story's earlier aid's)


def with_cause(d: Draft, actors: DocActors) -> Draft:
    """``d`` aimed at the party of another country that the 'as' phrase of a rejection naming no target
    names ("dismissed the measures AS a product of Peruvian jealousy"): what the rejecter says the thing
    rejected is tells whom it answers; else ``d`` unchanged."""
    rejecter = d.source.country
    if d.target is not None or rejecter is None or d.code[:2] not in _words()["rejection_roots"]:
        return d
    inside = {t.i for p in as_phrases(d.token) for t in doccache.subtree(p)}
    for m in actors.mentions:
        if m.start in inside and (country := party_country(actors, m)) not in (None, rejecter):
            return d.step(CAUSE_NAMED, target=country_actor(actors, country))
    return d


def with_mourned(d: Draft, previous: list[Draft]) -> Draft:
    """``d`` aimed at the target of the latest earlier act of harm that has one; else unchanged."""
    harm = _words()["harm_roots"]
    hit = next((p for p in reversed(previous) if p.code[:2] in harm and p.target and p.target.country), None)
    return d if hit is None else d.step(MOURNED_PARTY, target=hit.target)


def with_accuser(d: Draft, actors: DocActors) -> Draft:
    """``d`` aimed at its accuser when it is a denial naming no target and an earlier clause accuses its
    source's country; else ``d`` unchanged."""
    codes, charging = _words()["denial_codes"], _words()["charging_verbs"]
    denier = d.source.country
    if d.target is not None or denier is None or d.code not in codes:
        return d
    day = role_day(d.when)
    for span in _spans_before(d):
        speaker = _accuser_in(span, denier, charging, actors, day)
        if speaker is not None:
            return d.step(DENIED_ACCUSER, target=speaker)
    return d


def with_own_accuser(d: Draft, actors: DocActors) -> Draft:
    """``d`` aimed at its accuser when it is a denial aimed at its own source's country, the accused the
    charge names ("rejected the accusations against Ruritania"), and an earlier clause names who accused
    that country; else ``d`` unchanged (the accuser is never guessed)."""
    target, denier = d.target, d.source.country
    if target is None or denier is None or d.code not in _words()["denial_codes"] or target.country != denier:
        return d
    answered = with_accuser(replace(d, target=None), actors)
    if answered.target is not None:
        return answered
    # (the charge may be told after its denial, a lead's detail: "..., rejecting accusations against
    # Ruritania. 'Ruritania armed them,' Lima's envoy told the court")
    sents, at = doccache.sents(d.sent.doc), _sentence_at(d)
    day = role_day(d.when)
    for span in sents[at + 1 : at + 1 + _LOOKBACK] if at is not None else ():
        accuser = _accuser_in(span, denier, _words()["charging_verbs"], actors, day)
        if accuser is not None:
            return d.step(DENIED_ACCUSER, target=accuser)
    return d


def with_proposer(d: Draft, previous: list[Draft]) -> Draft:
    """``d`` aimed at the proposer when it is a rejection naming no target of a definite noun of a proposal
    ("rejected the idea", "the request was turned down") and the clause just before, or the two sentences
    before, told another country's party proposing, asking, offering or demanding (``proposal_roots``): the
    latest such event; else ``d`` unchanged. News tells a proposal and its rejection side by side, so the
    latest one is meant, not the story's lead."""
    words = _words()
    rejecter = d.source.country
    if d.target is not None or rejecter is None or d.code[:2] not in words["rejection_roots"]:
        return d
    deps = ("dobj", "nsubjpass")
    nouns = [c for c in doccache.children(d.token) if c.dep_ in deps and c.lemma_ in words["proposal_nouns"]]
    if not nouns or not all(_definite_unowned(n) for n in nouns):
        return d
    at = _sentence_at(d)
    if at is None:
        return d
    start = doccache.sents(d.sent.doc)[max(0, at - _LOOKBACK)].start
    for p in reversed(previous):
        if p.sent.start < start:
            break
        country = p.source.country
        if p.code[:2] in words["proposal_roots"] and country is not None and country != rejecter:
            return d.step(ANSWERED_PROPOSER, target=p.source)
    return d


def with_critic(d: Draft, actors: DocActors) -> Draft:
    """``d`` aimed at its critic when it is a rejection naming no target whose object is a definite noun
    of criticism ("rejected the criticism", "dismissed these remarks") and an earlier clause of another
    country's speaker precedes it; else ``d`` unchanged."""
    words = _words()
    rejecter = d.source.country
    if d.target is not None or rejecter is None or d.code[:2] not in words["rejection_roots"]:
        return d
    nouns = [c for c in doccache.children(d.token) if c.dep_ == "dobj" and c.lemma_ in words["critic_nouns"]]
    if not nouns or not all(_definite_unowned(n) for n in nouns):
        return d
    day = role_day(d.when)
    for span in _spans_before(d):
        for verb in reversed(doccache.verbs(span)):
            if kind_of(verb) != "report" and verb.lemma_.casefold() not in words["charging_verbs"]:
                continue
            speakers = [a for s in _subjects(verb) for a in actors.resolve_all(s, day) if a.country]
            if speakers and speakers[0].country != rejecter:
                return d.step(ANSWERED_CRITIC, target=speakers[0])
    return d


def as_phrases(verb: Token) -> list[Token]:
    """The 'as' phrases that say what the object of ``verb`` is: on the verb ("dismissed them AS ..."), or
    on its object, where the parser often hangs them ("dismissed the measures AS ...")."""
    heads = [verb, *(c for c in doccache.children(verb) if c.dep_ == "dobj")]
    return [c for h in heads for c in doccache.children(h) if c.dep_ == "prep" and c.lower_ == "as"]


def _sentence_at(d: Draft) -> int | None:
    """The index of ``d``'s sentence among its Doc's sentences."""
    return next((n for n, s in enumerate(doccache.sents(d.sent.doc)) if s.start == d.sent.start), None)


def _spans_before(d: Draft) -> list[Span]:
    """Where the clause ``d`` answers may be told, nearest first: its own sentence before its trigger, then
    the ``_LOOKBACK`` sentences before it (none when its sentence is not found)."""
    at = _sentence_at(d)
    if at is None:
        return []
    sents = doccache.sents(d.sent.doc)
    return [d.sent.doc[d.sent.start : d.token.i], *reversed(sents[max(0, at - _LOOKBACK) : at])]


def _definite_unowned(noun: Token) -> bool:
    """A noun that refers back ("the criticism", "these remarks") and names no party ("Lima's criticism",
    "Western criticism", "criticism from Lima" name theirs): the party is the one who spoke before."""
    children = doccache.children(noun)
    definite = any(c.dep_ == "det" and c.lower_ in _BACK_DETERMINERS for c in children)
    named = any(c.dep_ in ("amod", "compound") and c.text[:1].isupper() for c in children)
    owned = named or any(c.dep_ in ("poss", "prep") for c in children)
    return definite and not owned


def _accuser_in(
    span: Span, denier: str, charging: frozenset[str], actors: DocActors, day: dt.date | None
) -> Actor | None:
    """The speaker of the last clause of ``span`` that charges ``denier`` ("accused Quito of", "blamed
    Quito") or says what ``denier`` did ("said Quito had armed the rebels")."""
    for verb in reversed(doccache.verbs(span)):
        charges = verb.lemma_.casefold() in charging
        if not charges and kind_of(verb) != "report":
            continue
        speakers = [a for s in _subjects(verb) for a in actors.resolve_all(s, day) if a.country]
        if not speakers or speakers[0].country == denier:
            continue
        if _names(verb, denier, actors, charging if not charges else None):
            return speakers[0]
    return None


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or its governor's for a clause that shares them ("cut ties, ACCUSING it")."""
    own = syntax.subjects(verb)
    if own or verb.dep_ not in ("advcl", "xcomp", "conj"):
        return own
    return syntax.subjects(verb.head)


def _names(verb: Token, denier: str, actors: DocActors, charging: frozenset[str] | None) -> bool:
    """Whether ``verb`` charges ``denier`` (a mention of its country in what the verb governs, its
    subject left aside), or, for a reporting verb (``charging`` given), says what ``denier`` did: its
    country is the subject of the reported clause ("said Quito had armed"; not "said it would restore
    ties with Quito") or what a charging verb inside it governs ("said ... and blamed Quito")."""
    subjects = {t.i for s in syntax.subjects(verb) for t in doccache.subtree(s)}
    if charging is None:
        said = {t.i for t in doccache.subtree(verb)} - subjects
    else:
        clauses = [c for c in doccache.children(verb) if c.dep_ == "ccomp"]
        said = {t.i for c in clauses for s in syntax.subjects(c) for t in doccache.subtree(s)}
        inner = [
            t
            for t in doccache.subtree(verb)
            if t.i != verb.i and t.pos_ == "VERB" and t.lemma_.casefold() in charging
        ]
        said |= {
            t.i for v in inner for c in doccache.children(v) if c.dep_ != "nsubj" for t in doccache.subtree(c)
        }
    return any(m.start in said and party_country(actors, m) == denier for m in actors.mentions)


# The party a reaction is aimed at, and the rule that chose it.
Reacted = tuple[Actor, str]


def reacted_party(earlier: Draft, code: str, source: Actor, reaction: str) -> Reacted:
    """The party an act of ``code`` by ``source`` answers in reacting to ``earlier``: its target when the
    act joins it (``JOINED_MEASURE``: the same root, aimed at a third country), else its actor (the rule
    ``reaction``)."""
    target = earlier.target
    joins = target is not None and bool(target.code) and earlier.code[:2] == code[:2]
    joins = joins and (code not in _PRAISE or earlier.code in _PRAISE)  # (praise of a deal lauds its maker)
    if joins and target is not None and target.country not in (None, source.country, earlier.source.country):
        return target, JOINED_MEASURE
    return earlier.source, reaction


def answerable(earlier: Draft, code: str, source: Actor) -> bool:
    """Whether a reaction of ``code`` by ``source`` may answer ``earlier``: an act by another party of
    another country, or, for an inquiry (``_INQUIRY_ROOTS``), by any other actor: a state looks into what
    its own police, army or people did ("Police fired on marchers. The watchdog opened an inquiry")."""
    if same_actor(earlier.source, source):
        return False
    return earlier.source.country != source.country or code[:2] in _INQUIRY_ROOTS


def joined_first(code: str, source: Actor, same_kind: list[Draft], others: list[Draft]) -> list[Draft]:
    """The earlier event a reaction of ``code`` by ``source`` answers (one at most): a measure of the same
    root aimed at a third country first, which it joins ("Washington imposed sanctions on Lagos. Bonn
    suspended aid talks": Bonn's talks are its ties with Lagos, not an earlier meeting), else the first
    event of the kind its object names (``same_kind``), else the first by another party. Only measures
    (``_MEASURE_ROOTS``) join so: a threat or a demand answers its own counterpart."""
    for d in others if code[:2] in _MEASURE_ROOTS else ():
        if reacted_party(d, code, source, "")[1] == JOINED_MEASURE:
            return [d]
    return (same_kind or others)[:1]


def answered_reaction(
    code: str, source: Actor, same_kind: list[Draft], others: list[Draft], reaction: str
) -> Reacted | None:
    """The party a reaction of ``code`` by ``source`` whose object noun names an event answers: a measure
    it weighs joins (``weighed_measure``), else that of the event ``joined_first`` picks."""
    chosen = joined_first(code, source, same_kind, others)
    joined = weighed_measure(code, source, same_kind) or answered_deed(code, source, same_kind, others)
    return joined or (reacted_party(chosen[0], code, source, reaction) if chosen else None)


def weighed_measure(code: str, source: Actor, same_kind: list[Draft]) -> Reacted | None:
    """The party a threat, a promise or a weighing of a measure aims at when its object names the kind of
    an earlier measure by another party against a third country ("Kyiv cut ties with Moscow. Ottawa promised
    sanctions", "Tokyo said it would consider sanctions"): that measure's target, which the promised one
    joins, not its maker, whom the noun does not answer (a condemnation of it still does)."""
    if code[:2] not in _WEIGHING_ROOTS and code not in _WEIGHING_CODES:
        return None
    for d in same_kind:
        target = d.target
        if d.code[:2] in _MEASURE_ROOTS and target is not None and target.code:
            if target.country not in (None, source.country, d.source.country):
                return target, JOINED_MEASURE
    return None


# Praise (051): it joins earlier praise of a third party, but praise of a deed ("welcomed the vote" after
# a parliament approved a state's accession) is aimed at the deed's maker, not at the deed's target.
_PRAISE = frozenset({"051"})
# Roots of the measures one party takes alongside another's against a third (reduce relations, coerce).
_MEASURE_ROOTS = frozenset({"16", "17"})
# Inquiries (09): what they look into is as often done at home as abroad.
_INQUIRY_ROOTS = frozenset({"09"})
# Acts whose object noun is a measure of their own still to come: intents (03), threats (13), and weighing a
# policy option (014, "would consider sanctions").
_WEIGHING_ROOTS = frozenset({"03", "13"})
_WEIGHING_CODES = frozenset({"014"})
