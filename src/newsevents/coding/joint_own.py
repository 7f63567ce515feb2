"""A pair's joint act aimed back at one of the pair: one act between the two, not a second one at home.

"Lima and Quito agreed to swap the prisoners taken in the border war", "the two leaders agreed to reopen
the Peruvian consulates": the arguments stage drafts the act once for each party of the pair (each
conjunct, or each side of "the two sides"), and reads the target from the object, whose owner is one of
the pair ("Peruvian consulates", prisoners placed in one country). The other party's draft is then aimed
at that country (Quito -> Peru), which is the act between the two; the owner's own draft falls back to
its own country (Lima -> Peru) and tells nothing the first does not. The corpus codes a pair's agreement
or intent as one event between the pair (corpus/README.md: one gold event per real event), so the
own-side copy is dropped.

Kept: acts of any root outside intent and cooperation (an arrest by "French and Belgian police" is one
arrest per force, and a raid may well be aimed at the raider's own country), and a draft whose target is
its own country when no other party's draft of the same trigger is aimed there.
"""

from __future__ import annotations

from collections import defaultdict

from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

JOINT_OWN = declare(
    "select",
    "joint-own-copy",
    "a pair's joint intent or cooperation drafted once per party, whose owner's draft falls back to its own "
    "country while the other's is aimed at that country, is one act between the pair: the own copy goes",
    "Lima and Quito agreed to swap the prisoners taken in the border war.",
)
# Roots of acts a pair does together, between its two parties: intents (03), consultation (04),
# diplomatic and material cooperation (05, 06).
_JOINT_ROOTS = ("03", "04", "05", "06")


def joint_own_copies(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without the own-side copies of a pair's joint acts (``JOINT_OWN``)."""
    aimed: dict[tuple[int, str], set[str]] = defaultdict(set)
    for d in drafts:
        source, target = d.source.country, d.target.country if d.target is not None else None
        if source and target and source != target and d.code.startswith(_JOINT_ROOTS):
            aimed[(d.token.i, d.code[:2])].add(target)
    if not aimed:
        return drafts
    return [d for d in drafts if not _own_copy(d, aimed)]


def _own_copy(d: Draft, aimed: dict[tuple[int, str], set[str]]) -> bool:
    """Whether ``d`` is aimed at its own source's country while another party's draft of the same trigger
    and root is aimed there too."""
    own = d.source.country
    if own is None or d.target is None or d.target.country != own or not d.code.startswith(_JOINT_ROOTS):
        return False
    return own in aimed.get((d.token.i, d.code[:2]), set())
