"""Sanctions a state lays on its own people: "police froze the assets of three local newspapers".

Freezing assets, seizing goods or barring trade is an economic sanction (CAMEO 163) when it is aimed at
another state. Aimed at the state's own people, companies or groups, it is coercion at home: property
frozen or seized is confiscated (1711), any other such measure is an administrative sanction (172), as
the corpus codes it (the same country on both sides, root 17). The rule reads the settled parties, so a
target that fell back to the source's own country and was given a foreign counterpart
(own_country.settle) is no longer at home when it runs.
"""

from __future__ import annotations

from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

__all__ = ["DOMESTIC_MEASURE", "at_home"]

DOMESTIC_MEASURE = declare(
    "code",
    "domestic-measure",
    "a sanction a state lays on its own people or companies is coercion at home: property frozen or "
    "seized is confiscated (1711), any other measure an administrative sanction (172)",
    "Police froze the assets of three local newspapers.",
)
# The code of an economic sanction, and the verbs by which it takes property.
_SANCTION = "163"
_PROPERTY_VERBS = frozenset({"freeze", "seize", "confiscate", "impound", "block"})
_CONFISCATE = "1711"
_ADMINISTRATIVE = "172"


def at_home(d: Draft) -> Draft:
    """``d`` recoded as coercion at home when it is an economic sanction whose target is its source's own
    country (both named); else unchanged."""
    if d.code != _SANCTION or d.target is None or d.modality != "asserted":
        return d
    own = d.source.country
    if own is None or d.target.country != own:
        return d
    code = _CONFISCATE if d.token.lemma_.casefold() in _PROPERTY_VERBS else _ADMINISTRATIVE
    return d.step(DOMESTIC_MEASURE, code=code)
