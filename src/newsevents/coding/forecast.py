"""Warnings of what may befall, not of what someone will do.

"Warned that a weak currency could hurt exporters" or "warned that the country faced civil war" is a
pessimistic comment (CAMEO 012, root 01), as the Phoenix WARN block codes warnings of catastrophe, risk
or exodus; only its bare default makes every "warn" a threat (130). The bare default stays a threat when
the warning has an addressee ("warned Lima that ..."), is conditional ("warned that if ..."), is about
what a pronoun (the speaker) will do, or names force, an answer to hostility or its price (the words of
``coding/data/forecast.toml``). A warning of a deed already done ("warned that hackers linked to Moscow
HAD PENETRATED the networks") forecasts nothing: it tells what a party did, an accusation (112).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

FORECAST_WARNING = declare(
    "code",
    "forecast-warning",
    "a warning with no addressee of what may befall ('warned that a weak currency could hurt exporters') "
    "is a pessimistic comment (012), not a threat (130)",
    "Accra's finance minister warned on Monday that a weak cedi could hurt importers.",
)
WARNED_DEED = declare(
    "code",
    "warned-deed",
    "a warning that a party has done a deed ('warned that hackers had penetrated the networks') is an "
    "accusation (112), not a forecast (012)",
    "Ottawa warned on Monday that agents of a foreign state had broken into its servers.",
)
ADVANCE_NOTICE = declare(
    "code",
    "advance-notice",
    "warning a party of a third party's act ('warned the town of the militia's arrival') or just before "
    "an act ('warned Oslo an hour before the strike') gives notice: a statement (010), not a threat (130)",
    "The governor warned the villagers of the rebels' approach.",
)
_FILE = "coding/data/forecast.toml"
# A pessimistic comment (CAMEO 012); an accusation (112).
_PESSIMISTIC = "012"
_ACCUSATION = "112"
_STATEMENT = "010"
# Dependents that name the warned party or what the warning is of or against: a Phoenix row decides.
_ADDRESSEE_DEPS = frozenset({"dobj", "iobj", "dative"})
_OF_PREPS = frozenset({"of", "against", "about"})


@dataclass(frozen=True, slots=True)
class ForecastWords:
    """``coding/data/forecast.toml``."""

    verbs: frozenset[str]
    threat_words: frozenset[str]
    conditions: frozenset[str]
    states: frozenset[str]


@functools.lru_cache(maxsize=1)
def forecast_words() -> ForecastWords:
    """The words of warnings, checked: every key present, each a list of strings."""
    return word_table(ForecastWords, _FILE)


def forecast_warning(trigger: Trigger) -> Trigger:
    """``trigger`` recoded as a pessimistic comment (012) when it is the bare threat default of a verb
    of warning whose reported clause forecasts a misfortune; else unchanged."""
    words = forecast_words()
    pattern = trigger.pattern
    if trigger.noun or trigger.code is not None or pattern.lemma not in words.verbs:
        return trigger
    if not pattern.code.startswith("13") or pattern.object or pattern.prep or pattern.subject:
        return trigger
    if _advance_notice(trigger.token):
        recoded = replace(pattern, code=_STATEMENT, id=f"{pattern.id}+notice")
        return replace(trigger, pattern=recoded, steps=(*trigger.steps, ADVANCE_NOTICE))
    clause = _forecast_clause(trigger.token, words)
    if clause is None:
        return trigger
    if any(_past_deed(c, words) for c in doccache.children(trigger.token) if c.dep_ == "ccomp"):
        recoded = replace(pattern, code=_ACCUSATION, id=f"{pattern.id}+deed")
        return replace(trigger, pattern=recoded, steps=(*trigger.steps, WARNED_DEED))
    recoded = replace(pattern, code=_PESSIMISTIC, id=f"{pattern.id}+forecast")
    return replace(trigger, pattern=recoded, steps=(*trigger.steps, FORECAST_WARNING))


def _advance_notice(verb: Token) -> bool:
    """A warning to an addressee of what a third party does ("warned Lima OF the rebels' arrival", a
    possessor that is a noun, not the speaker's "its") or given just before an act ("warned Oslo a
    minute BEFORE the strike"): notice of what comes, no threat of the speaker's own."""
    kids = doccache.children(verb)
    addressees = [c for c in kids if c.dep_ in _ADDRESSEE_DEPS]
    if not addressees:
        return False
    preps = [c for c in (*kids, *(g for a in addressees for g in doccache.children(a))) if c.dep_ == "prep"]
    for prep in preps:
        objects = [o for o in doccache.children(prep) if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        if prep.lower_ == "before" and prep.head.i == verb.i and objects:
            return True
        owners = (g for o in objects for g in doccache.children(o) if g.dep_ == "poss")
        if prep.lower_ == "of" and any(g.pos_ in ("NOUN", "PROPN") for g in owners):
            return True
    return False


def _past_deed(clause: Token, words: ForecastWords) -> bool:
    """Whether the warned-of ``clause`` tells a deed done, in the perfect ("had penetrated", "have
    smuggled"), by a subject named by a noun (or none the parser kept), with a verb of action (not "had
    become", "has reached")."""
    if clause.pos_ != "VERB" or clause.tag_ != "VBN" or clause.lemma_.casefold() in words.states:
        return False
    kids = doccache.children(clause)
    if not any(c.dep_ == "aux" and c.lemma_.casefold() == "have" for c in kids):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids):
        return False  # ("could have triggered": a conjecture)
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    # (no subject of its own: the parser hung it on a participle before, "hackers linked to X had ...")
    return all(c.pos_ in ("NOUN", "PROPN") for c in subjects)


def _forecast_clause(verb: Token, words: ForecastWords) -> Token | None:
    """The head of the clause ``verb`` reports when it forecasts a misfortune to nobody in particular."""
    kids = doccache.children(verb)
    if any(c.dep_ in _ADDRESSEE_DEPS or (c.dep_ == "prep" and c.lemma_ in _OF_PREPS) for c in kids):
        return None
    clauses = [c for c in kids if c.dep_ == "ccomp"]
    if not clauses:
        return None
    clause, heads = clauses[0], {c.i for c in clauses}
    # (every reported clause: the parser may split one in two, "that any state TRYING to close the strait
    # | would be REGARDED as an enemy", the threat's words in the second)
    subtree = [t for c in clauses for t in doccache.subtree(c)]
    # (a relative clause describes a thing of the forecast, "the powers, WHICH ALLOW arrests without charge,
    # could lead to abuses": its words are no act the speaker warns of)
    described = {t.i for r in subtree if r.dep_ == "relcl" for t in doccache.subtree(r)}
    for tok in subtree:
        if tok.i in described:
            continue
        lemma = tok.lemma_.casefold()
        if lemma in words.threat_words or (tok.dep_ == "mark" and lemma in words.conditions):
            return None
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i in heads and tok.pos_ == "PRON":
            return None  # ("warned that it would ...": the speaker's own act)
    return clause
