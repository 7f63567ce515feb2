"""A leader who resigns, steps down or flees office gives up power at home: "President Ana Ruiz resigned
and flew to Mexico on an air force jet", "the prime minister stepped down and left the country aboard a
Turkish plane". Stepping down under pressure (0831) is the state's own change of leadership, so its target
is the leader's own country, as corpus/README.md codes it (every resignation in the gold pairs a country
with itself), and not the country the leader flies to, the plane's flag or the foreign party another
clause of the sentence names.
"""

from __future__ import annotations

from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

RESIGNED_AT_HOME = declare(
    "target",
    "resigned-at-home",
    "a leader stepping down (0831) gives up power in the leader's own country: that country is the target, "
    "not the country the leader leaves for or a foreign party the sentence names",
    "President Ana Ruiz resigned on Sunday and flew to Mexico on an air force jet.",
)
# The code of stepping down (accede to demands for a change in leadership).
_STEP_DOWN = "0831"


def resigned_home(d: Draft, actors: DocActors) -> Draft:
    """``d`` aimed at its source's own country when it is a leader stepping down whose target is another
    country or none; else unchanged."""
    own = d.source.country
    if d.code != _STEP_DOWN or own is None:
        return d
    if d.target is not None and d.target.country in (None, own):
        return d  # (a target of no country is a group or a person of the leader's own story)
    return d.step(RESIGNED_AT_HOME, target=country_actor(actors, own))
