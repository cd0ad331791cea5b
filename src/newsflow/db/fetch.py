"""Writes and reads of fetching: run items in batches, fetch_state per URL (conditional GET, retries, skips),
documents with their HTTP metadata, and listing pages. Callers own the transaction."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg

from newsflow.db.store import copy_rows
from newsflow.models import RawDocument, Rejection, SourceItem
from newsflow.sources.outcomes import Fetched, Known, NotFetched, StoredListing, Unchanged

EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()

# -- run items and batches ---------------------------------------------------------------------

FORGET_ITEMS = (
    "DELETE FROM ingest_run_items WHERE ingest_run_id = %s",
    "DELETE FROM ingest_run_batches WHERE ingest_run_id = %s",
)

INSERT_BATCH = "INSERT INTO ingest_run_batches (ingest_run_id, batch, items, retry_budget) VALUES (%s, %s, %s, %s)"

BATCH_ITEMS = """
SELECT uri, published_at, published_from FROM ingest_run_items
 WHERE ingest_run_id = %s AND batch = %s ORDER BY position
"""

BATCH_BUDGET = "SELECT retry_budget FROM ingest_run_batches WHERE ingest_run_id = %s AND batch = %s"

SAVE_BATCH_COUNTS = """
UPDATE ingest_run_batches SET counts = %s::jsonb, fetched_at = now() WHERE ingest_run_id = %s AND batch = %s
"""

BATCH_TOTALS = """
SELECT key, sum(value::bigint) FROM ingest_run_batches, jsonb_each_text(counts)
 WHERE ingest_run_id = %s AND counts IS NOT NULL GROUP BY key ORDER BY key
"""

# Failed items of earlier runs, fetched again by this run (unless it lists them itself).
PENDING_RETRIES = """
SELECT uri, published_at, published_from FROM fetch_state
 WHERE source_id = %(source_id)s AND role = 'article' AND status = 'failed'
   AND (retry_after IS NULL OR retry_after <= %(now)s) AND NOT (uri = ANY(%(listed)s))
 ORDER BY published_at NULLS LAST, uri
 LIMIT %(limit)s
"""


def plan_items(conn: psycopg.Connection, ingest_run_id: int, items: Sequence[SourceItem],
               retries: Sequence[SourceItem], batch_size: int, retry_budget: int,
               max_batches: int = 1000) -> list[int]:
    """Record the run's items in batches (at least one, maybe empty); returns the batch numbers.

    The run's retry budget is shared out by batch size, so a run spends at most about `retry_budget`.
    """
    for statement in FORGET_ITEMS:
        conn.execute(statement, (ingest_run_id,))
    everything = [(item, False) for item in items] + [(item, True) for item in retries]
    size = max(batch_size, math.ceil(len(everything) / max_batches))
    batches = max(1, math.ceil(len(everything) / size))
    with conn.cursor() as cur:
        copy_rows(cur, "ingest_run_items", (
            (ingest_run_id, position, position // size, item.uri, item.published_at, item.published_from, retry)
            for position, (item, retry) in enumerate(everything)))
        for batch in range(batches):
            count = len(everything[batch * size:(batch + 1) * size])
            share = math.ceil(retry_budget * count / len(everything)) if everything else 0
            cur.execute(INSERT_BATCH, (ingest_run_id, batch, count, share))
    return list(range(batches))


def batch_items(conn: psycopg.Connection, ingest_run_id: int, source: str, batch: int) -> tuple[list[SourceItem], int]:
    """A batch's items and its share of the retry budget."""
    rows = conn.execute(BATCH_ITEMS, (ingest_run_id, batch)).fetchall()
    budget = conn.execute(BATCH_BUDGET, (ingest_run_id, batch)).fetchone()
    return [SourceItem(source, uri, published_at, published_from) for uri, published_at, published_from in rows], \
        int(budget[0]) if budget else 0


def pending_retries(conn: psycopg.Connection, source_id: int, source: str, listed: Iterable[str],
                    limit: int = 10_000) -> list[SourceItem]:
    rows = conn.execute(PENDING_RETRIES, {"source_id": source_id, "now": datetime.now(UTC), "listed": list(listed),
                                          "limit": limit}).fetchall()
    return [SourceItem(source, uri, published_at, published_from or "undated") for uri, published_at, published_from
            in rows]


QUARANTINED = """
SELECT uri FROM fetch_state WHERE source_id = %s AND uri = ANY(%s) AND role = 'article' AND status = 'quarantined'
"""


