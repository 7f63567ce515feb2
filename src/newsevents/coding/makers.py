"""Who makes an act once its code is settled: the relabellings of a source read after ``force_code``.

Two rules, each in its module: an act a state organ announces for its own forces is the organ's
announcement (announcer.py), and a state named alone on an act of force is its military
(force_makers.py). The
announcement is read first: an announced act is coded as its intent or threat twin, which the roots of
force no longer hold.
"""

from __future__ import annotations

import datetime as dt

from newsevents.coding.announcer import announcer
from newsevents.coding.force_makers import state_force
from newsevents.coding.records import Trigger
from newsevents.records import Actor

__all__ = ["settled_source"]


def settled_source(
    trigger: Trigger, source_rule: str | None, source: Actor, code: str, day: dt.date | None
) -> tuple[Actor, str | None]:
    """``source`` as the announcing speaker or as its state's military, with the step that says so;
    ``source`` and None when neither rule applies."""
    told, made = announcer(trigger, source_rule, source, day)
    if made is not None:
        return told, made
    return state_force(trigger, source_rule, source, code)
