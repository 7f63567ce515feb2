"""An announced force posture keeps its own root: "will post soldiers at the plants" is posture (15x).

An intended deployment, alert or build-up took its root's general intent row (150 -> 138, a threat of
force). The corpus (corpus/README.md, "Announced decisions") accepts the act's own root where a careful
coder could read the announcement either way, and on the tuning half and the probe sets every announced
posture with no threat verb over it was gold 15 (with 13 or 03 beside it, or alone: "would step up
security at its installations", "will post soldiers at the sites", "would keep patrolling the waters"),
never 13 alone. So an intended 15x act under no threat verb keeps its code, unless

* it names where the forces go ("will send a destroyer TO the islands": offered_force.names_destination):
  a move made at someone stays the threat (138), as offered_force.py reads it, and its target is the
  party it is aimed at, not the place;
* it is conditioned ("would test a weapon only IF the rival did", "will deploy UNLESS ..."): a posture
  made to hang on another's act is a threat.

A threat verb ("threatened to deploy the army") keeps the threat (the modality stage asks it first), a
hypothetical act ("could deploy") its intent row, and forces offered (offered_force.py) are asked first.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.coding.lexicon import lexicon
from newsevents.coding.offered_force import names_destination
from newsevents.coding.rules import declare
from newsevents.records import Modality

ANNOUNCED_POSTURE = declare(
    "code",
    "announced-posture",
    "an intended force posture (15x) under no threat verb keeps its own code: an announced deployment, "
    "alert or build-up is posture, not a threat of force (138)",
    "Ruritania said it would post troops at its dams.",
)
# The root of force posture: demonstrate military power, alerts, mobilisation and deployment (150-155).
_POSTURE_ROOT = "15"


def announced_posture(
    code: str, modality: Modality, tok: Token, governors: list[Token]
) -> tuple[str, str] | None:
    """``code`` itself and this rule for an intended posture act at ``tok`` (under ``governors``) that
    names no destination and hangs on no condition, else None (the caller has already left threats and
    offers of forces to their own rules)."""
    if code[:2] != _POSTURE_ROOT or modality != "intended":
        return None
    if names_destination(tok, governors) or _conditioned(tok):
        return None
    return code, ANNOUNCED_POSTURE


def _conditioned(tok: Token) -> bool:
    """Whether an "if"/"unless" clause hangs on the act at ``tok`` ("would test one only IF ...")."""
    conditions = lexicon().conditions
    for clause in doccache.children(tok):
        if clause.dep != labels.ADVCL:
            continue
        if any(m.dep == labels.MARK and m.lower_ in conditions for m in doccache.children(clause)):
            return True
    return False