def quarantined_uris(conn: psycopg.Connection, source_id: int, uris: Sequence[str]) -> set[str]:
    """Items whose fetch failed for good in an earlier run (not fetched again; clear fetch_state to retry)."""
    return {row[0] for row in conn.execute(QUARANTINED, (source_id, list(uris)))}


def save_batch_counts(conn: psycopg.Connection, ingest_run_id: int, batch: int, counts: dict[str, int]) -> None:
    conn.execute(SAVE_BATCH_COUNTS, (json.dumps(counts, sort_keys=True), ingest_run_id, batch))


def batch_totals(conn: psycopg.Connection, ingest_run_id: int) -> dict[str, int]:
    """The run's fetch counts: the sum over its fetched batches."""
    return {key: int(total) for key, total in conn.execute(BATCH_TOTALS, (ingest_run_id,))}


# -- fetch state -----------------------------------------------------------------------------------

KNOWN = """
SELECT uri, etag, last_modified, sha256, raw_document_id FROM fetch_state
 WHERE source_id = %s AND uri = ANY(%s) AND role = 'article'
"""


def known_states(conn: psycopg.Connection, source_id: int, uris: Sequence[str]) -> dict[str, Known]:
    """What fetch_state remembers of these URLs (validators and the stored copy)."""
    return {row[0]: Known(*row) for row in conn.execute(KNOWN, (source_id, list(uris)))}


STAGE_STATE = """
CREATE TEMP TABLE IF NOT EXISTS stage_fetch_state (
    uri text, status text, reason text, detail text, http_status smallint, etag text, last_modified text,
    sha256 text, raw_document_id bigint, media_type text, charset text, published_at timestamptz,
    published_from text, failed boolean, retry_after timestamptz, fetched_at timestamptz
) ON COMMIT DROP;
TRUNCATE stage_fetch_state
"""

# A failure counts once per run (a retried task does not count it twice); after max_failures runs it is final.
# A failure keeps the validators and the stored copy of an earlier success.
MERGE_STATE = """
INSERT INTO fetch_state AS f (source_id, uri, role, status, reason, detail, http_status, etag, last_modified,
                              sha256, raw_document_id, media_type, charset, published_at, published_from,
                              failures, retry_after, last_ingest_run_id, fetched_at)
SELECT %(source_id)s, uri, 'article',
       CASE WHEN failed AND %(max_failures)s <= 1 THEN 'quarantined' ELSE status END,
       reason, detail, http_status, etag, last_modified, sha256, raw_document_id, media_type, charset,
       published_at, published_from, CASE WHEN failed THEN 1 ELSE 0 END, retry_after, %(run)s, fetched_at
  FROM stage_fetch_state
ON CONFLICT (source_id, uri) DO UPDATE SET
    status = CASE
        WHEN EXCLUDED.failures = 1 AND (CASE WHEN f.last_ingest_run_id IS DISTINCT FROM %(run)s
                                        THEN f.failures + 1 ELSE greatest(f.failures, 1) END) >= %(max_failures)s
        THEN 'quarantined' ELSE EXCLUDED.status END,
    reason = EXCLUDED.reason,
    detail = EXCLUDED.detail,
    http_status = coalesce(EXCLUDED.http_status, f.http_status),
    etag = CASE WHEN EXCLUDED.status IN ('fetched', 'unchanged') THEN coalesce(EXCLUDED.etag, f.etag) ELSE f.etag END,
    last_modified = CASE WHEN EXCLUDED.status IN ('fetched', 'unchanged')
                         THEN coalesce(EXCLUDED.last_modified, f.last_modified) ELSE f.last_modified END,
    sha256 = coalesce(EXCLUDED.sha256, f.sha256),
    raw_document_id = coalesce(EXCLUDED.raw_document_id, f.raw_document_id),
    media_type = coalesce(EXCLUDED.media_type, f.media_type),
    charset = coalesce(EXCLUDED.charset, f.charset),
    published_at = coalesce(EXCLUDED.published_at, f.published_at),
    published_from = coalesce(EXCLUDED.published_from, f.published_from),
    failures = CASE WHEN EXCLUDED.failures = 0 THEN 0
                    WHEN f.last_ingest_run_id IS DISTINCT FROM %(run)s THEN f.failures + 1
                    ELSE greatest(f.failures, 1) END,
    retry_after = EXCLUDED.retry_after,
    last_ingest_run_id = %(run)s,
    fetched_at = coalesce(EXCLUDED.fetched_at, f.fetched_at),
    updated_at = now()
RETURNING uri, status, failures
"""


