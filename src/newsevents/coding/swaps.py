"""Exchanges between a pair: "Russia and Ukraine exchanged 35 prisoners", "the two countries swapped
detainees". The arguments stage gives each coordinated subject its own act aimed at the object's country
(the prisoners'), so one swap becomes two releases, each by one side to its own people or to the same
side. A swap is one yielding act between the two parties: the first subject's act aimed at the second,
and the second's act dropped (the conventions code an exchange once, symmetric).
"""

from __future__ import annotations

from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

SWAP_PARTIES = declare(
    "target",
    "swap-parties",
    "two coordinated subjects that exchange or swap prisoners or detainees make one act of yielding "
    "between them",
    "Armenia and Azerbaijan swapped 20 detainees on Monday.",
)
# Verbs (lemmas) of a two-way handing over; the act is yielding (08: the release of prisoners, 0841).
_SWAP_VERBS = frozenset({"exchange", "swap", "trade"})
_SWAP_ROOT = "08"


def swaps(drafts: tuple[Draft, ...]) -> tuple[Draft, ...]:
    """``drafts`` with each exchange of yielding acts between two coordinated subjects told as one act
    between them."""
    pairs: dict[int, list[Draft]] = {}
    for d in drafts:
        if _swap(d):
            pairs.setdefault(d.token.i, []).append(d)
    out: list[Draft] = []
    for d in drafts:
        group = pairs.get(d.token.i) if _swap(d) else None
        if not group or len({g.source.country for g in group}) != 2:
            out.append(d)
        elif d is group[0]:
            other = next(g.source for g in group if g.source.country != d.source.country)
            out.append(d.step(SWAP_PARTIES, target=other))
    return tuple(out)


def _swap(d: Draft) -> bool:
    return (
        d.code.startswith(_SWAP_ROOT)
        and d.token.lemma_.casefold() in _SWAP_VERBS
        and d.source.country is not None
        and d.token.pos_ == "VERB"
    )
