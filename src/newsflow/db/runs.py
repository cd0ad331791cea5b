"""How an ingest run was asked for (its mode), and what a dry run reports. Callers own the transaction."""

from __future__ import annotations

from datetime import datetime

import psycopg

MODE = "SELECT mode FROM ingest_runs WHERE id = %s"

# What a reprocess of the window would take (the documents LINK_STORED links), for a dry run.
STORED_IN_WINDOW = """
SELECT count(*) FILTER (WHERE d.content_purged_at IS NULL), count(*) FILTER (WHERE d.content_purged_at IS NOT NULL)
  FROM raw_documents d JOIN sources s ON s.id = d.source_id
 WHERE s.name = %s AND d.published_at >= %s AND d.published_at < %s
"""


def mode(conn: psycopg.Connection, ingest_run_id: int) -> str | None:
    row = conn.execute(MODE, (ingest_run_id,)).fetchone()
    return str(row[0]) if row else None


def stored_in_window(conn: psycopg.Connection, source: str, start: datetime, end: datetime) -> tuple[int, int]:
    """(documents a reprocess of the window would parse, documents whose bytes retention dropped)."""
    row = conn.execute(STORED_IN_WINDOW, (source, start, end)).fetchone()
    return (int(row[0]), int(row[1])) if row else (0, 0)
