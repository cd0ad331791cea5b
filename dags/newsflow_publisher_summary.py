"""
### newsflow_publisher_summary

Refreshes `publisher_daily_v` (one row per publisher and UTC day: articles, stories, exact repeats,
photos) whenever an ingest DAG has loaded articles. Data-aware: the DAG is scheduled on the asset
`newsflow_articles`, which the finish task of every ingest DAG updates; loads that land close together
make one refresh. The refresh is concurrent (`REFRESH MATERIALIZED VIEW CONCURRENTLY`): readers see the
previous rows until it commits. Idempotent: clear or rerun it at will.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import dag, task
from newsflow_common import ARTICLES, default_args, news_db_url

DEFAULT_ARGS = default_args(timedelta(minutes=30))


@dag(
    schedule=[ARTICLES],
    start_date=datetime(2025, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["newsflow", "consumer"],
    doc_md=__doc__,
)
def newsflow_publisher_summary():  # type: ignore[no-untyped-def]
    @task
    def refresh() -> dict[str, int]:
        from newsflow import maintenance

        return maintenance.refresh_publisher_summary(news_db_url())

    refresh()


newsflow_publisher_summary()
