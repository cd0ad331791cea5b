"""What the newsflow DAG files share (defines no DAG): the news DB connection and the articles asset."""

from __future__ import annotations

from airflow.sdk import Asset, BaseHook

NEWS_DB_CONN_ID = "news_db"

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
