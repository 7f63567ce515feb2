"""A withdrawal of the source's own forces ("ordered his troops to withdraw from the oil field", "the
country's troops would be pulled back") is no act on itself: its target is where the forces leave.

The arguments stage reads the object of "ordered his troops to withdraw" (or the subject of a passive,
"troops would be pulled back") as the target. ``forces.own_forces`` sets a state's own forces aside when
they are named as the state's ("its troops") or placed only by the sentence, but forces owned by a
person ("HIS troops", the president's) or by "the country" name another party than the source's phrase,
so they stay, and the retreat becomes one of the state from itself. The corpus codes a retreat as
yielding to the party whose ground is left (corpus/README.md). So when a retreat or an intent to pull
back (``withdrawn_forces.toml``) is aimed at the source's own forces, that target is dropped and the
implicit target rules choose (``targets.implicit_country``: the place left, the foreign party its sentence
names, the story's rival). Read by the selection stage once a draft's target is settled
(``answered.answered_party``).
"""

from __future__ import annotations

import functools

from newsevents.coding.records import Draft
from newsevents.coding.resources import word_sets
from newsevents.coding.rules import declare

__all__ = ["WITHDRAWN_FORCES", "withdrawn_forces"]

WITHDRAWN_FORCES = declare(
    "target",
    "withdrawn-forces",
    "a retreat or an intent to pull back whose target is the source's own forces ('ordered his troops to "
    "withdraw') is aimed where the forces leave, by the implicit target rules, not at the source itself",
    "Chad's president ordered his troops to withdraw from the oil field they seized from Niger.",
)
_KEYS = ("codes", "force_roles")


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets("coding/data/withdrawn_forces.toml", _KEYS)


def withdrawn_forces(d: Draft) -> Draft:
    """``d`` without its target when it is a retreat aimed at the source's own forces; else ``d``."""
    words = _words()
    target, own = d.target, d.source.country
    if target is None or own is None or target.country != own or target.role not in words["force_roles"]:
        return d
    if not d.code.startswith(tuple(words["codes"])):
        return d
    return d.step(WITHDRAWN_FORCES, target=None)
