"""What spaCy rebuilds at every access, read once per ``Doc`` and shared by the coding stages.

spaCy keeps a parse as C structs and makes a new Python object at each access: ``doc[i]``, iterating a
sentence, ``token.children`` (which scans the token's whole subtree for the words whose head it is),
``token.subtree``, ``token.sent`` (which scans for the sentence's edges), ``doc.sents`` and ``doc.ents``.
The stages ask for the same ones again and again (one article's entities were rebuilt about six times,
its sentences' tokens iterated about five times per stage, a phrase head's children many times), and
making those objects was the largest single cost of coding after the parse (issue 10, throughput).

These functions give what the spaCy accessor gives, in the same order, from one table per Doc, built on
first use and kept in ``Doc.user_data``: it goes with the Doc. (The table refers back to the Doc, a cycle
like the stages' own annotations: ``Pipeline._run`` clears a coded Doc's ``user_data`` at once, so that
the Doc is freed when dropped, not at the next full garbage collection.) The values are shared and never
to be changed (tuples, and sequences typed read-only). The Doc must not be retokenized or re-parsed after
the first call (the coder never does), except that ``coding/reattach`` (the first stage, which mends
heads) may read ``token``/``tokens`` (a Token is a view of the Doc, unchanged by a new head): the tables
built from heads (``children``, ``head``, ``subtree``, ``conjuncts``) are built on first use, after it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

import numpy
from spacy.attrs import DEP, LOWER, TAG
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from newsevents import labels
from newsevents.annotations import doc_text

__all__ = [
    "children",
    "children_table",
    "conjuncts",
    "dep_children",
    "ents",
    "head",
    "infinitive_to",
    "memo",
    "sent",
    "sent_tokens",
    "sents",
    "subtree",
    "token",
    "text",
    "tokens",
    "verbs",
    "window_start",
]

_KEY = "newsevents.doccache"
_KIDS = "newsevents.doccache.children"  # (``_DocCache.kids`` once built, for ``children``)
# The hash of the dependency label "conj" (the same in every vocabulary): compared without making strings.
_CONJ = StringStore()["conj"]
_TO = labels.label("to")  # (the word "to" as ``Token.lower`` gives it)
_VERB = StringStore()["VERB"]  # (the part of speech "VERB" as ``Token.pos`` and ``Doc.to_array`` give it)


class _DocCache:
    """One Doc's tokens (one ``Token`` object per word) and, built when first asked for, the rest."""

    __slots__ = (
        "doc", "tokens", "kids", "heads", "_subtrees", "_sents", "_sent_of", "_ents", "_verbs", "_span_verbs",
        "_lowers",
    )

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens: tuple[Token, ...] = tuple(doc)
        self.kids: list[list[Token]] | None = None  # (read by ``children`` directly: the hottest path)
        self.heads: list[Token] | None = None  # (read by ``head`` directly)
        self._subtrees: dict[int, tuple[Token, ...]] = {}
        self._sents: tuple[Span, ...] | None = None
        self._sent_of: list[int] = []
        self._ents: tuple[Span, ...] | None = None
        self._verbs: list[int] | None = None
        self._span_verbs: dict[tuple[int, int], tuple[Token, ...]] = {}  # (``verbs``: a span's, by bounds)
        self._lowers: tuple[Any, frozenset[int]] | None = None  # (``words``: the array, its hashes as a set)

    def children(self) -> list[list[Token]]:
        if self.kids is None:
            tokens = self.tokens
            kids: list[list[Token]] = [[] for _ in tokens]
            # (relative offsets; 0 is a root, nobody's child) In index order, as spaCy gives them: the left
            # children in order, then the right ones.
            for i, head in enumerate(self.doc.to_array("HEAD").astype("int64").tolist()):
                if head:
                    kids[i + head].append(tokens[i])
            self.kids = self.doc.user_data[_KIDS] = kids
        return self.kids

    def head_table(self) -> list[Token]:
        if self.heads is None:
            tokens = self.tokens
            # (relative offsets, as ``children``'s; 0: a root, its own head, as spaCy gives it)
            offsets = self.doc.to_array("HEAD").astype("int64").tolist()
            self.heads = [tokens[i + h] for i, h in enumerate(offsets)]
        return self.heads

    def subtree(self, i: int) -> tuple[Token, ...]:
        found = self._subtrees.get(i)
        if found is None:
            # spaCy's order: each left child's subtree, the token, each right child's subtree (which is
            # index order only where the parse is projective). Iterative, deepest first: no recursion limit.
            todo, kids, memo, tokens = [i], self.children(), self._subtrees, self.tokens
            while todo:
                j = todo[-1]
                below = [c.i for c in kids[j]]  # (in index order: the left children, then the right ones)
                pending = [k for k in below if k not in memo]
                if pending:
                    todo.extend(pending)
                    continue
                todo.pop()
                out: list[Token] = []
                own = True
                for k in below:
                    if own and k > j:
                        out.append(tokens[j])
                        own = False
                    out.extend(memo[k])
                if own:
                    out.append(tokens[j])
                memo[j] = tuple(out)
            found = memo[i]
        return found

    def sents(self) -> tuple[Span, ...]:
        if self._sents is None:
            self._sents = tuple(self.doc.sents)  # (raises as spaCy does on a Doc without sentences)
            self._sent_of = [n for n, s in enumerate(self._sents) for _ in range(s.start, s.end)]
        return self._sents

    def ents(self) -> tuple[Span, ...]:
        if self._ents is None:
            self._ents = tuple(self.doc.ents)
        return self._ents

    def lowers(self) -> tuple[Any, frozenset[int]]:
        if self._lowers is None:
            lowers = self.doc.to_array(LOWER)
            self._lowers = (lowers, frozenset(lowers.tolist()))
        return self._lowers

    def verbs(self) -> list[int]:
        if self._verbs is None:
            self._verbs = [i for i, pos in enumerate(self.doc.to_array("POS").tolist()) if pos == _VERB]
        return self._verbs


