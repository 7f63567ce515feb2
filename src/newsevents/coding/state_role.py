"""The role of a state's source the actor stage left without one, or read off a bare name on an act of
force: "Ruritania's shelling of the port", "fighting between Ruritania and Borduria", "Ruritanian guns
fired back", "the Ruritanian side expelled two diplomats", "Ruritania's mission in Geneva rejected the
report".

The actor stage gives a bare country name the government's role and a phrase whose head is no agent word
none at all, so a gold ``source_role`` could not match: no role matches none, and corpus/README.md codes a
state named only by its name or adjective on an act of force as its armed forces (``MIL``). Three shapes
are recoded; the country and the code stay as they were:

- on an act of force or posture (roots 15, 18, 19, 20), a source with a country and no role is that
  state's armed forces (no gold role matches no role, so this only ever adds a match);
- on such an act, a government read off a bare country name that only an event noun's possessor,
  modifier or "between" phrase named ("Ruritania's shelling") is its forces too: the noun names the act of
  force itself. A state that is the subject of a verb keeps its role ("Ruritania declared a ceasefire");
- on any other act, a role-less source whose phrase ends in a word of a state's own envoys and offices
  ("side", "delegation", "mission", ``coding/data/state_role.toml``) speaks for its government (GOV).

Runs last among the draft passes of ``own_country.settle``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

ARMED_STATE = declare(
    "source",
    "armed-state",
    "a state that acts by force with no body named (a bare name on an event noun, a doer with no role) "
    "is its military (MIL)",
    "Ruritania's shelling of the border town killed four people.",
)
STATE_BODY = declare(
    "source",
    "state-body",
    "a state's source with no role whose phrase ends in a word of its envoys or offices ('the Ruritanian "
    "side', 'Ruritania's mission') speaks for its government (GOV)",
    "The Ruritanian side expelled two Bordurian diplomats on Monday.",
)
_FILE = "coding/data/state_role.toml"
# Force, posture and assault: the acts a state does through its armed forces.
_FORCE_ROOTS = frozenset({"15", "18", "19", "20"})
# The source rules that read the doer off an event noun's own phrase ("X's shelling", "X shelling",
# "fighting between X and Y"), where the noun is the act of force itself.
_NOUN_RULES = frozenset({"source:possessor", "source:modifier", "source:between"})
_GOVERNMENT = "GOV"
_MILITARY = "MIL"
# "the" before a country's name and "'s" after it leave it a bare name; "the country" stands for one.
_BARE = re.compile(r"^(?:the\s+)?(?P<name>.+?)(?:['\u2019]s?)?$", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class StateRoleWords:
    """``coding/data/state_role.toml``."""

    government_heads: frozenset[str]


@functools.lru_cache(maxsize=1)
def state_role_words() -> StateRoleWords:
    """The packaged list (read once per process)."""
    return word_table(StateRoleWords, _FILE)


def with_state_roles(drafts: Iterable[Draft], actors: DocActors) -> list[Draft]:
    """``drafts`` with each role-less state source given its role, and each state acting by force with no
    body named as its military."""
    return [_with_role(d, actors) for d in drafts]


def _with_role(d: Draft, actors: DocActors) -> Draft:
    source = d.source
    if source.country is None:
        return d
    if d.code[:2] in _FORCE_ROOTS:
        bare = source.role == _GOVERNMENT and _NOUN_RULES.intersection(d.steps) and _bare(source.text, actors)
        if source.role is None or bare:
            return d.step(ARMED_STATE, source=source.with_role(_MILITARY))
        return d
    if source.role is None and _head_word(source.text) in state_role_words().government_heads:
        return d.step(STATE_BODY, source=source.with_role(_GOVERNMENT))
    return d


def _bare(text: str, actors: DocActors) -> bool:
    """Whether ``text`` is only a country's name, adjective or capital ("the" and "'s" around it allowed),
    or "the country" standing for one."""
    found = _BARE.match(text.strip())
    name = found.group("name").strip() if found else ""
    return name.casefold() == "country" or actors.resolver.dictionary.country_code(name) is not None


def _head_word(text: str) -> str:
    """The last word of the phrase before any apposition or relative clause ("the Ruritanian side, which
    ..." -> "side")."""
    words = _WORD.findall(text.split(",")[0].casefold())
    return words[-1] if words else ""
