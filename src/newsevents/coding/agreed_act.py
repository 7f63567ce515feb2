"""Acts agreed to that no pattern codes: the agreement announces an intent (03), not an accord (05).

"Agreed to hold joint patrols" is coded by its act's intent twin (modality.py: 036 and the like). When
the act under "agreed to" is one no pattern knows ("agreed to abandon their claims"), only the bare
verb is left, and Phoenix's bare AGREE row reads it as a statement of accord (050). But a party that
agrees TO DO something announces a decision: by the corpus's convention on announced decisions it is an
intent to cooperate (030), the act not yet told as done. A bare "agreed" with no infinitive ("the two
sides agreed", "agreed that talks should go on") keeps the statement code. A party that agrees, by
itself, to LET another do something ("agreed to let the force enter", ``permit_verbs`` in
coding/data/conceded.toml) yields a permission (080): the consent is the concession, as for any
yielding act a consent concedes (coding/conceded.py).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.conceded import conceded, conceded_words
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare

AGREED_ACT = declare(
    "code",
    "agreed-act",
    "a party that agrees to do an act no pattern codes announces an intent to cooperate (030), not a "
    "statement of accord (050)",
    "Norway and Denmark agreed on Friday to abandon their fishing claims in the Arctic.",
)
AGREED_PERMISSION = declare(
    "code",
    "agreed-permission",
    "a party that agrees to let another do an act no pattern codes yields a permission (080), not an "
    "intent to cooperate (030): the consent is the concession",
    "Under pressure, Lima agreed on Friday to let foreign inspectors into its mines.",
)
# The yield of a permission, CAMEO 080 (as "allow", Phoenix's ALLOW rows).
_PERMISSION = "080"
# The bare statement of accord that Phoenix's AGREE row gives the verb, and the intent it becomes.
_ACCORD = "050"
_INTENT = "030"


def agreed_acts(found: list[Trigger]) -> list[Trigger]:
    """``found`` with each bare consent verb ("agreed") whose infinitive act is no trigger recoded as
    an intent to cooperate; else unchanged."""
    coded = {t.token.i for t in found if t.kept}
    return [_agreed(t, coded) for t in found]


def _agreed(trigger: Trigger, coded: set[int]) -> Trigger:
    tok = trigger.token
    if trigger.noun or not trigger.kept or trigger.coded_as != _ACCORD or trigger.pattern.specificity:
        return trigger
    if tok.lemma_.casefold() not in conceded_words().consent_verbs:
        return trigger
    acts = [c for c in doccache.children(tok) if _infinitive_act(c)]
    if not acts or any(i in coded for a in acts for i in _with_conjuncts(a)):
        return trigger
    if _permission(acts, tok):
        pattern = replace(trigger.pattern, code=_PERMISSION, id=f"{trigger.pattern.id}+let")
        return replace(trigger, pattern=pattern, steps=(*trigger.steps, AGREED_PERMISSION))
    pattern = replace(trigger.pattern, code=_INTENT, id=f"{trigger.pattern.id}+act")
    return replace(trigger, pattern=pattern, steps=(*trigger.steps, AGREED_ACT))


def _permission(acts: list[Token], verb: Token) -> bool:
    """Whether the act agreed to is a permission ("agreed to LET ships dock") that the consent concedes:
    one party's consent told as given (coding/conceded.py decides: not a pair's, not "would agree")."""
    permits = conceded_words().permit_verbs
    return any(
        a.lemma_.casefold() in permits and not _quoted(a) and conceded(_PERMISSION, a, [verb]) for a in acts
    )


def _quoted(act: Token) -> bool:
    """Whether what ``act`` lets happen is told in quoted words ('agreed to let "the right people"
    ...'): a speaker's phrase cut into the sentence, whose parse does not show who is let do what."""
    return any(t.is_quote for t in doccache.subtree(act))


def _infinitive_act(child: Token) -> bool:
    """Whether ``child`` is the act a consent verb takes as its infinitive ("agreed TO ABANDON")."""
    if child.pos_ not in ("VERB", "AUX"):
        return False
    return child.dep_ == "xcomp" or (child.dep_ == "ccomp" and doccache.infinitive_to(child))


def _with_conjuncts(act: Token) -> list[int]:
    """The act and the acts coordinated with it ("agreed to abandon ... and [to] open ...")."""
    return [act.i, *(c.i for c in doccache.conjuncts(act))]
