"""Troops ordered to keep order are a show of force at home: "the acting president imposed a curfew and
ordered troops to restore order", "he said he had ordered security forces to shoot to kill without
warning". The posture (150, 152, 154) names no target, so ``targets.implicit_country`` aims it at the
foreign party its story names (``force-counterpart``: the country a fleeing leader went to, the alliance
asked for help); but the act the troops are sent to do, quelling unrest, restoring order, shooting
rioters, clearing roads, is done on the state's own ground, and corpus/README.md codes it on the source's
own country on both sides. Read by ``own_country.settle`` after the implicit targets are set.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.targets import FORCE_COUNTERPART

ORDER_AT_HOME = declare(
    "target",
    "order-at-home",
    "forces ordered or sent to restore order, quell unrest or shoot to kill act on their own state's ground: "
    "the source's own country is the target, not a foreign party the story names",
    "The acting president imposed a curfew after the president fled abroad and ordered troops to restore "
    "order.",
)
# Roots of a military posture that ``force-counterpart`` aims at a foreign party.
_POSTURE_ROOT = "15"
# Verbs of the task that keep the order at home: what troops do to their own state's unrest.
_HOME_TASKS = frozenset({"restore", "maintain", "quell", "shoot", "clear", "crush", "suppress", "disperse"})
# Tasks that keep order at home only with public order as their object ("maintain a presence" does not).
_ORDER_TASKS = frozenset({"restore", "maintain"})
# Object words of "maintain"/"restore" that name public order ("keep the peace" abroad is peacekeeping).
_ORDER_WORDS = frozenset({"order", "calm", "law"})
# How deep under the order its task may sit ("ordered troops to do whatever was necessary to restore order").
_DEPTH = 3


def order_at_home(d: Draft, actors: DocActors) -> Draft:
    """``d`` aimed at its source's own country when it is a posture ``force-counterpart`` aimed abroad
    and its verb sends forces to keep order at home; else unchanged."""
    own = d.source.country
    if own is None or d.target is not None or not d.code.startswith(_POSTURE_ROOT):
        return d
    if FORCE_COUNTERPART not in d.steps or not _home_task(d.token, _DEPTH):
        return d
    return d.step(ORDER_AT_HOME, implicit_target=country_actor(actors, own))


def _home_task(tok: Token, depth: int) -> bool:
    """Whether a clause under ``tok`` (an open complement or purpose, down to ``depth``) is a task of order
    at home: "restore order", "shoot to kill", "quell the riots"."""
    if depth == 0:
        return False
    for c in doccache.children(tok):
        if c.dep_ not in ("xcomp", "advcl", "ccomp", "relcl") or c.pos_ not in ("VERB", "AUX"):
            continue
        lemma = c.lemma_.casefold()
        if lemma in _HOME_TASKS and (lemma not in _ORDER_TASKS or _names_order(c)):
            return True
        if _home_task(c, depth - 1):
            return True
    return False


def _names_order(verb: Token) -> bool:
    """Whether ``verb``'s object is public order ("restore order", "restore calm", "law and order")."""
    return any(c.dep_ == "dobj" and c.lemma_.casefold() in _ORDER_WORDS for c in doccache.children(verb))
