"""Backfills on a real Airflow through its REST API: three days of the demo source, then the same days again
with reprocessing, clearing a task and a whole run; the runs execute on the Celery worker, and the asset
they update schedules the publisher summary."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from e2e_stack import INGEST_DAG, SUMMARY_DAG, Airflow, days, skip_or_fail
from expected_outcomes import outcomes

from newsflow.db import connect

pytestmark = [pytest.mark.e2e, pytest.mark.airflow]

FIRST = date(2025, 11, 17)
DAYS = days(FIRST, 3)
LAST = DAYS[-1]
ROWS = {
    "articles": "SELECT id, raw_document_id, key_sha256, title, body_normalized, published_at FROM articles",
    "duplicates": "SELECT raw_document_id, article_id, relation FROM duplicates",
    "quarantine": "SELECT uri, stage, reason, sha256 FROM quarantine",
    "stories": "SELECT article_id, story_id, relation FROM story_members",
    "raw_documents": "SELECT id, uri, sha256 FROM raw_documents",
}


def rows(airflow: Airflow) -> dict[str, list[tuple[Any, ...]]]:
    with connect(airflow.news_db) as conn:
        return {name: sorted(conn.execute(query).fetchall()) for name, query in ROWS.items()}


def runs_by_day(airflow: Airflow) -> dict[date, tuple[str, str, int, dict[str, int]]]:
    """The news DB's ingest runs of the backfilled days: day -> (status, mode, attempts, counts)."""
    with connect(airflow.news_db) as conn:
        found = conn.execute(
            "SELECT interval_start, status, mode, attempts, counts FROM ingest_runs "
            "WHERE dag_id = %s AND interval_start >= %s AND interval_start < %s AND interval_end - interval_start "
            "= interval '1 day'", (INGEST_DAG, FIRST, LAST + timedelta(days=1))).fetchall()
    return {start.date(): (status, mode, attempts, counts) for start, status, mode, attempts, counts in found}


@pytest.fixture(scope="module")
def backfilled(airflow_stack: Airflow) -> Iterator[Airflow]:
    """The first backfill of the three days, through POST /api/v2/backfills (conf: the demo source only)."""
    backfill = airflow_stack.backfill(FIRST, LAST, conf={"source": "demo"})
    assert backfill["dag_id"] == INGEST_DAG and backfill["completed_at"]
    yield airflow_stack


def test_a_rest_backfill_loads_each_day(backfilled: Airflow) -> None:
    runs = backfilled.runs(FIRST, LAST)
    assert sorted(run["logical_date"][:10] for run in runs) == [d.isoformat() for d in DAYS]
    assert {run["state"] for run in runs} == {"success"}
    assert {run["run_type"] for run in runs} == {"backfill"}

    per_day = runs_by_day(backfilled)
    assert sorted(per_day) == DAYS
    for day in DAYS:
        status, mode, attempts, counts = per_day[day]
        want = outcomes([day.isoformat()])
        assert (status, mode, attempts) == ("success", "ingest", 1), day
        assert (counts["discovered"], counts["quarantined"]) == (want.documents, want.quarantined), day
        # which copy of a cross-day repeat is the article depends on which run loaded first; together they agree
        assert counts["articles"] + counts["duplicates"] == want.documents - want.quarantined, day
    with connect(backfilled.news_db) as conn:
        loaded = conn.execute("SELECT count(*) FROM articles").fetchone()
    assert loaded == (outcomes([d.isoformat() for d in DAYS]).articles,)


def test_task_logs_show_progress_and_a_summary(backfilled: Airflow) -> None:
    run = next(r for r in backfilled.runs(FIRST, FIRST))
    path = f"/api/v2/dags/{INGEST_DAG}/dagRuns/{run['dag_run_id']}/taskInstances/demo.process/logs/1"
    log = str(backfilled.api.json("GET", path, params={"full_content": True}))
    documents = outcomes([FIRST.isoformat()]).documents
    assert f"processed {documents}/{documents} documents" in log
    assert "process: processed=" in log


def test_a_second_backfill_with_reprocessing_leaves_identical_rows(backfilled: Airflow) -> None:
    before, runs_before = rows(backfilled), runs_by_day(backfilled)
    backfill = backfilled.backfill(FIRST, LAST, reprocess="completed", conf={"source": "demo", "reprocess": True})
    assert backfill["reprocess_behavior"] == "completed"
    assert {run["state"] for run in backfilled.runs(FIRST, LAST)} == {"success"}
    assert rows(backfilled) == before
    after = runs_by_day(backfilled)
    assert sorted(after) == sorted(runs_before)
    assert {(status, mode) for status, mode, _attempts, _counts in after.values()} == {("success", "reprocess")}
    assert all(after[d][2] == runs_before[d][2] + 1 for d in DAYS)


