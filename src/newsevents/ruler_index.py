"""spaCy's attribute ruler with its patterns looked up by word: the ruler's own matches, a tenth of the cost.

The attribute ruler of the English pipelines (tag -> part of speech and morphology, and some 40 lemma and
tag exceptions) runs spaCy's general ``Matcher``: each of its ~180 patterns is tried at every word, a
tenth of the whole parse (0.22 of 2.0 CPU seconds on the throughput texts), more than any coding stage
but two. Every one of those patterns is a fixed run of one or two words tested for equality or membership
of a tag, a lowercase form, a dependency label or the space flag; so each word need only try the patterns
whose first word names its tag or its lowercase form, plus the few that name neither.

``RulerIndex.match`` returns exactly the list ``AttributeRuler.match`` returns (same tuples, same order),
and calling the index applies it with the ruler's own ``set_annotations``; ``from_ruler`` gives None for a
ruler with any pattern this index cannot read (operators, other attributes), which then keeps spaCy's
matcher.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import cast

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# The columns each word is read in (one ``Doc.to_array`` for the whole Doc); a pattern names them by key.
_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY = [TAG, LOWER, DEP, IS_SPACE]

# The attributes of the word alone (not of its lexeme) that a ruler may set and ``__call__`` sets at once.
_WORD_ONLY = frozenset({LEMMA, POS, TAG, DEP, MORPH})

# Words whose regex answers, and rows whose matches, are remembered at most (``_regex_test``,
# ``RulerIndex.match``): a few MB.
_MAX_SEEN = 100_000

# One test of one word: its row (tag, lower, dep, is_space hashes) -> whether it fits.
_Test = Callable[[list[int]], bool]


@dataclass(frozen=True, slots=True)
class _Pattern:
    attr_id: int  # the ruler's rule number: later rules win (the ruler sorts its matches by it)
    key: int  # the match id the ruler's Matcher reports (the hash of str(attr_id))
    words: tuple[tuple[_Test, ...], ...]  # per word of the run, every test it must pass


# What one word's row gives (``RulerIndex._first_word``): the (attr_id, key) of the one-word patterns it
# matches, and the longer patterns whose first word it fits (their later words are tested at each place).
_Answer = tuple[tuple[tuple[int, int], ...], tuple[_Pattern, ...]]


class RulerIndex:
    """The patterns of one attribute ruler, indexed by the tag or lowercase form of their first word."""

    def __init__(
        self, ruler: AttributeRuler, patterns: list[_Pattern], first: list[tuple[str | None, set[int]]]
    ) -> None:
        self.ruler = ruler
        self.by_tag: dict[int, list[_Pattern]] = {}
        self.by_lower: dict[int, list[_Pattern]] = {}
        self.by_space: dict[int, list[_Pattern]] = {}
        self.anywhere: list[_Pattern] = []
        self._seen: dict[tuple[int, int, int, int], _Answer] = {}  # (per distinct row: ``match``)
        # Whether every rule sets only a word's own attributes, which set_token_attrs merely assigns (no
        # lexeme attribute, no extension): then a word's attributes are set once, the last rule's winning.
        self._plain = all(set(attrs) <= _WORD_ONLY for attrs in ruler.attrs)
        tables = {"TAG": self.by_tag, "LOWER": self.by_lower, "IS_SPACE": self.by_space}
        for pattern, (column, values) in zip(patterns, first, strict=True):
            table = tables.get(column or "")
            if table is None:
                self.anywhere.append(pattern)
                continue
            for value in values:
                table.setdefault(value, []).append(pattern)

    @classmethod
    def from_ruler(cls, ruler: AttributeRuler) -> RulerIndex | None:
        """The index of ``ruler``'s patterns, or None when one of them is beyond it."""
        strings = ruler.vocab.strings
        patterns: list[_Pattern] = []
        first: list[tuple[str | None, set[int]]] = []
        for attr_id, entry in enumerate(ruler.patterns):
            for words in cast(list[list[dict[str, object]]], entry["patterns"]):
                tests = [_word_tests(word, strings) for word in words]
                if not words or any(t is None for t in tests):
                    return None
                key = strings[str(attr_id)]
                patterns.append(_Pattern(attr_id, key, tuple(t for t in tests if t is not None)))
                first.append(_first_key(words[0], strings))
        return cls(ruler, patterns, first)

    def __call__(self, doc: Doc) -> Doc:
        """``doc`` with the ruler's attributes set, as the ruler itself sets them."""
        matches = self.match(doc)
        words = self._words_set(matches) if self._plain else None
        if words is None:
            self.ruler.set_annotations(doc, matches)  # (and its own error for a word outside its match)
            return doc
        for i, attrs in words.items():
            set_token_attrs(doc[i], attrs)
        return doc

    def _words_set(self, matches: list[tuple[int, int, int, int]]) -> dict[int, dict[int, int]] | None:
        """Per word, the attributes ``matches`` set on it, a later match's over an earlier's (the ruler sets
        them in this order, a Span and two Tokens per match: most words are matched two or three times,
        by their tag and their form), or None when a match names a word outside itself."""
        ruler_attrs, indices = self.ruler.attrs, self.ruler.indices
        words: dict[int, dict[int, int]] = {}
        for attr_id, _key, start, end in matches:
            index = indices[attr_id]
            i = start + index if index >= 0 else end + index
            if not start <= i < end:
                return None
            found = words.get(i)
            if found is None:
                words[i] = dict(ruler_attrs[attr_id])
            else:
                found.update(ruler_attrs[attr_id])
        return words

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """``(attr_id, match_id, start, end)`` of every match, sorted as ``AttributeRuler.match`` sorts."""
        rows: list[list[int]] = doc.to_array(_ARRAY).tolist()
        found: set[tuple[int, int, int, int]] = set()
        seen = self._seen
        for start, row in enumerate(rows):
            word = (row[0], row[1], row[2], row[3])
            answer = seen.get(word)
            if answer is None:
                if len(seen) > _MAX_SEEN:
                    seen.clear()
                answer = seen[word] = self._first_word(row)
            ones, longer = answer
            for attr_id, key in ones:
                found.add((attr_id, key, start, start + 1))
            for p in longer:
                if _fits(p, rows, start):
                    found.add((p.attr_id, p.key, start, start + len(p.words)))
        return sorted(found)

    def _first_word(self, row: list[int]) -> _Answer:
        """The one-word patterns ``row``'s word matches, and the longer ones its word may start: a word's
        answer hangs on its row alone, so it is worked out once per distinct row (``match``)."""
        ones = tuple(
            (p.attr_id, p.key) for p in self._candidates(row) if len(p.words) == 1 and _fits(p, [row], 0)
        )
        longer = tuple(
            p for p in self._candidates(row) if len(p.words) > 1 and all(t(row) for t in p.words[0])
        )
        return ones, longer

    def _candidates(self, row: list[int]) -> Iterator[_Pattern]:
        yield from self.by_tag.get(row[0], ())
        yield from self.by_lower.get(row[1], ())
        yield from self.by_space.get(row[3], ())
        yield from self.anywhere


