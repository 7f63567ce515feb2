"""Acts whose subject is denied, and the verbs coordinated with them.

"Nobody was arrested", "No soldier was killed or seriously hurt": the subject says the act did not
happen. The modality stage reads a determiner "no" on a verb's own subject (``_denied_object``), but not a
subject that is a negative pronoun by itself ("nobody", "none"), nor a coordinated participle or verb that
shares the denied subject of the verb it hangs from ("killed or HURT", "arrested or CHARGED"), which the
coder then coded as casualties and arrests that were never made. The rule climbs a participle conjunct
without a subject of its own to the verb whose subject it shares. Word lists:
``data/denied_subject.toml``. Read by ``coding/modality.py``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# How many coordinated verbs the rule climbs ("killed, wounded or detained").
_MAX_CLIMB = 4


@dataclass(frozen=True, slots=True)
class DeniedSubjectWords:
    """``coding/data/denied_subject.toml``."""

    negative_pronouns: frozenset[str]
    negative_determiners: frozenset[str]


@functools.lru_cache(maxsize=1)
def denied_subject_words() -> DeniedSubjectWords:
    """The packaged word lists (read once per process)."""
    return word_table(DeniedSubjectWords, "coding/data/denied_subject.toml")


def _denied(noun: Token, words: DeniedSubjectWords) -> bool:
    """A subject that denies: a negative pronoun, or a noun under a negative determiner ("no soldier")."""
    if noun.lower_ in words.negative_pronouns:
        return True
    marks = (c for c in doccache.children(noun) if c.dep_ in ("det", "preconj"))
    return any(c.lower_ in words.negative_determiners for c in marks)


def denied_subject(tok: Token) -> bool:
    """Whether the subject ``tok`` has, or shares as a conjunct without one of its own, denies the act."""
    words = denied_subject_words()
    verb = tok
    for _ in range(_MAX_CLIMB):
        subjects = [c for c in doccache.children(verb) if c.dep_ in _SUBJECTS]
        if subjects:
            return any(_denied(s, words) for s in subjects)
        if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.i == verb.i:
            # (only a participle shares a denied passive subject: "urged" after "no deal had been
            # reached" is the speaker's own act, which a misparse may hang on the participle)
            return False
        verb = verb.head  # ("were killed or HURT": the participle shares the first one's subject)
    return False
