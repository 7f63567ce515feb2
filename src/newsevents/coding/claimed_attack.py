"""An attack told again by those who claim it: "Gunmen stormed a hotel in the capital on Friday, killing
twenty. ... The Northern Front said it had carried out the attack." News leads with an attack by doers it
cannot yet name (or by nobody: "a car bomb exploded") and later reports the group's claim; the claim's
"the attack" is that attack, now with a name to it (corpus/README.md: one gold event per real event; the
claim itself is at most a statement). The claiming group has a code of its own, the lead's gunmen
another (or none), so no rule by one source folded the two.

Read by selection's merging through ``retold.folded_step``: the later draft folds into the earlier when
it is an act of force named by a definite noun ("the attack", "the bombing") and reported by a speaker,
in a later sentence, the earlier an act of force by unnamed doers or by nobody the text names
(coding/unnamed_doers.py), both against one target country. Dates that disagree are checked by the
caller first.
"""

from __future__ import annotations

from newsevents import doccache
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.unnamed_doers import target_country, unnamed

CLAIMED_ATTACK = declare(
    "select",
    "claimed-attack",
    "a group's report that it carried out 'the attack', after an attack by unnamed doers on the same "
    "target country, is that attack told again with its doers named: one record",
    "Gunmen stormed a hotel in Mogadishu. The Northern Front said it had carried out the attack.",
)
# The determiner of a noun that refers back to an act already told.
_DEFINITE = "the"


def claimed_step(a: Draft, b: Draft) -> str | None:
    """CLAIMED_ATTACK when the later of two force drafts, in another sentence, is a reported act named by
    a definite noun and the earlier is by unnamed doers or nobody named, both against one target country;
    else None."""
    earlier, later = (a, b) if a.token.i < b.token.i else (b, a)
    if earlier.code[:2] not in FORCE_ROOTS or later.code[:2] not in FORCE_ROOTS:
        return None
    if earlier.sent.start == later.sent.start or later.modality != "reported":
        return None
    if not (later.trigger.noun and _definite(later)):
        return None
    if not (earlier.source.code is None or "unattributed" in earlier.facts or unnamed(earlier.source)):
        return None
    target = target_country(earlier)
    return CLAIMED_ATTACK if target is not None and target == target_country(later) else None


def _definite(d: Draft) -> bool:
    """Whether the draft's noun is made definite by "the" ("carried out the attack")."""
    return any(c.dep_ == "det" and c.lower_ == _DEFINITE for c in doccache.children(d.token))
