"""A reaction whose object is a pronoun for an act: "Eritrean jets struck a market in Djibouti, and the
U.N. chief condemned IT", "Pyongyang fired a missile over Japan; Tokyo called IT a grave threat".

The actor rules read "it" as the nearest thing named before (a place, the struck "Hamas office", the
country a missile flew over), so the disapproval lands on the victim of the act it names. A verb of
disapproval or approval (CAMEO 11, 051) whose object is "it" judges a deed, and the deed a pronoun names is
near: the latest earlier act of another party in the reaction's own sentence or the one before, that is
a deed and not a statement (a "said he was unhappy about the strike" between the strike and "condemned
it" is no act "it" names). The reaction is aimed at that act's maker.

Kept narrow: "accused it of", "blamed it for", "praised it for" name a party by "it" (an "of"/"for"
phrase says what the party did), and a rejection's "it" is as often a proposal or a claim as a deed
(``coding/answered.py`` reads those). Called from ``coding.referred`` before its party test.
"""

from __future__ import annotations

from newsevents import doccache
from newsevents.coding.earlier_act import Earlier, EarlierAct
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.sources import same_actor

__all__ = ["ACT_PRONOUN", "act_pronoun"]

ACT_PRONOUN = declare(
    "target",
    "act-pronoun",
    "a disapproval or welcome whose object is 'it' ('the U.N. chief condemned it') is aimed at the maker of "
    "the latest deed of another party in its sentence or the one before, not at the thing 'it' is nearest",
    "Eritrean jets struck a market in Djibouti on Monday, and the U.N. chief condemned it.",
)

# Codes of reactions whose "it" is a deed: disapproval (11, not an accusation 112 which names a party) and
# welcome or praise (051).
_ROOTS = ("11", "051")
_PARTY_CODES = ("112",)
# Pronouns that stand for an act ("condemned it", "welcomed this").
_PRONOUNS = frozenset({"it", "this"})
# Prepositions of the reaction verb that say what a party did ("accused it of", "blamed it for"): then
# the pronoun is the party.
_PARTY_PREPS = frozenset({"of", "for"})
# Roots of what is said rather than done: a pronoun after them still names the deed told before.
_SAID_ROOTS = ("01", "02", "04", "05", "10", "11", "12", "13")


def act_pronoun(draft: Draft, earlier: Earlier) -> Draft | None:
    """``draft`` aimed at the maker of the deed its object pronoun names (``earlier`` finds the latest
    earlier act that fits), or None when the rule does not apply."""
    tok = draft.token
    if not draft.code.startswith(_ROOTS) or draft.code.startswith(_PARTY_CODES):
        return None
    kids = doccache.children(tok)
    if not any(c.dep_ == "dobj" and c.lower_ in _PRONOUNS for c in kids):
        return None
    if any(c.dep_ == "prep" and c.lower_ in _PARTY_PREPS for c in kids):
        return None  # ("accused it of", "blamed it for": "it" is the party)
    sent = draft.sent
    first = doccache.window_start(sent.doc[sent.start], 2)
    own = draft.source

    def fits(a: EarlierAct) -> bool:
        return (
            a.token.i >= first
            and a.source is not None
            and not same_actor(a.source, own)
            and not a.code.startswith(_SAID_ROOTS)
        )

    act = earlier(fits)
    if act is None or act.source is None or not act.source.code:
        return None
    if draft.target is not None and draft.target.code == act.source.code:
        return None
    return draft.step(ACT_PRONOUN, target=act.source)
