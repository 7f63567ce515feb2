"""A message acted against: "Russia VETOED a resolution calling for elections".

A participle of speech on a message noun tells what the message asks (coding/scene.py, message-content),
and a verb that issues the message adds nothing of its own. A verb that vetoes, rejects or blocks the
message (``message_refusals`` in coding/data/words.toml) is the opposite: the refusal is the subject's act,
and what the message asks is its authors' wish, not the subject's.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.coding.lexicon import Lexicon


def refusal(verb: Token, words: Lexicon) -> bool:
    """Whether ``verb`` acts against a message rather than issuing it ("vetoed", "rejected")."""
    return verb.pos_ == "VERB" and verb.lemma_.casefold() in words.message_refusals


def refused(tok: Token, words: Lexicon) -> bool:
    """Whether ``tok`` (a message noun, or a participle on the verb) hangs on a verb of refusal."""
    return refusal(tok.head, words)
