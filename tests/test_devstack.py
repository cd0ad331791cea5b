"""The pure helpers behind `make run`: demo range discovery, settings, URLs and Airflow's environment."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsflow.devstack import (
    Databases,
    DevstackError,
    Paths,
    Settings,
    backfill_body,
    build_env,
    demo_date_range,
    libpq_url,
    project_root,
    summarize_runs,
    without_password,
)

ROOT = Path(__file__).resolve().parents[1]


def test_project_root_is_the_folder_with_pyproject() -> None:
    assert project_root() == ROOT


def test_demo_range_spans_the_date_folders_only(tmp_path: Path) -> None:
    for name in ("2025-11-19", "2025-11-17", "2025-11-18", "notes", "2025-13-01"):
        (tmp_path / name).mkdir()
    (tmp_path / "2025-11-30").write_text("a file, not a day folder")
    assert demo_date_range(tmp_path) == (date(2025, 11, 17), date(2025, 11, 19))


@pytest.mark.parametrize("make", [lambda p: p / "missing", lambda p: p], ids=["missing-dir", "empty-dir"])
def test_demo_range_is_none_without_day_folders(tmp_path: Path, make) -> None:
    assert demo_date_range(make(tmp_path)) is None


def test_backfill_covers_first_to_last_day_inclusive() -> None:
    body = backfill_body(date(2025, 11, 17), date(2025, 11, 21))
    assert body["dag_id"] == "newsflow_demo_site"
    assert (body["from_date"], body["to_date"]) == ("2025-11-17T00:00:00Z", "2025-11-21T00:00:00Z")
    assert body["reprocess_behavior"] == "none"
    assert body["run_backwards"] is False


def test_settings_default_to_port_8080_and_admin() -> None:
    assert Settings.from_env({}) == Settings(ui_port=8080, user="admin", password="admin")


def test_settings_take_overrides() -> None:
    env = {"NEWSFLOW_UI_PORT": "8090", "NEWSFLOW_ADMIN_USER": "ed", "NEWSFLOW_ADMIN_PASSWORD": "pw"}
    assert Settings.from_env(env) == Settings(ui_port=8090, user="ed", password="pw")


@pytest.mark.parametrize("port", ["abc", "0", "70000", "-1"])
def test_settings_reject_a_bad_port(port: str) -> None:
    with pytest.raises(DevstackError, match="NEWSFLOW_UI_PORT"):
        Settings.from_env({"NEWSFLOW_UI_PORT": port})


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgresql://u@h:5/news", "postgresql://u@h:5/news"),
        ("postgres://u@h:5/news", "postgresql://u@h:5/news"),
        ("postgresql+psycopg://u:p@h/news", "postgresql://u:p@h/news"),
        ("postgresql+psycopg2://u@h/news?host=/tmp", "postgresql://u@h/news?host=/tmp"),
    ],
    ids=["plain", "short-scheme", "psycopg3-driver", "psycopg2-driver"],
)
def test_libpq_url_drops_the_driver(given: str, expected: str) -> None:
    assert libpq_url(given) == expected


def test_without_password_keeps_the_user() -> None:
    assert without_password("postgresql://ed:s3%40cr:t@db:5432/news") == "postgresql://ed@db:5432/news"
    assert without_password("postgresql://ed@db/news") == "postgresql://ed@db/news"


def _env(base: dict[str, str]) -> dict[str, str]:
    dbs = Databases(
        news_url="postgresql://postgres@127.0.0.1:54329/news",
        metadata_url="postgresql+psycopg2://postgres@127.0.0.1:54329/airflow",
        embedded=None,
    )
    settings = Settings(ui_port=8090, user="ed", password="pw")
    return build_env(base, Paths(Path("/p")), settings, dbs, Path("/venv/bin"))


def test_airflow_env_points_at_the_project_and_databases() -> None:
    env = _env({"PATH": "/usr/bin", "AIRFLOW_HOME": "/home/me/airflow"})
    assert env["AIRFLOW_HOME"] == "/p/.newsflow/airflow"
    assert env["AIRFLOW__CORE__DAGS_FOLDER"] == "/p/dags"
    assert env["AIRFLOW__CORE__PLUGINS_FOLDER"] == "/p/plugins"
    assert env["NEWSFLOW_DEMO_DIR"] == "/p/demo/articles"
    assert env["AIRFLOW_CONN_NEWS_DB"] == "postgresql://postgres@127.0.0.1:54329/news"
    assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].startswith("postgresql+psycopg2://")
    assert env["PATH"] == "/venv/bin:/usr/bin"


def test_airflow_env_serves_api_and_execution_api_on_the_ui_port() -> None:
    env = _env({})
    assert env["AIRFLOW__API__PORT"] == "8090"
    assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://localhost:8090/execution/"
    assert env["AIRFLOW__API__WORKERS"] == "1"


def test_airflow_env_runs_unpaused_without_examples_and_with_our_user() -> None:
    env = _env({"AIRFLOW__CORE__LOAD_EXAMPLES": "True"})
    assert env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "False"
    assert env["AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION"] == "False"
    assert env["AIRFLOW__CORE__EXECUTOR"] == "LocalExecutor"
    assert env["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS"] == "ed:admin"
    assert env["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE"].startswith("/p/.newsflow/airflow/")


def test_airflow_env_keeps_folders_the_caller_chose() -> None:
    env = _env({"AIRFLOW__CORE__DAGS_FOLDER": "/elsewhere/dags", "NEWSFLOW_DEMO_DIR": "/corpus"})
    assert env["AIRFLOW__CORE__DAGS_FOLDER"] == "/elsewhere/dags"
    assert env["NEWSFLOW_DEMO_DIR"] == "/corpus"


def test_run_summary_counts_states() -> None:
    runs = [{"state": "success"}, {"state": "running"}, {"state": "success"}]
    assert summarize_runs(runs) == "3 runs: 1 running, 2 success"
    assert summarize_runs([]) == "no dag runs yet"


def test_the_backfilled_dag_is_the_demo_site_sources() -> None:
    from newsflow.config import load_sources
    from newsflow.devstack import DAG_ID, DEMO_SOURCE

    assert load_sources(ROOT / "sources.toml")[DEMO_SOURCE].dag == DAG_ID


def _sources_on(tmp_path: Path, port: int) -> dict[str, str]:
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[sources.demo-site]\nkind = "sitemap"\nurls = ["http://127.0.0.1:{port}/sitemap.xml"]\n'
                       "allow_private = true\n")
    return {"NEWSFLOW_SOURCES": str(sources), "NEWSFLOW_DEMO_DIR": str(ROOT / "demo" / "articles")}


def test_the_demo_site_is_served_where_its_source_points(tmp_path: Path) -> None:
    import httpx

    from newsflow.devstack import Stack, start_demo_site
    from newsflow.embedded import find_free_port

    port = find_free_port(18765)
    stack = Stack(Paths(ROOT))
    try:
        url = start_demo_site(_sources_on(tmp_path, port), Paths(ROOT), stack)
        assert url == f"http://127.0.0.1:{port}"
        assert httpx.get(url + "/sitemap.xml").status_code == 200
    finally:
        assert stack.site is not None
        stack.site.stop()


def test_a_busy_demo_site_port_is_one_clear_error(tmp_path: Path) -> None:
    import socket

    from newsflow.devstack import Stack, start_demo_site

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(DevstackError, match=f"port {port} of the demo site"):
            start_demo_site(_sources_on(tmp_path, port), Paths(ROOT), Stack(Paths(ROOT)))
