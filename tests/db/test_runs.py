"""A DAG run's Params on a real PostgreSQL: one source, a window, a dry run, reprocessing from raw."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from expected_outcomes import all_days, outcomes

from newsflow import pipeline, runs
from newsflow.db import connect
from newsflow.db.store import table_counts

DAG_ID = "newsflow_ingest"
SNAPSHOT = {
    "articles": "SELECT id, raw_document_id, key_sha256, title, body_normalized, published_at FROM articles",
    "duplicates": "SELECT raw_document_id, article_id, relation FROM duplicates",
    "quarantine": "SELECT uri, stage, reason, sha256 FROM quarantine",
    "story_members": "SELECT article_id, story_id, relation, similarity FROM story_members",
    "stories": "SELECT id, canonical_article_id FROM stories",
    "raw_documents": "SELECT id, uri, sha256 FROM raw_documents",
}


def day(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def run_like_the_dag(url: str, start: datetime, end: datetime, params: dict[str, Any],
                     source: str = "demo") -> dict[str, int]:
    """begin, discover, fetch each batch, process, finish: the ingest DAG's tasks in a row."""
    run = runs.begin(url, source, start, end, params, dag_id=DAG_ID, run_id=f"test__{start.date()}",
                     sources=["demo"])
    for batch in runs.discover(url, run):
        pipeline.fetch_batch(url, run, batch)
    pipeline.process(url, run)
    return pipeline.finish(url, run)


def snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    with connect(url) as conn:
        return {name: sorted(conn.execute(query).fetchall()) for name, query in SNAPSHOT.items()}


def test_a_run_for_another_source_skips_this_one_and_writes_nothing(news_db: str) -> None:
    with pytest.raises(runs.SkipSource, match="this run is for source 'wire' only; demo is skipped"):
        runs.begin(news_db, "demo", day("2025-11-17"), day("2025-11-18"), {"source": "wire"}, dag_id=DAG_ID,
                   run_id="manual")
    with connect(news_db) as conn:
        assert table_counts(conn)["ingest_runs"] == 0


def test_a_dry_run_logs_what_it_would_read_and_writes_nothing(news_db: str, caplog: pytest.LogCaptureFixture) -> None:
    d = all_days()[0]
    caplog.set_level(logging.INFO, logger="newsflow")
    with pytest.raises(runs.SkipSource, match=rf"dry run: {outcomes([d]).documents} items of demo dated in"):
        runs.begin(news_db, "demo", day(d), day(d) + timedelta(days=1), {"dry_run": True}, dag_id=DAG_ID,
                   run_id="manual")
    assert sum("dry run: would read" in r.getMessage() for r in caplog.records) == outcomes([d]).documents
    with connect(news_db) as conn:
        assert not any(table_counts(conn).values())


def test_a_window_param_replaces_the_data_interval(news_db: str) -> None:
    days = all_days()[:2]
    counts = run_like_the_dag(news_db, day("2030-01-01"), day("2030-01-02"),
                              {"window_start": days[0], "window_end": (day(days[1]) + timedelta(days=1)).date()})
    assert counts["articles"] == outcomes(days).articles
    with connect(news_db) as conn:
        row = conn.execute("SELECT interval_start, interval_end, mode, params->>'window_start' FROM ingest_runs"
                           ).fetchone()
    assert row == (day(days[0]), day(days[1]) + timedelta(days=1), "ingest", f"{days[0]}T00:00:00+00:00")


def test_reprocessing_from_raw_reads_no_source_and_leaves_identical_rows(news_db: str) -> None:
    days = all_days()
    for d in days:
        run_like_the_dag(news_db, day(d), day(d) + timedelta(days=1), {})
    before = snapshot(news_db)
    for d in days:
        counts = run_like_the_dag(news_db, day(d), day(d) + timedelta(days=1), {"reprocess": True})
        assert counts["stored"] == outcomes([d]).documents  # every stored document, none read again
    assert snapshot(news_db) == before
    with connect(news_db) as conn:
        modes = conn.execute("SELECT mode, count(*), min(attempts) FROM ingest_runs GROUP BY mode").fetchall()
    assert modes == [("reprocess", len(days), 2)]


def test_a_dry_run_of_a_reprocess_counts_the_stored_documents(news_db: str) -> None:
    d = all_days()[0]
    run_like_the_dag(news_db, day(d), day(d) + timedelta(days=1), {})
    report = runs.dry_run(news_db, "demo", day(d), day(d) + timedelta(days=1), reprocess=True)
    assert f"would parse {outcomes([d]).documents} stored documents (0 without bytes" in report