def _cache(doc: Doc) -> _DocCache:
    found: _DocCache | None = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = _DocCache(doc)
    return found


def tokens(doc: Doc) -> tuple[Token, ...]:
    """``tuple(doc)``: the Doc's tokens."""
    return (doc.user_data.get(_KEY) or _cache(doc)).tokens  # (a cached Doc's in one lookup, no call)


def token(doc: Doc, i: int) -> Token:
    """``doc[i]`` for an index ``i`` in the Doc (negative ones count from its end)."""
    return (doc.user_data.get(_KEY) or _cache(doc)).tokens[i]


def children(tok: Token) -> Sequence[Token]:
    """``list(tok.children)``: the words whose head ``tok`` is, in order."""
    try:  # (the table itself under its own key: one lookup on the hottest path, a fifth of its cost)
        return tok.doc.user_data[_KIDS][tok.i]  # type: ignore[no-any-return]
    except KeyError:
        return _cache(tok.doc).children()[tok.i]


def children_table(doc: Doc) -> Sequence[Sequence[Token]]:
    """``children`` of every word, by index: for a walk over many words' children (a phrase's subtree),
    which then reads each word's from the table without a call per word."""
    found: list[list[Token]] | None = doc.user_data.get(_KIDS)
    return found if found is not None else _cache(doc).children()


def dep_children(tok: Token, dep: str) -> list[Token]:
    """The words whose head ``tok`` is with the dependency label ``dep``, in order."""
    wanted = labels.label(dep)  # (compared as integers: newsevents.labels)
    return [c for c in children(tok) if c.dep == wanted]


def verb_or_object_preps(verb: Token, words: frozenset[str]) -> list[Token]:
    """The prepositions among ``words`` (lower case) that hang from ``verb`` or from its direct object, in
    that order: the parser hangs a verb's place or topic phrase on either ("declared a state of emergency
    IN X", "entered [the enclave FROM Egypt]")."""
    owners = [verb, *dep_children(verb, "dobj")]
    return [p for o in owners for p in children(o) if p.dep == labels.PREP and p.lower_ in words]


def infinitive_to(tok: Token) -> bool:
    """Whether ``tok`` has the "to" of an infinitive among its children ("urged Lima TO free the envoy")."""
    return any(c.dep == labels.AUX and c.lower == _TO for c in children(tok))


def negated(tok: Token, words: frozenset[str] = frozenset()) -> bool:
    """Whether ``tok`` has a ``neg`` child ("did NOT sign", "NEVER met"), or a child among ``words``: the
    parser's plain negation of a word, and the negative words a rule counts too ("NO", "nowhere"), which
    are each rule's own (``Lexicon.negations`` or the rule's word list)."""
    kids = children(tok)
    if any(c.dep == labels.NEG for c in kids):
        return True
    return bool(words) and any(c.lower_ in words for c in kids)  # (no string read when no words are given)


def head(tok: Token) -> Token:
    """``tok.head``: the word ``tok`` hangs from (``tok`` itself for a sentence's root)."""
    cache: _DocCache = tok.doc.user_data.get(_KEY) or _cache(tok.doc)
    return (cache.heads or cache.head_table())[tok.i]


