"""A resignation is yielded at home: "the president resigned under an agreement with the United States",
"stepped down, emailing his resignation from Singapore", "agreed to resign at a meeting of Caribbean
leaders". Leaving office (0831, accede to demands for a change in leadership) gives way to the leader's own
people, as corpus/README.md codes it (source and target one country); the foreign party the sentence names
(a broker, a host, the place the letter was sent from, a voice quoted) is no party of it, though the target
rules (object phrases, clause objects, foreign voices, story counterparts) take it. Flying into exile is
another matter: the host that takes the leader in is its target, so a verb of motion keeps its target; so
does a verb of handing over (the party that receives the power or the territory).
Read by ``coding/rivals.settle`` last.
"""

from __future__ import annotations

from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

RESIGNED_HOME = declare(
    "target",
    "resigned-home",
    "a resignation (0831) is aimed at the leader's own country, not at a foreign broker, host or place its "
    "sentence names; flying or leaving into exile keeps its target, and so does handing power over",
    "Haiti's prime minister agreed to resign at a summit in Kingston hosted by Jamaica.",
)
# The code of leaving office (accede to demands for a change in leadership: resign, step down).
_LEAVING_OFFICE = "0831"
# Verbs of motion that tell a leader's flight into exile ("flew into exile in Nigeria", "left the country
# aboard an American plane"): their target is the host or carrier, as the corpus codes the flight.
_MOTION_VERBS = frozenset({"fly", "leave", "flee", "go", "depart", "travel", "escape", "board"})
# Verbs of handing over ("handed control of the canal to Panama", "ceded the province to X"): the party
# that receives the power or the territory is the target, at home or abroad.
_HANDING_VERBS = frozenset({"hand", "transfer", "cede", "surrender", "turn", "give"})


def resigned_home(d: Draft, actors: DocActors) -> Draft:
    """``d`` aimed at its source's own country when it is a resignation aimed at a foreign one."""
    own, aimed = d.source.country, d.aimed
    if own is None or aimed is None or aimed.country in (None, own) or d.code != _LEAVING_OFFICE:
        return d
    lemma = d.token.lemma_.casefold()
    if lemma in _MOTION_VERBS or lemma in _HANDING_VERBS:
        return d
    return d.step(RESIGNED_HOME, target=country_actor(actors, own))
