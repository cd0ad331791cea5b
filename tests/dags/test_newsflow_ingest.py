"""The DAGs import cleanly, follow the house rules, and a real run loads the expected rows, twice alike."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from expected_outcomes import all_days, outcomes

pytest.importorskip("airflow")
pytestmark = pytest.mark.airflow

DAGS = Path(__file__).resolve().parents[2] / "dags"


@pytest.fixture(scope="module")
def dagbag(airflow_db: str):  # type: ignore[no-untyped-def]
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(DAGS))


def test_dags_import_without_errors(dagbag) -> None:  # type: ignore[no-untyped-def]
    assert dagbag.import_errors == {}
    assert "newsflow_ingest" in dagbag.dags


def table_counts(url: str) -> dict[str, int]:
    from newsflow.db import connect
    from newsflow.db.store import table_counts as counts

    with connect(url) as conn:
        return counts(conn)


def test_a_run_loads_its_interval_and_a_rerun_changes_nothing(dagbag, news_db: str) -> None:  # type: ignore[no-untyped-def]
    day = next(d for d in all_days() if outcomes([d]).quarantined)  # the day with the malformed files
    dag = dagbag.dags["newsflow_ingest"]
    start = datetime.fromisoformat(day).replace(tzinfo=UTC)
    logical = start + timedelta(days=1)  # a manual run covers the last complete interval before it

    first = dag.test(logical_date=logical)
    assert first.state == "success"
    after_first = table_counts(news_db)
    second = dag.test(logical_date=logical)
    assert second.state == "success"
    assert table_counts(news_db) == after_first

    want = outcomes([day])
    assert (after_first["articles"], after_first["duplicates"], after_first["quarantine"]) == \
        (want.articles, want.duplicates, want.quarantined)
    with psycopg.connect(news_db) as conn:
        run = conn.execute("SELECT dag_id, status, interval_start, interval_end, attempts, counts FROM ingest_runs"
                           ).fetchall()
    assert len(run) == 1
    dag_id, status, interval_start, interval_end, attempts, counts = run[0]
    assert (dag_id, status, attempts) == ("newsflow_ingest", "success", 2)
    assert (interval_start, (interval_end - interval_start).days) == (start, 1)
    assert counts["articles"] == want.articles and counts["quarantined"] == want.quarantined
