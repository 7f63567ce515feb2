"""A plan named only to set another act's time: "the launch, planned for next year", "a month earlier than
planned", "went ahead as planned", "the raids were planned by a joint team".

The pattern rows code a bare verb of planning as an intent (030: "Ankara planned to send a file"). Told as
a participle on another act, in a comparison or in the passive, with nothing planned in its own
infinitive, clause or object, the verb says when or by whom that other act was arranged: it is the other
act's circumstance, or the act itself, never a second event (corpus/README.md: one gold event per real
event). Verbs of promising and pledging are left alone ("$50 million was pledged to Haiti" is a pledge).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.rules import declare

SET_PLAN = declare(
    "modality",
    "set-plan",
    "a verb of planning with nothing planned of its own, told as a participle on another act, after 'than' "
    "or 'as', or in the passive ('the launch, planned for May', 'earlier than planned'), is no intent",
    "The Lisbon summit, planned for October, will now be held in Porto.",
)
# Verbs of planning whose bare participle sets another act's time.
_PLAN_VERBS = frozenset({"plan", "intend", "schedule"})
# Dependents that give the plan a content of its own ("planned TO SEND", "planned A RAID").
_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj"})
# Words that make the participle a comparison or a manner ("earlier THAN planned", "AS planned").
_COMPARISON_WORDS = frozenset({"than", "as"})


def set_plan(tok: Token) -> str | None:
    """``SET_PLAN`` when ``tok`` is a participle of planning with no content of its own that sets another
    act; else None."""
    return SET_PLAN if _sets_another(tok) else None


def _sets_another(tok: Token) -> bool:
    if tok.tag_ != "VBN" or tok.lemma_.casefold() not in _PLAN_VERBS:
        return False
    children = doccache.children(tok)
    if any(c.dep_ in _CONTENT_DEPS for c in children):
        return False
    if tok.dep_ == "acl" or any(c.dep_ == "auxpass" for c in children):
        return True  # ("the launch, PLANNED for May", "the raids were PLANNED by ...")
    if any(c.dep_ == "mark" and c.lower_ in _COMPARISON_WORDS for c in children):
        return True  # ("AS planned")
    return tok.head.lower_ in _COMPARISON_WORDS  # ("earlier THAN planned")
