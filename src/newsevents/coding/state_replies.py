"""A state's reply told with no counterpart: the country the story pairs the state with.

The target stage places an act that CAMEO lets stand at home (a statement, a refusal to yield, a protest,
a yielding: ``domestic`` yes in ``data/cameo_semantics.tsv``) and that names no target on its source's own
country (``target:implicit``). Said or done by a state in a story that pairs it with another country,
some of these acts answer that country: "Oslo halted fishing talks with Reykjavik. On Tuesday Oslo
protested that a trawler had entered its waters" protests to Iceland; "Ottawa rescinded the tax" after a
quarrel with Washington yields to it; "Cairo has refused to hand the officers over" refuses the country
that asked. ``coding/counterpart.py`` then sets the story's counterpart as it does for acts always aimed
at another party, and leaves the act at home when the story pairs the state with nobody. The codes and
the source roles are in ``data/state_replies.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from newsevents.coding.records import Draft
from newsevents.coding.resources import word_table

__all__ = ["StateReplies", "state_replies", "state_reply"]

# The word of the data file for a source with no role: a country named as such ("Pakistan protested").
_NO_ROLE = "none"


@dataclass(frozen=True, slots=True)
class StateReplies:
    """The lists of ``coding/data/state_replies.toml``."""

    codes: frozenset[str]
    voices: frozenset[str]
    # Words of a measure of a state's own rule, or of an election lost, that a yielding undoes at home
    # (coding/home_yield.py).
    home_measures: frozenset[str]


@functools.lru_cache(maxsize=1)
def state_replies() -> StateReplies:
    """The packaged table (read once per process)."""
    # (the fields by dataclasses.fields, not __slots__: a class compiled by mypyc has none, README)
    return word_table(StateReplies, "coding/data/state_replies.toml")


def state_reply(d: Draft) -> bool:
    """Whether ``d`` is an act of ``codes`` made by a source of ``voices``."""
    table = state_replies()
    if (d.source.role or _NO_ROLE) not in table.voices:
        return False
    return any(d.code.startswith(code) for code in table.codes)
