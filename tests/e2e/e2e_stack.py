"""One real Airflow for the end-to-end tests (conftest.py starts it once per session).

Its scheduler, dag-processor, api-server and (when Redis answers on 127.0.0.1:6379) a Celery worker run as
separate processes, as in docker-compose.yml, with a PostgreSQL metadata database and a news database of
their own. The DAGs are the project's, reading a sources file with the `demo` source only. The
helpers of `make run` (newsflow.devstack) start, watch, log in to and stop it.

The e2e tests run last (the slowest). Without Airflow, Redis or
Chromium they skip, saying why; with NEWSFLOW_REQUIRE_E2E=1 (.ci/run sets it) they fail instead.
"""

from __future__ import annotations

import json
import os
import secrets
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from newsflow.db import connect
from newsflow.db.migrate import apply_migrations
from newsflow.db.scratch import ScratchServer
from newsflow.db.store import table_counts
from newsflow.devstack import (
    AirflowApi,
    DevstackError,
    Paths,
    Stack,
    _check_alive,
    backfill_body,
    ensure_pool,
    ensure_unpaused,
    follow_backfill,
    wait_for_dag,
    wait_healthy,
)
from newsflow.embedded import find_free_port

ROOT = Path(__file__).resolve().parents[2]
INGEST_DAG = "newsflow_ingest"
SUMMARY_DAG = "newsflow_publisher_summary"
USER, PASSWORD = "admin", "admin"
REDIS = ("127.0.0.1", 6379)
STARTUP_TIMEOUT = 180.0
RUN_TIMEOUT = 240.0


def required() -> bool:
    return os.environ.get("NEWSFLOW_REQUIRE_E2E") == "1"


