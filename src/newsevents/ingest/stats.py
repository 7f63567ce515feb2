"""Counts of what a read saw, for the summary line a command prints at the end."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class ReadStats:
    """Counters filled in while :func:`newsevents.ingest.read` runs.

    Not frozen on purpose: the caller creates one, passes it in, and reads it after the iterator is
    exhausted. Skipped items are not errors (a directory's ``.png`` files, a crawl's request records).
    """

    files: int = 0
    articles: int = 0
    rejected: int = 0
    skipped_files: int = 0
    skipped_records: int = 0
    rejected_by_reason: dict[str, int] = field(default_factory=dict)


__all__ = ["ReadStats"]
