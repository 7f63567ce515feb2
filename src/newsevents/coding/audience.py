"""The audience of a speech is no demonstration: "the president told a rally that the gas would never be
sold", "the minister addressed a crowd of supporters". A gathering noun that a speaking verb takes as its
object names who listened, not a protest the speaker staged (the protest triggers read "rally" and
"crowd" as demonstrations, 141, and the speaker became their source). What the speaker said is coded on
its own. A gathering broken up, joined or led stays the protest it is. Read by the modality stage through
``coding/unasserted.py``; the words are in ``coding/data/audience.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

AUDIENCE = declare(
    "modality",
    "audience",
    "a rally, crowd or gathering that a speaker tells or addresses is the speech's audience, no protest",
    "President Morales told a rally in El Alto that the gas would never be sold abroad.",
)
_FILE = "coding/data/audience.toml"


@dataclass(frozen=True, slots=True)
class AudienceWords:
    """``coding/data/audience.toml``."""

    speaking_verbs: frozenset[str]
    gathering_nouns: frozenset[str]
    told_nouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def audience_words() -> AudienceWords:
    """The words, checked: every key present, each a list of words."""
    return word_table(AudienceWords, _FILE)


def audience(tok: Token) -> str | None:
    """AUDIENCE when ``tok`` is a gathering noun that a speaking verb takes as its object, else None."""
    if tok.dep_ != "dobj" or tok.pos_ != "NOUN":
        return None
    words = audience_words()
    lemma, verb = tok.lemma_.casefold(), tok.head.lemma_.casefold()
    # A meeting told something is its listeners; one addressed may be the speaker's part in talks.
    if lemma in words.told_nouns:
        return AUDIENCE if verb == "tell" else None
    if lemma not in words.gathering_nouns:
        return None
    return AUDIENCE if verb in words.speaking_verbs else None
