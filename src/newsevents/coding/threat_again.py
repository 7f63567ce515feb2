"""A threat told again in vaguer words: "Lima vowed on Monday to expel Quito's envoy ... The foreign
minister said Peru would take firm measures", "Seoul said it would halt trade with Pyongyang ... 'The
North will pay a price,' the president said". News leads with the threat as a measure and later quotes a
speaker of the same side warning the same counterpart in general words; the general warning reads the
bare threat code (130), the lead its own (1312, 138 ...), so selection's restatement rule (one code)
kept the warning as a second record of one threat (corpus/README.md: one gold event per real event).

Read by selection's merging through ``retold.folded_step``: the later draft folds into the earlier when
it is the bare threat, in another sentence, the earlier a threat of any kind, both from one source
country (or one international body: coding/world_body.py) to one target country (named, or the one the
text leaves implicit). Dates that disagree and a
further act are checked by the caller first; two specific threats (to expel envoys, to bar officials)
stay two records.
"""

from __future__ import annotations

from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.world_body import same_body

THREAT_AGAIN = declare(
    "select",
    "threat-again",
    "a bare threat ('would take firm measures', 'will pay a price') told after a threat by the same "
    "source country to the same target country in an earlier sentence is that threat told again: one "
    "record",
    "Lima vowed to expel Quito's envoy. The minister said Peru would take firm measures against Quito.",
)
# The bare threat code: a warning that names no measure of its own.
_BARE = "130"
# The CAMEO root of threats.
_THREAT_ROOT = "13"


def threat_step(a: Draft, b: Draft) -> str | None:
    """THREAT_AGAIN when the later of two drafts is a bare threat and the earlier a threat, in different
    sentences, from one source country to one target country; else None."""
    earlier, later = (a, b) if a.token.i < b.token.i else (b, a)
    if later.code != _BARE or earlier.code[:2] != _THREAT_ROOT:
        return None
    if earlier.sent.start == later.sent.start:
        return None
    return THREAT_AGAIN if one_pair(earlier, later) else None


def one_pair(earlier: Draft, later: Draft) -> bool:
    """Whether two drafts go from one known source country, or one international body (a body has no
    country: coding/world_body.py), to one known target country (also read by ``intent_again``)."""
    source, target = earlier.source.country, _target_country(earlier)
    if target is None or _target_country(later) != target:
        return False
    if source is None:
        return same_body(earlier.source, later.source)
    return later.source.country == source


def _target_country(d: Draft) -> str | None:
    """The country a draft is aimed at: its named target's, else the one the text leaves implicit (a
    warning quoted later seldom names its counterpart again)."""
    target = d.aimed
    return target.country if target is not None else None