@dataclass(frozen=True)
class StateOutcome:
    quarantined: list[Rejection]  # items whose fetch failed for good, for the quarantine table
    failed: int
    skipped: int


def record_states(conn: psycopg.Connection, ingest_run_id: int, source_id: int, max_failures: int,
                  fetched: Sequence[tuple[Fetched, int]], unchanged: Sequence[Unchanged],
                  not_fetched: Sequence[NotFetched]) -> StateOutcome:
    """Upsert fetch_state for the outcomes of a chunk; returns the items now final failures."""
    now = datetime.now(UTC)
    rows: list[tuple[Any, ...]] = []
    for f, raw_id in fetched:
        h, raw = f.http, f.raw
        rows.append((f.listed_uri, "fetched", None, None, h.status, h.etag, h.last_modified, raw.sha256, raw_id,
                     h.media_type, h.charset, raw.item.published_at, raw.item.published_from, False, None,
                     h.fetched_at))
    for u in unchanged:
        h = u.http
        rows.append((u.item.uri, "unchanged", None, None, h.status, h.etag, h.last_modified, None, None, None, None,
                     u.item.published_at, u.item.published_from, False, None, h.fetched_at))
    for n in not_fetched:
        status = {"retry": "failed", "skip": "skipped", "quarantine": "quarantined"}[n.outcome]
        retry_after = now + timedelta(seconds=n.retry_after) if n.retry_after else None
        rows.append((n.item.uri, status, n.reason, n.detail[:2000], n.status, None, None, None, None, None, None,
                     n.item.published_at, n.item.published_from, n.outcome == "retry", retry_after, None))
    if not rows:
        return StateOutcome([], 0, 0)
    conn.execute(STAGE_STATE)
    with conn.cursor() as cur:
        copy_rows(cur, "stage_fetch_state", rows)
        final = {uri: failures for uri, status, failures in
                 cur.execute(MERGE_STATE, {"source_id": source_id, "run": ingest_run_id,
                                           "max_failures": max_failures}).fetchall() if status == "quarantined"}
    quarantined = []
    for n in not_fetched:
        if n.item.uri in final:
            detail = n.detail if n.outcome == "quarantine" else f"{n.detail} (failed in {final[n.item.uri]} runs)"
            empty = RawDocument(n.item, b"", EMPTY_SHA256, now)
            quarantined.append(Rejection(empty, "fetch", n.reason, detail))
    failed = sum(1 for n in not_fetched if n.outcome == "retry" and n.item.uri not in final)
    skipped = sum(1 for n in not_fetched if n.outcome == "skip")
    return StateOutcome(quarantined, failed, skipped)


# -- documents with HTTP metadata ----------------------------------------------------------------------

STAGE_FETCHED = """
CREATE TEMP TABLE IF NOT EXISTS stage_fetched (
    uri text, sha256 text, content bytea, size_bytes integer, published_at timestamptz, published_from text,
    read_at timestamptz, url text, final_url text, canonical_url text, http_status smallint, etag text,
    last_modified text, media_type text, declared_charset text, charset text, charset_from text,
    fetched_at timestamptz
) ON COMMIT DROP;
TRUNCATE stage_fetched
"""

FETCHED_COLUMNS = ("uri, sha256, content, size_bytes, published_at, published_from, read_at, url, final_url, "
                   "canonical_url, http_status, etag, last_modified, media_type, declared_charset, charset, "
                   "charset_from, fetched_at")

# The same bytes at the same location are one document: a refetch of them changes no row.
MERGE_FETCHED = f"""
WITH restored AS (  -- the same bytes fetched again after retention dropped them (sql/0008)
    UPDATE raw_documents d SET content = s.content, content_purged_at = NULL
      FROM stage_fetched s
     WHERE d.source_id = %(source_id)s AND d.uri = s.uri AND d.sha256 = s.sha256 AND d.content_purged_at IS NOT NULL
), inserted AS (
    INSERT INTO raw_documents (source_id, first_ingest_run_id, {FETCHED_COLUMNS})
    SELECT %(source_id)s, %(run)s, {FETCHED_COLUMNS} FROM stage_fetched
    ON CONFLICT (source_id, uri, sha256) DO NOTHING
    RETURNING id, uri, sha256
), documents AS (
    SELECT id, uri, sha256 FROM inserted
    UNION
    SELECT d.id, d.uri, d.sha256 FROM stage_fetched s
      JOIN raw_documents d ON d.source_id = %(source_id)s AND d.uri = s.uri AND d.sha256 = s.sha256
), linked AS (
    INSERT INTO ingest_run_documents (ingest_run_id, raw_document_id)
    SELECT %(run)s, id FROM documents
    ON CONFLICT (ingest_run_id, raw_document_id) DO UPDATE SET unchanged = false
)
SELECT id, uri, sha256 FROM documents
"""

