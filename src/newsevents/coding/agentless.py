"""Acts whose maker the text leaves to the reader: agentless passives of acts only a state does ("More
than 200 miners were arrested") and waves of protest with nobody named ("weeks of street protests").

The arguments stage gives an agentless passive the country of the place it happened in (``source:
unattributed``); where the sentence names no place, an attack, a fight or a massacre with nobody named
("a car bomb ripped through the market") happened in the dateline's country (``source:
unattributed-dateline``), and another act makes no event. An arrest, a detention, a
deportation or an execution is done by a state's police, army or courts, so the story's own country (the
dateline's, else the one it names most) is the plain source, as the corpus codes it ("police implied").
Acts that anyone may do ("was shot dead") are left alone: their maker is not plain from the text. Protests
named by a plural noun with nobody named ("after weeks of protests") are the country's public's, as the
corpus codes them (a single rally has an organiser, named or not, and is left alone).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from newsevents import dated, doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding import accused, syntax
from newsevents.coding.announced_passive import ANNOUNCED_PASSIVE, announced_parties
from newsevents.coding.captive_taken import captive_draft, captive_parties, taken_captives
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.crackdown_toll import tolling_act
from newsevents.coding.crew_flag import CREW_FLAG, crew_flag
from newsevents.coding.eased import EASED_MEASURE, eased_parties
from newsevents.coding.envoys import ENVOY_PASSIVE, envoy_parties
from newsevents.coding.expelled_from import EXPELLED_FROM, EXPELLED_FROM_PASSIVE, expelled_from_parties
from newsevents.coding.extradited import EXTRADITED_TO, extradition_parties
from newsevents.coding.freed import FREED_SUBJECT, freed_parties
from newsevents.coding.lexicon import lexicon
from newsevents.coding.official_source import STATE_ROOTS, state_arm
from newsevents.coding.placed_state_act import PLACED_STATE_ACT, placed_state
from newsevents.coding.protest import public_protest
from newsevents.coding.records import Draft, Trigger
from newsevents.coding.reduced_relative import DATED_RELATIVE, dated_relative
from newsevents.coding.released import GRANTED_IN, asylum_parties, released_parties
from newsevents.coding.roles import passive_conjunct
from newsevents.coding.rules import declare
from newsevents.coding.sent_passive import sent_or_posture
from newsevents.coding.speaker_state import SPEAKER_STATE, home_speaker, speaker_parties
from newsevents.coding.tolled import tolled_attack, tolled_noun
from newsevents.coding.truce_place import truce_sides
from newsevents.coding.unnamed_agent import UNNAMED_AGENT, unnamed_agent
from newsevents.coding.withdrawn import (
    WITHDRAWAL_OF,
    WITHDRAWN_PASSIVE,
    passive_withdrawal_parties,
    withdrawal_parties,
)
from newsevents.dateline import dateline_country
from newsevents.records import Actor
from newsevents.when import DocDates, When, role_day
from newsevents.where import DocPlaces

# Relative pronouns ("which", "that", "who") as a relative clause's subject.
_RELATIVE = frozenset({"WDT", "WP"})
# Prepositions of a place phrase ("the bombings IN the tourist strip, which ...").
_AT = frozenset({"in", "at", "near", "outside", "inside", "on"})

DATELINE_PLACE = declare(
    "source",
    "unattributed-dateline",
    "an unattributed event whose clause names no place happened in the country of the dateline",
    "KANDAHAR, Afghanistan - A car bomb ripped through a crowded market on Saturday.",
)
UNNAMED_TOLL = declare(
    "select",
    "unnamed-toll",
    "an act of force with no maker named, in a sentence that tells an act of force whose maker it names, "
    "is that act's toll, not an event of its own",
    "Turkish jets struck the town, where residents said bombs fell and killed a dozen people.",
)
STATE_PASSIVE = declare(
    "source",
    "state-passive",
    "an agentless passive of an act only a state does (arrest, detention, expulsion, an investigation) with "
    "no place named is the story's country's",
    "More than 200 dockers were arrested, the interior ministry said.",
)
PUBLIC_PROTEST = declare(
    "source",
    "public-protest",
    "protests named by a noun with nobody named making them are the story's country's people's",
    "The government fell after weeks of street protests.",
)
# CAMEO roots of acts a country's public does when nobody is named: protests ("weeks of protests").
_PUBLIC_ROOTS = frozenset({"14"})
# The arm that orders a measure done to a person with nobody named ("was ordered held"): a court.
_ORDERED_ARM = "JUD"


def ordered_passive(tok: Token) -> list[Token]:
    """The agentless passive ordering verb a bare participle completes ("was ordered HELD", "was ordered
    DEPORTED"), as a one-item list, else none."""
    verb = tok.head
    if tok.dep_ not in ("xcomp", "oprd") or verb.lemma_.casefold() not in lexicon().ordering_verbs:
        return []
    if not syntax.is_passive(verb) or any(c.dep_ == "agent" for c in doccache.children(verb)):
        return []
    return [verb]


def _agentless(trigger: Trigger) -> bool:
    tok = trigger.token
    # (a passive conjunct shares its first verb's auxiliary and agent: "were beaten and DETAINED")
    verbs = [tok, tok.head] if passive_conjunct(tok) else [tok]
    return (
        not trigger.noun
        and tok.pos_ == "VERB"
        and (syntax.is_passive(tok) or passive_conjunct(tok) or dated_relative(tok, trigger.pattern.code))
        and not any(c.dep_ == "agent" for v in verbs for c in doccache.children(v))
    )


def state_passives(
    triggers: list[Trigger],
    drafted: set[int],
    sent: Span,
    actors: DocActors,
    dates: DocDates,
    last_dated: When | None,
) -> list[Draft]:
    """Drafts for the kept agentless state passives of ``sent`` that the arguments stage left without one
    (``drafted``: the trigger positions that have drafts), sourced on the story's country; and for the
    agentless easing of a measure, on its owner (coding/eased.py)."""
    indices = {t.token.i for t in triggers}
    out: list[Draft] = []
    for trigger in triggers:
        if not trigger.kept or trigger.token.i in drafted:
            continue
        trigger = taken_captives(trigger)  # (people seized in a story of a kidnapping: captive_taken.py)
        tok, home = trigger.token, actors.story_country  # (read here: most sentences leave no trigger)
        whens, own, date_rule = dated.event_dates(dates, tok, sent, indices, last_dated)  # (arguments')
        when = whens[0] if whens else None
        parties = _parties(trigger, actors, home, role_day(when) or dates.story_day)
        if parties is None:
            continue
        source, target, rule = parties
        own_act = (DATED_RELATIVE,) if dated_relative(tok, trigger.coded_as) else ()
        out.append(
            Draft(
                trigger=trigger,
                sent=sent,
                source=source,
                target=target,
                modality=trigger.modality or "asserted",
                code=trigger.coded_as,
                when=when,
                date_own=own,
                place=None,
                facts=frozenset({"unattributed"}),
                steps=(*trigger.steps, *own_act, *_rules(rule), *_dated(when, date_rule)),
            )
        )
    return out


def _parties(
    trigger: Trigger, actors: DocActors, home: str | None, day: dt.date | None
) -> tuple[Actor, Actor | None, str] | None:
    """(source, target, rule) of an agentless state act, a wave of protest, an eased measure or a kidnap."""
    code = trigger.coded_as
    told = captive_parties(trigger, actors, home, day) or _told(trigger, code, actors, day)
    if told is not None:
        return told
    eased = eased_parties(trigger, actors, day)
    if eased is not None:
        return (*eased, EASED_MEASURE)
    freed = freed_parties(trigger, actors, day)
    if freed is not None:
        return (*freed, FREED_SUBJECT)
    posture = sent_or_posture(trigger, actors, day)  # (forces put on alert, or aid and forces sent)
    if posture is not None:
        return posture
    released = released_parties(trigger, actors, home, day) if _agentless(trigger) else None
    if released is not None:
        return released
    sheltered = asylum_parties(trigger, actors, day) if _agentless(trigger) else None
    if sheltered is not None:
        return (*sheltered, GRANTED_IN)
    truce = truce_sides(trigger, actors, day)  # ("relations/a truce between X and Y", "took effect in X")
    if truce is not None:
        return truce
    withdrawal = withdrawal_parties(trigger, actors, day)
    if withdrawal is not None:
        return (*withdrawal, WITHDRAWAL_OF)
    pulled = passive_withdrawal_parties(trigger, actors, day)  # ("troops will be pulled back")
    if pulled is not None:
        return (*pulled, WITHDRAWN_PASSIVE)
    deported = expelled_from_parties(trigger, actors, day)  # ("deportations of X from Y began")
    if deported is not None:
        return (*deported, EXPELLED_FROM if trigger.noun else EXPELLED_FROM_PASSIVE)
    envoy = envoy_parties(trigger, actors, day)
    if envoy is not None:
        return (*envoy, ENVOY_PASSIVE)
    extradition = extradition_parties(trigger, actors, day)
    if extradition is not None:
        return (*extradition, EXTRADITED_TO)
    if home is None:
        return None
    ordered = ordered_passive(tok := trigger.token)  # ("was ordered HELD": a court's order, no agent named)
    state = code[:2] in STATE_ROOTS and (
        _agentless(trigger) or bool(ordered) or accused.unowned_arrests(tok)
    )
    # (a plural: a wave of protests is the public's; one rally has an organiser, named or not)
    if not (state or (code[:2] in _PUBLIC_ROOTS and public_protest(trigger))):
        return None
    patients = [c for v in (tok, *ordered) for c in doccache.children(v) if c.dep_ == "nsubjpass"] or (
        [tok.head] if dated_relative(tok, code) else accused.arrested_of(tok)
    )
    placed = placed_state(tok, patients, actors) if state else None  # ("held IN Iran": placed_state_act.py)
    home = placed or (state and home_speaker(tok, code, actors, day)) or home  # (coding/speaker_state.py)
    role = (_ORDERED_ARM if ordered else state_arm(code)) if state else None
    name = actors.country_name(home)
    source = Actor(text="", name=name, country=home, role=role, code=f"{home}{role or ''}")
    target, rule = _patient(patients, state, home, actors, day)
    return source, target, (PLACED_STATE_ACT if placed and rule == STATE_PASSIVE else rule)


def _patient(
    patients: list[Token], state: bool, home: str, actors: DocActors, day: dt.date | None
) -> tuple[Actor | None, str]:
    """(target, rule) of an agentless state act or wave of protest: the first patient with a country, or
    for a seized crew or boat naming none, its boat's flag ("its crew were held": crew_flag.py)."""
    flag = crew_flag(patients, home, actors, day) if state else None
    if flag is not None:
        return flag, CREW_FLAG
    targets = [a for p in patients for a in actors.resolve_all(p, day) if a.code and a.country]
    return (targets[0] if targets else None), (STATE_PASSIVE if state else PUBLIC_PROTEST)


def _dated(when: When | None, date_rule: str | None) -> tuple[str, ...]:
    """The rule that dated a draft, when it has a date."""
    return (date_rule,) if when and date_rule else ()


def _rules(rule: str) -> tuple[str, ...]:
    """The steps of a draft's parties: a crew's flag read for the target of a state passive is both."""
    return (STATE_PASSIVE, CREW_FLAG) if rule == CREW_FLAG else (rule,)


def _told(
    trigger: Trigger, code: str, actors: DocActors, day: dt.date | None
) -> tuple[Actor, Actor | None, str] | None:
    """(source, target, rule) of an agentless passive a state organ reports: another's people it acted on
    (speaker_state.py), or its own act to come ("Ankara announced that the Greek inspectors will be allowed
    in": announced_passive.py)."""
    if not _agentless(trigger):
        return None
    told = speaker_parties(trigger.token, code, actors, day)
    if told is not None:
        return (*told, SPEAKER_STATE)
    announced = announced_parties(trigger.token, code, actors, day)
    return (*announced, ANNOUNCED_PASSIVE) if announced is not None else None


def unattributed(tok: Token, code: str) -> bool:
    """A passive without its agent ("was arrested"), or one of force whose agent resolved to nobody ("was
    shot by his bodyguard": coding/unnamed_agent.py; asked only of a trigger with no source), or a verb
    whose subject is an event or a thing ("a blast wounded"), or an event noun told with its toll and no
    maker ("a bombing that killed 12": coding/tolled.py)."""
    if tok.pos_ != "VERB":
        return tolled_noun(tok)
    if syntax.is_passive(tok) or passive_conjunct(tok):
        verbs = [tok, tok.head] if passive_conjunct(tok) else [tok]
        agent = any(c.dep_ == "agent" for v in verbs for c in doccache.children(v))
        return not agent or unnamed_agent(tok, code)
    event_subjects = lexicon().event_subjects
    # A dateline the parser hung on the first verb ("KABUL, Afghanistan - A bomb ripped...") is no subject.
    dateline = tok.doc._.ne_dateline
    subjects = [s for s in subject_nouns(tok) if dateline is None or not dateline.start <= s.i < dateline.end]
    # (the recogniser takes a capitalised plural opening the sentence for a name: "Missiles struck ...")
    return bool(subjects) and all(
        s.pos_ == "NOUN" and (s.ent_type_ == "" or s.is_sent_start) and s.lemma_ in event_subjects
        for s in subjects
    )


def unnamed_agent_steps(tok: Token, code: str) -> tuple[str, ...]:
    """The rule that read an unattributed act as such, when it was its "by" phrase naming nobody."""
    return (UNNAMED_AGENT,) if tok.pos_ == "VERB" and unnamed_agent(tok, code) else ()


def subject_nouns(tok: Token) -> list[Token]:
    """The subjects of verb ``tok``, a relative pronoun read as the noun it stands for ("Sunday's
    bombings, WHICH killed 40 people")."""
    return [
        _antecedent(tok) if s.tag_ in _RELATIVE and tok.dep_ == "relcl" else s for s in syntax.subjects(tok)
    ]


def _antecedent(relcl: Token) -> Token:
    """The noun a relative clause describes: its head, or the noun a place phrase the parser hung it on
    belongs to ("the bombings in Quetta, which killed 40": the bombings, not Quetta, killed)."""
    noun = relcl.head
    for _ in range(3):
        if noun.dep_ != "pobj" or noun.head.lower_ not in _AT or noun.head.head.pos_ != "NOUN":
            break
        noun = noun.head.head
    return noun


def dateline_source(doc: Doc, places: DocPlaces, actors: DocActors) -> list[Actor]:
    """The country of the article's dateline ("OMAGH, Northern Ireland -"), as an unnamed actor."""
    iso3 = dateline_country(doc, places.gazetteer.lookup)  # ("GAO, Mali -": Mali's, not another Gao's)
    line = doc._.ne_dateline
    # A state's own statement (an agency's dateline, or a ministry's with the day before the month: "CITY,
    # 5 April --") tells an act on its own people by an unnamed hand; it did not do it itself.
    if iso3 is None or line.official or (line.date or "")[:1].isdigit():
        return []
    return [country_actor(actors, iso3)]


def caused_source(tok: Token, causers: list[Actor], places: DocPlaces, actors: DocActors) -> list[Actor]:
    """The country where an event caused by another ("..., sparking riots") happened: its own place's,
    else its causer's; the causer did not riot."""
    place = places.event_place(tok)
    iso3 = place.country if place is not None and place.country else None
    iso3 = iso3 or next((a.country for a in causers if a.country), None)
    if iso3 is None:
        return []
    return [country_actor(actors, iso3)]


def unnamed_tolls(drafts: list[Draft]) -> list[Draft]:
    """``_unnamed_tolls``, with people seized in a story of a kidnapping, placed with nobody named, read as
    abducted (coding/captive_taken.py)."""
    return [captive_draft(d) for d in _unnamed_tolls(drafts)]


def _unnamed_tolls(drafts: list[Draft]) -> list[Draft]:
    """The drafts of one sentence less the acts of force whose maker the text leaves unnamed (placed by
    the agentless rules: "unattributed") when the sentence tells another act of force whose maker it
    names: "Turkish jets struck the town, where residents said bombs fell and killed dozens" is the
    strike and its toll, not a second attack by the town's own country (UNNAMED_TOLL)."""
    named = [d for d in drafts if tolling_act(d)]  # (a named crackdown's too: coding/crackdown_toll.py)
    if not named:
        return drafts
    # (an attack told with its own toll is an event of its own: "struck X in retaliation for an air strike
    # that killed 33 soldiers"; so is one that hit another country than every named act did: "a shell
    # fired from across the border killed two Zendans, and Zendan jets bombed a depot in Lagado")
    return [
        d
        for d in drafts
        if not (d.code.startswith(FORCE_ROOTS) and "unattributed" in d.facts)
        or tolled_attack(d.trigger.token, d.code)
        or _hit_elsewhere(d, named)
    ]


def _hit_elsewhere(toll: Draft, named: list[Draft]) -> bool:
    """Whether the unnamed maker's act fell on victims whose phrase names their country ("two Zendans")
    that no named act of force of the sentence hit: each hit another country, or, where its place is not
    read yet, was made by the victims' own country in a clause of its own, neither governing the other
    (its makers did not also kill their own people; "were wounded WHEN the crew opened fire" is the
    crew's toll)."""
    target = toll.target
    if target is None or not target.country or not _names_country(toll):
        return False
    for d in named:
        hit = _hit_country(d)
        if hit is None:
            if d.source.country != target.country or not _apart(_clause_verb(d.token), toll.token):
                return False
        elif hit == target.country:
            return False
    return True


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause ``tok`` stands in (an event noun's: "an air strike flattened")."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _apart(one: Token, other: Token) -> bool:
    """Whether two clause verbs are coordinated or unrelated, neither subordinate to the other."""
    if one.dep_ == "conj" and one.head.i == other.i or other.dep_ == "conj" and other.head.i == one.i:
        return True
    return not (one.is_ancestor(other) or other.is_ancestor(one))


def _names_country(toll: Draft) -> bool:
    """Whether the target's words, found in the sentence, hold a nationality or a country's name."""
    assert toll.target is not None
    sent = toll.sent
    at = sent.text.find(toll.target.text) if toll.target.text else -1
    if at < 0:
        return False
    span = sent.char_span(at, at + len(toll.target.text), alignment_mode="expand")
    return span is not None and any(t.ent_type_ in ("NORP", "GPE") for t in span)


def _hit_country(d: Draft) -> str | None:
    """The country an act of force was done to: its target's, else the country it happened in."""
    if d.target is not None and d.target.country:
        return d.target.country
    return d.implicit_target.country if d.implicit_target is not None else None
