"""The subject words of a verb told through a verb of phase: "the army BEGAN pulling out of the town",
"the last paratroopers started flying home", "rebels continued withdrawing"; likewise a verb told through
a body's vote: "the Security Council VOTED to send troops".

The complement of a phase verb (its ``xcomp``) has no subject of its own in the parse: who acts is the
phase verb's subject. Patterns that ask for the doer ("pull out" said of armed forces is a retreat, 0874;
of investors it is no event) read the subject words, so without this rule a withdrawal begun is missed
while the same withdrawal told plainly ("the army pulled out") is coded. Only the subject words that
patterns test are shared; who the source is stays the arguments stage's (it already climbs to a
governor's subject for a subjectless complement). A body's vote is read the same way: the council's own
rows ("send troops" said of a council is a peacekeeping force, 074) need the voter's words on the act
voted for. So is a body that reports its own act through a pronoun: "the charity SAID IT had suspended
its work" (an aid body's rows ask for the body's name as subject; "it" alone never met them). The verbs
are in ``coding/data/aspect_subject.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.coding import syntax
from newsevents.coding.resources import word_table

_FILE = "coding/data/aspect_subject.toml"


@dataclass(frozen=True, slots=True)
class PhaseWords:
    """``coding/data/aspect_subject.toml``."""

    phase_verbs: frozenset[str]
    decision_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    pronouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def phase_words() -> PhaseWords:
    """The phase verbs, checked: every key present, each a list of words."""
    return word_table(PhaseWords, _FILE)


def subject_lemmas(tok: Token) -> set[str]:
    """The words of ``tok``'s subject, or, for a subjectless complement of a phase or decision verb, of
    that verb's subject ("the army began pulling out": army; "the council voted to send troops": council)."""
    found = syntax.subject_lemmas(tok)
    words, governor = phase_words(), tok.head.lemma_.casefold()
    if found and tok.dep_ == "ccomp" and found <= words.pronouns and governor in words.reporting_verbs:
        return found | syntax.subject_lemmas(tok.head)  # ("the charity said it had suspended ...")
    if found or tok.dep_ != "xcomp":
        return found
    if governor not in words.phase_verbs and governor not in words.decision_verbs:
        return found
    return syntax.subject_lemmas(tok.head)
