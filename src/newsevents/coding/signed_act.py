"""A document signed that enacts an act of force: "signed a treaty annexing two provinces", "signed the
accord absorbing the region into the federation" is the annexation (19x), not an agreement (057).

The signing row codes an agreement by its object ("treaty", "accord"); the participle that says what the
document does hangs on the signing and, as an elaborating participle of a coded act, gives way to it
(triggers.py, background clause). Where that participle codes force or the seizure of property (roots 18
to 20, 171: seizing, annexing, occupying territory), the document is how the act was done, and the act is
the event: the participle stands and the signing gives way to it. A participle of cooperation ("signed an
accord ending the war", "... opening the border") or a ban the accord makes ("a convention banning
chemical weapons") stays the agreement's content, as before.
"""

from __future__ import annotations

from dataclasses import replace

from newsevents import doccache
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare

SIGNED_ACT = declare(
    "select",
    "signed-act",
    "a treaty or accord signed whose participle annexes, seizes or occupies is that act of force, not an "
    "agreement: the participle is the event and the signing gives way",
    "The president signed a treaty on Monday annexing the two provinces.",
)
# The code of signing a formal agreement, which gives way to the act its document enacts.
_AGREEMENT = "057"
# Roots of force a signed document may enact (18 assault, 19 fight, 20 mass violence), and of coercion
# (17) only the seizure of property (171): the bans an accord makes (172: "a convention banning chemical
# weapons", "a treaty banning landmines") bind its own signatories' conduct, coerce no one, and name no
# party to code, so the signing that made them is the event.
_FORCE_ROOTS = frozenset({"18", "19", "20"})
_SEIZURE = "171"
# Links by which a participle hangs on the signing verb or on the signed document.
_PARTICIPLE_DEPS = frozenset({"advcl", "acl"})


def _enacted(trigger: Trigger, signings: dict[int, Trigger]) -> Trigger | None:
    """The signing whose document ``trigger`` (a participle of force) enacts, else None."""
    tok = trigger.token
    if trigger.noun or tok.dep_ not in _PARTICIPLE_DEPS or tok.tag_ not in ("VBG", "VBN"):
        return None
    if trigger.coded_as[:2] not in _FORCE_ROOTS and not trigger.coded_as.startswith(_SEIZURE):
        return None
    if any(c.dep_ in ("nsubj", "mark") for c in doccache.children(tok)):
        return None  # a clause of its own ("..., while troops seized ..."), not the document's content
    head = tok.head  # (on the signing, or on the document it signed: "a treaty ANNEXING")
    if head.i in signings:
        return signings[head.i]
    return signings.get(head.head.i) if head.dep_ in ("dobj", "nsubjpass") else None


def signed_acts(found: list[Trigger]) -> list[Trigger]:
    """``found`` with each act of force a signed document enacts standing, and its signing given way."""
    signings = {t.token.i: t for t in found if t.kept and not t.noun and t.coded_as == _AGREEMENT}
    if not signings:
        return found
    enacted: dict[int, int] = {}  # participle -> signing
    for t in found:
        signing = _enacted(t, signings)
        if signing is not None:
            enacted[t.token.i] = signing.token.i
    if not enacted:
        return found
    given_way = set(enacted.values())
    out = []
    for t in found:
        if t.token.i in enacted:
            out.append(replace(t, dropped_by=None, steps=(*t.steps, SIGNED_ACT)))
        elif t.token.i in given_way and t.kept:
            out.append(replace(t, dropped_by=SIGNED_ACT))
        else:
            out.append(t)
    return out
