"""News-sized bench articles made from the project's tuning articles and bundled examples.

Each bench article joins four different source texts (drawn with a fixed seed), so that N articles are
N distinct texts of about 2,000 characters (no exact copies for the deduplicator to drop, and far below
its near-copy threshold) built from real news prose. Never reads ``corpus/check``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "corpus" / "tuning" / "articles.jsonl", ROOT / "examples" / "reports.jsonl")
PER_ARTICLE = 4


def _base() -> list[dict[str, str]]:
    base = []
    for path in SOURCES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if record.get("text"):
                    base.append(record)
    return base


def articles(n: int, seed: int = 11) -> list[dict[str, str]]:
    """``n`` JSONL records (``id``, ``text``, ``published``, ``source``)."""
    base = _base()
    rng = random.Random(seed)
    out = []
    for i in range(n):
        parts = rng.sample(base, PER_ARTICLE)
        out.append(
            {
                "id": f"bench-{i:04d}",
                "text": "\n\n".join(p["text"].strip() for p in parts),
                "published": parts[0].get("published") or "2020-01-01",
                "source": f"Outlet {i % 7}",
            }
        )
    return out


def write(n: int, directory: Path) -> Path:
    """``articles(n)`` as one JSONL file in ``directory``; returns its path."""
    path = directory / f"bench-{n}.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in articles(n)), encoding="utf-8")
    return path