def clear_and_wait(airflow: Airflow, run_id: str, body: dict[str, Any] | None = None) -> None:
    """Clear through the API, as the UI's Clear buttons do (the run is queued again at once), and wait for it."""
    if body is None:
        airflow.api.json("POST", f"/api/v2/dags/{INGEST_DAG}/dagRuns/{run_id}/clear", json={"dry_run": False})
    else:
        airflow.api.json("POST", f"/api/v2/dags/{INGEST_DAG}/clearTaskInstances", json=body)
    assert airflow.wait_run(run_id)["state"] == "success"


@pytest.mark.parametrize("scope", ["task", "run"], ids=["clear-one-task-and-downstream", "clear-the-whole-run"])
def test_clearing_and_rerunning_changes_no_row_counts(backfilled: Airflow, scope: str) -> None:
    run = next(r for r in backfilled.runs(DAYS[1], DAYS[1]))
    run_id = run["dag_run_id"]
    counts, before = backfilled.counts(), rows(backfilled)
    attempts = runs_by_day(backfilled)[DAYS[1]][2]
    tries = {(ti["task_id"], ti["map_index"]): ti["try_number"] for ti in backfilled.task_instances(run_id)}
    if scope == "task":
        clear_and_wait(backfilled, run_id, {"dag_run_id": run_id, "task_ids": ["demo.process"], "dry_run": False,
                                            "only_failed": False, "include_downstream": True, "reset_dag_runs": True})
    else:
        clear_and_wait(backfilled, run_id)
    after = {(ti["task_id"], ti["map_index"]): ti["try_number"] for ti in backfilled.task_instances(run_id)}
    reran = {task for (task, index), n in after.items() if n > tries[task, index]}
    if scope == "task":
        assert reran == {"demo.process", "demo.finish"}
        assert runs_by_day(backfilled)[DAYS[1]][2] == attempts  # begin did not run again
    else:
        assert reran == {task for task, _index in tries}
        assert runs_by_day(backfilled)[DAYS[1]][2] == attempts + 1  # begin ran again
    assert backfilled.counts() == counts
    assert rows(backfilled) == before


def test_the_runs_executed_on_the_celery_worker(backfilled: Airflow) -> None:
    if backfilled.executor != "CeleryExecutor":
        skip_or_fail("no Redis answers on 127.0.0.1:6379, so the stack runs the LocalExecutor")
    run = next(r for r in backfilled.runs(LAST, LAST))
    instances = backfilled.task_instances(run["dag_run_id"])
    assert instances and {ti["state"] for ti in instances} == {"success"}
    assert {ti["queue"] for ti in instances} == {backfilled.queue}  # only this session's worker serves it
    worker_log = (backfilled.logs / "celery-worker.log").read_text(errors="replace")
    assert "execute_workload" in worker_log and backfilled.queue in worker_log


def test_loads_update_the_asset_that_schedules_the_publisher_summary(backfilled: Airflow) -> None:
    loads = {r["dag_run_id"] for r in backfilled.runs(FIRST, LAST)}
    events = backfilled.api.json("GET", "/api/v2/assets/events", params={"source_dag_id": INGEST_DAG, "limit": 1000})
    ours = [e for e in events["asset_events"] if e["source_run_id"] in loads]  # not the scheduled run's
    assert {e["source_run_id"] for e in ours} == loads
    assert {(e["source_task_id"], e["name"]) for e in ours} == {("demo.finish", "newsflow_articles")}
    with connect(backfilled.news_db) as conn:
        published = conn.execute("SELECT count(*) FROM articles WHERE publisher_canonical IS NOT NULL").fetchone()
    deadline = time.monotonic() + 120
    while True:  # every load queues a refresh; wait for the one that saw the last load
        runs = backfilled.api.json("GET", f"/api/v2/dags/{SUMMARY_DAG}/dagRuns", params={"limit": 100})["dag_runs"]
        with connect(backfilled.news_db) as conn:
            summarized = conn.execute("SELECT coalesce(sum(articles), 0) FROM publisher_daily_v").fetchone()
        if summarized == published and any(r["state"] == "success" and r["run_type"] == "asset_triggered"
                                           for r in runs):
            break
        backfilled.alive()
        assert time.monotonic() < deadline, f"publisher_daily_v has {summarized}, not {published}; runs: {runs}"
        time.sleep(2)
    assert published is not None and published[0] > 0
    events = backfilled.api.json("GET", "/api/v2/assets/events", params={"source_dag_id": INGEST_DAG, "limit": 1000})
    triggered = {d["dag_id"] for e in events["asset_events"] for d in e["created_dagruns"]}
    assert triggered == {SUMMARY_DAG}
