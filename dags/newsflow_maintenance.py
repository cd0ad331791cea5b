"""
### newsflow_maintenance

Keeps the news database healthy, daily at 02:30 UTC. Each task is one call into `newsflow.maintenance`, logs
its progress (done of total, rate) and one summary line:

- **release_stale_locks** ends database sessions that sit idle for `stale_lock_minutes` while holding a
  newsflow advisory lock (story assignment, migrations), and closes as failed the ingest runs still
  `running` after `stale_run_hours` (their worker died);
- **purge_raw_documents** drops the bytes of raw documents read more than `raw_retention_days` ago (the
  rows stay: articles, duplicates and quarantine refer to them; 0 keeps everything). The Param
  `retention_days` overrides the setting for one manual run;
- **analyze** runs `ANALYZE` on every newsflow table and the materialized summary.

Settings: the `[maintenance]` table of `sources.toml`. Safe to rerun or clear at any time.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from airflow.sdk import CronDataIntervalTimetable, Param, chain, dag, task
from newsflow_common import default_args, news_db_url

DEFAULT_ARGS = default_args(timedelta(hours=2), retries=2, retry_delay=timedelta(minutes=1))


@dag(
    schedule=CronDataIntervalTimetable("30 2 * * *", timezone="UTC"),
    start_date=datetime(2025, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["newsflow", "maintenance"],
    doc_md=__doc__,
    params={
        "retention_days": Param(
            None, type=["null", "integer"], minimum=0, title="Retention (days)",
            description="Drop the bytes of raw documents read more than this many days ago (0: keep all). "
                        "Empty: raw_retention_days of [maintenance] in sources.toml.",
        ),
    },
)
def newsflow_maintenance():  # type: ignore[no-untyped-def]
    @task
    def release_stale_locks() -> dict[str, int]:
        from newsflow import maintenance

        return maintenance.release_stale_locks(news_db_url())

    @task
    def purge_raw_documents(params: dict[str, Any] | None = None) -> dict[str, int]:
        from newsflow import maintenance

        return maintenance.purge_raw_documents(news_db_url(), (params or {}).get("retention_days"))

    @task
    def analyze() -> dict[str, int]:
        from newsflow import maintenance

        return maintenance.analyze(news_db_url())

    # stale locks first (a stuck session would block the purge), statistics last (after the purge)
    chain(release_stale_locks(), purge_raw_documents(), analyze())


newsflow_maintenance()
