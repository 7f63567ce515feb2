"""A relative clause with a date of its own that tells a withdrawal, a release, a resignation, a show of
force or an assault is an event, not backstory: "the rebels, who left the port town a month ago, now hold
the road"; "troops who shot dead two farmers last month will face trial"; "the minister, who resigned in
March, faces trial".

``roles._relative_pronoun`` reads a dated relative clause as backstory that characterises its noun
("Norway, which mediated the 2002 ceasefire, said ..."), so its pronoun stands for nobody and no event is
coded from it. For most acts that is right: a state is described by what it once did. Acts of yielding
(08), force posture (15) and assault (18) told in such a clause are the facts a report turns on (a
withdrawal that left a town open, a killing that set off protests) and gold codes them with their own
date; on the tuning and probe material reading them cost no false alarm where the other roots did.
The clause's verb must be a trigger of one of those roots (``doc._.ne_triggers``, set by the trigger stage
before the arguments stage asks). The roots are in ``coding/data/relative_acts.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

RELATIVE_ACT = declare(
    "source",
    "relative-act",
    "a relative clause with its own date that tells a withdrawal, release, resignation, show of force or "
    "assault is an event: its relative pronoun stands for the noun it hangs from",
    "The rebels, who pulled out of the town two weeks ago, still block the road.",
)
_FILE = "coding/data/relative_acts.toml"


@dataclass(frozen=True, slots=True)
class RelativeActRoots:
    """``coding/data/relative_acts.toml``."""

    roots: frozenset[str]


@functools.lru_cache(maxsize=1)
def relative_act_roots() -> RelativeActRoots:
    """The roots, checked: every key present, each a list of words."""
    return word_table(RelativeActRoots, _FILE)


def act_told(clause: Token) -> bool:
    """Whether relative clause ``clause`` (its verb) is a kept trigger of a root whose acts a dated
    relative clause still tells as events."""
    roots = relative_act_roots().roots
    for trigger in clause.doc._.ne_triggers or ():
        if trigger.token.i == clause.i and trigger.kept:
            return trigger.coded_as[:2] in roots
    return False
