"""A bare state noun ("the government", "the junta", "the country") never takes up a country named last
only as the owner of a mission or an envoy: "the Danish ambassador was turned away at the airport. The
government accused him of meddling" is the host's government, not Denmark's. An embassy, a consulate or
an ambassador is by its nature abroad, in the country the story is about, so its owner is a visitor to the
story; the description takes the last country named before it that is neither such an owner nor the
same state named otherwise ("France ... the French embassy": France is a visitor throughout).

Only the fallback is changed: a phrase placed by its own words, its ruler, the speaking state or a ruling
body named before keeps that reading (read by ``coref.coref_country`` just before the last country
named).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.actors.ethnic_kin import ethnic_kin
from newsevents.actors.words import packaged_words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.actors.mentions import Mention
    from newsevents.actors.resolve import DocActors

__all__ = ["host_before_mission"]

# The dependencies by which a country names a mission's or an envoy's owner ("the U.S. ambassador",
# "Britain's embassy", "the French consulate").
_OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def host_before_mission(actors: DocActors, head: Token) -> str | None:
    """When the country named last before ``head`` names only a mission's or envoy's owner, the last
    country named before it that is another state and owns no mission; else None (the usual reading)."""
    owners: set[str] = set()
    for m in reversed(actors.mentions):
        if m.start >= head.i or m.kind != "country" or not m.iso3 or ethnic_kin(actors.doc, m.start):
            continue
        if _owns_mission(actors, m):
            owners.add(m.iso3)
            continue
        if not owners:
            return None  # (the last country named is no visitor: the usual reading stands)
        if m.iso3 not in owners:
            return m.iso3
    return None


def _owns_mission(actors: DocActors, m: Mention) -> bool:
    """Whether a country mention qualifies an embassy-like noun or an envoy noun."""
    words = packaged_words()
    tok = actors.doc[m.end - 1]
    while tok.dep_ == "case" and tok.i > m.start:  # ("Britain 's": the possessive marker is no owner)
        tok = tok.nbor(-1)
    if tok.dep_ not in _OWNER_DEPS:
        return False
    owned = tok.head.lemma_.casefold()
    return owned in words.mission_nouns or owned in words.envoy_family
