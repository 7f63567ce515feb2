"""An announced force posture keeps its own root: "will post soldiers at the plants" is posture (15x).

An intended deployment, alert or build-up took its root's general intent row (150 -> 138, a threat of
force). The corpus (corpus/README.md, "Announced decisions") accepts the act's own root where a careful
coder could read the announcement either way, and on the tuning half and the probe sets every announced
posture with no threat verb over it was gold 15 (with 13 or 03 beside it, or alone: "would step up
security at its installations", "will post soldiers at the sites", "to speed up the deployment of troops
to its base"), never 13 alone. So an intended 15x act under no threat verb keeps its code. A threat verb
("threatened to deploy the army unless ...") keeps the threat (the modality stage asks it first), a
hypothetical one ("could deploy") its intent row, and forces offered (offered_force.py) are asked first.
"""

from __future__ import annotations

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


def announced_posture(code: str, modality: Modality) -> tuple[str, str] | None:
    """``code`` itself and this rule for an intended posture act, else None (the caller has already
    left threats and offers of forces to their own rules)."""
    if code[:2] != _POSTURE_ROOT or modality != "intended":
        return None
    return code, ANNOUNCED_POSTURE
