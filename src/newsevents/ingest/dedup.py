"""Duplicate articles: copies from other outlets point to the article they copy, repeats are dropped.

Exact duplicates share ``Article.content_hash`` (text normalised for case and whitespace). An exact copy
that another outlet ran is a syndicated report, kept with ``duplicate_of`` set (GDELT counts every outlet
that ran a story in NumArticles and NumSources); the same text again from an outlet that already ran it,
or from no outlet, is the same report twice and becomes a ``duplicate`` rejection (``ExactCopies``).
Near duplicates (a syndicated story with a different intro line or footer) are found with MinHash LSH
over word shingles (datasketch); the first article seen is the canonical one, and later copies keep
their own record with ``duplicate_of`` set.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..records import Article, Rejection

if TYPE_CHECKING:
    from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"\w+")


class ExactCopies:
    """The outlets that ran each text so far (by content hash): is a text seen again a syndicated copy or
    the same report twice? Used while reading and, against the store, while storing."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[str, set[str | None]]] = {}

    def add(self, digest: str, article_id: str, source: str | None, duplicate_of: str | None = None) -> None:
        """Record that ``source`` ran the text ``digest`` as ``article_id`` (a copy of ``duplicate_of``)."""
        first, sources = self._seen.setdefault(digest, (duplicate_of or article_id, set()))
        sources.add(source)

    def judge(self, digest: str, article_id: str, source: str | None) -> Verdict:
        """``("new", None)`` for a new text (recorded), ``("copy", first)`` for a copy another outlet ran
        (recorded), ``("duplicate", first)`` for a text its outlet, or no outlet, already brought."""
        seen = self._seen.get(digest)
        if seen is None:
            self.add(digest, article_id, source)
            return "new", None
        first, sources = seen
        if not source or source in sources:
            return "duplicate", first
        sources.add(source)
        return "copy", first

    def check(self, article: Article) -> Article | Rejection:
        """The article itself (a new text: recorded), with ``duplicate_of`` (a copy another outlet ran:
        recorded), or a ``duplicate`` rejection (a text its outlet, or no outlet, already brought)."""
        return apply_verdict(article, self.judge(article.content_hash, article.id, article.source))


# What deduplication decides of an article: kept ("new"), a copy of an earlier one ("copy", its id) or
# the same report again ("duplicate", the first one's id).
Verdict = tuple[str, str | None]


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """An article as deduplication sees it, small enough to send from a Spark executor to the driver:
    id, origin, outlet, content hash and MinHash values (None for a text too short to compare)."""

    article_id: str
    origin: str
    source: str | None
    digest: str
    minhash: tuple[int, ...] | None


def apply_verdict(article: Article, verdict: Verdict) -> Article | Rejection:
    """The article as deduplication decided: kept, marked as a copy, or rejected."""
    kind, other = verdict
    if kind == "duplicate":
        return Rejection(
            article.origin or article.id, "duplicate", f"the same text as article {other}", article.id
        )
    if kind == "copy":
        return replace(article, duplicate_of=other)
    return article


