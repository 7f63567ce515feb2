"""Refusals to yield: a party that refuses, rules out or rejects leaving office, releasing prisoners or
easing its measures refuses to yield (CAMEO 124), an act a government does at home as often as abroad.

News tells such refusals with many verbs ("ruled out stepping down", "refused to resign", "rejected
quitting"); the refused act is what the party will not do, no event of its own. Read by the trigger stage
(coding/triggers.py) for each sentence.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare

if TYPE_CHECKING:
    from spacy.tokens import Token

REFUSED_YIELD = declare(
    "trigger",
    "refused-yield",
    "a refusal whose content is an act of yielding (resigning, releasing, easing) is a refusal to yield "
    "(124); the act refused is no event",
    "The prime minister ruled out stepping down before the election.",
)
# The code of a generic rejection, which a refused act of yielding makes more precise.
_REJECT = "120"
# Yielding (CAMEO 08) refused: the refusal to yield, by the kind of yielding where CAMEO names one.
_REFUSED = {"084": "1243", "081": "1241", "085": "1244", "086": "1245", "087": "1246"}
_REFUSE_TO_YIELD = "124"
# Where a refused act hangs from the refusal: "ruled out STEPPING down", "refused TO RESIGN".
_CONTENT_DEPS = frozenset({"xcomp", "dobj", "pcomp", "ccomp"})


def _content(tok: Token) -> bool:
    """A refused act's place: a complement or object, or a bare gerund the parser hung as an adverbial
    ("ruled out stepping down")."""
    if tok.dep_ in _CONTENT_DEPS:
        return True
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(c.dep_ == "mark" for c in tok.children)


def refused_yields(found: list[Trigger]) -> list[Trigger]:
    """``found`` with each generic refusal of an act of yielding recoded as a refusal to yield, and the
    refused act set aside."""
    # (the refused act may be set aside already: "ruled out" excludes what it rules out)
    by_token = {t.token.i: t for t in found}
    recoded: dict[int, str] = {}
    refused: set[int] = set()
    for t in found:
        if (t.code or t.pattern.code) != _REJECT or t.noun or not t.kept:
            continue
        for child in (c for c in t.token.children if _content(c) and c.i in by_token):
            act = by_token[child.i]
            code = act.code or act.pattern.code
            if code[:2] == "08":
                recoded[t.token.i] = _REFUSED.get(code[:3], _REFUSE_TO_YIELD)
                refused.add(child.i)
    if not recoded:
        return found
    out = []
    for t in found:
        if t.token.i in recoded:
            pattern = replace(t.pattern, code=recoded[t.token.i], id=f"{t.pattern.id}+yield")
            t = replace(t, pattern=pattern, code=None, steps=(*t.steps, REFUSED_YIELD))
        elif t.token.i in refused and t.kept:
            t = replace(t, dropped_by=REFUSED_YIELD)
        out.append(t)
    return out
