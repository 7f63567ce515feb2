"""Names the recogniser missed after a title: "Army chief General Waker-Uz-Zaman said ...".

The mention finder reads people from the recogniser's PERSON entities; a name it misses (a hyphenated
or unfamiliar one) left its phrase with no actor, and the speaker's acts with no source, although the
title before it says who speaks ("Army chief General ..." is the army's). A phrase headed by a proper
noun, with no mention in its phrase, whose compounds before the name hold a title word (``titles.tsv``)
and whose name words are capitalised, stands as a person the dictionary lacks; its title and the
article's countries then place it as any unlisted person (actors/people.py).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from newsevents import doccache
from newsevents.actors.dictionary import ActorDictionary

# Links of a phrase head that names a party (a subject or an object).
_HEAD_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _title(dictionary: ActorDictionary, tok: Token) -> bool:
    """Whether ``tok`` is a title word of a person ("General", "Minister"; not an agent such as
    "Islamic", which "Islamic State" does not make a person)."""
    return any(dictionary.title_role(w) for w in (tok.lower_, tok.lemma_.casefold()))


def titled_names(
    doc: Doc, covered: set[int], skip: range, dictionary: ActorDictionary
) -> Iterator[tuple[int, int]]:
    """The token spans [start, end) of the names after a title that no mention covers (``covered``: the
    mentions' tokens; ``skip``: the dateline's)."""
    for tok in doccache.tokens(doc):
        if tok.pos_ != "PROPN" or tok.dep_ not in _HEAD_DEPS or tok.i in covered or tok.i in skip:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-":
            continue  # (a name the parse cut at its hyphen, "King Willem | -Alexander": not its head)
        before = [c for c in doccache.children(tok) if c.dep_ == "compound" and c.i < tok.i]
        titles = [c for c in before if _title(dictionary, c)]
        # (a phrase that names a party of its own is read by it: "King X of the Netherlands")
        if not titles or any(t.i in covered and t.i not in skip for t in doccache.subtree(tok)):
            continue
        # (the name: the words after the last title word, each capitalised or a hyphen)
        start = max(t.i for t in doccache.subtree(titles[-1])) + 1
        words = doc[start : tok.i + 1]
        if not any(t.is_alpha for t in words) or any(t.i in covered or t.i in skip for t in words):
            continue
        if all((t.is_alpha and t.text[:1].isupper()) or t.text == "-" for t in words):
            yield start, tok.i + 1
