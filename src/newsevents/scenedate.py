"""The date of an undated past act whose only day is told by a clause of the same scene below it: "police
fired tear gas at supporters WHO MARCHED on the capital on Thursday", "gunmen kidnapped ten pilgrims AS
THEY RETURNED from the shrine on Saturday". The day hangs on the lower verb, an event of its own, so the
sentence rule leaves it to that verb and the act above fell back to the report's day; but the scene told
is one occasion: the act was done to those marchers, on that journey.

Only a path of same-scene links counts, from the date's verb up to the act: a relative clause on one of its
phrases, an adjunct clause marked "as", "while" or "when" (or unmarked: a participle), an open complement or a
prepositional phrase; never across "after", "before", "since", "until", "because" or "if", which set the acts
apart or tell a condition, nor from the act an accusation charges ("accused X of attacking ... on Tuesday": a
gerund under "of"), a passive participle with an agent of its own describing a noun ("in a town captured by X
on Monday"), or a clause describing a noun of another clause below the act ("reopened the border, ending a
closure that began on Monday"): those tell the noun's past. The lower verb is a simple past or a participle
(not "had marched", told as background, nor "will march", nor a saying, whose day is the telling's), the act
is in the simple past, and the day is one of the week before the report's day (a weekday's reach), the only
such day below the act.

Helper of ``newsevents.when`` through ``newsevents.belowdate``, after the sentence's free dates gave none.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.lexicon import lexicon
from newsevents.coding.rules import declare
from newsevents.datewords import When
from newsevents.sentencedates import SentenceDates

SCENE_DAY = declare(
    "date",
    "scene-clause-day",
    "an undated past act takes the day of a clause of the same scene below it (a relative clause on its "
    "phrase, an 'as'/'when' clause): the act was done to, or during, what that clause tells",
    "Police fired tear gas at students who marched on the ministry on Friday.",
)
# Tenses of the act and of the lower verb: a simple past, or a participle for the lower one.
_ACT_TAGS = frozenset({"VBD"})
_LOWER_TAGS = frozenset({"VBD", "VBN", "VBG"})
# The auxiliary of a simple past passive ("were killed").
_PAST_BE = frozenset({"was", "were"})
# Links of one scene, from a lower verb up to the act.
_SCENE_DEPS = frozenset({"relcl", "acl", "advcl", "xcomp", "pcomp", "prep", "pobj", "dobj"})
# Links of a clause describing a noun: one reached through another clause below the act ("ending a
# closure THAT BEGAN on Monday") tells the noun's past, not the act's scene.
_DESCRIBING = frozenset({"relcl", "acl"})
# Marks of an adjunct clause that is the same scene ("as they returned"); an unmarked one is a participle.
_SAME_SCENE_MARKS = frozenset({"as", "while", "when"})
# Marks and prepositions that set the acts apart in time or tell a condition or cause.
_APART = frozenset(
    {"after", "before", "since", "until", "till", "because", "if", "unless", "once", "despite"}
)
# Steps from the date's verb up to the act: "fired at THOUSANDS OF SUPPORTERS WHO marched" is five.
_REACH = 6
# Days before the report's day that a weekday reaches.
_WEEK = 7


def scene_day(tok: Token, dates: SentenceDates) -> When | None:
    """The day, in the week up to the report's, of the one expression of ``dates`` (bound to no noun) that
    hangs on a past verb of the same scene below the past act ``tok``, else None."""
    reference = dates.reference
    if tok.pos_ != "VERB" or not _simple_past(tok) or reference is None or _perfect(tok):
        return None
    found: list[When] = []
    for ent, anchor in dates.anchored():
        if anchor.i == tok.i or anchor.tag_ not in _LOWER_TAGS:
            continue
        if _perfect(anchor) or anchor.lemma_ in lexicon().quote_verbs or not _below(anchor, tok):
            continue  # (not "seized the cargo that X said on Thursday was arms": the saying's day)
        for when in dates.day_records(ent):
            if 0 <= (reference - dt.date.fromisoformat(when.date)).days <= _WEEK:
                found.append(when)
    return found[0] if len(set(found)) == 1 else None


def _simple_past(verb: Token) -> bool:
    """Whether ``verb`` is told in the simple past, active ("fired") or passive ("were killed")."""
    if verb.tag_ in _ACT_TAGS:
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ in _PAST_BE for c in doccache.children(verb)
    )


def _perfect(verb: Token) -> bool:
    """Whether ``verb`` is told in the past perfect ("had marched"): background, not the scene."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in doccache.children(verb))


def _agent(verb: Token) -> bool:
    """Whether ``verb`` has a "by" agent of its own ("captured BY the rebels"): another actor's act."""
    return any(c.dep_ == "agent" for c in doccache.children(verb))


def _below(anchor: Token, act: Token) -> bool:
    """Whether ``anchor`` reaches ``act`` by same-scene links only, ``_REACH`` steps up at most."""
    tok, described = anchor, False
    for _ in range(_REACH):
        if tok.head.i == tok.i or tok.dep_ not in _SCENE_DEPS or tok.lower_ in _APART:
            return False
        if tok.dep_ == "pcomp" and tok.head.lower_ == "of":
            return False  # ("accused X OF launching an attack on Tuesday": the act charged, not the charge)
        if (tok.dep_ == "acl" and _agent(tok)) or (described and tok.dep_ == "advcl"):
            return False  # ("a town CAPTURED BY X on Monday", "ENDING a closure that began on Monday")
        described = described or tok.dep_ in _DESCRIBING
        marks = {c.lower_ for c in doccache.children(tok) if c.dep_ == "mark"}
        if marks & _APART or (tok.dep_ == "advcl" and marks and not marks & _SAME_SCENE_MARKS):
            return False
        tok = tok.head
        if tok.i == act.i:
            return True
    return False
