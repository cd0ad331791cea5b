"""The web DAG on real Airflow: fetch is mapped per batch in the pool newsflow_http, against the demo site."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from expected_outcomes import outcomes
from faultsite import DemoSite, write_sources
from golden_cases import DEMO

from newsflow.site.demo import article_pages

pytest.importorskip("airflow")
pytestmark = pytest.mark.airflow

DAGS = Path(__file__).resolve().parents[2] / "dags"
DAY = datetime(2025, 11, 18, tzinfo=UTC)


@pytest.fixture
def site_dag(airflow_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    from airflow.dag_processing.dagbag import DagBag

    site = DemoSite()
    sources = write_sources(tmp_path / "sources.toml", "demo-site", "sitemap", [site.url + "/sitemap.xml"],
                            batch_size=4, dag="newsflow_demo_site")
    monkeypatch.setenv("NEWSFLOW_SOURCES", str(sources))
    dagbag = DagBag(dag_folder=str(DAGS))
    assert str(DAGS / "newsflow_ingest.py") not in dagbag.import_errors
    yield dagbag.dags["newsflow_demo_site"]
    site.stop()


def test_a_day_of_the_site_is_fetched_in_mapped_batches_in_the_http_pool(site_dag, news_db: str) -> None:  # type: ignore[no-untyped-def]
    dag = site_dag
    fetch = dag.get_task("demo-site.fetch")
    assert fetch.pool == "newsflow_http"
    run = dag.test(logical_date=DAY + timedelta(days=1))
    assert run.state == "success"

    day_pages = [p for p, when in article_pages(DEMO) if when.date() == DAY.date()]
    batches = [ti for ti in run.get_task_instances() if ti.task_id == "demo-site.fetch"]
    assert len(batches) == -(-len(day_pages) // 4) > 1  # ceil: batches of 4
    with psycopg.connect(news_db) as conn:
        stored = conn.execute("SELECT count(*) FROM raw_documents").fetchone()
        counts = conn.execute("SELECT status, counts FROM ingest_runs").fetchone()
    assert stored == (len(day_pages),)
    assert counts is not None and counts[0] == "success"
    want = outcomes([DAY.date().isoformat()])
    assert (counts[1]["fetched"], counts[1]["articles"], counts[1]["duplicates"]) == \
        (len(day_pages), want.articles, want.duplicates)
