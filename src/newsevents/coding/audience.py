"""A gathering a speaker talks to is the speaker's audience, not a protest by the speaker: "the president
told a rally in the capital that the mines belonged to the nation", "the premier addressed a crowd of
supporters", "the minister spoke to a crowd outside the ministry". The gathering noun is the object of the
speech verb, so it took the speaker as its source through the verb (coding/roles.py, light-verb-subject)
and coded a demonstration (141) by the government. What the speaker said is coded by its own trigger.

Read by the modality stage through ``coding/unasserted.py``, which drops such a trigger with the rule
named here. The words are in ``coding/data/audience.toml``.
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
    "a rally or crowd a speaker tells, addresses or speaks to is the audience of the speech, no "
    "demonstration by the speaker",
    "The president told a rally in the capital that the mines belonged to the nation.",
)
_FILE = "coding/data/audience.toml"
# Links of a gathering noun to the speech verb it hears: the direct (or dative) object ("told a rally").
_OBJECT_LINKS = frozenset({"dobj", "dative"})


@dataclass(frozen=True, slots=True)
class AudienceWords:
    """``coding/data/audience.toml``."""

    object_speech_verbs: frozenset[str]
    to_speech_verbs: frozenset[str]
    gathering_nouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def audience_words() -> AudienceWords:
    """The speech verbs and gathering nouns, checked: every key present, each a list of words."""
    return word_table(AudienceWords, _FILE)


def audience(tok: Token) -> str | None:
    """AUDIENCE when the noun ``tok`` is a gathering a speaker tells or addresses ("told a rally") or
    speaks to ("spoke to a crowd"), else None."""
    words = audience_words()
    if tok.pos_ != "NOUN" or tok.lemma_.casefold() not in words.gathering_nouns:
        return None
    head = tok.head
    if tok.dep_ in _OBJECT_LINKS:
        verbs = words.object_speech_verbs
    elif tok.dep_ == "pobj" and head.lower_ == "to" and head.dep_ == "prep":
        head, verbs = head.head, words.to_speech_verbs
    else:
        return None
    return AUDIENCE if head.pos_ == "VERB" and head.lemma_.casefold() in verbs else None
