"""Every DAG follows the house rules; the ingest DAGs' Params, the articles asset, maintenance and the summary
run on real Airflow (dag.test)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from expected_outcomes import all_days, outcomes

pytest.importorskip("airflow")
pytestmark = pytest.mark.airflow

ROOT = Path(__file__).resolve().parents[2]
DAGS = ROOT / "dags"
PARAMS = {"source", "window_start", "window_end", "dry_run", "reprocess"}
LATER = datetime(2030, 1, 2, tzinfo=UTC)  # logical dates no other test uses; windows say what to ingest


@pytest.fixture(scope="module")
def dagbag(airflow_db: str):  # type: ignore[no-untyped-def]
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(DAGS))
    assert bag.import_errors == {}
    return bag


def ingest_dags(dagbag) -> dict:  # type: ignore[no-untyped-def]
    return {dag_id: dag for dag_id, dag in dagbag.dags.items() if "ingest" in dag.tags}


def test_every_dag_follows_the_house_rules(dagbag) -> None:  # type: ignore[no-untyped-def]
    from airflow.sdk import CronDataIntervalTimetable
    from airflow.sdk.definitions.timetables.assets import AssetTriggeredTimetable

    assert {"newsflow_ingest", "newsflow_maintenance", "newsflow_publisher_summary"} <= set(dagbag.dags)
    for dag_id, dag in dagbag.dags.items():
        assert "newsflow" in dag.tags and dag.doc_md, dag_id
        assert dag.catchup is False and dag.max_active_runs >= 1, dag_id
        timetable = dag.timetable
        assert isinstance(timetable, CronDataIntervalTimetable | AssetTriggeredTimetable), dag_id
        if isinstance(timetable, CronDataIntervalTimetable):
            assert str(getattr(timetable.timezone, "name", timetable.timezone)) == "UTC", dag_id
        for task in dag.tasks:
            where = f"{dag_id}.{task.task_id}"
            assert task.owner == "newsflow", where
            assert task.retries >= 1 and task.retry_exponential_backoff, where
            assert task.execution_timeout is not None, where


def test_ingest_dags_offer_the_run_params_and_update_the_articles_asset(dagbag) -> None:  # type: ignore[no-untyped-def]
    from newsflow_common import ARTICLES

    for dag_id, dag in ingest_dags(dagbag).items():
        assert set(dag.params) >= PARAMS, dag_id
        finishes = [t for t in dag.tasks if t.task_id.endswith(".finish")]
        assert finishes and all(ARTICLES in t.outlets for t in finishes), dag_id
    summary = dagbag.dags["newsflow_publisher_summary"]
    assert ARTICLES in summary.timetable.asset_condition.objects


@pytest.fixture
def two_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """newsflow_ingest with two folder sources on one schedule: the demo corpus and a one-day copy of it."""
    from airflow.dag_processing.dagbag import DagBag

    day = all_days()[0]
    copy = tmp_path / "wire" / day
    copy.mkdir(parents=True)
    for path in (ROOT / "demo" / "articles" / day).iterdir():
        (copy / path.name).write_bytes(path.read_bytes())
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[sources.demo]\nkind = "dir"\npath = "{ROOT / "demo" / "articles"}"\n\n'
                       f'[sources.wire]\nkind = "dir"\npath = "{tmp_path / "wire"}"\n', encoding="utf-8")
    monkeypatch.setenv("NEWSFLOW_SOURCES", str(sources))
    bag = DagBag(dag_folder=str(DAGS / "newsflow_ingest.py"))
    assert bag.import_errors == {}
    yield bag.dags["newsflow_ingest"]


def window(day: str) -> dict[str, str]:
    start = datetime.fromisoformat(day)
    return {"window_start": day, "window_end": (start + timedelta(days=1)).date().isoformat()}


def test_a_run_of_one_source_leaves_the_others_alone(two_sources, news_db: str) -> None:  # type: ignore[no-untyped-def]
    day = all_days()[0]
    run = two_sources.test(logical_date=LATER, run_conf={"source": "wire", **window(day)})
    assert run.state == "success"
    states = {ti.task_id: ti.state for ti in run.get_task_instances()}
    assert {s for t, s in states.items() if t.startswith("demo.")} == {"skipped"}
    assert {s for t, s in states.items() if t.startswith("wire.")} == {"success"}
    with psycopg.connect(news_db) as conn:
        ran = conn.execute("SELECT s.name, r.interval_start FROM ingest_runs r JOIN sources s ON s.id = r.source_id"
                           ).fetchall()
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()
    assert ran == [("wire", datetime.fromisoformat(day).replace(tzinfo=UTC))]
    assert articles == (outcomes([day]).articles,)


def test_a_dry_run_skips_everything_and_writes_nothing(dagbag, news_db: str) -> None:  # type: ignore[no-untyped-def]
    run = dagbag.dags["newsflow_ingest"].test(logical_date=LATER, run_conf={"dry_run": True, **window(all_days()[0])})
    assert run.state == "success"
    assert {ti.state for ti in run.get_task_instances()} == {"skipped"}
    with psycopg.connect(news_db) as conn:
        assert conn.execute("SELECT count(*) FROM ingest_runs").fetchone() == (0,)


def test_contradicting_params_fail_the_run_at_once_with_the_reason(dagbag, news_db: str) -> None:  # type: ignore[no-untyped-def]
    run = dagbag.dags["newsflow_ingest"].test(
        logical_date=LATER, run_conf={"window_start": "2025-11-20", "window_end": "2025-11-18"})
    assert run.state == "failed"
    begin = next(ti for ti in run.get_task_instances() if ti.task_id.endswith(".begin"))
    assert (begin.state, begin.try_number) == ("failed", 1)  # no retry: the Params will not change


def test_maintenance_and_the_summary_run(dagbag, news_db: str) -> None:  # type: ignore[no-untyped-def]
    from newsflow import pipeline

    day = all_days()[0]
    start = datetime.fromisoformat(day).replace(tzinfo=UTC)
    pipeline.ingest(news_db, "demo", start, start + timedelta(days=1))
    with psycopg.connect(news_db) as conn:
        conn.execute("UPDATE raw_documents SET read_at = now() - interval '40 days'")

    maintenance = dagbag.dags["newsflow_maintenance"].test(logical_date=LATER, run_conf={"retention_days": 30})
    assert maintenance.state == "success"
    assert {ti.task_id: ti.state for ti in maintenance.get_task_instances()} == {
        "release_stale_locks": "success", "purge_raw_documents": "success", "analyze": "success"}
    summary = dagbag.dags["newsflow_publisher_summary"].test()
    assert summary.state == "success"
    with psycopg.connect(news_db) as conn:
        purged = conn.execute("SELECT count(*) FROM raw_documents WHERE content_purged_at IS NOT NULL").fetchone()
        summarized = conn.execute("SELECT sum(articles)::int FROM publisher_daily_v").fetchone()
        published = conn.execute("SELECT count(*)::int FROM articles WHERE publisher_canonical IS NOT NULL "
                                 "AND published_at IS NOT NULL").fetchone()
    assert purged is not None and purged[0] > 0
    assert summarized == published
