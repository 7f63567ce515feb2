"""An act named again by a noun that names no target: "Peruvian troops crossed into Ecuador on Monday. Peru's
incursion, which Quito condemned, ...". News names an act by a verb and then refers back
to it by a noun ("the incursion", "the raid", "the strikes"), often with no target of its own: the
target stage then gives the noun its implicit one (the country it happened in, or the foreign party its
sentence names), which selection's restatement rule does not read, so the echo stayed a second record
(corpus/README.md: one gold event per real event).

Read by selection's merging through ``retold.folded_step``: the echo folds into the act it names again
when the two are of one CAMEO root and one source country, and the country the echo would be aimed at is
the act's target country. Dates that disagree, a further act ("a second raid") and a time clause are
checked by the caller first; an echo that names a target of its own is selection's own restatement rule.
"""

from __future__ import annotations

from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.semantics import symmetric

NOMINAL_ECHO = declare(
    "select",
    "nominal-echo",
    "an act named again by a noun with no target of its own ('the incursion', 'the raid'), of the same "
    "root and source country as an act told with a target, and aimed (implicitly) at that target's "
    "country, is that act told again: one record",
    "Peruvian troops crossed into Ecuador on Monday. The incursion drew protests from Quito.",
)


def echo_step(a: Draft, b: Draft) -> str | None:
    """NOMINAL_ECHO when one of two drafts of one CAMEO root is a noun with no target of its own whose
    implicit target is the country of the other's named target, both with one source country; else
    None."""
    echo, act = (a, b) if _bare_noun(a) else (b, a)
    if not _bare_noun(echo) or act.target is None or act.token.i == echo.token.i:
        return None
    if echo.code[:2] != act.code[:2] or echo.sent.start == act.sent.start:
        return None
    source = echo.source.country
    if source is None or act.source.country != source or echo.implicit_target is None:
        return None
    aimed = echo.implicit_target.country
    if aimed is None or aimed == source:
        return None  # (an act at home is aimed at its own country by default: no evidence of one act)
    if aimed == act.target.country or (symmetric(act.code) and aimed == act.source.country):
        return NOMINAL_ECHO
    return None


def _bare_noun(d: Draft) -> bool:
    """A draft named by a noun that names no target of its own."""
    return d.trigger.noun and d.target is None
