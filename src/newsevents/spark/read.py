"""Reading and deduplicating inputs on Spark, in the order ``newsevents ingest`` reads them.

Each input file is read by one task with the project's own readers (``newsevents.ingest``), so a WARC,
a JSON-lines file or a page gives the same articles and rejections as on one machine. Every record carries
its place in the reading order, ``seq`` = file index << 32 | record index, because what the store does
next (which copy of a text is the original, which report founds an event) depends on that order.
Deduplication needs the order too: executors compute each article's fingerprint (content hash and
MinHash values, a few hundred bytes), the driver judges them in order with the one ``Deduplicator``, and
the verdicts go back to the executors.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import urlparse

from newsevents.ingest import input_files, read, read_data
from newsevents.ingest.dedup import ExactCopies, apply_verdict, deduplicator
from newsevents.records import Article, Rejection

# A record's reading order: the file's index in the high bits, the record's index in that file below.
RECORD_BITS = 32


def is_local(path: str) -> bool:
    """A path every executor can open itself (no scheme, or ``file:``)."""
    scheme = urlparse(path).scheme
    return scheme in ("", "file") or (len(scheme) == 1 and os.name == "nt")


def list_inputs(spark: Any, inputs: Sequence[str]) -> list[str]:
    """The input files in reading order: local directories walked as ``ingest`` walks them, other URIs
    listed (recursively, sorted) through the cluster's Hadoop file system."""
    files: list[str] = []
    for raw in inputs:
        if is_local(raw):
            local = urlparse(raw).path if raw.startswith("file:") else raw
            files.extend(input_files([local]))
        else:
            files.extend(_hadoop_files(spark, raw))
    return files


def _hadoop_files(spark: Any, uri: str) -> list[str]:
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    path = jvm.org.apache.hadoop.fs.Path(uri)
    fs = path.getFileSystem(conf)
    if not fs.exists(path):
        return [uri]  # read as a missing file: a rejection, like ingest
    if fs.getFileStatus(path).isFile():
        return [fs.makeQualified(path).toString()]
    found = []
    listing = fs.listFiles(path, True)
    while listing.hasNext():
        status = listing.next()
        name = status.getPath().getName()
        if not name.startswith((".", "_")):
            found.append(status.getPath().toString())
    return sorted(found)


def read_records(files: list[str], spark: Any, published: str | None) -> Any:
    """An RDD of ``(seq, Article | Rejection)`` over ``files``, one task per file."""
    sc = spark.sparkContext
    local = [(i, f) for i, f in enumerate(files) if is_local(f)]
    remote = {f: i for i, f in enumerate(files) if not is_local(f)}
    rdd = sc.parallelize(local, max(1, len(local))).flatMap(lambda item: _read_local(item, published))
    if remote:
        index = sc.broadcast(remote)
        contents = sc.binaryFiles(",".join(remote))
        rdd = rdd.union(contents.flatMap(lambda pair: _read_remote(pair, index.value, published)))
    return rdd


def _numbered(index: int, records: Iterator[Article | Rejection]) -> Iterator[tuple[int, Any]]:
    for n, record in enumerate(records):
        yield (index << RECORD_BITS) | n, record


def _read_local(item: tuple[int, str], published: str | None) -> Iterator[tuple[int, Any]]:
    index, path = item
    return _numbered(index, read([path], published=published))


def _read_remote(pair: tuple[str, bytes], index: dict[str, int], published: str | None) -> Iterator[Any]:
    uri, data = pair
    return _numbered(index.get(uri, len(index)), read_data(data, uri, published=published))


def judge_all(
    records: Any,
    known_ids: set[str],
    stored_texts: ExactCopies,
    near_duplicates: bool = True,
    threshold: float = 0.8,
) -> dict[int, Any]:
    """The driver's verdicts on every article, by ``seq``, as ``ingest`` decides them in reading order:
    the one ``Deduplicator`` first, then the store's rules (an id already stored or read earlier is
    skipped; a text an earlier run stored is a syndicated copy or the same report again,
    ``stored_texts``). A verdict is a ``Rejection``, ``"skip"``, or a ``(kind, other)`` pair from
    ``ingest.dedup``; articles not in the answer are kept as they are. ``near_duplicates`` and
    ``threshold``: the settings of the same names."""
    dedup = deduplicator(near_duplicates, threshold)
    prints = records.filter(lambda r: isinstance(r[1], Article)).map(
        lambda r: (r[0], deduplicator(near_duplicates, threshold).fingerprint(r[1]))
    )
    verdicts: dict[int, Any] = {}
    seen_ids = set(known_ids)
    for seq, fp in sorted(prints.collect(), key=lambda pair: pair[0]):
        verdict = dedup.judge(fp)
        if verdict[0] != "duplicate":
            if fp.article_id in seen_ids:
                verdicts[seq] = "skip"  # the store keeps the first article under an id
                continue
            stored = stored_texts.judge(fp.digest, fp.article_id, fp.source)
            verdict = stored if stored[0] != "new" else verdict
        if verdict[0] == "duplicate":
            detail = f"the same text as article {verdict[1]}"
            verdicts[seq] = Rejection(fp.origin, "duplicate", detail, fp.article_id)
            continue
        seen_ids.add(fp.article_id)
        if verdict[0] == "copy":
            verdicts[seq] = verdict
    return verdicts


def apply_judgement(record: tuple[int, Any], verdicts: dict[int, Any]) -> Iterator[tuple[int, Any]]:
    """The record as the driver judged it (dropped when skipped)."""
    seq, item = record
    verdict = verdicts.get(seq)
    if verdict == "skip":
        return
    if isinstance(verdict, Rejection) or not isinstance(item, Article):
        yield seq, verdict if isinstance(verdict, Rejection) else item
    elif verdict is not None:
        yield seq, apply_verdict(item, verdict)
    else:
        yield seq, item


__all__ = ["RECORD_BITS", "apply_judgement", "is_local", "judge_all", "list_inputs", "read_records"]
