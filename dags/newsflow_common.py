"""What the newsflow DAG files share (defines no DAG): task defaults, the news DB connection, the articles asset."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from airflow.sdk import Asset, BaseHook

NEWS_DB_CONN_ID = "news_db"


def default_args(execution_timeout: timedelta, retries: int = 3,
                 retry_delay: timedelta = timedelta(seconds=30)) -> dict[str, Any]:
    """Every newsflow task: owner newsflow, retries with exponential backoff (at most 10 minutes apart), a timeout."""
    return {
        "owner": "newsflow",
        "retries": retries,
        "retry_delay": retry_delay,
        "retry_exponential_backoff": True,
        "max_retry_delay": timedelta(minutes=10),
        "execution_timeout": execution_timeout,
    }

# Updated by the finish task of every ingest DAG when a run has loaded its window; the DAG
# newsflow_publisher_summary is scheduled on it (data-aware scheduling).
ARTICLES = Asset(name="newsflow_articles", uri="newsflow://news/articles")


def news_db_url() -> str:
    """The news DB: the connection `news_db` when it exists, else newsflow's own resolution."""
    from airflow.sdk.exceptions import AirflowNotFoundException

    from newsflow.db import resolve_url

    try:
        return BaseHook.get_connection(NEWS_DB_CONN_ID).get_uri()
    except AirflowNotFoundException:
        return resolve_url()