class Deduplicator:
    """Stateful checker for one stream of articles (one per batch or per store ingest run)."""

    def __init__(
        self, threshold: float = 0.8, num_perm: int = 128, shingle: int = 3, min_words: int = 20
    ) -> None:
        """``threshold`` is the estimated Jaccard similarity of word ``shingle``-grams above which an article
        is a near duplicate; texts under ``min_words`` words are only checked for exact copies (a few
        shared words say nothing)."""
        self._threshold = threshold
        self._num_perm = num_perm
        self._shingle = shingle
        self._min_words = min_words
        self._exact = ExactCopies()
        # Made when a second long text arrives: the first has nothing to be a copy of, and datasketch
        # (which imports scipy) costs a one-article `analyze` a good part of its start-up. Until then
        # the first long text waits as words (``check``) or as MinHash values (``judge``).
        self._lsh: MinHashLSH | None = None
        self._pending: list[str] | tuple[int, ...] | None = None
        self._scheme: Any = None
        # LSH key -> (insertion order, article id); keys differ from ids only when an id repeats.
        self._keys: dict[str, tuple[int, str]] = {}

    def _minhash(self, words: list[str]) -> MinHash:
        from datasketch import MinHash

        sketch = MinHash(num_perm=self._num_perm)
        n = self._shingle
        grams = {" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}
        sketch.update_batch([gram.encode("utf-8") for gram in grams])
        return sketch

    def fingerprint(self, article: Article) -> Fingerprint:
        """What ``judge`` needs of ``article`` (the MinHash is the costly part: executors compute it)."""
        words = _WORD.findall(article.text.casefold())
        values = None
        if len(words) >= self._min_words:
            values = tuple(int(v) for v in self._minhash(words).hashvalues)
        return Fingerprint(
            article.id, article.origin or article.id, article.source, article.content_hash, values
        )

    def judge(self, print_: Fingerprint) -> Verdict:
        """What ``check`` decides, from a fingerprint; articles must be judged in reading order."""
        exact = self._exact.judge(print_.digest, print_.article_id, print_.source)
        if exact[0] != "new" or print_.minhash is None:
            return exact
        return self._near(print_.article_id, print_.minhash)

    def check(self, article: Article) -> Article | Rejection:
        """The article (``duplicate_of`` set for a copy: near, or exact from another outlet), or a
        ``duplicate`` rejection for a text its outlet already brought (``ExactCopies``)."""
        # ``judge(fingerprint(article))`` without the round trip through MinHash values: the words are
        # read once, and no MinHash is made for an exact copy or for the first long text (``_near``).
        exact = self._exact.judge(article.content_hash, article.id, article.source)
        words = _WORD.findall(article.text.casefold())
        if exact[0] != "new" or len(words) < self._min_words:
            return apply_verdict(article, exact)
        return apply_verdict(article, self._near(article.id, words))

    def _near(self, article_id: str, text: list[str] | tuple[int, ...]) -> Verdict:
        """A new long text (its words or MinHash values) against the earlier ones: a copy or new."""
        if not self._keys:
            self._keys[article_id] = (0, article_id)
            self._pending = text
            return "new", None
        lsh = self._index()
        sketch = self._sketch(text)
        matches = lsh.query(sketch)
        if matches:
            # The earliest inserted match is the canonical article (ids are inserted in reading order).
            canonical = min(matches, key=lambda match: self._keys[match][0])
            return "copy", self._keys[canonical][1]
        key = article_id
        if key in self._keys:
            # Two different texts under one id: both stay in the index, under distinct keys.
            key = f"{article_id}#{len(self._keys)}"
        self._keys[key] = (len(self._keys), article_id)
        lsh.insert(key, sketch)
        return "new", None

    def remember(self, print_: Fingerprint) -> None:
        """Take an article judged earlier (by another run: the store's signatures, issue 15) as known,
        without judging it again: later articles are checked against it as against one read before."""
        self._exact.add(print_.digest, print_.article_id, print_.source)
        if print_.minhash is None or print_.article_id in self._keys:
            return
        if not self._keys:
            self._keys[print_.article_id] = (0, print_.article_id)
            self._pending = print_.minhash
            return
        self._keys[print_.article_id] = (len(self._keys), print_.article_id)
        self._index().insert(print_.article_id, self._sketch(print_.minhash))

    def _sketch(self, text: list[str] | tuple[int, ...]) -> MinHash:
        if text and isinstance(text[0], str):
            return self._minhash(list(map(str, text)))
        from datasketch import MinHash

        if self._scheme is None:
            # The hashing scheme of the MinHashes made here (datasketch needs it to rebuild one from values).
            self._scheme = MinHash(num_perm=self._num_perm).scheme
        return MinHash(num_perm=self._num_perm, hashvalues=list(text), scheme=self._scheme)

    def _index(self) -> MinHashLSH:
        """The LSH index, made (with the first long text in it) on first use."""
        if self._lsh is None:
            from datasketch import MinHashLSH

            self._lsh = MinHashLSH(threshold=self._threshold, num_perm=self._num_perm)
            assert self._pending is not None
            self._lsh.insert(next(iter(self._keys)), self._sketch(self._pending))
            self._pending = None
        return self._lsh


def deduplicator(near_duplicates: bool = True, threshold: float = 0.8) -> Deduplicator:
    """The checker of a run's settings (``near_duplicates``, ``duplicate_threshold``): the runner and the
    Spark job build theirs here, so both judge alike."""
    if near_duplicates:
        return Deduplicator(threshold=threshold)
    return Deduplicator(min_words=sys.maxsize)  # no text is long enough: exact copies only


__all__ = [
    "Deduplicator",
    "ExactCopies",
    "Fingerprint",
    "Verdict",
    "apply_verdict",
    "deduplicate",
    "deduplicator",
]


def deduplicate(
    items: Iterable[Article | Rejection], deduplicator: Deduplicator | None = None
) -> Iterator[Article | Rejection]:
    """Pass a stream of read records through one ``Deduplicator``: exact copies become ``duplicate``
    rejections, near copies carry ``duplicate_of``; rejections pass through."""
    dedup = deduplicator or Deduplicator()
    for item in items:
        yield dedup.check(item) if isinstance(item, Article) else item
