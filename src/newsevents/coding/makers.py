"""Who makes an act once its code is settled: the relabellings of a source read after ``force_code``.

Four rules, each in its module: an act a state organ announces for its own forces is the organ's
announcement (announcer.py); a state named alone on an act of force is its military (force_makers.py);
a person the sentence names with a military title is the military (military_titles.py); an armed
movement named as a government is the government (ruling_group.py). The
announcement is read first: an announced act is coded as its intent or threat twin, which the roots of
force no longer hold.
"""

from __future__ import annotations

import datetime as dt

from newsevents.coding import syntax
from newsevents.coding.air_fighters import AIR_FIGHTERS, air_fighters
from newsevents.coding.announcer import announcer
from newsevents.coding.force_makers import state_force
from newsevents.coding.military_titles import MILITARY_TITLE, titled_military
from newsevents.coding.records import Trigger
from newsevents.coding.roles import LIGHT_VERB_SUBJECT, SHARED_SUBJECT, SUBJECT
from newsevents.coding.ruling_group import RULING_GROUP, ruling_group
from newsevents.records import Actor

__all__ = ["settled_source"]


def settled_source(
    trigger: Trigger, source_rule: str | None, source: Actor, code: str, day: dt.date | None
) -> tuple[Actor, str | None]:
    """``source`` as the announcing speaker, as its state's military, as a titled officer or as a ruling
    movement, with the
    step that says so; ``source`` and None when no rule applies."""
    told, made = announcer(trigger, source_rule, source, day)
    if made is not None:
        return told, made
    source, made = state_force(trigger, source_rule, source, code)
    if made is not None or source_rule not in (SUBJECT, SHARED_SUBJECT, LIGHT_VERB_SUBJECT):
        return source, made
    # (the subject that named the source: the verb's own, or its head's for a shared or light verb)
    tok = trigger.token.head if source_rule in (SHARED_SUBJECT, LIGHT_VERB_SUBJECT) else trigger.token
    for head in syntax.subjects(tok):
        if (officer := titled_military(head, source)) is not None:
            return officer, MILITARY_TITLE
        if (rulers := ruling_group(head, source)) is not None:
            return rulers, RULING_GROUP
        if (planes := air_fighters(tok, head, source)) is not None:  # ("Russian fighters intercepted ...")
            return planes, AIR_FIGHTERS
    return source, None