# An unchanged document is tied to the run too; it is parsed again only if it never was (an earlier run
# stored it and failed before processing it).
LINK_UNCHANGED = """
INSERT INTO ingest_run_documents (ingest_run_id, raw_document_id, unchanged)
SELECT %(run)s, d.id,
       EXISTS (SELECT 1 FROM articles a WHERE a.raw_document_id = d.id)
       OR EXISTS (SELECT 1 FROM duplicates x WHERE x.raw_document_id = d.id)
       OR EXISTS (SELECT 1 FROM quarantine q WHERE q.raw_document_id = d.id)
  FROM raw_documents d WHERE d.id = ANY(%(ids)s)
ON CONFLICT (ingest_run_id, raw_document_id) DO UPDATE SET unchanged = EXCLUDED.unchanged
"""


def store_fetched(conn: psycopg.Connection, ingest_run_id: int, source_id: int,
                  fetched: Sequence[Fetched]) -> list[tuple[Fetched, int]]:
    """Keep each fetched body with its HTTP metadata (once per location and content), tied to the run."""
    if not fetched:
        return []
    conn.execute(STAGE_FETCHED)
    with conn.cursor() as cur:
        copy_rows(cur, "stage_fetched", (
            (f.raw.item.uri, f.raw.sha256, f.raw.content, len(f.raw.content), f.raw.item.published_at,
             f.raw.item.published_from, f.raw.read_at, f.http.url, f.http.final_url, f.http.canonical_url,
             f.http.status, f.http.etag, f.http.last_modified, f.raw.media_type, f.http.declared_charset,
             f.raw.charset, f.http.charset_from, f.http.fetched_at) for f in fetched))
        ids = {(uri, sha): raw_id for raw_id, uri, sha in
               cur.execute(MERGE_FETCHED, {"source_id": source_id, "run": ingest_run_id}).fetchall()}
    return [(f, ids[(f.raw.item.uri, f.raw.sha256)]) for f in fetched]


def link_unchanged(conn: psycopg.Connection, ingest_run_id: int, raw_ids: Sequence[int]) -> None:
    if raw_ids:
        conn.execute(LINK_UNCHANGED, {"run": ingest_run_id, "ids": list(raw_ids)})


# -- listing pages -------------------------------------------------------------------------------------

GET_LISTING = """
SELECT etag, last_modified, content, media_type, charset FROM fetch_state
 WHERE source_id = %s AND uri = %s AND role = 'listing' AND content IS NOT NULL
"""

PUT_LISTING = """
INSERT INTO fetch_state AS f (source_id, uri, role, status, http_status, etag, last_modified, sha256, content,
                              media_type, charset, fetched_at)
VALUES (%(source_id)s, %(uri)s, 'listing', 'fetched', 200, %(etag)s, %(last_modified)s, %(sha256)s, %(content)s,
        %(media_type)s, %(charset)s, now())
ON CONFLICT (source_id, uri) DO UPDATE SET
    status = 'fetched', http_status = 200, etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified,
    sha256 = EXCLUDED.sha256, content = EXCLUDED.content, media_type = EXCLUDED.media_type,
    charset = EXCLUDED.charset, fetched_at = now(), updated_at = now()
 WHERE f.sha256 IS DISTINCT FROM EXCLUDED.sha256 OR f.etag IS DISTINCT FROM EXCLUDED.etag
    OR f.last_modified IS DISTINCT FROM EXCLUDED.last_modified
"""


class DbListings:
    """Listing pages of a source kept in fetch_state (role 'listing'): the ListingCache of discovery."""

    def __init__(self, conn: psycopg.Connection, source_id: int) -> None:
        self.conn, self.source_id = conn, source_id

    def get(self, url: str) -> StoredListing | None:
        row = self.conn.execute(GET_LISTING, (self.source_id, url)).fetchone()
        return StoredListing(row[0], row[1], bytes(row[2]), row[3], row[4]) if row else None

    def put(self, url: str, listing: StoredListing) -> None:
        self.conn.execute(PUT_LISTING, {
            "source_id": self.source_id, "uri": url, "etag": listing.etag, "last_modified": listing.last_modified,
            "sha256": hashlib.sha256(listing.content).hexdigest(), "content": listing.content,
            "media_type": listing.media_type, "charset": listing.charset})
