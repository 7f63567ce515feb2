"""Refusals to yield: a party that refuses, rules out or rejects leaving office, releasing prisoners or
easing its measures refuses to yield (CAMEO 124), an act a government does at home as often as abroad.

News tells such refusals with many verbs ("ruled out stepping down", "refused to resign", "rejected
quitting"); the refused act is what the party will not do, no event of its own. Read by the trigger stage
(coding/triggers.py) for each sentence.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsevents import doccache
from newsevents.coding.patterns import construction
from newsevents.coding.records import Trigger
from newsevents.coding.refused_consent import refused_consents
from newsevents.coding.rules import declare
from newsevents.coding.stance import EXCLUDED_ACT

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

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
# Only giving in to demands (083: resigning, changing policy) and releasing (084) are refused this way;
# other yielding ("calling off a strike", 087) keeps the rejection its verb says.
_REFUSED = {"083": "124", "084": "1243"}
# Where a refused act hangs from the refusal: "ruled out STEPPING down", "refused TO RESIGN".
_CONTENT_DEPS = frozenset({"xcomp", "dobj", "pcomp", "ccomp"})


def _content(tok: Token) -> bool:
    """A refused act's place: a complement or object, or a bare gerund the parser hung as an adverbial
    ("ruled out stepping down")."""
    if tok.dep_ in _CONTENT_DEPS:
        return True
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and not any(c.dep_ == "mark" for c in doccache.children(tok))
    )


def refused_yields(found: list[Trigger], sent: Span) -> list[Trigger]:
    """``found`` with each generic refusal of an act of yielding recoded as a refusal to yield, and the
    refused act set aside; and with the refusals of consent of ``sent`` (``refused_consent``)."""
    consents = refused_consents(sent, found)
    if consents:  # (in place of a blocked row's trigger on the verb: "back" alone codes nothing)
        at = {t.token.i for t in consents}
        found = [t for t in found if t.token.i not in at] + consents
    # (the refused act may be set aside already: "ruled out" excludes what it rules out)
    by_token = {t.token.i: t for t in found}
    recoded: dict[int, str] = {}
    refused: set[int] = set()
    for t in found:
        if t.coded_as != _REJECT or t.noun or not t.kept:
            continue
        for child in (c for c in doccache.children(t.token) if _content(c) and c.i in by_token):
            act = by_token[child.i]
            code = act.coded_as[:3]
            if code in _REFUSED:
                recoded[t.token.i] = _REFUSED[code]
                refused.add(child.i)
    out = _excluded_yields(found, by_token)
    if not recoded:
        return out
    found, out = out, []
    for t in found:
        if t.token.i in recoded:
            pattern = replace(t.pattern, code=recoded[t.token.i], id=f"{t.pattern.id}+yield")
            t = replace(t, pattern=pattern, code=None, steps=(*t.steps, REFUSED_YIELD))
        elif t.token.i in refused and t.kept:
            t = replace(t, dropped_by=REFUSED_YIELD)
        out.append(t)
    return out


def _excluded_yields(found: list[Trigger], by_token: dict[int, Trigger]) -> list[Trigger]:
    """ "ruled out stepping down": an act of yielding that its governing verb excludes (``stance``) is
    refused; a refusal to yield on that verb, unless the verb is coded already."""
    out = list(found)
    for n, t in enumerate(found):
        code = t.coded_as[:3]
        if code not in _REFUSED:  # (the cheap test first: only acts of yielding are refused)
            continue
        gov = t.token.head
        excluded = t.dropped_by == EXCLUDED_ACT or _rules_out(gov)
        if not excluded or gov.i in by_token or gov.i == t.token.i:
            continue
        pattern = construction("ne.refused-yield", _REFUSED[code], gov, "a party rules out yielding")
        out.append(Trigger(token=gov, pattern=pattern, noun=False, steps=(REFUSED_YIELD,)))
        if t.kept:
            out[n] = replace(t, dropped_by=REFUSED_YIELD)
        by_token[gov.i] = out[-1]
    return out


def _rules_out(verb: Token) -> bool:
    """ "ruled out", however the parser hung what it rules out."""
    return verb.lemma_.casefold() == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in doccache.children(verb)
    )
