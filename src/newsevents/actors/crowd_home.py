"""A crowd its sentence does not place is not the crowd of the country it attacks.

"LAGOS - Youths stoned the British consulate after the ruling council accused London of meddling":
the crowd's sentence names only what it attacks and whom the council accused (``clause_scope`` leaves
both out), so ``DocActors.context_country`` falls back to the story's home, else the country the story
names most. In a story about an attack on a foreign mission, the country named most is often the
mission's owner (its embassy, its denials, its evacuations), and the crowd would take the code of its own
target. When that fallback is a country the crowd's own sentence names only as what it acts on, the
dateline's country places the crowd instead (a crowd is where it gathers), when the story names that
country at all (a person or body of it counts). Where the sentence names no target country, the usual
order stands: a story filed from a summit's host about another country's crowds keeps them that
country's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.actors.clause_scope import crowd_like

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["crowd_home"]


def crowd_home(actors: DocActors, head: Token, unplacing: frozenset[int]) -> str | None:
    """The dateline's country for a crowd (protesters, rioters, crowds: roles ``CROWD_ROLES``) at
    ``head`` whose fallback country is one its sentence names only in ``unplacing`` (what it acts on,
    ``clause_scope.unplacing_tokens``), when the story names the dateline's country; else None."""
    if not unplacing or not crowd_like(head, actors.resolver.agent_role(head)):
        return None
    fallback = actors.home_country or actors.main_country
    targets = {m.iso3 for m in actors.mentions if m.start in unplacing and m.iso3}
    home = actors.dateline_country
    if fallback not in targets or home is None or home == fallback or home not in actors.countries_in_doc:
        return None
    return home
