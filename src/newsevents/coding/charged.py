"""Charges brought against another state's people are an accusation.

CAMEO 173 ("arrest, detain, or charge with legal action") fits a state charging someone in its own
hands. Prosecutors who charge a foreign state's officers or citizens ("Rome charged four Egyptian
officers with the kidnapping") hold nobody: the act is an accusation of a crime (112, as the corpus codes
it). Read by the selection stage (``coding/selection.py``) on the drafts of a document.
"""

from __future__ import annotations

from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

FOREIGN_CHARGE = declare(
    "code",
    "foreign-charge",
    "charging or indicting another country's people or officials (no arrest of them) accuses that "
    "country of a crime (112), not an arrest (173)",
    "Lisbon prosecutors charged three Angolan generals with fraud.",
)
ARREST, ACCUSE = "173", "112"
# Triggers of a charge (verbs and nouns); "arrested", "detained" and the like stay 173.
_CHARGE_LEMMAS = frozenset({"charge", "indict", "indictment"})


def foreign_charges(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each charge (173) brought by one country against another's people recoded 112."""
    return [d.step(FOREIGN_CHARGE, code=ACCUSE) if _foreign_charge(d) else d for d in drafts]


def _foreign_charge(d: Draft) -> bool:
    if d.code != ARREST or d.token.lemma_.casefold() not in _CHARGE_LEMMAS or d.target is None:
        return False
    return d.source.country is not None and d.target.country not in (None, d.source.country)
