"""Maintenance queries: retention of raw bytes, ANALYZE, stale locks and runs, the publisher summary refresh."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import psycopg
from psycopg import sql

from newsflow.db.migrate import LOCK_KEY as MIGRATION_LOCK
from newsflow.db.stories import STORY_LOCK

# The advisory locks newsflow takes, by key (all below 2**31: classid 0, objid the key).
ADVISORY_LOCKS = {STORY_LOCK: "story assignment", MIGRATION_LOCK: "migrations"}

# Documents whose bytes retention may drop: read before the cutoff, not taken by a run that is still running.
RETENTION_CANDIDATES = """
SELECT d.id, d.size_bytes FROM raw_documents d
 WHERE d.content_purged_at IS NULL AND d.read_at < %s AND octet_length(d.content) > 0
   AND NOT EXISTS (SELECT 1 FROM ingest_run_documents rd JOIN ingest_runs r ON r.id = rd.ingest_run_id
                    WHERE rd.raw_document_id = d.id AND r.status = 'running')
 ORDER BY d.id
"""

PURGE = """
UPDATE raw_documents SET content = ''::bytea, content_purged_at = now()
 WHERE id = ANY(%s) AND content_purged_at IS NULL
"""

ANALYZABLE = """
SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'm', 'p') AND pg_has_role(c.relowner, 'USAGE')
 ORDER BY c.relname
"""

STALE_LOCK_HOLDERS = """
SELECT l.pid, l.objid::bigint, a.state, coalesce(a.application_name, ''),
       extract(epoch FROM now() - a.state_change)::bigint
  FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
 WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objsubid = 1
   AND l.objid::bigint = ANY(%(keys)s)
   AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
   AND a.state <> 'active' AND a.state_change < now() - %(idle)s
   AND l.pid <> pg_backend_pid()
 ORDER BY l.pid
"""

TERMINATE = "SELECT pg_terminate_backend(%s)"

# A run still 'running' long after any task could (the worker died): closed as failed, marked stale.
STALE_RUNS = """
UPDATE ingest_runs SET status = 'failed', finished_at = now(), counts = counts || '{"stale": 1}'::jsonb
 WHERE status = 'running' AND started_at < now() - %s
RETURNING id
"""

REFRESH_PUBLISHER_DAILY = "REFRESH MATERIALIZED VIEW CONCURRENTLY publisher_daily_v"

PUBLISHER_DAILY_TOTALS = "SELECT count(*), coalesce(sum(articles), 0), count(DISTINCT publisher) FROM publisher_daily_v"


@dataclass(frozen=True)
class LockHolder:
    pid: int
    lock: str
    state: str
    application: str
    idle_seconds: int


def retention_candidates(conn: psycopg.Connection, cutoff: datetime) -> list[tuple[int, int]]:
    """(raw document id, size in bytes) of every document whose bytes retention drops."""
    return [(int(i), int(size)) for i, size in conn.execute(RETENTION_CANDIDATES, (cutoff,))]


def purge(conn: psycopg.Connection, ids: list[int]) -> int:
    return conn.execute(PURGE, (ids,)).rowcount


def analyzable_tables(conn: psycopg.Connection) -> list[str]:
    return [str(row[0]) for row in conn.execute(ANALYZABLE)]


def analyze(conn: psycopg.Connection, table: str) -> None:
    conn.execute(sql.SQL("ANALYZE {}").format(sql.Identifier(table)))


def stale_lock_holders(conn: psycopg.Connection, idle: timedelta) -> list[LockHolder]:
    rows = conn.execute(STALE_LOCK_HOLDERS, {"keys": list(ADVISORY_LOCKS), "idle": idle}).fetchall()
    return [LockHolder(int(pid), ADVISORY_LOCKS.get(int(key), str(key)), state, app, int(idle_s))
            for pid, key, state, app, idle_s in rows]


def terminate(conn: psycopg.Connection, pid: int) -> bool:
    row = conn.execute(TERMINATE, (pid,)).fetchone()
    return bool(row and row[0])


def close_stale_runs(conn: psycopg.Connection, older_than: timedelta) -> list[int]:
    return [int(row[0]) for row in conn.execute(STALE_RUNS, (older_than,))]


def refresh_publisher_daily(conn: psycopg.Connection) -> tuple[int, int, int]:
    """Refresh publisher_daily_v; returns (rows, articles, publishers) after the refresh."""
    conn.execute(REFRESH_PUBLISHER_DAILY)
    row = conn.execute(PUBLISHER_DAILY_TOTALS).fetchone()
    assert row is not None
    return int(row[0]), int(row[1]), int(row[2])
