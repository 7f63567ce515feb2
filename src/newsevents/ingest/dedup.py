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
from collections.abc import Iterable, Iterator
from dataclasses import replace

from datasketch import MinHash, MinHashLSH

from ..records import Article, Rejection

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

    def check(self, article: Article) -> Article | Rejection:
        """The article itself (a new text: recorded), with ``duplicate_of`` (a copy another outlet ran:
        recorded), or a ``duplicate`` rejection (a text its outlet, or no outlet, already brought)."""
        seen = self._seen.get(article.content_hash)
        if seen is None:
            self.add(article.content_hash, article.id, article.source)
            return article
        first, sources = seen
        if not article.source or article.source in sources:
            return Rejection(
                article.origin or article.id, "duplicate", f"the same text as article {first}", article.id
            )
        sources.add(article.source)
        return replace(article, duplicate_of=first)


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
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._exact = ExactCopies()
        # LSH key -> (insertion order, article id); keys differ from ids only when an id repeats.
        self._keys: dict[str, tuple[int, str]] = {}

    def _minhash(self, words: list[str]) -> MinHash:
        sketch = MinHash(num_perm=self._num_perm)
        n = self._shingle
        grams = {" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}
        sketch.update_batch([gram.encode("utf-8") for gram in grams])
        return sketch

    def check(self, article: Article) -> Article | Rejection:
        """The article (``duplicate_of`` set for a copy: near, or exact from another outlet), or a
        ``duplicate`` rejection for a text its outlet already brought (``ExactCopies``)."""
        exact = self._exact.check(article)
        if exact is not article:
            return exact
        words = _WORD.findall(article.text.casefold())
        if len(words) < self._min_words:
            return article
        sketch = self._minhash(words)
        matches = self._lsh.query(sketch)
        if matches:
            # The earliest inserted match is the canonical article (ids are inserted in reading order).
            canonical = min(matches, key=lambda match: self._keys[match][0])
            return replace(article, duplicate_of=self._keys[canonical][1])
        key = article.id
        if key in self._keys:
            # Two different texts under one id: both stay in the index, under distinct keys.
            key = f"{article.id}#{len(self._keys)}"
        self._keys[key] = (len(self._keys), article.id)
        self._lsh.insert(key, sketch)
        return article


__all__ = ["Deduplicator", "ExactCopies"]


def deduplicate(items: Iterable[Article | Rejection], deduplicator: Deduplicator | None = None
                ) -> Iterator[Article | Rejection]:
    """Pass a stream of read records through one ``Deduplicator``: exact copies become ``duplicate``
    rejections, near copies carry ``duplicate_of``; rejections pass through."""
    dedup = deduplicator or Deduplicator()
    for item in items:
        yield dedup.check(item) if isinstance(item, Article) else item
