"""Taking part in an act that happened is that act, no event of its own: "troops took part in the raid".

The bare participation patterns ("take part", with no word of what is taken part in: Phoenix codes it as
an intent to cooperate, 030) fit a future or offered part ("Quito said it will take part in watching
the truce": an intent) and a refused one ("will not take part": a rejection, coding/modality.py). Said
of a part already taken ("soldiers took part in the killings", "jailed for taking part in the protests")
they tell who did the act the phrase names: that act is coded on its own noun or verb, or is background,
and the participation is no intent of anything. The rows with the act named ("take part in a summit",
"in a protest") keep their codes. The participation idioms are in ``coding/data/participation.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

PART_TAKEN = declare(
    "modality",
    "part-taken",
    "a bare 'took part' said of a part already taken tells who did the act it names, no intent to "
    "cooperate: that act is coded on its own word",
    "Chadian soldiers took part in the raid on the rebel camp.",
)

_FILE = "coding/data/participation.toml"


@dataclass(frozen=True, slots=True)
class ParticipationWords:
    """``coding/data/participation.toml``."""

    participation_idioms: frozenset[str]


@functools.lru_cache(maxsize=1)
def participation_words() -> ParticipationWords:
    """The participation idioms, checked: every key present, each a list of words."""
    return word_table(ParticipationWords, _FILE)


def part_taken(trigger: Trigger, modality: str) -> str | None:
    """PART_TAKEN when ``trigger`` is a bare participation idiom read as done (asserted or reported)."""
    if modality not in ("asserted", "reported"):
        return None
    pattern = trigger.pattern
    if pattern.prep is not None or pattern.subject:
        return None
    idiom = " ".join((pattern.lemma, *pattern.object))
    return PART_TAKEN if idiom in participation_words().participation_idioms else None
