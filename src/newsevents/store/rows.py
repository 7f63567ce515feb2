"""Store rows from one analysed article: what a commit inserts and what ``write_results`` writes as Parquet.

One builder per table, so the per-article commit (``ingest.commit_batch``) and the bulk layout
(``bulk.write_results``) cannot drift apart: a row here has the store's column names (``schema``) and
values of the store's types. Derived columns (``mentions.event_id``, the ``events`` table) are the
merge's (``merge``), not the article's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any, Protocol

from newsevents.records import Actor, ArticleResult, Event, Place, Rejection
from newsevents.store import dedup
from newsevents.tone import Tone


class Analyzed(Protocol):
    """An analysed article with its tones (``ingest.Analyzed`` is one)."""

    @property
    def result(self) -> ArticleResult: ...

    @property
    def doc_tone(self) -> Tone: ...

    @property
    def mention_tones(self) -> tuple[float, ...]: ...


def actor_cols(prefix: str, actor: Actor | None) -> dict[str, Any]:
    """The ``{prefix}_*`` columns of an actor (all NULL for none; an empty text is NULL)."""
    a = actor or Actor(text="")
    return {
        f"{prefix}_text": a.text or None,
        f"{prefix}_name": a.name,
        f"{prefix}_country": a.country,
        f"{prefix}_role": a.role,
        f"{prefix}_code": a.code,
    }


def place_cols(place: Place | None) -> dict[str, Any]:
    """The ``place_*`` columns of an event's place."""
    p = place or Place(name="")
    return {
        "place_name": p.name or None,
        "place_country": p.country,
        "place_admin1": p.admin1,
        "place_lat": p.lat,
        "place_lon": p.lon,
        "place_geonames_id": p.geonames_id,
    }


def event_cols(e: Event) -> dict[str, Any]:
    """The identity columns an event and its mentions share (actors, codes, place)."""
    return {
        **actor_cols("actor1", e.source),
        **actor_cols("actor2", e.target),
        "cameo": e.cameo,
        "base_code": e.cameo[:3],
        "root": e.root,
        "quad_class": e.quad_class,
        "goldstein": e.goldstein,
        "plover_type": e.plover.type,
        "plover_mode": e.plover.mode,
        "plover_context": e.plover.context,
        "modality": e.modality,
        **place_cols(e.location),
    }


def lead_end(text: str) -> int:
    """End of the lead paragraph (GDELT's IsRootEvent): the first paragraph, or 300 characters when the
    text has no paragraph breaks near its start."""
    body_start = len(text) - len(text.lstrip())
    newline = text.find("\n", body_start)
    end = newline if newline >= 0 else len(text)
    return end if end - body_start <= 600 else body_start + 300


def rejection_key(r: Rejection) -> str:
    """One row per problem: a hash of origin, reason and article id (``REJECTION_KEY_SQL`` in SQL)."""
    return hashlib.sha256("\x1f".join([r.origin, r.reason, r.article_id or ""]).encode()).hexdigest()[:24]


# ``rejection_key`` over the columns of a rejections row.
REJECTION_KEY_SQL = "sha256(origin || chr(31) || reason || chr(31) || coalesce(article_id, ''))[1:24]"


def rejection_row(r: Rejection, now: dt.datetime) -> dict[str, Any]:
    return {"key": rejection_key(r), **r.to_json(), "ingested_at": now}


def article_row(item: Analyzed, now: dt.datetime) -> dict[str, Any]:
    """The ``articles`` row of an analysed article."""
    res, art = item.result, item.result.article
    return {
        "id": art.id,
        "url": art.url,
        "title": art.title,
        "published": art.published,
        "published_date": dedup.parse_date(art.published)[0],
        "source": art.source,
        "language": art.language,
        "authors": list(art.authors),
        "translator": art.translator,
        "photo_credits": list(art.photo_credits),
        "captions": list(art.captions),
        "republished_from": art.republished_from,
        "duplicate_of": art.duplicate_of,
        "origin": art.origin,
        "text": art.text,
        "content_hash": art.content_hash,
        "words": item.doc_tone.words,
        "tone": item.doc_tone.tone,
        "positive": item.doc_tone.positive,
        "negative": item.doc_tone.negative,
        "num_events": len(res.events),
        "rejection": res.rejection.reason if res.rejection else None,
        "ingested_at": now,
    }


def side_rows(item: Analyzed) -> dict[str, list[dict[str, Any]]]:
    """The ``actors``, ``places`` and ``quotes`` rows of an analysed article."""
    res, art_id = item.result, item.result.article.id
    quotes = [
        {
            "article_id": art_id,
            "n": n,
            **actor_cols("speaker", quote.speaker),
            "quote": quote.quote,
            "start": quote.start,
            "end": quote.end,
            "verb": quote.verb,
        }
        for n, quote in enumerate(res.quotes)
    ]
    return {
        "actors": [{"article_id": art_id, "n": n, **a.to_json()} for n, a in enumerate(res.actors)],
        "places": [{"article_id": art_id, "n": n, **p.to_json()} for n, p in enumerate(res.places)],
        "quotes": quotes,
    }


def mention_rows(item: Analyzed, now: dt.datetime) -> list[dict[str, Any]]:
    """The ``mentions`` rows of an analysed article, in the coder's order, without ``event_id``.

    ``source_url`` (not a mentions column) is what an event this mention creates records as its URL."""
    art = item.result.article
    published = dedup.parse_date(art.published)[0]
    end_of_lead = lead_end(art.text)
    rows = []
    for event, mention_tone in zip(item.result.events, item.mention_tones, strict=True):
        date, precision = dedup.parse_date(event.date)
        rows.append(
            {
                "id": event.event_id,
                "article_id": art.id,
                "date": date,
                "date_precision": precision,
                **event_cols(event),
                "sentence": event.evidence.sentence,
                "sentence_start": event.evidence.start,
                "sentence_end": event.evidence.end,
                "trigger": event.evidence.trigger,
                "rule": event.evidence.rule,
                "steps": list(event.evidence.steps),
                "confidence": event.confidence,
                "tone": mention_tone,
                "doc_tone": item.doc_tone.tone,
                "source": art.source,
                "syndicated": art.duplicate_of is not None,
                "in_lead": event.evidence.start < end_of_lead,
                "published_date": published,
                "ingested_at": now,
                "source_url": art.url or art.id,
            }
        )
    return rows


__all__ = [
    "Analyzed",
    "REJECTION_KEY_SQL",
    "actor_cols",
    "article_row",
    "event_cols",
    "lead_end",
    "mention_rows",
    "place_cols",
    "rejection_key",
    "rejection_row",
    "side_rows",
]
