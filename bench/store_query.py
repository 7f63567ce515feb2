"""Query latency of the event store on a large synthetic store (issue 5, item 7).

    .venv/bin/python bench/store_query.py [--events 1000000] [--repeat 7] [--db bench/out/query.duckdb]

Builds (once; reused when the file exists with the right size) a store of N synthetic events with two
mentions each, spread over 2015-2024, 60 countries, 20 roles, all CAMEO roots and 500 outlets, through the
store's own schema; then times ``query_events`` for typical filters and prints p50 / p90 per filter in ms.
The target is under 1 s for each.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from newsevents.store import Database, query_events, summary

COUNTRIES = (
    "USA PRK KOR CHN RUS JPN FRA DEU GBR IND PAK IRN ISR PSE SYR IRQ AFG UKR TUR EGY SAU YEM NGA ETH KEN ZAF "
    "BRA ARG MEX COL VEN CAN AUS IDN PHL VNM THA MMR BGD LKA NPL SDN SSD LBY TUN DZA MAR MLI NER TCD SOM COD "
    "CAF POL ITA ESP GRC SRB BLR GEO"
).split()

FILTERS: list[dict[str, object]] = [
    {"country": "PRK"},
    {"dyad": ("USA", "PRK")},
    {"actor": "kim"},
    {"root": "04", "since": "2019-01-01", "until": "2019-12-31"},
    {"code": "042"},
    {"quad": 4, "role": "MIL"},
    {"place": "Hanoi"},
    {"country": "USA", "since": "2024-06"},
    {"article": "art-123456"},
    {"source": "Outlet 7"},
    {"limit": 100},
]


def build(path: Path, n: int) -> None:
    """Fill a new store with ``n`` synthetic events and ``2n`` mentions, in SQL (seconds, not minutes)."""
    countries = "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
    database = Database(path)
    with database.write() as con:
        # a non-negative BIGINT hash (DuckDB's hash() is unsigned, which list indexing refuses)
        con.execute("CREATE TEMP MACRO h(a, b) AS CAST(hash(a, b) % 1000000007 AS BIGINT)")
        con.execute(f"""
            INSERT INTO events
            SELECT i + 1 AS id, '' AS dedup_key,
                   DATE '2015-01-01' + CAST(h(i, 1) % 3650 AS INTEGER) AS date, 'day', false,
                   'text ' || a1, CASE WHEN i % 11 = 0 THEN 'Kim Jong Un' ELSE 'Name ' || (i % 5000) END,
                   a1, r1, a1 || r1,
                   'text ' || a2, 'Name ' || ((i + 7) % 5000), a2, r2, a2 || r2,
                   cameo, substr(cameo, 1, 3), substr(cameo, 1, 2),
                   CASE WHEN substr(cameo, 1, 2) < '06' THEN 1 WHEN substr(cameo, 1, 2) < '09' THEN 2
                        WHEN substr(cameo, 1, 2) < '14' THEN 3 ELSE 4 END,
                   (h(i, 2) % 200) / 10.0 - 10, 'TYPE', NULL, NULL, 'asserted',
                   CASE WHEN i % 3 = 0 THEN 'City ' || (i % 2000) WHEN i % 997 = 0 THEN 'Hanoi' END,
                   a1, NULL, NULL, NULL, NULL,
                   i % 5 = 0, 2, 2, 2, (h(i, 3) % 200) / 10.0 - 10, 0.7,
                   NULL, NULL, 'https://example.org/' || i, now()::TIMESTAMP
            FROM (
                SELECT i,
                       {countries}[1 + h(i, 4) % 60] AS a1,
                       {countries}[1 + h(i, 5) % 60] AS a2,
                       ['GOV','MIL','OPP','REB','CVL','BUS','MED','JUD','LEG','COP','ELI','NGO','IGO',
                        'REL','EDU','LAB','AGR','HLH','REF','SPY'][1 + h(i, 6) % 20] AS r1,
                       ['GOV','MIL','OPP','REB','CVL','BUS','MED','JUD','LEG','COP','ELI','NGO','IGO',
                        'REL','EDU','LAB','AGR','HLH','REF','SPY'][1 + h(i, 7) % 20] AS r2,
                       lpad(CAST(1 + h(i, 8) % 20 AS VARCHAR), 2, '0') || CAST(h(i, 9) % 7 AS VARCHAR)
                           AS cameo
                FROM range({n}) AS t(i)
            )""")
        con.execute(f"""
            INSERT INTO mentions (id, event_id, article_id, cameo, base_code, root, sentence, confidence,
                                  source, syndicated, in_lead, ingested_at)
            SELECT 'm' || j, j // 2 + 1, 'art-' || (h(j, 10) % {max(n // 2, 1)}), e.cameo, e.base_code,
                   e.root, 'A sentence.', 0.7, 'Outlet ' || (h(j, 11) % 500), false, false,
                   now()::TIMESTAMP
            FROM range({2 * n}) AS t(j) JOIN events AS e ON e.id = j // 2 + 1""")
    database.close()


def ensure_store(db: Path, events: int) -> None:
    """Build a synthetic store of ``events`` events at ``db`` unless one of that size is already there."""
    db.parent.mkdir(parents=True, exist_ok=True)
    if not db.exists() or summary(db)["events"] != events:
        for stale in (db, Path(f"{db}.wal")):
            stale.unlink(missing_ok=True)
        started = time.perf_counter()
        build(db, events)
        print(f"built {events:,} events in {time.perf_counter() - started:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--db", type=Path, default=Path("bench/out/query.duckdb"))
    args = parser.parse_args()
    ensure_store(args.db, args.events)
    database = Database(args.db)
    counts = summary(database)
    print(f"store: {counts['events']:,} events, {counts['mentions']:,} mentions")
    print(f"{'filter':<60} {'rows':>8} {'p50 ms':>8} {'p90 ms':>8}")
    worst = 0.0
    for filters in FILTERS:
        times = []
        rows = 0
        for _ in range(args.repeat):
            started = time.perf_counter()
            rows = len(query_events(database, **filters))
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        p50, p90 = statistics.median(times), times[min(len(times) - 1, int(0.9 * len(times)))]
        worst = max(worst, p50)
        print(f"{str(filters):<60} {rows:>8,} {p50:>8.1f} {p90:>8.1f}")
    database.close()
    print(f"worst p50: {worst:.1f} ms ({'under' if worst < 1000 else 'OVER'} the 1 s target)")


if __name__ == "__main__":
    main()
