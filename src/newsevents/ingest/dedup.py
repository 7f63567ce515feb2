"""Duplicate articles: exact copies are dropped, near copies point to the article they copy.

Exact duplicates share ``Article.content_hash`` (text normalised for case and whitespace). Near duplicates
(a syndicated story with a different intro line or footer) are found with MinHash LSH over word shingles
(datasketch); the first article seen is the canonical one, and later copies keep their own record with
``duplicate_of`` set, so downstream counts can skip them without losing where they appeared.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from datasketch import MinHash, MinHashLSH

from ..records import Article, Rejection

_WORD = re.compile(r"\w+")


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
        self._hashes: dict[str, str] = {}
        # LSH key -> (insertion order, article id); keys differ from ids only when an id repeats.
        self._keys: dict[str, tuple[int, str]] = {}

    def _minhash(self, words: list[str]) -> MinHash:
        sketch = MinHash(num_perm=self._num_perm)
        n = self._shingle
        grams = {" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}
        sketch.update_batch([gram.encode("utf-8") for gram in grams])
        return sketch

    def check(self, article: Article) -> Article | Rejection:
        """The article (``duplicate_of`` set for a near copy), or a ``duplicate`` rejection for an exact
        one."""
        digest = article.content_hash
        first = self._hashes.get(digest)
        if first is not None:
            return Rejection(
                article.origin or article.id,
                "duplicate",
                f"the same text as article {first}",
                article_id=article.id,
            )
        self._hashes[digest] = article.id
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


__all__ = ["Deduplicator"]


def deduplicate(items: Iterable[Article | Rejection], deduplicator: Deduplicator | None = None
                ) -> Iterator[Article | Rejection]:
    """Pass a stream of read records through one ``Deduplicator``: exact copies become ``duplicate``
    rejections, near copies carry ``duplicate_of``; rejections pass through."""
    dedup = deduplicator or Deduplicator()
    for item in items:
        yield dedup.check(item) if isinstance(item, Article) else item
