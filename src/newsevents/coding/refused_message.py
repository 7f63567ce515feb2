"""A message acted against: "Russia VETOED a resolution calling for elections".

A participle of speech on a message noun tells what the message asks (coding/scene.py, message-content),
and a verb that issues the message adds nothing of its own. A verb that vetoes, rejects or blocks the
message (``message_refusals`` in coding/data/words.toml) is the opposite: the refusal is the subject's act,
and what the message asks is its authors' wish, not the subject's. The content clause of a message a
party refuses ("dismissed a report THAT its troops had fought alongside the rebels") is a charge rejected:
it only sets the scene (coding/scene.py, background clauses).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.lexicon import Lexicon


def refusal(verb: Token, words: Lexicon) -> bool:
    """Whether ``verb`` acts against a message rather than issuing it ("vetoed", "rejected")."""
    return verb.pos_ == "VERB" and verb.lemma_.casefold() in words.message_refusals


def refused(tok: Token, words: Lexicon) -> bool:
    """Whether ``tok`` (a message noun, or a participle on the verb) hangs on a verb of refusal."""
    return refusal(tok.head, words)


def refused_content(clause: Token, words: Lexicon) -> bool:
    """Whether ``clause`` is the content of a message a party refuses ("dismissed a report THAT its troops
    had fought alongside the rebels"): a charge rejected, no act of its own, whatever actor it names."""
    noun = clause.head
    if clause.dep_ not in ("relcl", "acl") or noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return False
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in doccache.children(clause))
    return that and refused(noun, words)
