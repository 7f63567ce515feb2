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
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.earlier_act import Earlier, EarlierAct
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
BARE_REGRET = declare(
    "code",
    "bare-regret",
    "regret expressed or voiced that names no deed, no addressee and no cause ('Bogota expressed deep "
    "regret on Friday') after another country's act is disapproval of that act's maker (111), unless the "
    "regretter's own country acted since (an apology, 055)",
    "Caracas closed the border on Thursday. Bogota expressed deep regret on Friday.",
)
# CAMEO codes: apology (055, "express regret or apology") and criticism (111).
_APOLOGY = "055"
_CRITICISE = "111"
# Light verbs of regret with "regret" their object ("expressed regret", "voiced its regret").
_REGRET_VERBS = frozenset({"express", "voice", "convey"})
_REGRET = "regret"


def regretted_deed(draft: Draft, maker: Actor | None, act_code: str) -> Draft | None:
    """``draft``, an apology by regret over an earlier act of force (CAMEO ``act_code``) made by ``maker``,
    recoded as criticism of the maker when the maker is another country's; None when the rule does not
    apply."""
    # Only acts of force (assault, fighting, mass violence): an "incident" matched to a statement or a
    # measure of the other side is left an apology.
    if not act_code.startswith(FORCE_ROOTS):
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


# Prepositions on the regretting verb that name the deed or the addressee ("regret over/for/at X", "to X"),
# as a time phrase ("on Friday") does not.
_DEED_PREPS = frozenset({"over", "for", "at", "about", "to", "with", "regarding", "concerning", "after"})
# Roots of what is said rather than done, which a bare regret does not answer: statements, appeals, praise,
# consultation and criticism (a regret "after the talks" or "after the remarks" is no disapproval of a deed).
_SAID_ROOTS = ("01", "02", "04", "05", "11")


def bare_regret(draft: Draft, earlier: Earlier) -> Draft | None:
    """``draft``, an apology by regret naming no deed, no addressee and no cause, recoded as criticism of
    the maker of the latest earlier act (``earlier`` finds it in the sentences before) of another country,
    unless the regretter's own country did an act after it; None when the rule does not apply."""
    tok, regretter = draft.token, draft.source.country
    if draft.code != _APOLOGY or draft.target is not None or regretter is None:
        return None
    if tok.lemma_.casefold() not in _REGRET_VERBS:
        return None
    nouns = [c for c in doccache.children(tok) if c.dep_ == "dobj" and c.lemma_.casefold() == _REGRET]
    named = [c for n in nouns for c in doccache.children(n) if c.dep_ in ("prep", "acl", "relcl")]
    kids = doccache.children(tok)
    clauses = [c for c in kids if c.dep_ in ("ccomp", "xcomp", "advcl", "dative") or c.lower_ in _DEED_PREPS]
    if not nouns or named or clauses:
        return None  # ("regret over the strikes", "regret to Lima", "regret that ...": other rules)
    act = earlier(lambda a: _country(a) not in (None, regretter) and not a.code.startswith(_SAID_ROOTS))
    if act is None or act.source is None:
        return None
    own = earlier(lambda a: _country(a) == regretter and not a.code.startswith(_SAID_ROOTS))
    if own is not None and own is not act and _later(own, act, earlier):
        return None
    return draft.step(BARE_REGRET, code=_CRITICISE, target=act.source)


def _country(act: EarlierAct) -> str | None:
    return act.source.country if act.source is not None else None


def _later(own: EarlierAct, act: EarlierAct, earlier: Earlier) -> bool:
    """Whether ``own`` comes after ``act``: the latest act that is either of them is ``own``."""
    return earlier(lambda a: a is own or a is act) is own
