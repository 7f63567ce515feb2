"""Cross-article deduplication (issue 5, item 3): one real-world event, one stored event."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from store_factories import article, event

from newsevents.records import Actor, ArticleResult
from newsevents.store import query_events, query_mentions, summary
from newsevents.store.dedup import (
    Candidate,
    best_match,
    dates_match,
    dedup_key,
    is_symmetric,
    symmetric_codes,
)
from newsevents.store.ingest import ingest_results

TRUMP = Actor("Trump", "Donald Trump", "USA", "GOV", "USAGOV")
KIM = Actor("Kim", "Kim Jong Un", "PRK", "GOV", "PRKGOV")
UN = Actor("the UN", "United Nations", None, "IGO", "IGOUNO")


def result(
    article_id: str,
    source: str,
    published: str,
    *events_args: tuple,
    text: str | None = None,
    duplicate_of: str | None = None,
) -> ArticleResult:
    """An article from ``source`` with events given as (a, verb, b, keyword arguments) tuples."""
    body = text or f"{source} reports on {published}. " + " ".join(
        f"{a} {v} {b}." for a, v, b, _ in events_args
    )
    art = article(article_id, body, source=source, published=published, duplicate_of=duplicate_of)
    evs = tuple(event(article_id, a, v, b, start=10 * i, **kw) for i, (a, v, b, kw) in enumerate(events_args))
    return ArticleResult(art, evs)


def test_symmetric_codes_come_from_the_semantics_table() -> None:
    assert {"036", "04", "040", "041", "044", "046", "057", "06", "061"} <= symmetric_codes()
    assert not {"042", "043", "045", "05", "051", "111"} & symmetric_codes()
    assert is_symmetric("040") and is_symmetric("057") and not is_symmetric("111")
    assert not is_symmetric("042") and not is_symmetric("")


def test_symmetric_codes_ignore_direction() -> None:
    assert dedup_key("04", "040", TRUMP, KIM) == dedup_key("04", "046", KIM, TRUMP)
    assert dedup_key("11", "111", TRUMP, KIM) != dedup_key("11", "111", KIM, TRUMP)


def test_directed_codes_under_a_symmetric_root_share_the_meeting_key() -> None:
    # the key is the root's: A visits B, B hosts A and A meets B are one consultation
    meeting = dedup_key("04", "040", TRUMP, KIM)
    assert dedup_key("04", "042", TRUMP, KIM) == dedup_key("04", "043", KIM, TRUMP) == meeting
    assert dedup_key("04", "042", KIM, TRUMP) == meeting


def test_symmetric_codes_under_a_directed_root() -> None:
    assert dedup_key("05", "057", TRUMP, KIM) == dedup_key("05", "057", KIM, TRUMP)
    assert dedup_key("05", "051", TRUMP, KIM) != dedup_key("05", "051", KIM, TRUMP)


def test_actor_without_country_keys_on_code() -> None:
    assert dedup_key("04", "040", UN, KIM).split("|")[1:] == sorted(["igouno", "PRK:GOV"])


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (("2019-06-30", "day"), ("2019-07-01", "day"), True),
        (("2019-06-30", "day"), ("2019-07-02", "day"), False),
        (("2019-06-01", "month"), ("2019-06-30", "day"), True),
        (("2019-06-01", "month"), ("2019-07-01", "day"), False),
        (("2019-01-01", "year"), ("2019-06-30", "day"), False),
        (("2019-01-01", "year"), ("2019-01-01", "year"), True),
        ((None, None), (None, None), True),
        ((None, None), ("2019-06-30", "day"), False),
    ],
)
def test_date_window(
    a: tuple[str | None, str | None], b: tuple[str | None, str | None], expected: bool
) -> None:
    def date(v: str | None) -> dt.date | None:
        return dt.date.fromisoformat(v) if v else None

    assert dates_match(date(a[0]), a[1], date(b[0]), b[1]) is expected
    assert dates_match(date(b[0]), b[1], date(a[0]), a[1]) is expected


def test_best_match_prefers_nearest_date_and_respects_place() -> None:
    day = dt.date(2019, 6, 30)
    cands = [
        Candidate(1, day - dt.timedelta(days=1), "day", "gn:1"),
        Candidate(2, day, "day", None),
        Candidate(3, day, "day", "gn:9"),
    ]
    assert best_match(cands, day, "day", "gn:1") == cands[1]
    assert best_match(cands[::2], day, "day", "gn:1") == cands[0]
    assert best_match(cands[2:], day, "day", "gn:1") is None


def test_several_outlets_one_summit_make_one_event(db: Path) -> None:
    summit = {"place": "Panmunjom", "date": "2019-06-30"}
    results = [
        result("wire-1", "Wire", "2019-06-30", ("Trump", "met", "Kim", summit)),
        result("daily-1", "Daily", "2019-07-01", ("Kim", "met", "Trump", summit)),  # other direction
        result("herald-1", "Herald", "2019-07-01", ("Trump", "visited", "Kim", summit)),
        # same outlet again: one more article and mention, not one more source
        result("wire-2", "Wire", "2019-07-02", ("Trump", "met", "Kim", {"date": "2019-07-01"})),
        # a syndicated copy of the wire story on another site: one more source (issue 13, point 2)
        result(
            "copy-1",
            "Gazette",
            "2019-06-30",
            ("Trump", "met", "Kim", summit),
            duplicate_of="wire-1",
            text="Gazette carries the wire story. Trump met Kim.",
        ),
    ]
    stats = ingest_results(results, db)
    assert stats.mentions == 5
    events = query_events(db)
    assert len(events) == 1
    row = events.iloc[0]
    assert (row.num_mentions, row.num_articles, row.num_sources) == (5, 5, 4)
    assert str(row.first_seen.date()) == "2019-06-30" and str(row.last_seen.date()) == "2019-07-02"
    assert row.place_name == "Panmunjom"
    assert len(query_mentions(db, int(row.id))) == 5


def test_same_leaders_meeting_a_week_apart_are_two_events(db: Path) -> None:
    results = [
        result("r1", "Wire", "2019-06-30", ("Trump", "met", "Kim", {"date": "2019-06-30"})),
        result("r2", "Daily", "2019-07-07", ("Trump", "met", "Kim", {"date": "2019-07-07"})),
        result("r3", "Herald", "2019-07-07", ("Kim", "met", "Trump", {"date": "2019-07-07"})),
    ]
    ingest_results(results, db)
    events = query_events(db)
    assert len(events) == 2
    assert sorted(events.num_articles) == [1, 2]


@pytest.mark.parametrize(
    ("first", "second", "n_events"),
    [
        # criticism is directed: A criticizes B and B criticizes A are two events
        (
            ("Trump", "criticized", "Kim", {"date": "2019-06-30"}),
            ("Kim", "criticized", "Trump", {"date": "2019-06-30"}),
            2,
        ),
        # same meeting, places known and different: two events
        (
            ("Trump", "met", "Kim", {"date": "2019-06-30", "place": "Hanoi"}),
            ("Trump", "met", "Kim", {"date": "2019-06-30", "place": "Singapore"}),
            2,
        ),
        # one place unknown: merges
        (
            ("Trump", "met", "Kim", {"date": "2019-06-30", "place": "Hanoi"}),
            ("Trump", "met", "Kim", {"date": "2019-06-30"}),
            1,
        ),
        # a month-precise report merges with the day-precise event of that month
        (("Trump", "met", "Kim", {"date": "2019-06-30"}), ("Trump", "met", "Kim", {"date": "2019-06"}), 1),
        # different CAMEO roots never merge
        (
            ("Trump", "met", "Kim", {"date": "2019-06-30"}),
            ("Trump", "criticized", "Kim", {"date": "2019-06-30"}),
            2,
        ),
    ],
)
def test_merge_rules(db: Path, first: tuple, second: tuple, n_events: int) -> None:
    ingest_results(
        [result("x1", "Wire", "2019-06-30", first), result("x2", "Daily", "2019-06-30", second)], db
    )
    assert summary(db)["events"] == n_events


def test_undated_mention_uses_publication_day(db: Path) -> None:
    ingest_results(
        [
            result("u1", "Wire", "2019-06-30", ("Trump", "met", "Kim", {"date": "2019-06-30"})),
            result("u2", "Daily", "2019-07-01", ("Trump", "met", "Kim", {})),
        ],
        db,
    )
    events = query_events(db)
    assert len(events) == 1 and events.iloc[0].num_sources == 2


def test_two_mentions_in_one_article_count_once_as_article(db: Path) -> None:
    ingest_results(
        [
            result(
                "one",
                "Wire",
                "2019-06-30",
                ("Trump", "met", "Kim", {"date": "2019-06-30"}),
                ("Kim", "met", "Trump", {"date": "2019-06-30"}),
            )
        ],
        db,
    )
    row = query_events(db).iloc[0]
    assert (row.num_mentions, row.num_articles, row.num_sources) == (2, 1, 1)
