"""Which earlier act a generic noun ("the move", "the decision") names: two refinements of the rules in
``coding/referred.py``, which aims a reaction to "the move" at the last act of another party that is no
statement (none of its ``verbal_roots``), after looking for an act of the same word.

- A generic noun whose verb names a motion ("move", "step") names an act of the same word only when that
  act is itself told by the noun: "Moldovan troops moved into the town ... Romania recognised the council
  ... Berlin criticised the move" criticises the recognition, not the troops' movement.
- Granting recognition (054) and signing an agreement (057) are deeds, though their root (05) is mostly one
  of statements: "the move" may name them, as it names a closure or an expulsion.

Word lists: ``coding/data/referred_deeds.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import labels
from newsevents.coding.nominal_verbs import verbs_of
from newsevents.coding.resources import word_table

_FILE = "coding/data/referred_deeds.toml"


@dataclass(frozen=True, slots=True)
class DeedWords:
    """``coding/data/referred_deeds.toml``."""

    motion_nouns: frozenset[str]
    deed_codes: frozenset[str]


@functools.lru_cache(maxsize=1)
def deed_words() -> DeedWords:
    """The packaged lists (read once per process)."""
    return word_table(DeedWords, _FILE)


def same_word(act: Token, lemma: str) -> bool:
    """Whether earlier trigger ``act`` names the event a noun of (casefolded) ``lemma`` refers to by its
    word: the same lemma, and for a motion noun ("the move") an act told by the noun itself, not by a verb
    of movement. (The noun's lemma, not its Token: the caller's closure then holds no Token, and so no Doc
    in the reference cycle a compiled closure's environment makes.)"""
    said = act.lemma_.casefold()
    if said != lemma:
        # (or the verb the noun is made from: "accused" for "the accusation", coding/nominal_verbs.py)
        return act.pos == labels.POS_VERB and said in verbs_of(lemma)
    return lemma not in deed_words().motion_nouns or act.pos == labels.POS_NOUN


def deed(code: str) -> bool:
    """Whether an act coded ``code`` is a deed a generic noun may name though its root is a statement's."""
    return code.startswith(tuple(deed_words().deed_codes))
