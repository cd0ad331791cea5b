"""
### newsflow_ingest

Ingests the news articles dated in each run's data interval from the sources configured in
`sources.toml` (`NEWSFLOW_SOURCES` names another file) into the news database (Airflow
connection `news_db`, else `DATABASE_URL`, else newsflow's embedded PostgreSQL).

Per source (a task group named after it): **begin** registers the run for its data interval,
**discover** lists the interval's items (and failed items of earlier runs) in batches, **fetch**
reads or downloads each batch into `raw_documents` (mapped, one task per batch, in the pool
`newsflow_http`; a failed item is retried by the next run or quarantined, never fails its batch),
**process** parses, normalizes, deduplicates and loads them (bad input goes to `quarantine`),
**finish** closes the run with its counts in `ingest_runs`. Every task is idempotent: rerunning a
run or a backfill leaves the same rows, and unchanged web pages are not downloaded again.

Sources on the default schedule (`NEWSFLOW_SCHEDULE`, daily at 00:00 UTC) run here; a source with
its own `schedule` gets its own DAG `newsflow_ingest_<source>`, and one with `dag = "ID"` the DAG ID.
Backfill from the UI (Trigger -> Backfill) or `airflow backfill create --dag-id newsflow_ingest`.

Params (trigger form or a backfill's run conf): `source` runs one source of the DAG (the others are
skipped), `window_start`/`window_end` replace the data interval, `dry_run` logs what would be read and
writes nothing, `reprocess` parses the stored raw documents again instead of reading the source.
Every successful **finish** updates the asset `newsflow_articles` (newsflow_publisher_summary runs on it).
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from typing import Any

from airflow.sdk import CronDataIntervalTimetable, Param, TaskGroup, dag, get_current_context, task
from newsflow_common import ARTICLES, default_args, news_db_url

from newsflow.config import DEFAULT_SCHEDULE, load_sources
from newsflow.params import param_schemas

HTTP_POOL = "newsflow_http"  # bounds the fetch tasks running at once (make run and compose create it)
SCHEDULE = os.environ.get("NEWSFLOW_SCHEDULE", DEFAULT_SCHEDULE)

DEFAULT_ARGS = default_args(timedelta(hours=1))


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
        params={name: Param(**spec) for name, spec in param_schemas(sources).items()},  # newsflow.params
    )
    def ingest():  # type: ignore[no-untyped-def]
        @task
        def begin(source: str, params: dict[str, Any] | None = None) -> int:
            from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException

            from newsflow import runs

            start, end, this_dag, run_id = _interval()
            try:  # the run's Params: another source or a dry run skip this group; contradictions fail, no retry
                return runs.begin(news_db_url(), source, start, end, params or {}, dag_id=this_dag, run_id=run_id,
                                  sources=sources)
            except runs.SkipSource as why:
                raise AirflowSkipException(str(why)) from why
            except runs.InvalidParams as why:
                raise AirflowFailException(str(why)) from why

        @task
        def discover(ingest_run_id: int) -> list[int]:
            from newsflow import runs

            return runs.discover(news_db_url(), ingest_run_id)  # a reprocess run takes the stored documents

        @task(pool=HTTP_POOL)
        def fetch(ingest_run_id: int, batch: int) -> dict[str, int]:
            from newsflow import pipeline

            return pipeline.fetch_batch(news_db_url(), ingest_run_id, batch)

        @task
        def process(ingest_run_id: int, fetched: list[dict[str, int]]) -> int:
            from newsflow import pipeline

            pipeline.process(news_db_url(), ingest_run_id)
            return ingest_run_id

        @task(outlets=[ARTICLES])  # schedules newsflow_publisher_summary
        def finish(ingest_run_id: int) -> dict[str, int]:
            from newsflow import pipeline

            return {"ingest_run_id": ingest_run_id, **pipeline.finish(news_db_url(), ingest_run_id)}

        for source in sources:
            with TaskGroup(group_id=source):
                run = begin(source)
                fetched = fetch.partial(ingest_run_id=run).expand(batch=discover(run))
                finish(process(run, fetched))

    return ingest()


def _by_schedule() -> dict[str, tuple[str, list[str]]]:
    """DAG id -> (schedule, source names)."""
    dags: dict[str, tuple[str, list[str]]] = {}  # a DAG's schedule is its first source's
    for name, source in load_sources().items():
        dag_id = source.dag or ("newsflow_ingest" if source.schedule == SCHEDULE else f"newsflow_ingest_{name}")
        schedule, names = dags.setdefault(dag_id, (source.schedule, []))
        if schedule != source.schedule:
            raise ValueError(f"sources of DAG {dag_id} need one schedule: {names[0]} has {schedule!r}, "
                             f"{name} {source.schedule!r}")
        names.append(name)
    return dags


for _dag_id, (_schedule, _sources) in _by_schedule().items():
    globals()[_dag_id] = build_ingest_dag(_dag_id, _schedule, _sources)
