"""Attacks told by a relative clause that gives their toll: "blamed the rebels for a car bombing THAT
KILLED 12 people", "claimed Thursday's attack on the base, which wounded 30", "in retaliation for an air
strike that killed 33 soldiers".

A relative clause in the past that says what an attack cost asserts that the attack took place: the noun
is an event of its own, not the scene of the sentence's verb nor the object it gives way to. Without this
rule the noun is set aside (under "after", "for", "claimed", a coded governor) and its killing verb too,
as the relative clause that only describes it, so the attack is lost. Its victims are its target when
they name a country ("that killed 33 Turkish soldiers"); the killing verb itself still gives way to the
noun, which carries the one event.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.roles import Head
from newsevents.coding.rules import declare
from newsevents.when import HEAD_NOUN, OFFSET, OWN_CLAUSE, When

if TYPE_CHECKING:
    from newsevents.coding.records import Trigger
    from newsevents.when import DocDates

__all__ = [
    "TOLL_CLAUSE",
    "TOLL_RELATIVE",
    "TOLL_VICTIMS",
    "toll_clause",
    "toll_dates",
    "toll_time_clause",
    "toll_victims",
    "tolled_attack",
    "tolled_noun",
]

TOLL_RELATIVE = declare(
    "select",
    "toll-relative",
    "an attack noun whose relative clause tells its toll in the past ('a bombing that killed 12') is an "
    "event that took place, not the scene or the object of another verb",
    "Police blamed the rebels for a car bombing that killed 12 people in the capital.",
)
TOLL_CLAUSE = declare(
    "select",
    "toll-clause",
    "a time clause that tells an attack by its toll ('after a car bomb killed 40') tells an event of its own",
    "The government vowed revenge after a car bomb killed 40 policemen in the capital.",
)
TOLL_VICTIMS = declare(
    "target",
    "toll-victims",
    "an attack told with its toll in a relative clause targets the victims the clause names",
    "Turkey shelled Syrian positions in retaliation for an air strike that killed 33 Turkish soldiers.",
)
# Verbs that tell what an attack cost.
_TOLL_VERBS = frozenset({"kill", "wound", "injure", "maim"})
# Verbs that tell an attack by what it tore through ("after a bomb RIPPED THROUGH the convoy"): with
# "through", as plain an attack as a toll.
_RAVAGE_VERBS = frozenset({"rip", "tear"})
# Marks of a time clause told as past ("after", "since", "when", "as", "before").
_PAST_MARKS = frozenset({"after", "since", "when", "as", "before"})
# Prepositions of the phrases inside an attack noun's own phrase ("of a school", "in Kabul").
_PHRASES = frozenset({"of", "on", "in", "at", "near", "outside", "inside", "against"})
# How a noun that names again the act just told hangs ("..., an attack that killed 12": an apposition,
# or a loose noun phrase after a comma).
_RESTATING = frozenset({"appos", "npadvmod"})
# Determiners that make a noun refer back to an act told before.
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Entity types of a word that names a country ("Turkish", "Nigeria's").
_COUNTRY_ENTS = frozenset({"NORP", "GPE"})
# Units of a backward offset on a toll clause ("the night before", "a week earlier"), in days.
_UNIT_DAYS = {"day": 1, "night": 1, "evening": 1, "morning": 1, "week": 7}
_BACKWARD = frozenset({"before", "earlier"})
# Auxiliaries that keep the toll from being told as fact ("an attack that could kill thousands").
_UNREAL = frozenset({"would", "could", "might", "may", "will", "can", "shall", "should"})


def _phrase_nouns(tok: Token) -> list[Token]:
    """``tok`` and the nouns of its place and object phrases, where the parser may hang a relative clause
    that belongs to ``tok`` ("a bombing of a school in Kabul THAT KILLED 21")."""
    nouns, frontier = [tok], [tok]
    for _ in range(3):
        frontier = [
            g
            for n in frontier
            for p in doccache.children(n)
            if p.dep_ == "prep" and p.lower_ in _PHRASES
            for g in doccache.children(p)
            if g.dep_ == "pobj"
        ]
        nouns.extend(frontier)
    return nouns


def toll_clause(tok: Token) -> Token | None:
    """The relative clause of the noun ``tok`` that tells, as a fact, what the act cost: its verb is a
    killing verb in the past, active, with no modal and a relative pronoun for subject ("that killed 12",
    "which has wounded 30")."""
    for clause in (c for n in _phrase_nouns(tok) for c in doccache.children(n)):
        if clause.dep_ != "relcl" or clause.lemma_.casefold() not in _TOLL_VERBS:
            continue
        if not any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in doccache.children(clause)):
            continue
        if clause.tag_ != "VBD":
            continue  # (a perfect, "fighting that HAS KILLED 145", is the ongoing toll of a background)
        kids = doccache.children(clause)
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _UNREAL for c in kids):
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass", "neg") for c in kids):
            continue
        return clause
    return None


def tolled_attack(tok: Token, code: str) -> bool:
    """Whether the event noun ``tok`` coded ``code`` is an act of force whose toll a relative clause
    tells (TOLL_RELATIVE): an event of its own."""
    return code.startswith(FORCE_ROOTS) and tolled_noun(tok)


def tolled_noun(tok: Token) -> bool:
    """Whether the noun ``tok`` is told with a toll of its own: a relative clause of it tells what it
    cost, and it does not name again an act its sentence told (an apposition, "the release of sarin, AN
    ATTACK that killed 12")."""
    if tok.pos_ != "NOUN" or tok.dep_ in _RESTATING or _told_before(tok):
        return False
    return toll_clause(tok) is not None


def _told_before(tok: Token) -> bool:
    """A definite noun after the lead sentence ("THE attack that killed 12") refers back to an act the
    story told already, coded where it was told (as coding/accused.py reads "blamed X for the bombing")."""
    definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in doccache.children(tok))
    return definite and doccache.sent(tok).start > 0


