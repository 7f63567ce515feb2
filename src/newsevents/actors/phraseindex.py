"""A phrase index in plain Python data: token sequences -> match keys, matched as spaCy's PhraseMatcher
matches them, but loaded from the resource cache in milliseconds instead of rebuilt (34k phrases
through the tokenizer into a PhraseMatcher: seconds) at every start.

A ``PhraseIndex`` matches one token attribute's strings (the tokens' text, or their lower case). Its
matches come in the PhraseMatcher's order: by start, then by length, and the keys of one token sequence
in the order the PhraseMatcher's trie gives them, which ``build`` reads from a PhraseMatcher over just
those phrases. The order matters: among equally good overlapping matches the first one wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["PhraseIndex", "build"]

# Token strings are joined by the unit separator to one dict key: string keys load several times faster
# than tuples, and no token of text or dictionary contains this control character.
_SEP = "\x1f"


@dataclass(frozen=True, slots=True)
class PhraseIndex:
    """``nodes``: the token strings of each phrase and of each of its beginnings (joined by ``_SEP``) ->
    the match keys of the phrases made of exactly those tokens (none for a mere beginning), and whether a
    longer phrase begins with them. A match is read word by word, as a trie is: most words open no phrase,
    and a phrase's beginning ("the", "the red") is followed only as far as some phrase goes on."""

    nodes: dict[str, tuple[tuple[str, ...], bool]]

    def matches(self, words: Sequence[str]) -> list[tuple[int, int, str]]:
        """Every ``(start, end, key)`` of a phrase that ``words[start:end]`` spells, overlaps included."""
        found: list[tuple[int, int, str]] = []
        size = len(words)
        nodes = self.nodes.get  # (bound once: read for every word of a text)
        for start, word in enumerate(words):
            node = nodes(word)
            end, joined = start + 1, word
            while node is not None:  # (None: no phrase begins with words[start:end])
                keys, longer = node
                if keys:
                    found.extend((start, end, key) for key in keys)
                if not longer or end >= size:
                    break
                joined = joined + _SEP + words[end]
                end += 1
                node = nodes(joined)
        return found

    def to_plain(self) -> tuple[Any, ...]:
        """The index as plain data (for marshal)."""
        return (self.nodes,)

    @classmethod
    def from_plain(cls, plain: tuple[Any, ...]) -> PhraseIndex:
        """The index ``to_plain`` gave."""
        (nodes,) = plain
        return cls(nodes)


def build(phrases: Sequence[tuple[str, tuple[str, ...]]]) -> PhraseIndex:
    """The index of ``(key, tokens)`` phrases (each key once). Phrases without tokens never match."""
    keys: dict[tuple[str, ...], list[str]] = {}
    for key, tokens in phrases:
        if tokens:
            keys.setdefault(tokens, []).append(key)
    shared = {tokens: found for tokens, found in keys.items() if len(found) > 1}
    if shared:
        _matcher_order(shared)
    nodes: dict[str, tuple[tuple[str, ...], bool]] = {}
    for tokens, found in keys.items():
        for n in range(1, len(tokens)):
            prefix = _SEP.join(tokens[:n])
            nodes[prefix] = (nodes.get(prefix, _NONE)[0], True)
        joined = _SEP.join(tokens)
        nodes[joined] = (tuple(found), nodes.get(joined, _NONE)[1])
    return PhraseIndex(nodes)


# (a node not yet made: no key, no longer phrase)
_NONE: tuple[tuple[str, ...], bool] = ((), False)


def _matcher_order(shared: dict[tuple[str, ...], list[str]]) -> None:
    """Reorder, in place, the keys that share a token sequence as a PhraseMatcher lists them: its trie
    keeps them in a hash table, so that order is the table's, which only a PhraseMatcher knows. The
    table of a sequence holds the same keys, added in the same order, as in a matcher over every phrase,
    so a matcher over these phrases alone gives the same order."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    vocab = Vocab()
    matcher = PhraseMatcher(vocab, attr="ORTH")
    for tokens, found in shared.items():
        doc = Doc(vocab, words=list(tokens), spaces=[False] * len(tokens))
        for key in found:
            matcher.add(key, [doc])
    for tokens, found in shared.items():
        doc = Doc(vocab, words=list(tokens), spaces=[False] * len(tokens))
        order = [vocab.strings[m] for m, start, end in matcher(doc) if (start, end) == (0, len(tokens))]
        if sorted(order) != sorted(found):
            raise AssertionError(f"phrase index: matcher order of {tokens!r} is {order!r}, keys {found!r}")
        found[:] = order
