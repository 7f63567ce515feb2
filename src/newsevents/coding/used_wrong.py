"""Accusations told by what a party uses a thing for: "Lisbon said Madrid was using the courts to silence
its critics", "said Moscow had used the refugees as a weapon against Poland".

Neither the verb "use" nor the thing used is a wrong: the purpose is ("to SILENCE", "to PUNISH") or the
role the thing is put to ("as a WEAPON", "as a PRETEXT"), in ``data/used_wrong.toml``. A speaker saying
a named party uses something so accuses it (CAMEO 112), aimed at that party. Kept narrow: the clause is
not negated and has no modal (a fear of what a party could do charges nobody), and its subject names a
party (``pointed_blame.named_phrase``), not a pronoun (the speaker's own use). ``judgement._reported``
calls this through ``speech_blame``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.patterns import construction
from newsevents.coding.pointed_blame import named_phrase
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

USED_WRONG = declare(
    "trigger",
    "used-wrong",
    "a speaker saying a named party uses a thing to repress or coerce, or as a weapon or a pretext ('said "
    "Madrid was using the courts to silence its critics') accuses it (112)",
    "Lisbon said Madrid was using the courts to silence its critics.",
)
_FILE = "coding/data/used_wrong.toml"
# CAMEO code of an accusation (112: accuse, not specified).
_ACCUSE = "112"
# Tag of a modal auxiliary ("could use", "would use"): a fear, no deed.
_MODAL = "MD"
# Links of the purpose of a use ("using the courts [to silence]").
_PURPOSES = frozenset({"xcomp", "advcl"})


@dataclass(frozen=True, slots=True)
class UsedWords:
    """``coding/data/used_wrong.toml``."""

    use_verbs: frozenset[str]
    wrongful_purposes: frozenset[str]
    wrongful_roles: frozenset[str]


@functools.lru_cache(maxsize=1)
def used_words() -> UsedWords:
    """The words of the rule (``word_table`` checks every key)."""
    return word_table(UsedWords, _FILE)


def used_wrong(tok: Token, clause: Token) -> Trigger | None:
    """The accusation a reporting verb ``tok`` makes when its reported ``clause`` says a named party uses
    a thing for a wrongful purpose or in a wrongful role; its target is that party."""
    words = used_words()
    if clause.lemma_.casefold() not in words.use_verbs or doccache.negated(clause):
        return None
    children = doccache.children(clause)
    if any(c.dep_ == "aux" and c.tag_ == _MODAL for c in children):
        return None
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or not named_phrase(subject):
        return None
    purpose = any(c.dep_ in _PURPOSES and c.lemma_.casefold() in words.wrongful_purposes for c in children)
    if not purpose and not _wrongful_role(children, words):
        return None
    pattern = construction("ne.used-wrong", _ACCUSE, tok, "a party said to use a thing for a wrong")
    return Trigger(token=tok, pattern=pattern, noun=False, target_heads=(subject,), steps=(USED_WRONG,))


def _wrongful_role(children: Sequence[Token], words: UsedWords) -> bool:
    """ "used the refugees AS A WEAPON", "as a PRETEXT for": the role the "as" phrase names."""
    roles = (o for p in children if p.dep_ == "prep" and p.lower_ == "as" for o in doccache.children(p))
    return any(o.lemma_.casefold() in words.wrongful_roles for o in roles)
