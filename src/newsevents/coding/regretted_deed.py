"""Regret over another party's act is disapproval, not apology: "Beijing expressed regret over the
strikes" (told before as the coalition's) criticises the coalition (CAMEO 111), where "Washington
expressed regret over the bombing" of its own jets apologises (055).

The dictionary reads "expressed regret" as an apology (055, as CAMEO's "express regret or apology for an
action"), and rows with "at/over the decision" or "the move" as disapproval; "the strikes", "the raid" or
"the incident" can be either, by whose act it was. ``referred`` finds the earlier act the definite noun
names; when its maker is a party of another country than the speaker's, the regret is recoded as
criticism of that maker, when the act is one of force (18-20). Only regret expressed or voiced
(``_REGRET_VERBS``): a bare "regretted the decision" has rows of its own.
"""

from __future__ import annotations

from newsevents import doccache
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.records import Actor

REGRETTED_DEED = declare(
    "code",
    "regretted-deed",
    "regret expressed over an act another country's party did ('Beijing expressed regret over the "
    "strikes' the coalition carried out) is disapproval of that party (111), not an apology (055)",
    "French jets struck Libyan air defences. Beijing expressed regret over the strikes.",
)
# CAMEO codes: apology (055, "express regret or apology") and criticism (111).
_APOLOGY = "055"
_CRITICISE = "111"
# Light verbs of regret with "regret" their object ("expressed regret", "voiced its regret").
_REGRET_VERBS = frozenset({"express", "voice", "convey"})
_REGRET = "regret"
# Roots of the acts of force whose regret by a third party disapproves of them: assault, fighting, mass
# violence. An "incident" matched to a statement or a measure of the other side is left an apology.
_FORCE_ROOTS = ("18", "19", "20")


def regretted_deed(draft: Draft, maker: Actor | None, act_code: str) -> Draft | None:
    """``draft``, an apology by regret over an earlier act of force (CAMEO ``act_code``) made by ``maker``,
    recoded as criticism of the maker when the maker is another country's; None when the rule does not
    apply."""
    if not act_code.startswith(_FORCE_ROOTS):
        return None  # ("regret over the incident" after a protest or a sanction: no strike to disapprove of)
    if draft.code != _APOLOGY or maker is None or maker.country is None or draft.source.country is None:
        return None
    if maker.country == draft.source.country:
        return None  # ("expressed regret over the bombing" its own jets did: an apology)
    tok = draft.token
    if tok.lemma_.casefold() not in _REGRET_VERBS:
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.casefold() == _REGRET for c in doccache.children(tok)):
        return None
    return draft.step(REGRETTED_DEED, code=_CRITICISE, target=maker)
