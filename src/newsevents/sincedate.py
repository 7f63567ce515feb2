"""Dates that belong to a clause of their own, not to the sentence's events.

A date in a clause that describes a noun ("Somalia, which recalled its envoy last Friday") dates that
description (``dateclause.describes_noun``). So does a date in a "since" clause or phrase that reckons a
span from an earlier act: "hosted Lula, at the first summit since Malaysia JOINED the group in March",
"during his first visit since TAKING office in June". The act after "since" is background; its date is
no date of the sentence's event.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import dateclause, doccache

# The clause links a "since" clause or phrase hangs from its head by ("since he took", "since taking").
_SUBORDINATE = frozenset({"advcl", "pcomp", "pobj", "acl", "relcl"})


def _since_clause(anchor: Token) -> bool:
    """Whether verb ``anchor`` heads a clause introduced by "since" ("since Chad JOINED", "since TAKING
    office"), not the clause a "since" clause hangs from."""
    if anchor.dep_ not in _SUBORDINATE:
        return False
    if anchor.dep_ in ("pcomp", "pobj") and anchor.head.lower_ == "since":
        return True
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in doccache.children(anchor))


def dates_own_clause(anchor: Token) -> bool:
    """Whether the date hanging from ``anchor`` dates a clause of its own (a noun's description or a
    "since" clause), not the sentence."""
    return dateclause.describes_noun(anchor) or _since_clause(anchor)
