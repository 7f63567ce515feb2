"""A region's leaders met in one of the region's states speak through their host: "AL-ULA, Saudi Arabia -
Gulf leaders signed a declaration ending the rift", "Nordic ministers meeting in Oslo condemned ...".

The bloc rule (``bloc-group``) reads "Gulf leaders" as a group of states of no single country, which fits
the gold of a body of states (``"*"``, any source), but a summit is told as its host's act when the host
is one of the region's own states: the corpus codes the Gulf leaders' declaration at a summit in Saudi
Arabia as Saudi Arabia's. The host is the country "in X" on the phrase places the group in, else the
dateline's; it is taken only when the region describes it (``data/state_descriptions.tsv``: "gulf" lists
the Gulf monarchies), so African countries walking out of talks in Copenhagen stay a bloc of no state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents import doccache
from newsevents.actors.state_kind import state_descriptions

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.actors.resolve import DocActors

__all__ = ["bloc_host"]


def bloc_host(actors: DocActors, head: Token, regions: list[str]) -> str | None:
    """The country hosting the group of states at ``head`` of the bloc ``regions`` ("gulf"), when it is
    one of the region's states; else None."""
    members = [state_descriptions().get(r, frozenset()) for r in regions]
    if not any(members):
        return None
    # ("leaders in Riyadh", "ministers meeting in Oslo": the phrase's own place, or its participle's)
    placers = [head, *(c for c in doccache.children(head) if c.dep_ == "acl")]
    host = next((c for t in placers if (c := actors.placed_country(t))), None) or actors.dateline_country
    return host if host is not None and all(host in m for m in members if m) else None
