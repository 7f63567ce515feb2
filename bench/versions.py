"""What article versions cost the store (issue 15, point 4), side by side in one run.

    python bench/versions.py [--sizes 0,1000000] [--batches 15]

For each store size N (N mentions and N actor rows of N / 4 articles, inserted in SQL), three kinds of
commit of 32 hand-coded articles (four events each) are timed on copies of the same file:

* ``new, schema 3``: new articles into a store without the version-4 index on ``mentions.article_id``;
* ``new, schema 4``: the same batches with it (what every ingest pays for revisions being possible);
* ``revised``: 32 articles stored again with another text (two events kept, two replaced), with the
  ``revisions`` setting: old version to ``article_versions``, its rows deleted, the new text merged,
  events recounted and pruned.

Prints the median and worst ms per batch (the first batch of each kind, which loads the indexes, apart).
The articles are coded by hand (no spaCy): the store's own cost is what is measured.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from newsevents.analysis import Analyzed
from newsevents.records import Actor, Article, ArticleResult, Event, Evidence, Plover, make_event_id
from newsevents.store import Database
from newsevents.store.commit import commit
from newsevents.store.ingest import with_tone
from newsevents.store.schema import MIGRATIONS

BATCH = 32
COUNTRIES = ["USA", "CHN", "FRA", "DEU", "JPN", "IND", "KOR", "TUR", "BRA", "ZAF"]
VERBS = [
    ("met", "040", "04"),
    ("criticized", "111", "11"),
    ("praised", "051", "05"),
    ("visited", "042", "04"),
]


def build(path: Path, n: int, migrations: int) -> None:
    """A store at schema ``migrations`` with ``n`` mentions and actors of ``n // 4`` articles (no events:
    the batches' events are in other months, so the merge reads none of them)."""
    database = Database(path, migrations=MIGRATIONS[:migrations])
    with database.write() as con:
        con.execute(f"""
            INSERT INTO articles (id, text, content_hash, num_events, ingested_at, source, published)
            SELECT 'old-' || i, 'An earlier report ' || i, md5('old' || i), 4, TIMESTAMP '2024-01-01',
                   'Outlet ' || (i % 9), '2020-01-01'
            FROM range({n // 4}) AS t(i)""")
        con.execute(f"""
            INSERT INTO mentions (id, event_id, article_id, cameo, base_code, root, syndicated, in_lead,
                                  ingested_at, source)
            SELECT md5('m' || i), 1 + i // 2, 'old-' || (i // 4), '040', '040', '04', false, false,
                   TIMESTAMP '2024-01-01', 'Outlet ' || (i % 9)
            FROM range({n}) AS t(i)""")
        # the side tables a revision deletes from: one actor row per mention, a place per article
        con.execute(f"""
            INSERT INTO actors (article_id, n, name, country)
            SELECT 'old-' || (i // 4), i % 4, 'Leader ' || (i % 97), 'USA' FROM range({n}) AS t(i)""")
        con.execute(f"""
            INSERT INTO places (article_id, n, name) SELECT 'old-' || i, 0, 'Town ' || (i % 89)
            FROM range({n // 4}) AS t(i)""")
    database.close()


def _event(art_id: str, text: str, sentence: str, a: str, verb: str, b: str) -> Event:
    word, cameo, root = next(v for v in VERBS if v[0] == verb)
    start = text.index(sentence)
    trigger = start + sentence.index(word)
    source, target = Actor(a, a, a, "GOV", a + "GOV"), Actor(b, b, b, "GOV", b + "GOV")
    return Event(
        event_id=make_event_id(art_id, start, trigger, trigger + len(word), cameo, source.code, target.code),
        article_id=art_id,
        date="2025-03-03",
        date_precision="day",
        source=source,
        target=target,
        cameo=cameo,
        root=root,
        quad_class=1,
        goldstein=1.0,
        plover=Plover("CONSULT", None, None),
        modality="asserted",
        location=None,
        evidence=Evidence(sentence, start, start + len(sentence), word, f"bench.{word}"),
        confidence=0.9,
    )


def coded(art_id: str, n: int, version: int) -> Analyzed:
    """An article with four events; version 2 keeps the first two and replaces the last two."""
    pairs = [(COUNTRIES[(n + k) % 10], COUNTRIES[(n + k + 3) % 10]) for k in range(4)]
    sentences = []
    for k, (a, b) in enumerate(pairs):
        verb = VERBS[(k + (2 if version == 2 and k >= 2 else 0)) % 4][0]
        sentences.append((f"{a} {verb} {b} on the third of March.", a, verb, b))
    text = " ".join(s for s, *_ in sentences) + f" Report {n}, version {version}."
    events = tuple(_event(art_id, text, s, a, verb, b) for s, a, verb, b in sentences)
    article = Article(id=art_id, text=text, source=f"Outlet {n % 9}", published="2025-03-03")
    return with_tone(ArticleResult(article, events, (), (), (), None))


def timed(path: Path, schema: int, batches: list[list[Analyzed]], revisions: bool) -> list[float]:
    database = Database(path, migrations=MIGRATIONS[:schema])
    out = []
    for batch in batches:
        started = time.perf_counter()
        commit(database, batch, revisions=revisions)
        out.append((time.perf_counter() - started) * 1000)
    database.close()
    return out


def run(size: int, count: int, work: Path) -> list[tuple[str, list[float]]]:
    first = [[coded(f"new-{b}-{i}", b * BATCH + i, 1) for i in range(BATCH)] for b in range(count)]
    second = [[coded(f"new-{b}-{i}", b * BATCH + i, 2) for i in range(BATCH)] for b in range(count)]
    rows = []
    for label, schema in (("new, schema 3", 3), ("new, schema 4", 4)):
        base = work / f"base-{size}-{schema}.duckdb"
        build(base, size, schema)
        copy = work / f"run-{size}-{schema}.duckdb"
        shutil.copy(base, copy)
        rows.append((label, timed(copy, schema, first, revisions=False)))
        if schema == 4:
            rows.append(("revised", timed(copy, schema, second, revisions=True)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="0,1000000", help="store sizes in mentions, comma-separated")
    parser.add_argument("--batches", type=int, default=15)
    args = parser.parse_args()
    print(f"| mentions in store | commit of {BATCH} articles | median ms | worst ms |")
    print("|---:|---|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            for label, ms in run(size, args.batches, Path(tmp)):
                rest = ms[1:] or ms
                print(f"| {size:,} | {label} | {statistics.median(rest):.1f} | {max(rest):.1f} |", flush=True)


if __name__ == "__main__":
    main()