def skip_or_fail(reason: str) -> None:
    """Skip, saying why; in CI (NEWSFLOW_REQUIRE_E2E=1) a missing prerequisite is a failure."""
    if required():
        pytest.fail(f"NEWSFLOW_REQUIRE_E2E=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def redis_answers() -> bool:
    try:
        with socket.create_connection(REDIS, timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@dataclass
class Airflow:
    """The running stack and what the tests need of it."""

    api: AirflowApi
    stack: Stack
    url: str  # http://localhost:PORT
    news_db: str
    executor: str
    queue: str
    logs: Path
    env: dict[str, str]

    def alive(self) -> None:
        assert self.stack.airflow is not None
        _check_alive(self.stack.airflow, self.stack.paths)

    def backfill(self, first: date, last: date, *, reprocess: str = "none", conf: dict[str, Any] | None = None,
                 timeout: float = RUN_TIMEOUT) -> dict[str, Any]:
        """Create a backfill through POST /api/v2/backfills and wait (bounded) until it completes."""
        body = {**backfill_body(first, last, INGEST_DAG, reprocess_behavior=reprocess, conf=conf),
                "max_active_runs": 3}
        created = self.api.json("POST", "/api/v2/backfills", json=body)
        return self.follow(int(created["id"]), first, last, timeout)

    def follow(self, backfill_id: int, first: date, last: date, timeout: float = RUN_TIMEOUT) -> dict[str, Any]:
        if not follow_backfill(self.api, self.stack, backfill_id, first, last, timeout):
            pytest.fail(f"backfill {backfill_id} did not complete within {timeout:.0f} s; logs in {self.logs}")
        return dict(self.api.json("GET", f"/api/v2/backfills/{backfill_id}"))

    def runs(self, first: date, last: date, dag_id: str = INGEST_DAG) -> list[dict[str, Any]]:
        return self.api.runs_between(first, last, dag_id)

    def wait_run(self, run_id: str, dag_id: str = INGEST_DAG, timeout: float = RUN_TIMEOUT) -> dict[str, Any]:
        """Wait until the dag run is finished (success or failed)."""
        deadline = time.monotonic() + timeout
        while True:
            run = self.api.json("GET", f"/api/v2/dags/{dag_id}/dagRuns/{run_id}")
            if run["state"] in ("success", "failed"):
                return dict(run)
            self.alive()
            if time.monotonic() > deadline:
                pytest.fail(f"{dag_id} {run_id} still {run['state']} after {timeout:.0f} s; logs in {self.logs}")
            time.sleep(1)

    def task_instances(self, run_id: str, dag_id: str = INGEST_DAG) -> list[dict[str, Any]]:
        body = self.api.json("GET", f"/api/v2/dags/{dag_id}/dagRuns/{run_id}/taskInstances", params={"limit": 100})
        return list(body["task_instances"])

    def counts(self) -> dict[str, int]:
        with connect(self.news_db) as conn:
            return table_counts(conn)


def _sources_file(folder: Path) -> Path:
    path = folder / "sources.toml"
    path.write_text(f'[sources.demo]\nkind = "dir"\npath = "{ROOT / "demo" / "articles"}"\nschedule = "0 0 * * *"\n',
                    encoding="utf-8")
    return path


def _components(queue: str, celery: bool, logs: Path) -> str:
    """A bash script running each component as a child, exiting as soon as one of them exits."""
    airflow = shlex.quote(str(Path(sys.executable).parent / "airflow"))
    commands = {"scheduler": "scheduler", "dag-processor": "dag-processor", "api-server": "api-server"}
    if celery:
        commands["celery-worker"] = (f"celery worker --queues {queue} --concurrency 4 "
                                     f"--celery-hostname {queue}@%h --without-gossip --without-mingle")
    lines = [f"{airflow} {command} > {shlex.quote(str(logs / name))}.log 2>&1 &" for name, command in commands.items()]
    return "\n".join([*lines, "wait -n", "exit 1"])


@contextmanager
def running_airflow(keep_logs: Callable[[], bool]) -> Iterator[Airflow]:
    """Start the stack; stop every process it started on exit (its logs stay when `keep_logs()`)."""
    celery = redis_answers()
    home = Path(tempfile.mkdtemp(prefix="newsflow-e2e-"))
    logs = home / "component-logs"
    logs.mkdir()
    scratch = ScratchServer.from_environment(ROOT / ".newsflow" / "test-pg")
    news_name, metadata_name = f"newsflow_test_{os.getpid()}_e2e", f"newsflow_test_{os.getpid()}_e2e_airflow"
    news_db = scratch.create(news_name)
    apply_migrations(news_db)
    # a metadata DB of its own: the DAG tests' runs, serialized DAGs and queued asset events stay out of it
    metadata_db = scratch.create(metadata_name).replace("postgresql://", "postgresql+psycopg2://", 1)
    port = find_free_port(18080)
    queue = f"newsflow_e2e_{os.getpid()}"
    passwords = home / "passwords.json"
    passwords.write_text(json.dumps({USER: PASSWORD}))
    env = {k: v for k, v in os.environ.items() if k != "AIRFLOW__CORE__UNIT_TEST_MODE"}
    env.update({
        "AIRFLOW_HOME": str(home / "airflow"),
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": metadata_db,
        "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor" if celery else "LocalExecutor",
        "AIRFLOW__CORE__PARALLELISM": "8",
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://localhost:{port}/execution/",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{USER}:admin",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(passwords),
        "AIRFLOW__API__PORT": str(port),
        "AIRFLOW__API__BASE_URL": f"http://localhost:{port}",
        "AIRFLOW__API__WORKERS": "1",
        "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_hex(32),
        "AIRFLOW__LOGGING__BASE_LOG_FOLDER": str(home / "task-logs"),
        "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(find_free_port(18793)),
        "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(find_free_port(18794)),
        "AIRFLOW__OPERATORS__DEFAULT_QUEUE": queue,
        "AIRFLOW__CELERY__BROKER_URL": f"redis://{REDIS[0]}:{REDIS[1]}/0",
        "AIRFLOW__CELERY__WORKER_CONCURRENCY": "4",
        "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "2",
        "AIRFLOW_CONN_NEWS_DB": news_db,
        "DATABASE_URL": news_db,
        "NEWSFLOW_SOURCES": str(_sources_file(home)),
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
    })
    stack = Stack(Paths(home))
    stack.airflow_log = (logs / "stack.log").open("wb")
    api = AirflowApi(port)
    api.client.timeout = httpx.Timeout(60.0)  # the first execution-API calls are slow on a busy 2-core box
    started = False
    try:
        migrated = subprocess.run([str(Path(sys.executable).parent / "airflow"), "db", "migrate"], env=env,
                                  cwd=ROOT, stdin=subprocess.DEVNULL, stdout=stack.airflow_log,
                                  stderr=subprocess.STDOUT, timeout=600)
        if migrated.returncode != 0:
            pytest.fail(f"airflow db migrate failed; see {logs / 'stack.log'}", pytrace=False)
        stack.airflow = subprocess.Popen(["bash", "-c", _components(queue, celery, logs)], env=env, cwd=ROOT,
                                         stdin=subprocess.DEVNULL, stdout=stack.airflow_log,
                                         stderr=subprocess.STDOUT, start_new_session=True)
        try:
            wait_healthy(api, stack, STARTUP_TIMEOUT)
            api.login(USER, PASSWORD)
            ensure_pool(api)
            for dag_id in (INGEST_DAG, SUMMARY_DAG):
                ensure_unpaused(api, wait_for_dag(api, stack, STARTUP_TIMEOUT, dag_id))
        except DevstackError as exc:
            pytest.fail(f"the Airflow stack did not start: {exc}; logs in {logs}", pytrace=False)
        started = True
        yield Airflow(api, stack, f"http://localhost:{port}", news_db, env["AIRFLOW__CORE__EXECUTOR"], queue, logs,
                      env)
    finally:
        api.close()
        stack.shutdown()
        for name in (news_name, metadata_name):
            scratch.drop(name)
        scratch.close()
        if started and not keep_logs():
            shutil.rmtree(home, ignore_errors=True)


def days(first: date, n: int) -> list[date]:
    return [first + timedelta(days=i) for i in range(n)]
