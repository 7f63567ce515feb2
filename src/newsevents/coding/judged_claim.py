"""A participle judging another party's words or decision is a criticism of its own.

"India expelled a Canadian diplomat on Tuesday, calling Ottawa's claim absurd": the participle is India's
criticism of Canada's claim, a second act, not a detail of the expulsion. The selection stage lets an
elaborating participle give way to the event it hangs on, unless it is a statement of its own
(``scene.speech_participle`` for "warning", "accusing", ...; ``clause_acts.own_statement``). A participle of
naming ("calling", "branding", "describing ... as") is left out of those lists because it usually judges
the actor's own act ("fired missiles, calling the barrage revenge"). It is a statement of its own when it
criticises (root 11) and what it judges is another party's claim, charge or decision (``claim_nouns``),
not one the actor owns ("calling its decision painful"), or another party's act ("broke off relations,
calling the raid a violation of law"; not beside a welcome or an apology, whose topic the act is). A
participle of linking ("..., linking the envoys to an attack") read as a charge is one too (missed2).
Words: ``data/judged_claim.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

JUDGED_CLAIM = declare(
    "select",
    "judged-claim",
    "a participle of naming that criticises another party's claim or decision ('..., calling Ottawa's "
    "claim absurd') is a criticism of its own, not a detail of the act it hangs on",
    "Delhi expelled a Canadian envoy on Tuesday, calling Ottawa's claim absurd.",
)


@dataclass(frozen=True, slots=True)
class JudgedClaimWords:
    """``coding/data/judged_claim.toml``."""

    judging_verbs: frozenset[str]
    charging_verbs: frozenset[str]
    act_nouns: frozenset[str]
    own_topic_roots: frozenset[str]
    claim_nouns: frozenset[str]
    own_possessives: frozenset[str]
    statement_roots: frozenset[str]
    statement_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def judged_claim_words() -> JudgedClaimWords:
    """The verbs, nouns and possessives of the rule (``word_table`` checks every key)."""
    return word_table(JudgedClaimWords, "coding/data/judged_claim.toml")


def judged_claim(clause: Token, code: str, head_code: str | None) -> bool:
    """Whether ``clause``, coded ``code``, is a bare -ing participle of naming ("..., calling X absurd")
    that criticises another party's claim or decision: a statement of its own. On a statement about the
    claim itself (``head_code`` a denial, criticism or rejection, or a verb of one above it: "denied that
    its troops shelled the town, calling the accusation a lie") it restates that statement and folds in."""
    words = judged_claim_words()
    if (
        code[:2] != "11"
        or (head_code is not None and head_code[:2] in words.statement_roots)
        or any(a.lemma_.casefold() in words.statement_verbs for a in clause.ancestors)
        or clause.dep_ != "advcl"
        or clause.tag_ != "VBG"
        or any(c.dep_ in ("mark", "nsubj") for c in doccache.children(clause))
    ):
        return False
    if clause.lemma_.casefold() in words.charging_verbs:
        return True  # (a charge read as root 11 names another party's wrong: "..., linking them to a raid")
    if clause.lemma_.casefold() not in words.judging_verbs:
        return False
    acts = head_code is None or head_code[:2] not in words.own_topic_roots
    return any(_others_claim(obj, words) or (acts and _others_act(obj, words)) for obj in _judged(clause))


def _judged(clause: Token) -> list[Token]:
    """What the participle judges: its object ("calling the accusation baseless"), or the subject the
    parser gives its complement ("calling [Ottawa's claim] absurd" parsed as a small clause)."""
    out = [c for c in doccache.children(clause) if c.dep_ == "dobj"]
    for comp in doccache.children(clause):
        if comp.dep_ in ("oprd", "ccomp", "xcomp"):
            out += [c for c in doccache.children(comp) if c.dep_ == "nsubj"]
    return out


def _others_act(obj: Token, words: JudgedClaimWords) -> bool:
    """Another party's act named as a criticism's object ("calling THE RAID a violation of law"): an act
    noun with "the" or another's possessive, not the actor's own ("its strike"). A negative judgement
    (root 11, checked above) of one's own act is rare; of another's, a criticism."""
    if obj.lemma_.casefold() not in words.act_nouns:
        return False
    owners = [c for c in doccache.children(obj) if c.dep_ == "poss"]
    if any(c.lower_ in words.own_possessives for c in owners):
        return False
    return bool(owners) or any(c.dep_ == "det" and c.lower_ == "the" for c in doccache.children(obj))


def _others_claim(obj: Token, words: JudgedClaimWords) -> bool:
    """A claim noun not owned by the actor ("Ottawa's claim", "the accusation", not "its decision")."""
    if obj.lemma_.casefold() not in words.claim_nouns:
        return False
    return not any(c.dep_ == "poss" and c.lower_ in words.own_possessives for c in doccache.children(obj))
