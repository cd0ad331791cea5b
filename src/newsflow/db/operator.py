"""What the operator page shows: recent ingest runs with their counts, the quarantine, the newest stories."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import class_row

PREVIEW_BYTES = 600


@dataclass(frozen=True)
class RunRow:
    id: int
    dag_id: str
    run_id: str
    source: str
    interval_start: datetime
    interval_end: datetime
    status: str
    mode: str
    attempts: int
    started_at: datetime
    finished_at: datetime | None
    counts: dict[str, Any]


@dataclass(frozen=True)
class QuarantineRow:
    id: int
    source: str
    uri: str
    stage: str
    reason: str
    detail: str
    size_bytes: int
    created_at: datetime
    ingest_run_id: int | None
    preview: bytes


@dataclass(frozen=True)
class StoryRow:
    story_id: int
    title: str
    publisher: str | None
    published_at: datetime | None
    last_published_at: datetime | None
    articles: int
    versions: int
    relations: dict[str, int]


@dataclass(frozen=True)
class Overview:
    runs: list[RunRow]
    quarantine: list[QuarantineRow]
    stories: list[StoryRow]
    totals: dict[str, int]  # table -> rows, at most COUNT_BOUND + 1; runs_<status> -> runs


RECENT_RUNS = """
SELECT r.id, r.dag_id, r.run_id, s.name AS source, r.interval_start, r.interval_end, r.status, r.mode, r.attempts,
       r.started_at, r.finished_at, r.counts
  FROM ingest_runs r JOIN sources s ON s.id = r.source_id
 ORDER BY r.started_at DESC, r.id DESC
 LIMIT %s
"""

RECENT_QUARANTINE = """
SELECT q.id, s.name AS source, q.uri, q.stage, q.reason, q.detail, octet_length(q.content) AS size_bytes,
       q.created_at, q.ingest_run_id, substring(q.content FROM 1 FOR %s) AS preview
  FROM quarantine q JOIN sources s ON s.id = q.source_id
 ORDER BY q.created_at DESC, q.id DESC
 LIMIT %s
"""

# The newest stories by their canonical article's publication (articles_published_at_idx), then their counts.
NEWEST_STORIES = """
SELECT v.story_id, v.title, v.publisher_canonical AS publisher, v.published_at, v.last_published_at, v.articles,
       v.versions, v.relations
  FROM stories_v v
 WHERE v.story_id = ANY(ARRAY(
        SELECT s.id FROM stories s JOIN articles a ON a.id = s.canonical_article_id
         ORDER BY a.published_at DESC NULLS LAST, s.id DESC LIMIT %s))
 ORDER BY v.published_at DESC NULLS LAST, v.story_id DESC
"""

# Counted up to a bound: an exact count of a big table costs more than a page view should.
BOUNDED_COUNT = sql.SQL("SELECT count(*) FROM (SELECT 1 FROM {} LIMIT %s) t")
COUNT_BOUND = 100_000
RUN_STATES = "SELECT status, count(*) FROM ingest_runs GROUP BY status"

TOTAL_TABLES = ["articles", "stories", "raw_documents", "quarantine"]


def overview(conn: psycopg.Connection, limit: int = 25) -> Overview:
    with conn.cursor(row_factory=class_row(RunRow)) as cur:
        runs = cur.execute(RECENT_RUNS, (limit,)).fetchall()
    with conn.cursor(row_factory=class_row(QuarantineRow)) as cur:
        quarantine = cur.execute(RECENT_QUARANTINE, (PREVIEW_BYTES, limit)).fetchall()
    with conn.cursor(row_factory=class_row(StoryRow)) as cur:
        stories = cur.execute(NEWEST_STORIES, (limit,)).fetchall()
    totals = {}
    for table in TOTAL_TABLES:
        row = conn.execute(BOUNDED_COUNT.format(sql.Identifier(table)), (COUNT_BOUND + 1,)).fetchone()
        totals[table] = int(row[0]) if row else 0
    totals.update({f"runs_{status}": int(n) for status, n in conn.execute(RUN_STATES)})
    return Overview(runs, quarantine, stories, totals)
