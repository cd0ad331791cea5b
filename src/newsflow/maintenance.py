"""Keeping the news DB healthy: retention of raw bytes, ANALYZE, stale locks and runs; the publisher summary.

Settings are the `[maintenance]` table of the sources file (sources.toml, or NEWSFLOW_SOURCES):

    raw_retention_days = 365   # drop the bytes of raw documents read longer ago (0: keep them forever)
    stale_lock_minutes = 30    # end a session idle this long while it holds a newsflow advisory lock
    stale_run_hours = 12       # close as failed an ingest run still 'running' this long (its worker died)

Each function is one task of the DAG newsflow_maintenance (or newsflow_publisher_summary), logs its progress
and one summary line, and returns its counts.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newsflow.config import ConfigError, sources_file
from newsflow.db import connect
from newsflow.db import maintenance as db
from newsflow.progress import Progress, summary

log = logging.getLogger(__name__)

PURGE_CHUNK = 500  # documents per transaction


@dataclass(frozen=True)
class MaintenanceSettings:
    raw_retention_days: int = 365
    stale_lock_minutes: int = 30
    stale_run_hours: int = 12


def load_maintenance(path: Path | None = None) -> MaintenanceSettings:
    """The `[maintenance]` table of the sources file, defaults for what it leaves out."""
    path = path or sources_file()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8")).get("maintenance", {})
    except (FileNotFoundError, tomllib.TOMLDecodeError):
        data = {}  # load_sources reports a broken file
    where = f"{path}: [maintenance]"
    known = {f.name for f in fields(MaintenanceSettings)}
    if unknown := sorted(set(data) - known):
        raise ConfigError(f"{where}: unknown keys {unknown}; known: {sorted(known)}")
    for key, value in data.items():
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ConfigError(f"{where}: {key} must be a whole number >= 0, not {value!r}")
    return MaintenanceSettings(**data)


def purge_raw_documents(url: str, retention_days: int | None = None, *, now: datetime | None = None) -> dict[str, int]:
    """Drop the bytes of raw documents read more than `retention_days` ago (default: the settings; 0 keeps all).

    Rows stay: articles, duplicates and quarantine refer to them. Reading the same bytes again restores them;
    a reprocess of the window skips documents without bytes.
    """
    days = load_maintenance().raw_retention_days if retention_days is None else retention_days
    if days < 0:
        raise ConfigError(f"retention_days must be >= 0, not {days}")
    if days == 0:
        log.info("retention: raw_retention_days = 0, raw documents are kept forever")
        return {"retention_days": 0, "purged": 0, "bytes": 0}
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    with connect(url) as conn:
        candidates = db.retention_candidates(conn, cutoff)
    log.info("retention: %d raw documents read before %s keep bytes past %d days", len(candidates),
             cutoff.isoformat(), days)
    progress = Progress(log, "retention", len(candidates), "documents")
    purged = freed = 0
    for start in range(0, len(candidates), PURGE_CHUNK):
        chunk = candidates[start:start + PURGE_CHUNK]
        with connect(url) as conn:
            purged += db.purge(conn, [doc_id for doc_id, _size in chunk])
        freed += sum(size for _id, size in chunk)
        progress.advance(len(chunk))
    counts = {"retention_days": days, "purged": purged, "bytes": freed}
    log.info("retention done in %.1f s: %s", progress.seconds, summary(counts))
    return counts


def analyze(url: str) -> dict[str, int]:
    """ANALYZE every table and materialized view newsflow owns, one at a time."""
    with connect(url, autocommit=True) as conn:
        tables = db.analyzable_tables(conn)
        progress = Progress(log, "analyze", len(tables), "tables", every=2.0)
        for table in tables:
            db.analyze(conn, table)
            progress.advance()
    counts = {"tables": len(tables)}
    log.info("analyze done in %.1f s: %s", progress.seconds, summary(counts))
    return counts


def release_stale_locks(url: str, settings: MaintenanceSettings | None = None) -> dict[str, int]:
    """End sessions idle while holding a newsflow advisory lock; close ingest runs whose worker died."""
    settings = settings or load_maintenance()
    idle, stale = timedelta(minutes=settings.stale_lock_minutes), timedelta(hours=settings.stale_run_hours)
    ended = 0
    with connect(url, autocommit=True) as conn:
        for holder in db.stale_lock_holders(conn, idle):
            log.warning("ending session %s (%s, %s for %d s) holding the %s lock", holder.pid,
                        holder.application or "no application name", holder.state, holder.idle_seconds, holder.lock)
            ended += db.terminate(conn, holder.pid)
    with connect(url) as conn:
        closed = db.close_stale_runs(conn, stale)
    for run in closed:
        log.warning("ingest run %s was still 'running' after %s: closed as failed (stale)", run, stale)
    counts = {"sessions_ended": ended, "runs_closed": len(closed)}
    log.info("stale locks: %s", summary(counts))
    return counts


def refresh_publisher_summary(url: str) -> dict[str, int]:
    """Refresh publisher_daily_v (what newsflow_publisher_summary runs when articles were loaded)."""
    with connect(url) as conn:
        rows, articles, publishers = db.refresh_publisher_daily(conn)
    counts = {"rows": rows, "articles": articles, "publishers": publishers}
    log.info("publisher_daily_v refreshed: %s", summary(counts))
    return counts
