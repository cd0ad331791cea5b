"""
### newsflow_ingest

Ingests the news articles dated in each run's data interval from the sources configured in
`sources.toml` (`NEWSFLOW_SOURCES` names another file) into the news database (Airflow
connection `news_db`, else `DATABASE_URL`, else newsflow's embedded PostgreSQL).

Per source: **begin** registers the run for its data interval, **extract** reads the source's
documents into `raw_documents`, **process** parses, normalizes, deduplicates and loads them
(bad input goes to `quarantine`), **finish** closes the run with its counts in `ingest_runs`.
Every task is idempotent: rerunning a run or a backfill leaves the same rows.

Sources on the default schedule (`NEWSFLOW_SCHEDULE`, daily at 00:00 UTC) run here, mapped;
a source with its own `schedule` gets its own DAG `newsflow_ingest_<source>`.
Backfill from the UI (Trigger -> Backfill) or `airflow backfill create --dag-id newsflow_ingest`.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from airflow.sdk import BaseHook, CronDataIntervalTimetable, dag, get_current_context, task

from newsflow.config import DEFAULT_SCHEDULE, load_sources

NEWS_DB_CONN_ID = "news_db"
SCHEDULE = os.environ.get("NEWSFLOW_SCHEDULE", DEFAULT_SCHEDULE)

DEFAULT_ARGS = {
    "owner": "newsflow",
    "retries": 3,
    "retry_delay": timedelta(seconds=30),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(minutes=10),
    "execution_timeout": timedelta(hours=1),
}


def news_db_url() -> str:
    """The news DB: the `news_db` connection when it exists, else newsflow's own resolution."""
    from airflow.sdk.exceptions import AirflowNotFoundException

    from newsflow.db import resolve_url

    try:
        return BaseHook.get_connection(NEWS_DB_CONN_ID).get_uri()
    except AirflowNotFoundException:
        return resolve_url()


def _interval() -> tuple[datetime, datetime, str, str]:
    context = get_current_context()
    start, end = context["data_interval_start"], context["data_interval_end"]
    if start is None or end is None:
        raise ValueError("this DAG needs a data interval; schedule it with CronDataIntervalTimetable")
    return start, end, context["dag"].dag_id, context["run_id"]


def build_ingest_dag(dag_id: str, schedule: str, sources: list[str]):  # type: ignore[no-untyped-def]
    @dag(
        dag_id=dag_id,
        schedule=CronDataIntervalTimetable(schedule, timezone="UTC"),
        start_date=datetime(2025, 1, 1),
        catchup=False,
        max_active_runs=2,
        default_args=DEFAULT_ARGS,
        tags=["newsflow", "ingest"],
        doc_md=__doc__,
    )
    def ingest():  # type: ignore[no-untyped-def]
        @task
        def begin(source: str) -> int:
            from newsflow import pipeline

            start, end, this_dag, run_id = _interval()
            return pipeline.begin(news_db_url(), source, start, end, dag_id=this_dag, run_id=run_id)

        @task
        def extract(ingest_run_id: int) -> int:
            from newsflow import pipeline

            pipeline.extract(news_db_url(), ingest_run_id)
            return ingest_run_id

        @task
        def process(ingest_run_id: int) -> int:
            from newsflow import pipeline

            pipeline.process(news_db_url(), ingest_run_id)
            return ingest_run_id

        @task
        def finish(ingest_run_id: int) -> dict[str, int]:
            from newsflow import pipeline

            return {"ingest_run_id": ingest_run_id, **pipeline.finish(news_db_url(), ingest_run_id)}

        runs = begin.expand(source=sources)
        finish.expand(ingest_run_id=process.expand(ingest_run_id=extract.expand(ingest_run_id=runs)))

    return ingest()


def _by_schedule() -> dict[str, tuple[str, list[str]]]:
    """DAG id -> (schedule, source names)."""
    dags: dict[str, tuple[str, list[str]]] = {"newsflow_ingest": (SCHEDULE, [])}
    for name, source in load_sources().items():
        if source.schedule == SCHEDULE:
            dags["newsflow_ingest"][1].append(name)
        else:
            dags[f"newsflow_ingest_{name}"] = (source.schedule, [name])
    return {dag_id: spec for dag_id, spec in dags.items() if spec[1]}


for _dag_id, (_schedule, _sources) in _by_schedule().items():
    globals()[_dag_id] = build_ingest_dag(_dag_id, _schedule, _sources)
