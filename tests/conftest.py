"""Test session setup: a real PostgreSQL, throwaway databases, and Airflow pointed at them.

The server is the one DATABASE_URL names (its database is left alone: the tests create their own,
`newsflow_test_<pid>` and `newsflow_test_<pid>_airflow`, and drop them at the end), else newsflow's
embedded server in `.newsflow/test-pg`. Airflow's environment is set here, before any test imports
airflow, so that its config never sees the developer's ~/airflow.
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
from psycopg.conninfo import conninfo_to_dict, make_conninfo

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLDEN = ROOT / "tests" / "golden" / "demo"
DEMO = ROOT / "demo" / "articles"

_state: dict[str, object] = {}


def _server_url() -> str:
    given = os.environ.get("DATABASE_URL")
    _state["given"] = given
    if given:
        _state["embedded"] = None
        return make_conninfo(given, dbname="postgres") if conninfo_to_dict(given).get("dbname") else given
    from newsflow.embedded import EmbeddedPostgres

    server = EmbeddedPostgres(ROOT / ".newsflow" / "test-pg")
    _state["embedded"] = server
    _state["embedded_was_running"] = server.running()
    return server.start()


def _maintenance_url(server: str) -> str:
    """A database to issue CREATE/DROP DATABASE from: the given one, which always exists."""
    given = _state.get("given")
    return given if isinstance(given, str) else server


def _create_database(server: str, name: str) -> str:
    with psycopg.connect(_maintenance_url(server), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return make_conninfo(server, dbname=name)


def _drop_database(server: str, name: str) -> None:
    with psycopg.connect(_maintenance_url(server), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def _as_url(conninfo: str) -> str:
    """A postgresql:// URL (SQLAlchemy and Airflow connections want URLs, not key=value strings)."""
    parts = conninfo_to_dict(conninfo)
    user = parts.get("user") or "postgres"
    password = f":{parts['password']}" if parts.get("password") else ""
    host = parts.get("host") or "127.0.0.1"
    port = parts.get("port") or "5432"
    return f"postgresql://{user}{password}@{host}:{port}/{parts['dbname']}"


def pytest_configure(config: pytest.Config) -> None:
    server = _server_url()
    prefix = f"newsflow_test_{os.getpid()}"
    news = _as_url(_create_database(server, prefix))
    airflow_db = _as_url(_create_database(server, f"{prefix}_airflow"))
    home = Path(tempfile.mkdtemp(prefix="newsflow-airflow-"))
    _state.update(server=server, prefix=prefix, news=news, airflow_home=home)
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
    server, prefix = _state.get("server"), _state.get("prefix")
    if isinstance(server, str) and isinstance(prefix, str):
        for name in (prefix, f"{prefix}_airflow"):
            with contextlib.suppress(psycopg.Error):
                _drop_database(server, name)
    embedded = _state.get("embedded")
    if embedded is not None and not _state.get("embedded_was_running"):
        embedded.stop()  # type: ignore[attr-defined]
    home = _state.get("airflow_home")
    if isinstance(home, Path):
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="session")
def server_url() -> str:
    return str(_state["server"])


@pytest.fixture(scope="session")
def migrated_url() -> str:
    from newsflow.db.migrate import apply_migrations

    url = str(_state["news"])
    apply_migrations(url)
    return url


@pytest.fixture
def news_db(migrated_url: str) -> Iterator[str]:
    """The migrated test news DB, emptied before each test."""
    with psycopg.connect(migrated_url, autocommit=True) as conn:
        tables = [row[0] for row in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'")]
        if tables:
            conn.execute(sql.SQL("TRUNCATE {} RESTART IDENTITY CASCADE").format(
                sql.SQL(", ").join(map(sql.Identifier, tables))))
    yield migrated_url


@pytest.fixture
def fresh_database(server_url: str) -> Iterator[str]:
    """An empty database of its own, dropped afterwards."""
    name = f"{_state['prefix']}_fresh"
    url = _as_url(_create_database(server_url, name))
    yield url
    _drop_database(server_url, name)


@pytest.fixture(scope="session")
def airflow_db() -> str:
    """Airflow's metadata DB, migrated once per session."""
    pytest.importorskip("airflow")
    result = subprocess.run([str(Path(sys.executable).parent / "airflow"), "db", "migrate"],
                            capture_output=True, text=True, timeout=300, env=os.environ.copy())
    if result.returncode != 0:
        pytest.fail(f"airflow db migrate failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    return os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
