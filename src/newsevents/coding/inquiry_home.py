"""An inquiry a state opens into an event its story told is held at home when the event's doer is no
state: "Putin ordered an investigation after the agency's report", "the police watchdog said it had opened
an inquiry into the shootings". ``selection``'s reaction rule aims a reaction at the party of the event it
answers (the reporting agency, the rights group that counted the dead); an investigation (09) is no act on
that party, and with no state behind the event, what it examines is a matter in the investigating
state's own country, which corpus/README.md codes on that country on both sides (093, an internal
investigation). An inquiry into a foreign state's act keeps that state (the reaction's own target).
"""

from __future__ import annotations

from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

INQUIRY_AT_HOME = declare(
    "target",
    "inquiry-at-home",
    "an investigation answering an event whose party has no country (an agency's report, a rights group's "
    "count) is held in the investigating state's own country, not aimed at that party",
    "Human Rights Watch counted 40 dead. The Peruvian police watchdog said it had opened an inquiry.",
)
# The root of investigating.
_INVESTIGATE = "09"
# The step of ``selection``'s reaction rule ("target:reaction"; selection imports this stage's caller, so
# the name is spelled out here rather than imported).
_REACTION_STEP = "target:reaction"


def inquiry_home(d: Draft, actors: DocActors) -> Draft:
    """``d`` aimed at its source's own country when it is an investigation the reaction rule aimed at a
    party of no country; else unchanged."""
    own = d.source.country
    if own is None or not d.code.startswith(_INVESTIGATE) or _REACTION_STEP not in d.steps:
        return d
    if d.target is None or d.target.country is not None:
        return d
    return d.step(INQUIRY_AT_HOME, target=country_actor(actors, own))
