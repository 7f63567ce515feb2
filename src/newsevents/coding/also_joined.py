"""An act done "also", "too" or "as well" by a new party is aimed where the same act told just before was.

"Tokyo halted imports of Chilean salmon on Monday. Seoul and Manila halted imports as well." The second
sentence names no counterpart: the arguments stage pairs its coordinated subjects with each other, and a
clause naming no party at all falls back on the story's other country. But the adverb says the act repeats
the earlier one with new parties, against the same counterpart (Chile). So an act with "also", "too",
"likewise" or "as well" on its verb, whose target is only a fallback (``also_joined.toml``), takes the
target of the latest earlier act of the same root, or a kin one (a protest and a rejection: ``kin_roots``),
within a few sentences and the same digest section, by a party of another country, when that target is a
third country (neither source's own). An act that names its own counterpart keeps it; "also" after the
same party's earlier act ("it also expelled ...") is that party's next act, not a repeat by a new one, and
is left alone.

Read by the selection stage before a draft's fallback target is chosen (``answered.answered_party``).
"""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_sets
from newsevents.coding.rules import declare
from newsevents.coding.section_counterpart import section_bounds

ALSO_JOINED = declare(
    "target",
    "also-joined",
    "an act done 'also', 'too' or 'as well' by a new party, naming no counterpart of its own, is aimed at "
    "the counterpart of the same act told just before by a party of another country",
    "Tokyo halted imports of Chilean salmon. Seoul and Manila halted imports as well.",
)
_KEYS = ("also_words", "kin_roots", "fallback_rules")
# How far back the repeated act may be told (sentences before the act's own).
_BACK = 3
# Dependencies by which a noun trigger hangs on the verb that carries the adverb ("also sent its
# congratulations", "also imposed a ban").
_NOUN_DEPS = frozenset({"dobj", "nsubjpass", "attr"})


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets("coding/data/also_joined.toml", _KEYS)


def also_joined(d: Draft, previous: list[Draft]) -> Draft:
    """``d`` aimed at the counterpart of the earlier act it repeats (``previous``: the article's drafts
    before its sentence) when it is done "also" by a new party and its target is only a fallback."""
    own = d.source.country
    if own is None or not _says_also(d.token) or not _fallback(d):
        return d
    begin, end = section_bounds(d.token) or (0, len(d.token.doc))
    first = _sentence_start(d.sent, _BACK)
    for p in reversed(previous):
        if not (begin <= p.token.i < end) or p.token.i < first or _kin(p.code[:2]) != _kin(d.code[:2]):
            continue
        if p.target is None or p.source.country in (None, own):
            continue
        if p.target.country is not None and p.target.country not in (own, p.source.country):
            return d.step(ALSO_JOINED, target=p.target, implicit_target=None)
    return d


def _says_also(tok: Token) -> bool:
    """Whether the verb of ``tok`` (or ``tok`` itself) carries "also", "too", "likewise" or "as well"."""
    verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in _NOUN_DEPS else tok
    words = _words()["also_words"]
    for c in doccache.children(verb):
        if c.dep_ != "advmod":
            continue
        if c.lower_ in words:
            return True
        if c.lower_ == "well" and any(g.lower_ == "as" for g in doccache.children(c)) and "as well" in words:
            return True
    return False


def _fallback(d: Draft) -> bool:
    """Whether the target of ``d`` is none or only a fallback guess (every target rule it went through)."""
    rules = [s for s in d.steps if s.startswith("target:")]
    return all(r in _words()["fallback_rules"] for r in rules)


def _sentence_start(sent: Span, back: int) -> int:
    """The first token of the sentence ``back`` sentences before ``sent`` (or of the first one)."""
    start = sent.start
    for _ in range(back):
        if start == 0:
            break
        start = doccache.sent(sent.doc[start - 1]).start
    return start


def _kin(root: str) -> str:
    """The group of roots ``root`` is told as a repeat of (``kin_roots``), else the root itself."""
    return next((g for g in _words()["kin_roots"] if root in g.split()), root)