def toll_victims(tok: Token, code: str, targets: list[Head]) -> list[Head]:
    """``targets`` with the victims of a tolled attack tried first (TOLL_VICTIMS): the objects of its
    relative clause's killing verb that name their country."""
    if not tolled_attack(tok, code):
        return targets
    clause = toll_clause(tok)
    assert clause is not None
    # (only victims that name their own country, "33 TURKISH soldiers": "12 people" is placed by the
    # sentence around it, the maker's country included, and the attack's place says more)
    victims = [
        Head(c, TOLL_VICTIMS)
        for c in doccache.children(clause)
        if c.dep_ == "dobj" and any(m.ent_type_ in _COUNTRY_ENTS for m in doccache.children(c))
    ]
    return victims + targets


def toll_time_clause(clause: Token, attacks: frozenset[str]) -> bool:
    """Whether the time clause ``clause`` tells an attack by its toll ("after a car bomb KILLED 40
    policemen", "since an air strike killed nine") or by what it tore through ("after bombs TORE THROUGH
    two churches"): an attack noun for subject of a killing verb in the
    past, active (TOLL_CLAUSE). The attack is no actor, but the clause asserts it took place, and the toll
    rule (coding/tolls.py) codes it as the attack; without this rule it is set aside as the scene."""
    kids = doccache.children(clause)
    ravaged = clause.lemma_.casefold() in _RAVAGE_VERBS and any(c.lower_ == "through" for c in kids)
    if not (clause.lemma_.casefold() in _TOLL_VERBS or ravaged) or clause.tag_ != "VBD":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _PAST_MARKS for c in kids):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass", "neg") for c in kids):
        return False
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.casefold() in attacks


def toll_dates(
    trigger: Trigger, dated: tuple[list[When], bool, str | None], dates: DocDates
) -> tuple[list[When], bool, str | None]:
    """The dates of a tolled attack: its own ("Thursday's bombing"), else those its relative clause gives
    ("a bombing that killed 12 ON WEDNESDAY"), which are the attack's, or the clause's offset back from its
    sentence's date ("an air strike that killed 33 soldiers THE NIGHT BEFORE"); else ``dated``."""
    tok = trigger.token
    if not trigger.noun or dated[2] in (OWN_CLAUSE, HEAD_NOUN):
        return dated
    if not tolled_attack(tok, trigger.coded_as):
        return dated
    clause = toll_clause(tok)
    assert clause is not None
    whens, own, rule = dates.event_dates(clause, doccache.sent(tok), {clause.i}, None)
    if own and whens and rule in (OWN_CLAUSE, OFFSET):
        return whens, own, rule
    back = _days_back(clause)
    if back and own and whens and whens[0].precision == "day":
        day = dt.date.fromisoformat(whens[0].date) - dt.timedelta(days=back)
        return [When(date=day.isoformat(), precision="day")], True, OFFSET
    return dated


def _days_back(clause: Token) -> int:
    """How many days before its sentence's date a clause says it happened: "the day before", "the night
    before", "a week earlier" (0: it says none)."""
    for verb in (clause, *(c for c in doccache.children(clause) if c.dep_ == "conj")):
        for unit in (u for v in (verb, *doccache.children(verb)) for u in doccache.children(v)):
            # ("the night before": "before" under the unit, or beside it under the verb)
            after = unit.doc[unit.i + 1] if unit.i + 1 < len(unit.doc) else unit
            back = any(c.lower_ in _BACKWARD for c in doccache.children(unit)) or after.lower_ in _BACKWARD
            if unit.dep_ == "npadvmod" and back and unit.lemma_.casefold() in _UNIT_DAYS:
                return _UNIT_DAYS[unit.lemma_.casefold()]
    return 0
