"""A proper name the parser cut at its hyphen: "King Ana-Maria of Ruritania apologised ...".

The small English model may read the two halves of a hyphenated name as two parallel words of the verb
(two subjects, two objects), the title on the first half and the "of" phrase on the second; the actor
rules then read the second half alone ("Maria of Ruritania"), without its title, and the person lost
the role the title gives (a king is his state's government). The first half and the hyphen are put
back on the second, with the words that described the first half (its title, its adjective). Run by the
parse-mending stage (``coding/reattach.py``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents import doccache, labels
from newsevents.coding.rules import declare

HYPHEN_NAME = declare(
    "actor",
    "hyphen-name",
    "the two halves of a hyphenated proper name read as two parallel words of one verb ('King Ana-Maria "
    "of Ruritania apologised') are one name, the second half its head with the first half's title",
    "King Ana-Maria of Ruritania apologised to Freedonia on Monday.",
)
# Hyphens written inside a name: the plain and the non-breaking one.
_HYPHENS = frozenset({"-", "\u2011"})
_HYPHEN_IDS = labels.labels(_HYPHENS)  # (as ``Token.orth`` gives them: every word is read, no string made)
# Links of the second half that make it an argument of the word both halves hang from: a subject or an
# object, the name's head; and the links the first half may have beside it (the parser reads it as a
# second argument, or as an adverbial noun).
_PARALLEL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})
_FIRST_DEPS = _PARALLEL_DEPS | {"npadvmod", "nmod", "dep"}
# The first half's words that describe the whole name: its title, adjective, article or possessor.
_DESCRIBING_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod"})


def hyphen_names(doc: Doc) -> int:
    """Mend each hyphenated proper name the parse cut in two; the number mended."""
    mended = 0
    for hyphen in doccache.tokens(doc):
        if hyphen.orth not in _HYPHEN_IDS or hyphen.whitespace_ or hyphen.i == 0 or hyphen.i + 1 >= len(doc):
            continue
        first, second = doc[hyphen.i - 1], doc[hyphen.i + 1]
        if first.whitespace_ or not _cut(first, second):
            continue
        # (spaCy's own children: the mending stage may not build doccache's tables of heads it changes)
        for word in [c for c in first.children if c.dep_ in _DESCRIBING_DEPS and c.i < first.i]:
            word.head = second
        first.head, first.dep_ = second, "compound"
        hyphen.head, hyphen.dep_ = second, "punct"
        mended += 1
    return mended


def _cut(first: Token, second: Token) -> bool:
    """Whether the capitalised proper nouns ``first`` and ``second`` hang side by side from one word, the
    second as its argument."""
    if first.pos_ != "PROPN" or second.pos_ != "PROPN":
        return False
    if not (first.text[:1].isupper() and second.text[:1].isupper()):
        return False
    head = second.head
    return (
        head.i not in (first.i, second.i)
        and first.head.i == head.i
        and first.dep_ in _FIRST_DEPS
        and second.dep_ in _PARALLEL_DEPS
    )
