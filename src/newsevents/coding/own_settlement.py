"""A pair that wants its own dispute settled: "Manila and Beijing said they wanted a peaceful solution",
"both sides said they sought a diplomatic settlement". The wish rows read wanting a solution as an appeal
to settle (027), and the co-speakers rule (coding/co_speakers.py) aims each party's appeal at the other,
so the pair's one wish became two appeals. Said by the disputants themselves it is their intent to settle
(037), one event between the pair, as the corpus codes the pair's joint statement (corpus/README.md: one
gold event per real event). An appeal of a third party ("Paris wanted a solution") is left alone.
"""

from __future__ import annotations

from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

OWN_SETTLEMENT = declare(
    "code",
    "own-settlement",
    "two parties who say they want (or seek) a solution to their dispute express their intent to settle "
    "it (037), one event between them, not two appeals",
    "Quito and Lima said they wanted a peaceful solution to the border row.",
)
# The appeal to settle a dispute (027) and the intent to (037).
_APPEAL = "027"
_INTENT = "037"
# Verbs of wishing whose object rows give that appeal ("wanted a solution", "sought a settlement").
_WISHES = frozenset({"want", "seek", "wish", "desire", "hope", "prefer"})
# Steps that mark a draft's parties as the clause's own coordinated subjects or co-speakers.
_PAIR_STEPS = frozenset({"target:coordinated-subject", "target:co-speakers"})


def own_settlements(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with the appeals to settle that a pair of speakers addresses to itself told once, as
    the pair's intent to settle."""
    out: list[Draft] = []
    done: set[int] = set()
    for draft in drafts:
        tok = draft.token
        wish = tok.lemma_.casefold() in _WISHES and bool(_PAIR_STEPS & set(draft.steps))
        if draft.code != _APPEAL or not wish:
            out.append(draft)
            continue
        pair = [d for d in drafts if d.token.i == tok.i and d.code == _APPEAL and d.source.country]
        others = [d.source for d in pair if d.source.country != draft.source.country]
        if draft.source.country is None or not others:
            out.append(draft)
        elif tok.i not in done:  # (the pair's second party's copy is the same wish)
            done.add(tok.i)
            out.append(draft.step(OWN_SETTLEMENT, code=_INTENT, target=others[0]))
    return out
