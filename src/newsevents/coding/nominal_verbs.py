"""An event noun names the act an earlier clause told by the verb of the same word: "Tirana accused
Tehran of the hack ... Washington condemned the hack ... Tehran rejected the accusation" rejects Tirana's
accusation, not the nearer condemnation of the same root. ``coding/referred.py`` looks for an act of the
noun's own word back to the article's start before it takes the nearest act of the noun's root; this
module widens "the noun's own word" to the verb the noun is made from (``coding/data/nominal_verbs.toml``).
"""

from __future__ import annotations

import functools

from newsevents.coding.resources import packaged_table

__all__ = ["verbs_of"]

_FILE = "coding/data/nominal_verbs.toml"


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    """The packaged table, noun lemma -> verb lemmas (read once per process)."""
    return packaged_table(_FILE, lambda t: {k: frozenset(v) for k, v in t["verbs"].items()})


def verbs_of(noun_lemma: str) -> frozenset[str]:
    """The lemmas of the verbs that tell the act a noun of (casefolded) ``noun_lemma`` names; none for a
    noun outside the table."""
    return _table().get(noun_lemma, frozenset())
