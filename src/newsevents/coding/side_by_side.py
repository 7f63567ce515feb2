"""Co-reactors kept apart from each other's fallback targets: "Britain, France and Germany condemned the
test", with no target named, is three reactions to a fourth party, not each aimed at another of the three
because the article names it most. The argument stage marks two co-reactors (``coagents``
``target:co-reactors``) and lets three or more coordinated parties act as a group; this pass, run after
the selection stage set its implicit targets (``coding/rivals.py``), aims such a reaction at the party
the article names most among the others, else at none. The parties of a gapped clause ("X pledged 50
million, Y 20 million", ``coding/gapped.py``) and those of a passive's "by" phrase ("the plan was
rejected by Chile and Peru", ``coagents`` ``target:by-co-agents``), and a list of three or more that
does any one-way act ("X, Y and Z, which also imposed sanctions"), are kept apart the same way."""

from __future__ import annotations

from collections.abc import Iterable

from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.co_actors import CO_ACTORS
from newsevents.coding.coagents import BY_CO_AGENTS, CO_REACTORS, REACTION_CODES
from newsevents.coding.gapped import GAPPED
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.section_counterpart import section_counterpart
from newsevents.coding.semantics import symmetric

LISTED_APART = declare(
    "target",
    "listed-apart",
    "three or more parties listed as the doers of one act do it side by side: the fallback target of one "
    "is never another of the list, but the article's counterpart among the others, else none",
    "Peru acted in concert with Chile, Brazil and Ecuador, which also imposed sanctions.",
)
# Parties of a list that act side by side whatever their act (coagents.group: "three or more").
_LIST = 3


def apart(drafts: Iterable[Draft], actors: DocActors) -> list[Draft]:
    """``drafts`` with each co-reactor's implicit target that is another co-reactor's country replaced by
    the article's counterpart among the other countries (or by none)."""
    made = list(drafts)
    reactors: dict[int, set[str]] = {}
    gapped = {d.token.i for d in made if GAPPED in d.steps}
    listed = _listed(made)
    for d in made:
        reaction = (d.code.startswith(REACTION_CODES) and not symmetric(d.code)) or BY_CO_AGENTS in d.steps
        reaction = reaction or CO_ACTORS in d.steps  # ("Oslo and Rome offered help": coding.co_actors)
        # (a one-way act of a list of three: "Oslo, Rome and Bern, which also imposed sanctions")
        reaction = reaction or (d.token.i in listed and not symmetric(d.code))
        if (reaction or d.token.i in gapped) and d.source.country:
            reactors.setdefault(d.token.i, set()).add(d.source.country)
    out: list[Draft] = []
    for d in made:
        side = reactors.get(d.token.i, set())
        own, implicit = d.source.country, d.implicit_target
        if (
            d.target is not None
            or implicit is None
            or own not in side
            or implicit.country not in side - {own}
            or not (
                CO_REACTORS in d.steps
                or BY_CO_AGENTS in d.steps
                or CO_ACTORS in d.steps
                or len(side) >= 3
                or d.token.i in gapped
                or d.token.i in listed
            )
        ):
            out.append(d)
            continue
        other = section_counterpart(actors, d.token, side)  # (a digest's: its own section's)
        target = None if other is None else country_actor(actors, other)
        rule = GAPPED if d.token.i in gapped else CO_ACTORS if CO_ACTORS in d.steps else _reactors_rule(d)
        out.append(d.step(rule, implicit_target=target))
    return out


def _reactors_rule(d: Draft) -> str:
    """The step that kept ``d`` apart: co-reactors for a reaction, else a list's (``listed-apart``)."""
    reaction = d.code.startswith(REACTION_CODES) or CO_REACTORS in d.steps or BY_CO_AGENTS in d.steps
    return CO_REACTORS if reaction else LISTED_APART


def _listed(drafts: list[Draft]) -> set[int]:
    """The triggers of ``drafts`` done by three or more parties, each drafted as a source (the argument
    stage lets a list of three act side by side, ``coagents.group``): states or bodies ("the EU, Canada
    and the United States")."""
    parties: dict[int, set[str]] = {}
    for d in drafts:
        if d.source.code:
            parties.setdefault(d.token.i, set()).add(d.source.code)
    return {i for i, found in parties.items() if len(found) >= _LIST}
