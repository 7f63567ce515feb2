"""One act on a group: drafts of one trigger that differ only in which country of one group they target.

The actors stage reads some phrases as several countries: a definite pair ("both sides", "the two
neighbours": the last two named) or one phrase whose words name several ("a Serbian-born Croat", "four
envoys, from Peru, Chile and Brazil"). The arguments
stage then drafts the act once per country, but the text tells one act: one appeal to both sides, one
release of the envoys, one handover of the suspect (corpus/README.md: one gold event per real event, a
group target left open). Read by selection's merging (``coding/selection.py``), which otherwise keeps
drafts of one trigger apart when their targets are of different countries.

Owners listed after a noun ("summoned the envoys of A, B and C") are not one group: each owner's envoy
is summoned, one event per owner.

Acts of force, protest, coercion and reduced relations on a group named by one phrase stay apart, one per
country: "stormed the Danish and Norwegian embassies" tells two attacks on two buildings, "expelled
Polish and Czech diplomats" two expulsions. Consultations (04) stay one event per counterpart too: the
corpus codes a meeting with two delegations, or a mediation between two sides, once per dyad. A body with
no country of its own (the UN, a regional organisation) is one source as much as a state is ("the UN urged
both sides": one appeal), but its measures on a definite pair (an arms embargo "on both countries") bind
each state apart and stay one event per state.
"""

from __future__ import annotations

from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

GROUP_TARGET = declare(
    "select",
    "group-target",
    "an act of one trigger and one source aimed at a group the text names in one phrase (a definite pair, "
    "or one phrase naming several countries) is one event, not one per country of the group",
    "Oslo urged both sides to stop the shelling. The rebels released four hostages, from Peru and Chile.",
)
# The actors stage's rule name for "both sides", "the two neighbours" (actors/phrases.py), as arguments
# records it in a draft's steps.
_PAIR_STEP = "actor:definite-pair"
# Roots whose acts on the members of a group named by one phrase are separate physical acts, one per
# country (protest 14, force posture 15, reducing relations 16, coercion 17, assault 18, fighting 19,
# mass violence 20): they are never folded, except for a definite pair.
_ACTS_PER_MEMBER = frozenset({"14", "15", "16", "17", "18", "19", "20"})
# The actors stage's rule for the owners listed after a noun ("the envoys of A, B and C":
# actors/listed_owners.py), as arguments records it: each owner has its own envoy, so an act on them is one
# act per owner (corpus/README.md: one event per party), not one on a group. (Origins, "appeals from A, B
# and C", stay one group for words: one defiance of the appeals.)
_OWNERS_STEP = "actor:listed-owners"
# Consultations are coded once per counterpart, even with a group (the corpus codes a meeting with
# several delegations, a mediation between two sides and a host's welcome of two leaders per dyad).
_PER_COUNTERPART = frozenset({"04"})


def group_step(a: Draft, b: Draft) -> str | None:
    """The step GROUP_TARGET when two drafts of one trigger, one code and one source are one act on a
    group: their targets come from a definite pair ("both sides"), or from one phrase of the text read as
    several countries, for an act that is not physical (``_ACTS_PER_MEMBER``); never for a consultation
    (``_PER_COUNTERPART``); else None."""
    if a.token.i != b.token.i or a.code != b.code or a.target is None or b.target is None:
        return None
    if a.code[:2] in _PER_COUNTERPART:
        return None
    if not _one_source(a, b):
        return None
    if _PAIR_STEP in a.steps and _PAIR_STEP in b.steps:
        # a body's measures on "both countries" (an embargo, a suspension) bind each state apart
        return GROUP_TARGET if a.source.country is not None or a.code[:2] not in _ACTS_PER_MEMBER else None
    if _OWNERS_STEP in a.steps and _OWNERS_STEP in b.steps:
        return None
    one_phrase = bool(a.target.text) and a.target.text == b.target.text
    return GROUP_TARGET if one_phrase and a.code[:2] not in _ACTS_PER_MEMBER else None


def _one_source(a: Draft, b: Draft) -> bool:
    """Whether two drafts have one known source: the same country and actor code, or, for a body with no
    country of its own (the UN, a regional organisation, an armed group), the same actor code. Two
    sources known by neither are not known to be one."""
    if (a.source.country, a.source.code) != (b.source.country, b.source.code):
        return False
    return a.source.country is not None or bool(a.source.code)
