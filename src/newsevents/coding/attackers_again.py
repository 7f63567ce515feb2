"""An attack told again by its unnamed doers: "Rebels of the Northern Front overran a border post on
Sunday. The attackers burned the barracks." News names an armed group (or "gunmen") in its lead and then
refers back to the same people as "the attackers", "the gunmen", "the militants": the actor stage reads
such a definite description as an unidentified armed force of no known allegiance, whose code differs
from the group's, so selection's restatement rule (one source code) kept the retelling as a second
record (corpus/README.md: one gold event per real event).

Read by selection's merging through ``retold.folded_step``: the later act folds into the earlier when both
are violence of one CAMEO root against one target country, the later's doers are an unidentified armed
force named by a definite description, and their country (when the text gives one) is the earlier doers'
or the target's. Dates that disagree, a further act ("a second attack") and a time clause are checked by
the caller first.
"""

from __future__ import annotations

from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

ATTACKERS_AGAIN = declare(
    "select",
    "attackers-again",
    "an act of force by unnamed doers named by a definite description ('the attackers', 'the gunmen'), "
    "after an act of the same root against the same target country, is that act told again: one record",
    "Rebels of the Northern Front overran a border post on Sunday. The attackers burned the barracks.",
)
# Determiners that refer back to doers already told of.
_BACK = ("the ", "these ", "those ")
# The role code of an unidentified armed force (actors/data/agents.tsv).
_UNNAMED = "UAF"


def attackers_step(a: Draft, b: Draft) -> str | None:
    """ATTACKERS_AGAIN when the later of two drafts of one force root and one target country is done by
    unnamed doers the text refers back to, in a later sentence; else None."""
    earlier, later = (a, b) if a.token.i < b.token.i else (b, a)
    if earlier.code[:2] != later.code[:2] or earlier.code[:2] not in FORCE_ROOTS:
        return None
    if earlier.sent.start == later.sent.start:
        return None
    if earlier.when is not None and later.when is not None and earlier.when != later.when:
        return None  # (a day of its own, even one the lead only carried: another act)
    target = _target_country(earlier)
    if target is None or _target_country(later) != target:
        return None
    if not _referred_doers(later):
        return None
    country = later.source.country
    if country is not None and country != earlier.source.country and country != target:
        return None
    return ATTACKERS_AGAIN


def _target_country(d: Draft) -> str | None:
    """The target's country, or the implicit target's where the text names none (an attack on a town
    targets the country it lies in)."""
    target = d.aimed
    return target.country if target is not None else None


def _referred_doers(d: Draft) -> bool:
    """Whether ``d``'s source is an unidentified armed force named by a definite description."""
    code = d.source.code or ""
    return code.endswith(_UNNAMED) and d.source.text.casefold().startswith(_BACK)
