"""The speaker of an act coordinated with a judgement the speaker reports.

"The minister said the seizure was unacceptable and SUMMONED the envoy": the parser makes "summoned" a
conjunct of the reported judgement ("was"), so the subject it shares is the judged thing ("the seizure"),
which names no party, and the act was dropped for want of a source. When a subjectless conjunct hangs on
a reported clause that only judges (its verb is "be", with a complement), the speaker who reports it is
a fallback source: tried after the judged thing, so a party that is judged and then acts ("said the
army was ready and moved in") keeps its own act.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.lexicon import kind_of
from newsevents.coding.rules import declare

JUDGED_CONJUNCT = declare(
    "source",
    "judged-conjunct",
    "an act coordinated with a judgement the speaker reports is the speaker's, when the judged thing "
    "names no party",
    "The minister said the seizure was unacceptable and summoned the envoy.",
)
# The complements that make a clause with "be" a judgement ("was unacceptable", "was a grave mistake").
_COMPLEMENTS = frozenset({"acomp", "attr"})
# Dependencies a conjunct's own subject or auxiliary of tense hangs by: with one it is no shared act.
_OWN = frozenset({"nsubj", "nsubjpass", "expl"})


def judging_speakers(conj: Token, gov: Token) -> list[Token]:
    """The subjects of the verb of saying whose reported judgement ``gov`` the subjectless conjunct
    ``conj`` hangs on; empty for any other shape."""
    if gov.dep_ in _COMPLEMENTS and gov.head.lemma_ == "be":  # ("said the ruling was binding and CALLED")
        gov = gov.head
    if conj.dep_ != "conj" or gov.dep_ != "ccomp" or gov.lemma_ != "be" or kind_of(gov.head) != "report":
        return []
    if any(c.dep_ in _OWN for c in doccache.children(conj)):
        return []
    if not any(c.dep_ in _COMPLEMENTS for c in doccache.children(gov)):
        return []
    return list(syntax.subjects(gov.head))
