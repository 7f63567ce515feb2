"""Split the project's corpus once, by a fixed rule, into a tuning half and a check half.

    python tools/split_corpus.py [--parts corpus/parts] [--out corpus]

Reads ``PARTS/*/articles.jsonl`` and ``PARTS/*/gold.jsonl`` and writes ``OUT/tuning/{articles,gold}.jsonl``
and ``OUT/check/{articles,gold}.jsonl``. An article's half depends on its id alone (the first byte of the
SHA-256 of the id: even -> tuning, odd -> check), so it never moves when articles are added, and each part
(region) splits about half and half on its own. Lines are copied verbatim, parts in name order and
articles in file order, so the output is deterministic and re-running the script changes nothing.
``tests/test_corpus.py`` re-runs the split and checks the committed files are exactly its output.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HALVES = ("tuning", "check")


def half_of(article_id: str) -> str:
    """``"tuning"`` or ``"check"``: the half an article belongs to, from a stable hash of its id."""
    return HALVES[hashlib.sha256(article_id.encode("utf-8")).digest()[0] % 2]


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def split(parts_dir: Path, out_dir: Path) -> dict[str, dict[str, int]]:
    """Split every part under ``parts_dir`` into ``out_dir/tuning`` and ``out_dir/check``.

    Returns ``{part: {"tuning": n, "check": n}}`` (articles per half). Raises ``ValueError`` when an id
    repeats or a gold event names an article its part does not hold.
    """
    out: dict[str, dict[str, list[str]]] = {h: {"articles": [], "gold": []} for h in HALVES}
    counts: dict[str, dict[str, int]] = {}
    seen: dict[str, str] = {}
    parts = sorted(p for p in parts_dir.iterdir() if (p / "articles.jsonl").is_file())
    if not parts:
        raise ValueError(f"no parts under {parts_dir}")
    for part in parts:
        halves: dict[str, str] = {}
        counts[part.name] = defaultdict(int)
        for line in _lines(part / "articles.jsonl"):
            article_id = json.loads(line)["id"]
            if article_id in seen:
                raise ValueError(f"article id {article_id!r} is in {seen[article_id]} and {part.name}")
            seen[article_id] = part.name
            halves[article_id] = half_of(article_id)
            out[halves[article_id]]["articles"].append(line)
            counts[part.name][halves[article_id]] += 1
        for line in _lines(part / "gold.jsonl"):
            article_id = json.loads(line)["article"]
            if article_id not in halves:
                raise ValueError(f"{part.name}/gold.jsonl names article {article_id!r}, not in its articles")
            out[halves[article_id]]["gold"].append(line)
    for half, files in out.items():
        (out_dir / half).mkdir(parents=True, exist_ok=True)
        for kind, lines in files.items():
            (out_dir / half / f"{kind}.jsonl").write_text("".join(f"{x}\n" for x in lines), encoding="utf-8")
    return {part: {h: c[h] for h in HALVES} for part, c in counts.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", type=Path, default=ROOT / "corpus" / "parts", help="folder of parts")
    parser.add_argument("--out", type=Path, default=ROOT / "corpus", help="where tuning/ and check/ go")
    args = parser.parse_args()
    for part, halves in split(args.parts, args.out).items():
        print(f"{part:<18} " + "  ".join(f"{h} {n}" for h, n in halves.items()))


if __name__ == "__main__":
    main()
