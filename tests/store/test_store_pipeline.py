"""End to end with the real pipeline (spaCy and the coder): JSONL file -> store -> query -> export."""

from __future__ import annotations

import json
from pathlib import Path

from newsevents.store import GDELT_EVENT_COLUMNS, export, ingest_paths, query_events, summary

ARTICLES = [
    {
        "id": "seoul-1",
        "source": "Seoul Wire",
        "published": "2019-06-30",
        "url": "https://seoul.example/1",
        "text": "US President Donald Trump met North Korea's leader Kim Jong Un in Panmunjom on Sunday.\n"
        "The two leaders shook hands at the border and talked for almost an hour.",
    },
    {
        "id": "tokyo-1",
        "source": "Tokyo Daily",
        "published": "2019-07-01",
        "url": "https://tokyo.example/1",
        "text": "North Korean leader Kim Jong Un met US President Donald Trump at Panmunjom on Sunday, "
        "state media said.\nAnalysts called the meeting a symbolic step.",
    },
    {
        "id": "paris-1",
        "source": "Paris Herald",
        "published": "2019-07-02",
        "text": "French President Emmanuel Macron criticized Russia on Tuesday over its military exercises.",
    },
]


def test_real_pipeline_ingest_dedup_and_export(tmp_path: Path, db: Path) -> None:
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    stats = ingest_paths([source], db)
    assert (stats.read, stats.added) == (3, 3) and stats.mentions >= 3
    meetings = query_events(db, dyad=("USA", "PRK"))
    # both outlets' reports of the Panmunjom meeting are one event
    assert len(meetings) == 1
    meeting = meetings.iloc[0]
    assert (meeting.num_articles, meeting.num_sources) == (2, 2)
    assert str(meeting.date.date()) == "2019-06-30"
    assert len(query_events(db, country="FRA")) >= 1
    before = summary(db)
    again = ingest_paths([source], db)
    assert (again.added, again.skipped) == (0, 3) and summary(db) == before
    out = tmp_path / "events.tsv"
    assert export(db, "gdelt", out) == before["events"]
    assert all(len(line.split("\t")) == len(GDELT_EVENT_COLUMNS) for line in out.read_text().splitlines())


def test_date_from_published_marks_events_the_text_does_not_date(tmp_path: Path, db: Path) -> None:
    source = tmp_path / "news.jsonl"
    article = {
        "id": "quito-1",
        "published": "2021-05-12",
        # (the undated event leads: a later undated one would take the lead's day, dateclause.story_day;
        # the next sentence's day is over a week old, so the lead does not take it either, leaddate.py)
        "text": "Bolivia condemned the raid. Ecuador recalled its ambassador from Peru on April 2.",
    }
    source.write_text(json.dumps(article) + "\n", encoding="utf-8")
    ingest_paths([source], db)
    events = query_events(db)
    flags = {row.root: (str(row.date.date()), bool(row.date_from_published)) for row in events.itertuples()}
    assert flags.get("16") == ("2021-04-02", False)  # recalled on April 2: the text's date
    assert flags.get("11") == ("2021-05-12", True)  # condemned: no date in the text
