"""Maintenance on a real PostgreSQL: retention of raw bytes, ANALYZE, stale locks and runs, the summary."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from expected_outcomes import all_days, outcomes

from newsflow import maintenance, pipeline
from newsflow.config import ConfigError
from newsflow.db import connect
from newsflow.db.stories import STORY_LOCK
from newsflow.maintenance import MaintenanceSettings, load_maintenance


def day(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def ingest(url: str, days: list[str]) -> None:
    for d in days:
        pipeline.ingest(url, "demo", day(d), day(d) + timedelta(days=1))


def age_documents(url: str, days: int) -> None:
    with connect(url) as conn:
        conn.execute("UPDATE raw_documents SET read_at = now() - %s", (timedelta(days=days),))


def rows(url: str, query: str) -> list[tuple[object, ...]]:
    with connect(url) as conn:
        return sorted(conn.execute(query).fetchall())


def test_retention_drops_old_bytes_keeps_the_rows_and_a_reread_restores_them(news_db: str) -> None:
    d = all_days()[-1]  # the day with the malformed files
    ingest(news_db, [d])
    articles = rows(news_db, "SELECT id, raw_document_id, key_sha256 FROM articles")
    with_bytes = rows(news_db, "SELECT id FROM raw_documents WHERE octet_length(content) > 0")
    age_documents(news_db, 400)

    assert maintenance.purge_raw_documents(news_db, 0)["purged"] == 0
    counts = maintenance.purge_raw_documents(news_db, 365)
    assert counts["purged"] == len(with_bytes) and counts["bytes"] > 0
    assert maintenance.purge_raw_documents(news_db, 365)["purged"] == 0  # idempotent
    empty = outcomes([d]).documents - len(with_bytes)  # an empty file has no bytes to drop
    assert rows(news_db, "SELECT octet_length(content) FROM raw_documents WHERE content_purged_at IS NULL") \
        == [(0,)] * empty

    reprocessed = pipeline.reprocess(news_db, "demo", day(d), day(d) + timedelta(days=1))
    assert reprocessed.counts["stored"] == empty  # purged documents are not parsed: no spurious quarantine
    assert rows(news_db, "SELECT id, raw_document_id, key_sha256 FROM articles") == articles

    ingest(news_db, [d])  # the same files read again bring their bytes back
    assert rows(news_db, "SELECT count(*) FROM raw_documents WHERE content_purged_at IS NOT NULL") == [(0,)]
    assert rows(news_db, "SELECT id, raw_document_id, key_sha256 FROM articles") == articles
    assert rows(news_db, "SELECT count(*) FROM quarantine") == [(outcomes([d]).quarantined,)]


def test_recent_documents_keep_their_bytes(news_db: str) -> None:
    ingest(news_db, all_days()[:1])
    assert maintenance.purge_raw_documents(news_db, 30)["purged"] == 0


def test_analyze_covers_every_table_and_logs_progress(news_db: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="newsflow")
    counts = maintenance.analyze(news_db)
    assert counts["tables"] >= 20
    messages = [r.getMessage() for r in caplog.records]
    assert f"analyze: {counts['tables']}/{counts['tables']} tables" in " ".join(messages)
    assert any(m.startswith("analyze done in") and f"tables={counts['tables']}" in m for m in messages)


def test_a_session_idle_while_holding_the_story_lock_is_ended(news_db: str) -> None:
    stuck = psycopg.connect(news_db, application_name="stuck-worker")
    try:
        stuck.execute("SELECT pg_advisory_xact_lock(%s)", (STORY_LOCK,))  # and then the worker hangs
        time.sleep(0.05)
        patient = MaintenanceSettings(stale_lock_minutes=60)
        assert maintenance.release_stale_locks(news_db, patient)["sessions_ended"] == 0
        counts = maintenance.release_stale_locks(news_db, MaintenanceSettings(stale_lock_minutes=0))
        assert counts["sessions_ended"] == 1
        with pytest.raises(psycopg.OperationalError):
            stuck.execute("SELECT 1")
    finally:
        stuck.close()


def test_a_run_left_running_by_a_dead_worker_is_closed_as_failed(news_db: str) -> None:
    d = all_days()[0]
    old = pipeline.begin(news_db, "demo", day(d), day(d) + timedelta(days=1))
    fresh = pipeline.begin(news_db, "demo", day(d) + timedelta(days=1), day(d) + timedelta(days=2))
    with connect(news_db) as conn:
        conn.execute("UPDATE ingest_runs SET started_at = now() - interval '13 hours' WHERE id = %s", (old,))
    assert maintenance.release_stale_locks(news_db)["runs_closed"] == 1
    assert rows(news_db, "SELECT id, status, counts->>'stale' FROM ingest_runs") == \
        [(old, "failed", "1"), (fresh, "running", None)]


def test_the_publisher_summary_counts_each_publishers_day(news_db: str) -> None:
    days = all_days()
    ingest(news_db, days)
    counts = maintenance.refresh_publisher_summary(news_db)
    expected = rows(news_db, """
        SELECT (published_at AT TIME ZONE 'UTC')::date, publisher_canonical, count(*)::int FROM articles
         WHERE publisher_canonical IS NOT NULL AND published_at IS NOT NULL GROUP BY 1, 2""")
    assert rows(news_db, "SELECT day, publisher, articles FROM publisher_daily_v") == expected
    assert counts == {"rows": len(expected), "articles": sum(n for *_, n in expected),  # type: ignore[misc]
                      "publishers": len({p for _, p, _ in expected})}
    total_duplicates = rows(news_db, "SELECT count(*) FROM duplicates d JOIN articles a ON a.id = d.article_id "
                                     "WHERE a.publisher_canonical IS NOT NULL")[0][0]
    assert rows(news_db, "SELECT sum(duplicates)::int FROM publisher_daily_v") == [(total_duplicates,)]


def test_maintenance_settings_come_from_the_sources_file(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text("[maintenance]\nraw_retention_days = 30\n")
    assert load_maintenance(path) == MaintenanceSettings(raw_retention_days=30)
    path.write_text("")
    assert load_maintenance(path) == MaintenanceSettings()


@pytest.mark.parametrize(("text", "message"), [
    ("[maintenance]\nretention = 3\n", r"unknown keys \['retention'\]"),
    ("[maintenance]\nraw_retention_days = -1\n", "raw_retention_days must be a whole number >= 0"),
    ("[maintenance]\nstale_run_hours = '12'\n", "stale_run_hours must be a whole number"),
], ids=["unknown-key", "negative", "not-a-number"])
def test_bad_maintenance_settings_are_refused(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_maintenance(path)
