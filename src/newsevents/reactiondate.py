"""The day of a reaction told after a lead of force: "Gunmen stormed a hotel in the capital on Sunday,
killing nine. The president condemned the attack and vowed to hunt down the killers." A wire filed the
day after an attack, a raid or a clash gathers the reactions to it as news of its filing day: the lead
dates the act of force, the undated reactions told after it (a verb of saying, condemning, vowing,
accusing and what it vows or threatens) take the report's date, not the lead's. A past act a reaction
reports ("said the army had fired first") keeps the lead's day; so do reactions when the lead's day is
not the day before the report (older news is told with its own days).

Helper of ``newsevents.leaddate`` (read where an event after the lead would take the lead's day).
Words: ``data/reaction_date.toml``.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare
from newsevents.datewords import When

REACTION_DAY = declare(
    "date",
    "reaction-day",
    "an undated reaction (a verb of saying, condemning, vowing, accusing, and what it vows or threatens) "
    "told after a lead that dates an act of force to the day before the report takes the report's date: "
    "the wire gathers the reactions as news of its filing day",
    "BAMAKO, May 6 (Wire) - Gunmen attacked an army post on Sunday. Niger condemned the attack.",
)
# Links from a reaction verb down to what it says or vows ("vowed to hunt", "said it would retaliate").
_CARRIED = frozenset({"xcomp", "ccomp", "conj"})
# Auxiliaries of a past act or state a reaction reports ("said two were killed", "said he was being
# held"): it keeps the day it was told of.
_PAST_AUX = frozenset({"had", "has", "have", "was", "were"})
# Auxiliaries of what a reaction vows or warns will happen ("said X had erred and WOULD pay"): a clause
# of its own time, whatever the tense of the clause it is coordinated with.
_FUTURE_AUX = frozenset({"would", "will", "'ll"})


@dataclass(frozen=True, slots=True)
class ReactionWords:
    """``data/reaction_date.toml``."""

    force_verbs: frozenset[str]
    force_objects: frozenset[str]
    reaction_verbs: frozenset[str]
    stance_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def reaction_words() -> ReactionWords:
    """The words of the rule (``word_table`` checks every key)."""
    return word_table(ReactionWords, "data/reaction_date.toml")


def reaction_day(tok: Token, lead_day: When, reference: dt.date | None) -> When | None:
    """The report's day for a reaction ``tok`` told after a lead of force dated ``lead_day``, the day
    before ``reference``; else None."""
    if reference is None or lead_day.precision != "day":
        return None
    if (reference - dt.date.fromisoformat(lead_day.date)).days != 1:
        return None
    if not _reaction(tok):
        return None
    sents = doccache.sents(tok.doc)
    lead = next((s for s in sents if s.root.pos_ in ("VERB", "AUX")), None)
    if lead is None or lead.start >= doccache.sent(tok).start or not _of_force(lead):
        return None
    return When.of_day(reference)


def _reaction(tok: Token) -> bool:
    """Whether ``tok`` is its sentence's reaction verb, or what that verb vows or says will happen (not
    a past act it reports)."""
    words = reaction_words()
    # ("said the rebels had blundered and would regret it": the vow is not the past act beside it)
    vowed = any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in doccache.children(tok))
    clause = tok
    for _ in range(4):
        if clause.dep_ == "ROOT":
            return clause.lemma_ in words.reaction_verbs and clause.pos_ == "VERB"
        if clause.dep_ not in _CARRIED or clause.pos_ not in ("VERB", "AUX"):
            return False
        if clause.dep_ == "ccomp" and not vowed and _past(clause):
            return False  # ("said the army had fired first": that act's own day)
        clause = clause.head
    return False


def _past(verb: Token) -> bool:
    """A clause in the past or the perfect: an act done, not one vowed or threatened. A stance reported
    in the past by the sequence of tenses ("said it stood by its neighbour") is the speaker's stance now."""
    if any(c.lower_ in _PAST_AUX for c in doccache.children(verb)):
        return True
    return verb.tag_ in ("VBD", "VBN") and verb.lemma_ not in reaction_words().stance_verbs


def _of_force(lead: Span) -> bool:
    """Whether the lead's main clause, or a clause it reports or coordinates (or one coordinated with
    that: "police said gunmen entered the town and shot ..."), or the toll its participle tells, tells an
    act of force, by its verb, its object or its agent ("was levelled by bombs")."""
    words = reaction_words()
    carried = [c for c in doccache.children(lead.root) if c.dep_ in _CARRIED]
    verbs = [lead.root, *carried, *(c for v in carried for c in doccache.children(v) if c.dep_ == "conj")]
    # the toll told by a participle ("a truck bomb blew up in the market, KILLING 30")
    verbs += [c for v in verbs for c in doccache.children(v) if c.dep_ == "advcl" and c.tag_ == "VBG"]
    for verb in verbs:
        if verb.lemma_ in words.force_verbs:
            return True
        if any(c.dep_ == "dobj" and c.lemma_ in words.force_objects for c in doccache.children(verb)):
            return True
        agents = (p for c in doccache.children(verb) if c.dep_ == "agent" for p in doccache.children(c))
        if any(p.lemma_ in words.force_objects for p in agents):
            return True
    return False
