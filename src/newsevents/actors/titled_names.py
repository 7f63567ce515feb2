"""Names the recogniser missed after a title: "Army chief General Waker-Uz-Zaman said ...".

The mention finder reads people from the recogniser's PERSON entities; a name it misses (a hyphenated
or unfamiliar one) left its phrase with no actor, and the speaker's acts with no source, although the
title before it says who speaks ("Army chief General ..." is the army's). A phrase headed by a proper
noun, with no mention in its phrase, whose compounds before the name hold a title word (``titles.tsv``)
or whose apposition is one ("Ana-Maria, the foreign minister"), and whose name words are capitalised,
stands as a person the dictionary lacks; its title and the article's countries then place it as any
unlisted person (actors/people.py). A country word in the phrase ("King Ana-Maria of Ruritania",
"Ruritanian King ...") is no obstacle: it says whose titled person it is, and read alone it left the
state with no role. An organisation the recogniser read in such a name is dropped for the person.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from newsevents import doccache, labels
from newsevents.actors.dictionary import ActorDictionary

# Links of a phrase head that names a party (a subject or an object).
_HEAD_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _title(dictionary: ActorDictionary, tok: Token) -> bool:
    """Whether ``tok`` is a title word of a person ("General", "Minister"; not an agent such as
    "Islamic", which "Islamic State" does not make a person)."""
    return any(dictionary.title_role(w) for w in (tok.lower_, tok.lemma_.casefold()))


def _compounds_before(tok: Token) -> list[Token]:
    """The compounds before ``tok``, and theirs ("Dutch King Ana" may hang as a whole on "Maria" of a
    hyphenated "Ana-Maria"), in text order."""
    found: list[Token] = []
    todo = [tok]
    while todo:
        word = todo.pop()
        kids = [c for c in doccache.children(word) if c.dep_ == "compound" and c.i < word.i]
        found.extend(kids)
        todo.extend(kids)
    return sorted(found, key=lambda t: t.i)


def _name_start(tok: Token, dictionary: ActorDictionary) -> int | None:
    """Where the name headed by ``tok`` starts: after its last title word ("King Ana-Maria"), or at its
    first word when a title stands in apposition to it ("Ana-Maria, the foreign minister"); None when no
    title describes it."""
    before = _compounds_before(tok)
    titles = [c for c in before if _title(dictionary, c)]
    if titles:
        return max(t.i for t in doccache.subtree(titles[-1])) + 1
    described = any(c.dep_ == "appos" and _title(dictionary, c) for c in doccache.children(tok))
    return min((t.i for t in before), default=tok.i) if described else None


def _other_party(tok: Token, start: int, parties: list[tuple[int, int, bool]]) -> bool:
    """Whether the phrase of the name [start, ``tok``] holds a mention of a party that is not the name's
    own (an organisation the recogniser read over the name, "King Ana-Maria of", is the name's); a
    country counts only for a one-word name, which may be no name at all ("the General Staff of the
    Korean army"; the recogniser misses names of several words, hyphenated ones above all)."""
    phrase = {t.i for t in doccache.subtree(tok)}
    return any(
        (b <= start or a > tok.i) and (not country or start == tok.i)
        for a, b, country in parties
        if any(i in phrase for i in range(a, b))
    )


def _heads_phrase(tok: Token, skip: range) -> bool:
    """Whether ``tok`` heads a subject or object, or stands in apposition to the dateline, as the parser
    may hang the subject that follows it ("QUITO, May 3 (Wire) - King X apologised ...")."""
    return tok.dep_ in _HEAD_DEPS or (tok.dep_ == "appos" and tok.head.i in skip)


def titled_names(
    doc: Doc,
    covered: set[int],
    skip: range,
    dictionary: ActorDictionary,
    parties: list[tuple[int, int, bool]],
) -> Iterator[tuple[int, int]]:
    """The token spans [start, end) of the names after a title that no mention covers (``covered``: the
    mentions' tokens; ``skip``: the dateline's; ``parties``: the spans of the mentions, each with whether
    it names a country)."""
    for tok in doccache.tokens(doc):
        if tok.pos != labels.POS_PROPN or not _heads_phrase(tok, skip) or tok.i in covered or tok.i in skip:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-":
            continue  # (a name the parse cut at its hyphen, "King Willem | -Alexander": not its head)
        start = _name_start(tok, dictionary)
        if start is None:
            continue
        # (a phrase that names a party of its own is read by it: "Hamas leader X", "X, leader of the Y
        # Party"; but a country word says whose titled person it is, and read as the phrase's party it
        # lost the title: "King X of Jordan", "Jordanian King X" were the state with no role)
        if _other_party(tok, start, parties):
            continue
        words = doc[start : tok.i + 1]
        if not any(t.is_alpha for t in words) or any(t.i in covered or t.i in skip for t in words):
            continue
        if all((t.is_alpha and t.text[:1].isupper()) or t.text == "-" for t in words):
            yield start, tok.i + 1
