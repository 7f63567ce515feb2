"""Ground a state's forces take, retake or fight over in their own country is taken from the other side.

"Azerbaijani forces took the town of Shusha", "Ukrainian troops retook the airfield outside Kyiv": the
object is a place, and a place named where a party is expected stands for its country
(``target:place-as-state``), so the act reads as the state's own forces occupying their own land (AZE ->
AZE). The place is where the fight was, not whom it was against: the target is the side that held it.
Here the place-derived target of such an act is set free when it is the source's own country, for the
selection stage to place on the foreign party the sentence (or the one before) names
(``target:force-counterpart``); with no foreign party named, the act falls back to its place, as before
("Malian troops retook Kidal" stays MLI -> MLI). Armed groups are left alone: rebels taking a town act
where they are.
"""

from __future__ import annotations

from newsevents.coding.lexicon import lexicon
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

__all__ = ["OWN_GROUND", "own_ground"]

OWN_GROUND = declare(
    "target",
    "own-ground",
    "a fight or an occupation by a state's forces whose target is only the place, in their own country, "
    "is aimed at the side that held it: the place's country is set free for the foreign counterpart",
    "Ruritanian troops retook the border town of Zenda from the Borduvian army on Sunday.",
)
# CAMEO code of occupying ground (192): an act whose object is the place taken. (Shelling or storming a
# place at home is coded on the place: "Russian artillery pounded Grozny" is RUS -> RUS in the corpus.)
_FIGHT_ROOT = "192"
# The rule that made a named place its country's stand-in as target (coding/arguments.py).
_PLACE_AS_STATE = "target:place-as-state"


def own_ground(drafts: tuple[Draft, ...]) -> tuple[Draft, ...]:
    """``drafts`` with the place-derived own-country target of a state's fight set free (see module)."""
    return tuple(_freed(d) for d in drafts)


def _freed(d: Draft) -> Draft:
    target, source = d.target, d.source
    if target is None or not d.code.startswith(_FIGHT_ROOT) or _PLACE_AS_STATE not in d.steps:
        return d
    if source.country is None or target.country != source.country:
        return d
    if source.role is not None and source.role not in lexicon().state_roles:
        return d
    return d.step(OWN_GROUND, target=None)
