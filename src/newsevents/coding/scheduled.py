"""A meeting or visit on the calendar: "the premier is to meet X on Friday", "the envoy is due to visit Y".

An intended act takes its "express intent" twin (modality.py: 036 for a meeting). A meeting told as
scheduled is different: nobody announces a wish to meet, the text reports the meeting as fixed, and the
corpus codes such meetings as the meeting (04), accepting 03 beside it only where a party's intention is
told ("plans to meet", "agreed to meet", "offered to visit"). So a consultation or visit (root 04) in a
clause the date stage reads as future ("is to", "is due to", "is scheduled to", "is set to":
``dateclause.is_future``) keeps its own code when no verb of intent, threat or conjecture governs it; an
auxiliary of the future alone ("will meet") is left to the intent twin, as the convention for announced
decisions asks of a party's own word.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import dateclause, doccache, labels
from newsevents.coding.lexicon import MEANING_KINDS, kind_of
from newsevents.coding.rules import declare

SCHEDULED_MEETING = declare(
    "code",
    "scheduled-meeting",
    "a meeting or visit told as scheduled ('is to meet', 'is due to visit', 'is set to hold talks') is "
    "the meeting (04x), not an intent to meet (036): no party's intention is told",
    "The Omani envoy is due to meet the Yemeni president in Aden on Sunday.",
)
# CAMEO's consultation family: meetings, visits, talks.
_MEETING_ROOT = "04"


def scheduled_meeting(code: str, tok: Token, governors: list[Token]) -> tuple[str, str] | None:
    """``(code, SCHEDULED_MEETING)`` when ``code`` is a consultation (04x) whose verb is a to-infinitive
    of a plan told in the present ("is to meet", "is due to visit") and no verb of intent, threat or
    conjecture governs it; else None."""
    if code[:2] != _MEETING_ROOT or tok.pos != labels.POS_VERB or tok.dep_ != "xcomp":
        return None
    if not doccache.infinitive_to(tok) or not dateclause.is_future(tok):
        return None
    if any(kind_of(g) in MEANING_KINDS for g in governors):
        return None
    return code, SCHEDULED_MEETING