def conjuncts(tok: Token) -> tuple[Token, ...]:
    """``tok.conjuncts``: the words coordinated with ``tok`` ("Chile and Peru"), without ``tok``."""
    cache: _DocCache = tok.doc.user_data.get(_KEY) or _cache(tok.doc)
    kids = cache.kids or cache.children()
    start = tok
    while start.dep == _CONJ and start.head.i != start.i:  # (up to the first conjunct)
        start = start.head
    found = [start]
    for word in found:  # (the list grows as it is read: conjuncts of conjuncts, in spaCy's order)
        at = word.i
        for c in kids[at]:
            if c.dep == _CONJ and c.i > at:
                found.append(c)
    if len(found) == 1:  # (most words: no conjunct)
        return () if start.i == tok.i else (start,)
    at = tok.i
    return tuple([w for w in found if w.i != at])


def subtree(tok: Token) -> tuple[Token, ...]:
    """``tuple(tok.subtree)``: ``tok`` and all the words below it, in spaCy's order."""
    return (tok.doc.user_data.get(_KEY) or _cache(tok.doc)).subtree(tok.i)


def sents(doc: Doc) -> tuple[Span, ...]:
    """``tuple(doc.sents)``: the Doc's sentences."""
    return _cache(doc).sents()


def sent(tok: Token) -> Span:
    """``tok.sent``: the sentence ``tok`` is in."""
    cache: _DocCache = tok.doc.user_data.get(_KEY) or _cache(tok.doc)
    sentences = cache._sents or cache.sents()
    return sentences[cache._sent_of[tok.i]]


def window_start(tok: Token, sentences: int) -> int:
    """The first token of a window of ``sentences`` sentences ending with ``tok``'s own: the start of the
    sentence ``sentences - 1`` before it, or of the Doc's first (how far back a reference is looked for)."""
    cache = _cache(tok.doc)
    return cache.sents()[max(0, cache._sent_of[tok.i] - (sentences - 1))].start


def sent_tokens(span: Span) -> tuple[Token, ...]:
    """``tuple(span)``: the tokens of a span of the Doc (a sentence, an entity)."""
    return (span.doc.user_data.get(_KEY) or _cache(span.doc)).tokens[span.start : span.end]


def text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` for word indices ``0 <= start``, ``end <= len(doc)``: a slice of the Doc's
    text, without a Span and a Token per word."""
    if start >= end:
        return ""
    tokens = _cache(doc).tokens
    last = tokens[end - 1]
    return doc_text(doc)[tokens[start].idx : last.idx + len(last)]


def ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``: the Doc's named entities."""
    return _cache(doc).ents()


def verbs(span: Span) -> tuple[Token, ...]:
    """The tokens of a span whose ``pos_`` is ``"VERB"``, in order: the words a rule that reads only verbs
    looks at, without reading every word's part of speech (one array read per Doc)."""
    cache: _DocCache = span.doc.user_data.get(_KEY) or _cache(span.doc)
    key = (span.start, span.end)
    hit = cache._span_verbs.get(key)  # (each sentence is asked by several rules: found once per span)
    if hit is None:
        found = cache.verbs()
        start, end = bisect.bisect_left(found, key[0]), bisect.bisect_left(found, key[1])
        hit = cache._span_verbs[key] = tuple([cache.tokens[i] for i in found[start:end]])
    return hit


def words(doc: Doc, texts: Sequence[str]) -> dict[str, list[Token]]:
    """The tokens of each lower-case word of ``texts``, in order, found on the Doc's lower-case array (read
    once per Doc, with the set of its hashes): not one Token object and one string per word of the
    article."""
    cache = _cache(doc)
    lowers, present = cache.lowers()
    strings, found = doc.vocab.strings, cache.tokens
    out: dict[str, list[Token]] = {}
    for t in texts:  # (most of a rule's words are in no article: those are not looked for in the array)
        h = strings[t]
        out[t] = [found[int(i)] for i in numpy.flatnonzero(lowers == h)] if h in present else []
    return out


def adverbial_participles(doc: Doc) -> list[Token]:
    """The -ing verbs (tag VBG) the parser hung on another verb as an adverbial clause (advcl), in order,
    found on one read of the tag and relation arrays: where the parse-mending rules that re-hang a
    comma-led participle start (``coding/said_participle.py``, ``coding/permitted_clause.py``)."""
    if not len(doc):
        return []
    table = doc.to_array([TAG, DEP])
    strings = doc.vocab.strings
    found = tokens(doc)
    mask = (table[:, 0] == strings["VBG"]) & (table[:, 1] == strings["advcl"])
    return [found[int(i)] for i in numpy.flatnonzero(mask)]

def memo(doc: Doc, name: str) -> dict[Any, Any]:
    """A table of one rule's answers for ``doc`` (kept in ``Doc.user_data`` under ``name``, a key of the
    rule's own), for a rule that several stages ask about the same word: it reads only the parse, which
    no stage changes after ``coding/reattach``, so its answer for a word is the same at every asking."""
    found: dict[Any, Any] | None = doc.user_data.get(name)
    if found is None:
        found = doc.user_data[name] = {}
    return found
