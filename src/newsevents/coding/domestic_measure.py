"""Sanctions a state lays on its own people: "police froze the assets of three local newspapers".

Freezing assets, seizing goods or barring trade is an economic sanction (CAMEO 163) when it is aimed at
another state. Aimed at the state's own people, companies or groups, it is coercion at home: property
frozen or seized is confiscated (1711), any other such measure is an administrative sanction (172), as
the corpus codes it (the same country on both sides, root 17). The rule reads the settled parties, so a
target that fell back to the source's own country and was given a foreign counterpart
(own_country.settle) is no longer at home when it runs. A border or airspace closed likewise: shutting
out a neighbour it reduces relations with it (160), shutting out no one in view it is a measure at home
(172, rule closed-at-home).
"""

from __future__ import annotations

from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

__all__ = ["CLOSED_AT_HOME", "DOMESTIC_MEASURE", "at_home"]

DOMESTIC_MEASURE = declare(
    "code",
    "domestic-measure",
    "a sanction a state lays on its own people or companies is coercion at home: property frozen or "
    "seized is confiscated (1711), any other measure an administrative sanction (172)",
    "Police froze the assets of three local newspapers.",
)
CLOSED_AT_HOME = declare(
    "code",
    "closed-at-home",
    "a border, frontier or airspace a state closes with no foreign party named restricts movement at home "
    "(172); closed to a neighbour it reduces relations with it (160)",
    "The army closed the country's borders after the coup.",
)
# The code of an economic sanction, and the verbs by which it takes property.
_SANCTION = "163"
_PROPERTY_VERBS = frozenset({"freeze", "seize", "confiscate", "impound", "block"})
_CONFISCATE = "1711"
_ADMINISTRATIVE = "172"
# Closing a border or airspace reduces relations with the neighbour shut out (160, verbs.curated.tsv
# ne.rootfp.1-3, ne.seal.4, ne.pmig.1-6); with no neighbour in view (a coup, a hostage crisis) the corpus
# reads it as a security measure at home (root 17, 15 accepted).
_REDUCE = "160"
_CLOSING_VERBS = frozenset({"close", "seal", "shut"})


def at_home(d: Draft) -> Draft:
    """``d`` recoded as coercion at home when it is an economic sanction whose target is its source's own
    country (both named), or a border closed that shuts out no foreign party; else unchanged."""
    own = d.source.country
    if _closed_at_home(d, own):
        return d.step(CLOSED_AT_HOME, code=_ADMINISTRATIVE)
    if d.code != _SANCTION or d.target is None or d.modality != "asserted":
        return d
    if own is None or d.target.country != own:
        return d
    code = _CONFISCATE if d.token.lemma_.casefold() in _PROPERTY_VERBS else _ADMINISTRATIVE
    return d.step(DOMESTIC_MEASURE, code=code)


def _closed_at_home(d: Draft, own: str | None) -> bool:
    """Whether ``d`` is a border or airspace closure, told as done, that shuts out no foreign party: its
    target, named or implicit, is none or the closer's own country."""
    if d.code != _REDUCE or d.token.lemma_.casefold() not in _CLOSING_VERBS or own is None:
        return False
    done = d.modality == "asserted" or d.modality == "reported"
    target = d.target or d.implicit_target  # (the implicit one is the party the event will be aimed at)
    return done and (target is None or target.country is None or target.country == own)
