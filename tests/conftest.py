"""Test session setup: a real PostgreSQL, throwaway databases, and Airflow pointed at them.

The server is the one DATABASE_URL names (its database is left alone: the tests create their own,
`newsflow_test_<pid>` and `newsflow_test_<pid>_airflow`, and drop them at the end), else newsflow's
embedded server in `.newsflow/test-pg` (see newsflow.db.scratch). Airflow's environment is set here,
before any test imports airflow, so that its config never sees the developer's ~/airflow.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from newsflow.db.scratch import ScratchServer

ROOT = Path(__file__).resolve().parents[1]

_state: dict[str, object] = {}


def _scratch() -> ScratchServer:
    server = _state["scratch"]
    assert isinstance(server, ScratchServer)
    return server


def pytest_configure(config: pytest.Config) -> None:
    scratch = ScratchServer.from_environment(ROOT / ".newsflow" / "test-pg")
    prefix = f"newsflow_test_{os.getpid()}"
    news = scratch.create(prefix)
    airflow_db = scratch.create(f"{prefix}_airflow")
    home = Path(tempfile.mkdtemp(prefix="newsflow-airflow-"))
    _state.update(scratch=scratch, prefix=prefix, news=news, airflow_home=home)
    os.environ.update({
        "DATABASE_URL": news,
        "AIRFLOW_CONN_NEWS_DB": news,
        "NEWSFLOW_HOME": str(ROOT),
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": airflow_db.replace("postgresql://", "postgresql+psycopg2://", 1),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(ROOT / "plugins"),
        "AIRFLOW__CORE__UNIT_TEST_MODE": "True",
        "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
        "AIRFLOW__LOGGING__BASE_LOG_FOLDER": str(home / "logs"),
    })


def pytest_unconfigure(config: pytest.Config) -> None:
    if "airflow.settings" in sys.modules:  # close Airflow's pooled connections before dropping its database
        sys.modules["airflow.settings"].dispose_orm()
    prefix = _state.get("prefix")
    if "scratch" in _state and isinstance(prefix, str):
        for name in (prefix, f"{prefix}_airflow"):
            with contextlib.suppress(psycopg.Error):
                _scratch().drop(name)
        _scratch().close()
    home = _state.get("airflow_home")
    if isinstance(home, Path):
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="session")
def migrated_url() -> str:
    from newsflow.db.migrate import apply_migrations

    url = str(_state["news"])
    apply_migrations(url)
    return url


# tables the migrations fill (bookkeeping, the script-folding data of search): never emptied between tests
KEPT_TABLES = ["schema_migrations", "fold_map", "fold_ranges"]


@pytest.fixture
def news_db(migrated_url: str) -> Iterator[str]:
    """The migrated test news DB, emptied before each test."""
    with psycopg.connect(migrated_url, autocommit=True) as conn:
        tables = [row[0] for row in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> ALL(%s)", (KEPT_TABLES,))]
        if tables:
            conn.execute(sql.SQL("TRUNCATE {} RESTART IDENTITY CASCADE").format(
                sql.SQL(", ").join(map(sql.Identifier, tables))))
    yield migrated_url


@pytest.fixture
def fresh_database() -> Iterator[str]:
    """An empty database of its own, dropped afterwards."""
    with _scratch().database(f"{_state['prefix']}_fresh") as url:
        yield url


@pytest.fixture(scope="session")
def airflow_db() -> str:
    """Airflow's metadata DB, migrated once per session."""
    pytest.importorskip("airflow")
    result = subprocess.run([str(Path(sys.executable).parent / "airflow"), "db", "migrate"],
                            capture_output=True, text=True, timeout=300, env=os.environ.copy())
    if result.returncode != 0:
        pytest.fail(f"airflow db migrate failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    return os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
