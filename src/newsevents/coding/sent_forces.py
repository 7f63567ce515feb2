"""Troops told as the subject of a passive deployment are what was sent, not whom it was shown to.

"Two battalions of Ruritanian and Freedonian soldiers were sent by the regional bloc", "Lagadan police were
deployed by the United Nations": the target stage reads the passive subject as the patient
(``target:passive-subject``), which for a deployment (CAMEO 15) is the forces themselves, so their
nationality became the target. A deployment is coded on the country the forces are placed in; where the
clause names that place, ``destination.py`` aims the event at it. Otherwise the story's dateline places
it ("MONROVIA -": the troops landed there), when that is another country than the troops' own. The rule
reads only troops of another state than the sender (a state's own troops are left to the rival and
destination rules) and only the sending verbs of ``destination.toml``.
"""

from __future__ import annotations

from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.destination import aimed_at_destination, destination_words, posture_draft
from newsevents.coding.records import Draft
from newsevents.coding.roles import PASSIVE_SUBJECT
from newsevents.coding.rules import declare

__all__ = ["SENT_FORCES", "sent_forces"]

SENT_FORCES = declare(
    "target",
    "sent-forces",
    "forces that are the subject of a passive deployment ('the troops were sent by X') are what was sent: "
    "the deployment is aimed at the dateline's country, not at the troops' nationality",
    "MONROVIA, May 2 - Two Ruritanian battalions were sent by the regional bloc to guard the port.",
)


def sent_forces(drafts: list[Draft], actors: DocActors) -> list[Draft]:
    """``drafts``, each passive deployment whose target is the forces sent aimed at the dateline's country;
    the forces' several nationalities ("Ruritanian and Freedonian soldiers") then give one event, not one
    each."""
    kept: list[Draft] = []
    seen: set[tuple[int, str | None, str | None]] = set()
    for d in drafts:
        placed = _placed(d, actors)
        if placed is not d:
            key = (d.token.i, placed.source.country, placed.target.country if placed.target else None)
            if key in seen:
                continue
            seen.add(key)
        kept.append(placed)
    return kept


def _placed(d: Draft, actors: DocActors) -> Draft:
    """``d`` aimed at the dateline's country when its target is the forces of another state than the sender
    that a passive deployment sent (any role: a nationality word on the troops, "Ruritanian and Freedonian",
    may read as the country itself)."""
    target = d.target
    if (
        target is None
        or target.country is None
        or target.country == d.source.country
        or PASSIVE_SUBJECT not in d.steps
        or d.trigger.noun
        or d.token.lemma_.casefold() not in destination_words().sending_verbs
        or not posture_draft(d)
    ):
        return d
    placed = aimed_at_destination(d, actors)
    if placed is not d:
        return placed
    home = actors.dateline_country
    if home is None or home == target.country or home == d.source.country:
        return d
    return d.step(SENT_FORCES, target=country_actor(actors, home), implicit_target=None)