def _fits(pattern: _Pattern, rows: list[list[int]], start: int) -> bool:
    if start + len(pattern.words) > len(rows):
        return False
    for i, tests in enumerate(pattern.words):
        row = rows[start + i]
        for test in tests:
            if not test(row):
                return False
    return True


def _first_key(word: dict[str, object], strings: StringStore) -> tuple[str | None, set[int]]:
    """The column a pattern is filed under (its first word's lowercase form, the rarer, else its tag) and
    the values filed, or (None, empty) for a pattern tried at every word."""
    for column in ("LOWER", "TAG", "IS_SPACE"):
        value = word.get(column)
        if isinstance(value, bool):
            return column, {int(value)}
        if isinstance(value, str):
            return column, {strings.add(value)}
        if isinstance(value, dict) and set(value) == {"IN"}:
            return column, {strings.add(v) for v in value["IN"]}
    return None, set()


def _word_tests(word: dict[str, object], strings: StringStore) -> tuple[_Test, ...] | None:
    """The tests of one pattern word, as spaCy's Matcher reads them (hash equality, IN/NOT_IN sets of
    hashes, REGEX searched in the string), or None for anything else."""
    tests: list[_Test] = []
    for name, value in word.items():
        column = _COLUMNS.get(name)
        if column is None:
            return None
        test = _test(column, value, strings)
        if test is None:
            return None
        tests.append(test)
    return tuple(tests)


def _test(column: int, value: object, strings: StringStore) -> _Test | None:
    if isinstance(value, bool):
        flag = int(value)
        return lambda row: row[column] == flag
    if isinstance(value, str):
        wanted = strings.add(value)
        return lambda row: row[column] == wanted
    if not isinstance(value, dict) or len(value) != 1:
        return None
    ((op, arg),) = value.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
        hashes = frozenset(strings.add(v) for v in arg)
        if op == "IN":
            return lambda row: row[column] in hashes
        return lambda row: row[column] not in hashes
    if op == "REGEX" and isinstance(arg, str):
        return _regex_test(column, re.compile(arg), strings)
    return None


def _regex_test(column: int, regex: re.Pattern[str], strings: StringStore) -> _Test:
    """A regex tried at every word, its answer remembered per string (most words of a text were seen
    before); the memo starts again when it grows large (a long watch run meets new words every day)."""
    seen: dict[int, bool] = {}

    def test(row: list[int]) -> bool:
        value = row[column]
        hit = seen.get(value)
        if hit is None:
            if len(seen) > _MAX_SEEN:
                seen.clear()
            hit = seen[value] = regex.search(strings[value]) is not None
        return hit

    return test
