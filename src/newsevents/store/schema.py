"""The store's schema: versioned DDL and forward migrations.

``MIGRATIONS[n]`` takes a store from version ``n`` to ``n + 1`` (version 0 is an empty file). A migration
runs inside one transaction together with the ``meta.schema_version`` bump, so a crash leaves the file at
the old or the new version, never between. Stores are migrated forward only, and never silently: opening
an older store for writing asks for ``newsevents db upgrade`` (see ``database.Database``); a store newer
than this code raises ``SchemaVersionError``.

Tables (version 1; later versions list their changes beside ``MIGRATIONS``):

``articles``     one row per stored article (id, metadata, clean text, content hash, tone).
``events``       one row per real-world event after cross-article deduplication; the integer ``id`` is
                 the GDELT-style GlobalEventID. Identity fields (actors, code, date, place) come from the
                 mention that created the event; counts and tone are aggregates over its mentions.
``mentions``     one row per coded event record of one article (``records.Event``), with its evidence,
                 and ``event_id`` = the store event it merged into. Like GDELT's Mentions table.
``actors``, ``places``, ``quotes``   what the per-article step found in each article.
``rejections``   inputs that were not stored or not coded, with their reason.
``event_keys``   (version 3) each event's dedup bucket, indexed: what a commit looks candidates up in.
``article_versions``  (version 5) the earlier versions of articles stored again with another text.
``meta``         key/value pairs, ``schema_version`` among them.
``watch_seen``, ``watch_feeds``, ``signatures``   (version 4) what ``newsevents watch`` has seen, its feeds'
                 validators, and the MinHash signatures that find near copies across runs.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.store.dedup import BUCKET_SQL

SCHEMA_VERSION = 5

_ACTOR_COLUMNS = """
    {p}_text VARCHAR, {p}_name VARCHAR, {p}_country VARCHAR, {p}_role VARCHAR, {p}_code VARCHAR"""

_EVENT_FIELDS = (
    _ACTOR_COLUMNS.format(p="actor1")
    + ","
    + _ACTOR_COLUMNS.format(p="actor2")
    + """,
    cameo VARCHAR NOT NULL,
    base_code VARCHAR NOT NULL,
    root VARCHAR NOT NULL,
    quad_class TINYINT,
    goldstein DOUBLE,
    plover_type VARCHAR, plover_mode VARCHAR, plover_context VARCHAR,
    modality VARCHAR,
    place_name VARCHAR, place_country VARCHAR, place_admin1 VARCHAR,
    place_lat DOUBLE, place_lon DOUBLE, place_geonames_id BIGINT"""
)

_V1 = [
    """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE TABLE articles (
        id VARCHAR PRIMARY KEY,
        url VARCHAR, title VARCHAR,
        published VARCHAR,            -- as given (ISO 8601)
        published_date DATE,          -- parsed day, for queries
        source VARCHAR, language VARCHAR,
        authors VARCHAR[], translator VARCHAR, photo_credits VARCHAR[], captions VARCHAR[],
        republished_from VARCHAR, duplicate_of VARCHAR, origin VARCHAR,
        text VARCHAR NOT NULL,
        content_hash VARCHAR NOT NULL,
        words INTEGER, tone DOUBLE, positive DOUBLE, negative DOUBLE,
        num_events INTEGER NOT NULL,
        rejection VARCHAR,            -- reason when kept but not coded (non-English, ...)
        ingested_at TIMESTAMP NOT NULL
    )""",
    """CREATE INDEX articles_hash ON articles (content_hash)""",
    f"""CREATE TABLE events (
        id BIGINT PRIMARY KEY,
        dedup_key VARCHAR NOT NULL,
        date DATE, date_precision VARCHAR, date_from_published BOOLEAN NOT NULL,
        {_EVENT_FIELDS},
        is_root BOOLEAN NOT NULL,
        num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL,
        avg_tone DOUBLE, confidence DOUBLE,
        first_seen DATE, last_seen DATE,
        source_url VARCHAR,
        added_at TIMESTAMP NOT NULL
    )""",
    f"""CREATE TABLE mentions (
        id VARCHAR PRIMARY KEY,       -- records.Event.event_id (stable per article and coding)
        event_id BIGINT NOT NULL,     -- events.id it merged into
        article_id VARCHAR NOT NULL,
        date DATE, date_precision VARCHAR,
        {_EVENT_FIELDS},
        sentence VARCHAR, sentence_start INTEGER, sentence_end INTEGER, trigger VARCHAR, rule VARCHAR,
        confidence DOUBLE,
        tone DOUBLE,                  -- tone of the evidence sentence
        doc_tone DOUBLE,              -- tone of the whole article (GDELT MentionDocTone)
        source VARCHAR,               -- the article's outlet
        syndicated BOOLEAN NOT NULL,  -- the article is a copy (Article.duplicate_of), another outlet's
        in_lead BOOLEAN NOT NULL,     -- evidence in the first paragraph (GDELT IsRootEvent)
        published_date DATE,
        ingested_at TIMESTAMP NOT NULL
    )""",
    """CREATE TABLE actors (
        article_id VARCHAR NOT NULL, n INTEGER NOT NULL,
        text VARCHAR, name VARCHAR, country VARCHAR, role VARCHAR, code VARCHAR,
        PRIMARY KEY (article_id, n)
    )""",
    """CREATE TABLE places (
        article_id VARCHAR NOT NULL, n INTEGER NOT NULL,
        name VARCHAR, country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE, geonames_id BIGINT,
        PRIMARY KEY (article_id, n)
    )""",
    """CREATE TABLE quotes (
        article_id VARCHAR NOT NULL, n INTEGER NOT NULL,
        speaker_text VARCHAR, speaker_name VARCHAR, speaker_country VARCHAR, speaker_role VARCHAR,
        speaker_code VARCHAR,
        quote VARCHAR, start INTEGER, "end" INTEGER, verb VARCHAR,
        PRIMARY KEY (article_id, n)
    )""",
    """CREATE TABLE rejections (
        key VARCHAR PRIMARY KEY,      -- hash of origin, reason and article id: one row per problem
        origin VARCHAR, reason VARCHAR, detail VARCHAR, article_id VARCHAR,
        ingested_at TIMESTAMP NOT NULL
    )""",
]

# Version 2: ``mentions.steps``, the construction rules that shaped each event after its trigger
# (``records.Evidence.steps``). Mentions stored before it get an empty list: they were coded without
# recording steps, which is what the empty list says. (DuckDB cannot add a column to a table that has a
# secondary index; ``mentions`` has only its primary key.)
_V2 = [
    """ALTER TABLE mentions ADD COLUMN steps VARCHAR[] NOT NULL DEFAULT []""",
]

# Version 3: bounded lookups as the store grows (issue 16). ``event_keys`` maps each event's dedup bucket
# (``dedup.bucket``: its dedup key and the month of its date, hashed; ``dedup.BUCKET_SQL`` computes the
# same number here) to its id, under an index, so a commit reads the few events of its mentions' months
# instead of scanning the store; the index on ``mentions.event_id`` lets a commit recount only the events
# it touched. Identity fields of an event never change, so a bucket never moves. (A later migration that
# adds a column to ``mentions`` drops ``mentions_event`` first and creates it again after.)
_V3 = [
    """CREATE TABLE event_keys (bucket BIGINT NOT NULL, id BIGINT NOT NULL)""",
    f"""INSERT INTO event_keys SELECT {BUCKET_SQL.format(key="dedup_key", date="date")}, id FROM events""",
    """CREATE INDEX event_keys_bucket ON event_keys (bucket)""",
    """CREATE INDEX mentions_event ON mentions (event_id)""",
]

# Version 4: live mode (issue 15). ``watch_seen``: one row per feed entry page or folder file that
# ``newsevents watch`` has dealt with (``key``: the page URL or ``file:`` and the file's path), written in
# the transaction of the articles it gave, so a restart neither fetches it again nor loses it.
# ``watch_feeds``: each feed's ETag and Last-Modified for conditional GETs. ``signatures``: the MinHash
# values of stored originals (not copies), so a near copy is found across runs and days (``added_at``
# bounds which ones a round loads; ``seq``, the order they were judged in, is the order they are loaded
# in, so the first of two matching originals stays the canonical one).
_V4 = [
    """CREATE TABLE watch_seen (
        key VARCHAR PRIMARY KEY, source VARCHAR NOT NULL, outcome VARCHAR NOT NULL,
        seen_at TIMESTAMP NOT NULL
    )""",
    """CREATE TABLE watch_feeds (
        url VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR, checked_at TIMESTAMP NOT NULL
    )""",
    """CREATE TABLE signatures (
        article_id VARCHAR PRIMARY KEY, seq BIGINT NOT NULL, content_hash VARCHAR NOT NULL, source VARCHAR,
        minhash BIGINT[] NOT NULL, added_at TIMESTAMP NOT NULL
    )""",
    """CREATE INDEX signatures_added ON signatures (added_at)""",
]

# Version 5: article versions (issue 15). With the ``revisions`` setting on, an article stored again under
# its id with another text replaces its old version (``versions``): ``article_versions`` keeps one row per
# replaced version, its text among them, so the history shows what changed; the current version is the
# ``articles`` row (its number is one more than the rows here). ``mentions_article`` lets the commit find
# the mentions of a replaced version (and the article page its mentions) without a scan. (A later
# migration that adds a column to ``mentions`` drops ``mentions_article`` too, and creates it again after.)
_V5 = [
    """CREATE TABLE article_versions (
        article_id VARCHAR NOT NULL,
        version INTEGER NOT NULL,     -- 1 = the first stored
        content_hash VARCHAR NOT NULL,
        title VARCHAR, url VARCHAR, published VARCHAR,
        text VARCHAR NOT NULL,
        num_mentions INTEGER NOT NULL, -- its mentions when it was replaced (all retracted then)
        event_ids BIGINT[] NOT NULL,  -- the events they reported
        stored_at TIMESTAMP NOT NULL, -- when this version was stored
        replaced_at TIMESTAMP NOT NULL,
        PRIMARY KEY (article_id, version)
    )""",
    """CREATE INDEX mentions_article ON mentions (article_id)""",
]

# MIGRATIONS[n] upgrades version n to n + 1.
MIGRATIONS: tuple[Sequence[str], ...] = (tuple(_V1), tuple(_V2), tuple(_V3), tuple(_V4), tuple(_V5))

assert len(MIGRATIONS) == SCHEMA_VERSION, "one migration per schema version"

__all__ = ["MIGRATIONS", "SCHEMA_VERSION"]
