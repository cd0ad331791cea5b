"""The local stack behind `make run`, `make stop` and `make status`.

`up` starts PostgreSQL (embedded, unless DATABASE_URL and
AIRFLOW__DATABASE__SQL_ALCHEMY_CONN name existing servers), applies the news DB
migrations, serves the demo corpus as a local news site (the `demo-site` source
of sources.toml: its URL's address), runs `airflow standalone` as its own session,
creates the pool `newsflow_http`, backfills `newsflow_demo_site` over the demo
corpus' days through the REST API (fetching the site over HTTP), prints where
everything is and stays in the foreground until Ctrl-C or SIGTERM, then stops
what it started. `down` stops whatever a `make run` left behind; `status` says
what runs. State lives in `<project>/.newsflow/`, so a second `up` reuses the data.

Overridable from the environment: NEWSFLOW_UI_PORT (8080), NEWSFLOW_ADMIN_USER
and NEWSFLOW_ADMIN_PASSWORD (admin/admin), AIRFLOW__CORE__DAGS_FOLDER,
AIRFLOW__CORE__PLUGINS_FOLDER and NEWSFLOW_DEMO_DIR (the project's own folders).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

import httpx

from newsflow.db import connect
from newsflow.db.connection import redact
from newsflow.db.store import table_counts
from newsflow.embedded import EmbeddedPostgres, ensure_databases, port_is_free
from newsflow.models import NewsflowError
from newsflow.site.server import LocalServer

log = logging.getLogger("newsflow.devstack")

DAG_ID = "newsflow_demo_site"  # the DAG of the `demo-site` source (sources.toml), backfilled by `up`
DEMO_SOURCE = "demo-site"
HTTP_POOL, HTTP_POOL_SLOTS = "newsflow_http", 2
DEFAULT_UI_PORT = 8080
HEALTH_TIMEOUT = 150.0
DAG_TIMEOUT = 120.0
BACKFILL_TIMEOUT = 1800.0
STOP_GRACE = 30.0
POLL_INTERVAL = 2.0
DATE_FOLDER = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DB_SCHEME = re.compile(r"^postgres(?:ql)?(?:\+\w+)?://")
PASSWORD = re.compile(r"(?<=://)([^:/@]+):[^@]*@")
COUNTED_TABLES = ("articles", "duplicates", "quarantine")
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class DevstackError(NewsflowError):
    """An expected failure of the dev stack, reported as one line."""


class Interrupted(BaseException):
    """Ctrl-C or SIGTERM arrived; a BaseException so that no `except Exception` swallows it."""


# -- where things are ----------------------------------------------------------


def project_root() -> Path:
    """The folder holding pyproject.toml, above this module or else above the cwd."""
    for start in (Path(__file__).resolve().parent, Path.cwd().resolve()):
        for folder in (start, *start.parents):
            if (folder / "pyproject.toml").is_file():
                return folder
    raise DevstackError("no pyproject.toml above the newsflow package or the current folder")


@dataclass(frozen=True)
class Paths:
    root: Path

    @property
    def state(self) -> Path:
        return self.root / ".newsflow"

    @property
    def airflow_home(self) -> Path:
        return self.state / "airflow"

    @property
    def logs(self) -> Path:
        return self.state / "logs"

    @property
    def airflow_log(self) -> Path:
        return self.logs / "airflow.log"

    @property
    def pg_root(self) -> Path:
        return self.state / "pg"

    @property
    def passwords_file(self) -> Path:
        return self.airflow_home / "simple_auth_manager_passwords.json"

    @property
    def airflow_pid(self) -> Path:
        return self.state / "airflow.pid"

    @property
    def airflow_port(self) -> Path:
        return self.state / "airflow.port"

    @property
    def devstack_pid(self) -> Path:
        return self.state / "devstack.pid"


@dataclass(frozen=True)
class Settings:
    ui_port: int
    user: str
    password: str

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        raw_port = env.get("NEWSFLOW_UI_PORT") or str(DEFAULT_UI_PORT)
        if not raw_port.isdigit() or not 0 < int(raw_port) < 65536:
            raise DevstackError(f"NEWSFLOW_UI_PORT must be a port number, not {raw_port!r}")
        return cls(
            ui_port=int(raw_port),
            user=env.get("NEWSFLOW_ADMIN_USER") or "admin",
            password=env.get("NEWSFLOW_ADMIN_PASSWORD") or "admin",
        )


@dataclass(frozen=True)
class Databases:
    news_url: str  # libpq URI, also the Airflow connection news_db
    metadata_url: str  # SQLAlchemy URL of the Airflow metadata DB
    embedded: EmbeddedPostgres | None  # set when at least one of them is embedded


# -- pure helpers ----------------------------------------------------------------


def libpq_url(url: str) -> str:
    """The URL with a plain postgresql:// scheme (no SQLAlchemy driver suffix)."""
    return DB_SCHEME.sub("postgresql://", url, count=1)


def without_password(url: str) -> str:
    """The URL with its password left out (psql then prompts or reads ~/.pgpass)."""
    return PASSWORD.sub(r"\1@", url, count=1)


def demo_date_range(demo_dir: Path) -> tuple[date, date] | None:
    """First and last day among the YYYY-MM-DD folders of the demo corpus, None without any."""
    if not demo_dir.is_dir():
        return None
    days = []
    for entry in demo_dir.iterdir():
        if entry.is_dir() and DATE_FOLDER.match(entry.name):
            try:
                days.append(date.fromisoformat(entry.name))
            except ValueError:
                log.warning("ignoring demo folder %s: not a calendar date", entry.name)
    return (min(days), max(days)) if days else None


def backfill_body(first: date, last: date, dag_id: str = DAG_ID, *, reprocess_behavior: str = "none",
                  conf: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """POST /api/v2/backfills: runs for the logical dates first..last (each covering its day)."""
    return {
        "dag_id": dag_id,
        "from_date": f"{first.isoformat()}T00:00:00Z",
        "to_date": f"{last.isoformat()}T00:00:00Z",
        "reprocess_behavior": reprocess_behavior,
        "max_active_runs": 2,
        "run_backwards": False,
        "dag_run_conf": dict(conf or {}),
    }


def build_env(
    base: Mapping[str, str], paths: Paths, settings: Settings, dbs: Databases, bin_dir: Path
) -> dict[str, str]:
    """The environment of `airflow standalone`: the caller's, our folders as defaults, the rest forced."""
    env = dict(base)
    env.setdefault("AIRFLOW__CORE__DAGS_FOLDER", str(paths.root / "dags"))
    env.setdefault("AIRFLOW__CORE__PLUGINS_FOLDER", str(paths.root / "plugins"))
    env.setdefault("NEWSFLOW_DEMO_DIR", str(paths.root / "demo" / "articles"))
    env.setdefault("NEWSFLOW_HOME", str(paths.root))
    # LocalExecutor forks one worker per parallelism slot up front: 32 by default, ~100 MiB each
    env.setdefault("AIRFLOW__CORE__PARALLELISM", "4")
    env.update(
        {
            "AIRFLOW_HOME": str(paths.airflow_home),
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": dbs.metadata_url,
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
            "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://localhost:{settings.ui_port}/execution/",
            "AIRFLOW__API__WORKERS": "1",
            "AIRFLOW__API__PORT": str(settings.ui_port),
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{settings.user}:admin",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(paths.passwords_file),
            "AIRFLOW_CONN_NEWS_DB": dbs.news_url,
            # standalone starts its components as plain `airflow`, so it must be first on PATH
            "PATH": os.pathsep.join(p for p in (str(bin_dir), base.get("PATH", "")) if p),
        }
    )
    return env


def summarize_runs(runs: list[dict[str, Any]]) -> str:
    """'4 runs: 3 success, 1 running' for a list of dag runs."""
    if not runs:
        return "no dag runs yet"
    states = Counter(str(run.get("state")) for run in runs)
    parts = ", ".join(f"{count} {state}" for state, count in sorted(states.items()))
    return f"{len(runs)} runs: {parts}"


def parsed_at_or_after(timestamp: str | None, since: datetime) -> bool:
    """Whether an API timestamp such as '2025-11-17T08:00:00.5Z' is not older than `since`."""
    if not timestamp:
        return False
    try:
        return datetime.fromisoformat(timestamp) >= since
    except ValueError:
        return False


def format_counts(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{table} {count}" for table, count in counts.items()) or "no newsflow tables yet"


# -- processes ---------------------------------------------------------------------


def _proc_stat(pid: int) -> tuple[str, int, int, int] | None:
    """(state, ppid, pgrp, session) of a process from /proc, None when it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except (OSError, ValueError):
        return None
    fields = raw.rsplit(")", 1)[1].split()
    return fields[0], int(fields[1]), int(fields[2]), int(fields[3])


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _has_proc() -> bool:
    return Path("/proc/self/stat").exists()


def session_members(sid: int) -> list[int]:
    """Live (non-zombie) processes of the session or process group `sid`."""
    if not _has_proc():
        try:
            os.killpg(sid, 0)
        except OSError:
            return []
        return [sid]
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _proc_stat(int(entry.name))
            if stat and stat[0] != "Z" and sid in (stat[2], stat[3]):
                members.append(int(entry.name))
    return members


def pid_alive(pid: int) -> bool:
    if _has_proc():
        stat = _proc_stat(pid)
        return stat is not None and stat[0] != "Z"
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True


def _signal_session(sid: int, sig: signal.Signals) -> None:
    """Signal the process group `sid`; SIGKILL also every member of its session.

    Airflow's task supervisor runs each task in a process group of its own (same session):
    SIGTERM reaches the components, which stop their tasks; SIGKILL must reach the tasks directly.
    """
    targets = [(os.killpg, sid)]
    if sig == signal.SIGKILL:
        targets += [(os.kill, pid) for pid in session_members(sid)]
    for send, target in targets:
        with suppress(OSError):
            send(target, sig)


def stop_session(sid: int, child: subprocess.Popen[bytes] | None = None, grace: float = STOP_GRACE) -> bool:
    """SIGTERM the session started by `sid`, SIGKILL what is left after `grace`; True if anything ran."""
    if not session_members(sid):
        return False
    _signal_session(sid, signal.SIGTERM)
    if not _wait_until(lambda: _reaped(child) and not session_members(sid), grace):
        log.warning("Airflow did not stop within %.0f s; killing it", grace)
        _signal_session(sid, signal.SIGKILL)
        _wait_until(lambda: _reaped(child) and not session_members(sid), 10)
    return True


def _reaped(child: subprocess.Popen[bytes] | None) -> bool:
    return child is None or child.poll() is not None


def _wait_until(condition: Callable[[], bool], timeout: float, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval)
    return True


def read_pid(path: Path, must_contain: str) -> int | None:
    """The pid in `path` when that process still runs a command containing `must_contain`."""
    try:
        pid = int(path.read_text().strip())
    except (OSError, ValueError):
        return None
    if not pid_alive(pid):
        return None
    if _has_proc() and must_contain not in _cmdline(pid) and not any(
        must_contain in _cmdline(member) for member in session_members(pid)
    ):
        return None
    return pid


def port_in_use(port: int) -> bool:
    """True when something listens on the port or it cannot be bound on all interfaces."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        if sock.connect_ex(("127.0.0.1", port)) == 0:
            return True
    return not port_is_free(port, host="0.0.0.0")


def memory_mib(pids: list[int]) -> float:
    """Proportional set size of the processes, in MiB (0 where /proc cannot say)."""
    total_kib = 0
    for pid in pids:
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        match = re.search(r"^Pss:\s+(\d+) kB", rollup, re.MULTILINE)
        total_kib += int(match.group(1)) if match else 0
    return total_kib / 1024


def postgres_pids(pg: EmbeddedPostgres) -> list[int]:
    """The postmaster of the embedded server and its children."""
    try:
        postmaster = int((pg.data_dir / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return []
    if not _has_proc():
        return [postmaster]
    children = [
        int(entry.name)
        for entry in Path("/proc").iterdir()
        if entry.name.isdigit() and (stat := _proc_stat(int(entry.name))) and stat[1] == postmaster
    ]
    return [postmaster, *children]


# -- the Airflow REST API -----------------------------------------------------------


class AirflowApi:
    """The few Airflow 3 REST calls the dev stack needs; transport errors become DevstackError."""

    def __init__(self, port: int) -> None:
        self.client = httpx.Client(base_url=f"http://localhost:{port}", timeout=15)

    def close(self) -> None:
        self.client.close()

    def healthy(self) -> bool:
        try:
            return self.client.get("/api/v2/monitor/health", timeout=3).status_code == 200
        except httpx.HTTPError:
            return False

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            return self.client.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise DevstackError(f"Airflow API {method} {path} failed: {exc}") from exc

    def json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.request(method, path, **kwargs)
        if response.is_error:
            reason = f"HTTP {response.status_code}, {_detail(response)}"
            raise DevstackError(f"Airflow API {method} {path}: {reason}")
        return response.json()

    def login(self, user: str, password: str) -> None:
        response = self.request("POST", "/auth/token", json={"username": user, "password": password})
        if response.is_error:
            raise DevstackError(f"Airflow refused the login of {user!r}: HTTP {response.status_code}")
        self.client.headers["Authorization"] = f"Bearer {response.json()['access_token']}"

    def runs_between(self, first: date, last: date, dag_id: str = DAG_ID) -> list[dict[str, Any]]:
        params = {
            "logical_date_gte": f"{first.isoformat()}T00:00:00Z",
            "logical_date_lte": f"{last.isoformat()}T00:00:00Z",
            "limit": 1000,
        }
        return list(self.json("GET", f"/api/v2/dags/{dag_id}/dagRuns", params=params)["dag_runs"])

    def active_backfill(self, dag_id: str = DAG_ID) -> int | None:
        body = self.json("GET", "/api/v2/backfills", params={"dag_id": dag_id, "limit": 100})
        active = [b["id"] for b in body["backfills"] if b.get("completed_at") is None]
        return active[0] if active else None

    def import_error(self, since: datetime, filename: str | None = None) -> str | None:
        """The last line of an import error reported since `since` (for `filename` when given)."""
        try:
            errors = self.json("GET", "/api/v2/importErrors", params={"limit": 100})["import_errors"]
        except DevstackError:
            return None
        for error in errors:
            if not parsed_at_or_after(error.get("timestamp"), since):
                continue
            if filename is not None and error.get("filename") != filename:
                continue
            trace = str(error.get("stack_trace") or "").strip().splitlines()
            return f"{error.get('filename')}: {trace[-1] if trace else 'import error'}"
        return None


# -- up ---------------------------------------------------------------------------------


@dataclass
class Stack:
    """What this `up` started, so that shutting down stops exactly that."""

    paths: Paths
    began: float = field(default_factory=time.monotonic)
    pg: EmbeddedPostgres | None = None
    airflow: subprocess.Popen[bytes] | None = None
    airflow_log: IO[bytes] | None = None
    airflow_started: datetime = field(default_factory=lambda: datetime.now(UTC))
    site: LocalServer | None = None

    def elapsed(self) -> str:
        return f"[{time.monotonic() - self.began:5.0f} s]"

    def shutdown(self) -> None:
        if self.airflow is not None:
            log.info("stopping Airflow (process group %s)", self.airflow.pid)
            stop_session(self.airflow.pid, self.airflow)
            for path in (self.paths.airflow_pid, self.paths.airflow_port):
                path.unlink(missing_ok=True)
        if self.airflow_log is not None:
            self.airflow_log.close()
        if self.site is not None:
            log.info("stopping the demo site")
            self.site.stop()
        if self.pg is not None:
            log.info("stopping PostgreSQL")
            try:
                self.pg.stop()
            except NewsflowError as exc:
                log.error("could not stop PostgreSQL: %s", exc)


def prepare_databases(env: Mapping[str, str], paths: Paths, stack: Stack) -> Databases:
    """The external DBs named in the environment, the embedded server for the others."""
    news, metadata = env.get("DATABASE_URL"), env.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN")
    if news and metadata:
        log.info("using DATABASE_URL and AIRFLOW__DATABASE__SQL_ALCHEMY_CONN; no embedded PostgreSQL")
        return Databases(libpq_url(news), metadata, None)
    pg = EmbeddedPostgres(paths.pg_root)
    if pg.running():
        log.info("reusing the embedded PostgreSQL already running on port %s", pg.port)
    else:
        stack.pg = pg  # recorded before start, so an interrupted start is still stopped
    server_url = pg.start()
    wanted = [name for name, given in (("news", news), ("airflow", metadata)) if not given]
    ensure_databases(server_url, wanted)
    return Databases(
        news_url=libpq_url(news) if news else pg.url("news"),
        metadata_url=metadata or f"postgresql+psycopg2://postgres@127.0.0.1:{pg.port}/airflow",
        embedded=pg,
    )


def migrate_news_db(url: str) -> None:
    from newsflow.db.migrate import apply_migrations

    applied = apply_migrations(url)
    if applied:
        log.info("news DB: applied %s", ", ".join(applied))
    else:
        log.info("news DB: schema up to date")


def write_passwords(paths: Paths, settings: Settings) -> None:
    paths.airflow_home.mkdir(parents=True, exist_ok=True)
    paths.passwords_file.write_text(json.dumps({settings.user: settings.password}))
    paths.passwords_file.chmod(0o600)


def open_airflow_log(paths: Paths) -> IO[bytes]:
    """A fresh airflow.log; the previous run's log is kept as airflow.log.1."""
    paths.logs.mkdir(parents=True, exist_ok=True)
    if paths.airflow_log.exists():
        paths.airflow_log.replace(paths.airflow_log.with_name("airflow.log.1"))
    return paths.airflow_log.open("wb")


def airflow_executable() -> Path:
    airflow = Path(sys.executable).parent / "airflow"
    if not airflow.exists():
        raise DevstackError(f"no airflow executable next to {sys.executable}; run `uv sync` (group airflow)")
    return airflow


def start_airflow(paths: Paths, env: dict[str, str], stack: Stack) -> subprocess.Popen[bytes]:
    """`airflow db migrate`, then `airflow standalone` as a new session logging to airflow.log."""
    airflow = airflow_executable()
    stack.airflow_log = open_airflow_log(paths)
    log.info("%s migrating the Airflow metadata DB", stack.elapsed())
    try:
        subprocess.run(
            [str(airflow), "db", "migrate"], env=env, cwd=paths.root, stdin=subprocess.DEVNULL,
            stdout=stack.airflow_log, stderr=subprocess.STDOUT, check=True, timeout=600,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        raise DevstackError(f"`airflow db migrate` failed; see {paths.airflow_log}") from exc
    log.info("%s starting airflow standalone (log: %s)", stack.elapsed(), paths.airflow_log)
    stack.airflow_started = datetime.now(UTC)
    process = subprocess.Popen(
        [str(airflow), "standalone"], env=env, cwd=paths.root, stdin=subprocess.DEVNULL,
        stdout=stack.airflow_log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    stack.airflow = process
    paths.airflow_pid.write_text(f"{process.pid}\n")
    paths.airflow_port.write_text(f"{env['AIRFLOW__API__PORT']}\n")
    return process


def _check_alive(process: subprocess.Popen[bytes], paths: Paths) -> None:
    code = process.poll()
    if code is not None:
        raise DevstackError(f"Airflow exited with code {code}; see {paths.airflow_log}")


def wait_healthy(api: AirflowApi, stack: Stack, timeout: float = HEALTH_TIMEOUT) -> None:
    assert stack.airflow is not None
    deadline = time.monotonic() + timeout
    while not api.healthy():
        _check_alive(stack.airflow, stack.paths)
        if time.monotonic() >= deadline:
            raise DevstackError(
                f"Airflow did not become healthy within {timeout:.0f} s; see {stack.paths.airflow_log}"
            )
        time.sleep(POLL_INTERVAL)
    log.info("%s Airflow is healthy", stack.elapsed())


def wait_for_dag(api: AirflowApi, stack: Stack, timeout: float = DAG_TIMEOUT, dag_id: str = DAG_ID) -> dict[str, Any]:
    """The DAG as the API reports it, once this Airflow's dag-processor has parsed its current file."""
    assert stack.airflow is not None
    since = stack.airflow_started
    deadline = time.monotonic() + timeout
    while True:
        response = api.request("GET", f"/api/v2/dags/{dag_id}")
        dag: dict[str, Any] = response.json() if response.status_code == 200 else {}
        if dag and not dag.get("is_stale") and parsed_at_or_after(dag.get("last_parsed_time"), since):
            log.info("%s DAG %s is parsed", stack.elapsed(), dag_id)
            return dag
        if dag.get("has_import_errors") and (problem := api.import_error(since, dag.get("relative_fileloc"))):
            raise DevstackError(f"DAG {dag_id} does not import: {problem}")
        _check_alive(stack.airflow, stack.paths)
        if time.monotonic() >= deadline:
            problem = api.import_error(since) or f"see {stack.paths.airflow_log}"
            raise DevstackError(f"DAG {dag_id} was not parsed within {timeout:.0f} s ({problem})")
        time.sleep(POLL_INTERVAL)


def start_demo_site(env: Mapping[str, str], paths: Paths, stack: Stack) -> str:
    """Serve the demo corpus on the address of the `demo-site` source's first URL; returns that URL."""
    from urllib.parse import urlsplit

    from newsflow.config import ConfigError, load_sources
    from newsflow.site.demo import serve_demo

    sources_path = Path(env.get("NEWSFLOW_SOURCES") or paths.root / "sources.toml")
    try:
        source = load_sources(sources_path).get(DEMO_SOURCE)
    except ConfigError as exc:
        raise DevstackError(str(exc)) from exc
    if source is None or source.fetch is None:
        raise DevstackError(f"{sources_path} has no web source [sources.{DEMO_SOURCE}] to serve the demo site for")
    address = urlsplit(source.fetch.urls[0])
    host, port = address.hostname or "127.0.0.1", address.port or 80
    if port_in_use(port):
        raise DevstackError(f"port {port} of the demo site ({source.fetch.urls[0]}) is in use; free it or change "
                            f"[sources.{DEMO_SOURCE}] urls in {sources_path}")
    stack.site = serve_demo(Path(env["NEWSFLOW_DEMO_DIR"]), host, port)
    log.info("%s demo site on %s", stack.elapsed(), stack.site.url)
    return stack.site.url


def ensure_pool(api: AirflowApi) -> None:
    """The pool the fetch tasks run in (Airflow schedules no task of a pool that does not exist)."""
    response = api.request("POST", "/api/v2/pools", json={
        "name": HTTP_POOL, "slots": HTTP_POOL_SLOTS, "include_deferred": False,
        "description": "newsflow fetch tasks: bounds the HTTP fetches running at once"})
    if response.status_code not in (200, 201, 409):
        raise DevstackError(f"creating the pool {HTTP_POOL} failed: HTTP {response.status_code} {_detail(response)}")


def ensure_unpaused(api: AirflowApi, dag: Mapping[str, Any]) -> None:
    if dag.get("is_paused"):
        api.json("PATCH", f"/api/v2/dags/{dag['dag_id']}", json={"is_paused": False})
        log.info("unpaused %s", dag["dag_id"])


def start_backfill(api: AirflowApi, first: date, last: date) -> int | None:
    """The id of the backfill to follow (new or already active), None when there is nothing to run."""
    days = (last - first).days + 1
    active = api.active_backfill()
    if active is not None:
        log.info("a backfill of %s is already active (id %s); following it", DAG_ID, active)
        return active
    existing = api.runs_between(first, last)
    if len({run["logical_date"][:10] for run in existing if run.get("logical_date")}) >= days:
        log.info("all %s demo days already have dag runs (%s); reusing them", days, summarize_runs(existing))
        return None
    response = api.request("POST", "/api/v2/backfills", json=backfill_body(first, last))
    if response.status_code == 200:
        backfill_id = int(response.json()["id"])
        log.info("backfill %s created for %s..%s (%s days)", backfill_id, first, last, days)
        return backfill_id
    if response.status_code == 409:
        active = api.active_backfill()
        log.info("a backfill of %s is already active (id %s); following it", DAG_ID, active)
        return active
    if response.status_code == 422:
        log.info("no backfill created: %s", _detail(response))
        return None
    raise DevstackError(f"creating the backfill failed: HTTP {response.status_code} {_detail(response)}")


def _detail(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail")
    except ValueError:
        return response.text[:200]
    if isinstance(detail, list):
        detail = "; ".join(str(i.get("msg", i)) if isinstance(i, dict) else str(i) for i in detail)
    return str(detail)[:200]


def follow_backfill(
    api: AirflowApi,
    stack: Stack,
    backfill_id: int,
    first: date,
    last: date,
    timeout: float = BACKFILL_TIMEOUT,
) -> bool:
    """Print run states as they change until the backfill completes; False on timeout."""
    assert stack.airflow is not None
    deadline = time.monotonic() + timeout
    shown = ""
    while True:
        backfill = api.json("GET", f"/api/v2/backfills/{backfill_id}")
        progress = summarize_runs(api.runs_between(first, last, backfill["dag_id"]))
        if progress != shown:
            log.info("%s backfill %s: %s", stack.elapsed(), backfill_id, progress)
            shown = progress
        if backfill.get("completed_at"):
            log.info("%s backfill %s complete", stack.elapsed(), backfill_id)
            return True
        _check_alive(stack.airflow, stack.paths)
        if time.monotonic() >= deadline:
            log.warning("backfill %s still running after %.0f s; follow it in the UI", backfill_id, timeout)
            return False
        time.sleep(POLL_INTERVAL)


def row_counts(url: str) -> dict[str, int]:
    """Rows of the tables the summary shows (after migrations, so they exist)."""
    with connect(url) as conn:
        counts = table_counts(conn)
    return {table: counts[table] for table in COUNTED_TABLES if table in counts}


def print_summary(settings: Settings, dbs: Databases, env: Mapping[str, str], paths: Paths,
                  site_url: str | None = None) -> None:
    if dbs.embedded is not None and not env.get("DATABASE_URL"):
        psql = dbs.embedded.psql_command("news")
    else:
        psql = f'psql "{without_password(dbs.news_url)}"'
    try:
        counts = format_counts(row_counts(dbs.news_url))
    except NewsflowError as exc:
        counts = f"unavailable ({exc})"
    print(
        "\nnewsflow is running\n"
        f"  Airflow UI  http://localhost:{settings.ui_port}  (login {settings.user} / {settings.password})\n"
        f"  news DB     {psql}\n"
        + (f"  demo site   {site_url}/  (feed.xml, sitemap.xml, archive/, text/)\n" if site_url else "")
        + f"  rows        {counts}\n"
        f"  logs        {paths.airflow_log}\n"
        "Stop with Ctrl-C or `make stop`.",
        flush=True,
    )


def wait_foreground(stack: Stack) -> None:
    assert stack.airflow is not None
    while True:
        _check_alive(stack.airflow, stack.paths)
        time.sleep(1)


@contextmanager
def stop_signals_raise() -> Iterator[None]:
    """Within the block, Ctrl-C, SIGTERM and SIGHUP raise Interrupted."""

    def handler(signum: int, _frame: object) -> None:
        raise Interrupted(signal.Signals(signum).name)

    for sig in STOP_SIGNALS:
        signal.signal(sig, handler)
    try:
        yield
    finally:
        for sig in STOP_SIGNALS:
            signal.signal(sig, signal.SIG_IGN)  # shutting down: a second Ctrl-C must not cut it short


def refuse_second_run(paths: Paths) -> None:
    other = read_pid(paths.devstack_pid, "devstack")
    if other is not None and other != os.getpid():
        raise DevstackError(f"newsflow is already running (pid {other}); stop it with `make stop`")
    leftover = read_pid(paths.airflow_pid, "airflow")
    if leftover is not None:
        log.info("stopping the Airflow left over from an earlier run (pid %s)", leftover)
        stop_session(leftover)


def run_stack(env: Mapping[str, str], paths: Paths, settings: Settings, stack: Stack) -> None:
    dbs = prepare_databases(env, paths, stack)
    migrate_news_db(dbs.news_url)
    write_passwords(paths, settings)
    airflow_env = build_env(env, paths, settings, dbs, Path(sys.executable).parent)
    start_demo_site(airflow_env, paths, stack)
    start_airflow(paths, airflow_env, stack)
    api = AirflowApi(settings.ui_port)
    try:
        wait_healthy(api, stack)
        api.login(settings.user, settings.password)
        ensure_pool(api)
        ensure_unpaused(api, wait_for_dag(api, stack))
        span = demo_date_range(Path(airflow_env["NEWSFLOW_DEMO_DIR"]))
        if span is None:
            log.info("no YYYY-MM-DD folders in %s; nothing to backfill", airflow_env["NEWSFLOW_DEMO_DIR"])
        elif (backfill_id := start_backfill(api, *span)) is not None:
            follow_backfill(api, stack, backfill_id, *span)
    finally:
        api.close()
    print_summary(settings, dbs, env, paths, stack.site.url if stack.site else None)
    wait_foreground(stack)


def up(paths: Paths, env: Mapping[str, str]) -> int:
    """Start everything, backfill the demo corpus, stay in the foreground until stopped."""
    settings = Settings.from_env(env)
    paths.state.mkdir(parents=True, exist_ok=True)
    refuse_second_run(paths)
    if port_in_use(settings.ui_port):
        raise DevstackError(f"port {settings.ui_port} is in use; free it or set NEWSFLOW_UI_PORT")
    stack = Stack(paths)
    paths.devstack_pid.write_text(f"{os.getpid()}\n")
    code = 0
    try:
        with stop_signals_raise():
            run_stack(env, paths, settings, stack)
    except Interrupted as stop:
        log.info("received %s, stopping", stop)
    except NewsflowError as exc:
        print(f"newsflow: {exc}", file=sys.stderr, flush=True)
        code = 1
    finally:
        stack.shutdown()
        paths.devstack_pid.unlink(missing_ok=True)
    log.info("stopped")
    return code


# -- down and status ---------------------------------------------------------------------


def down(paths: Paths) -> int:
    """Stop what `make run` started, whether or not its foreground process still runs."""
    runner = read_pid(paths.devstack_pid, "devstack")
    if runner is not None and runner != os.getpid():
        log.info("asking `make run` (pid %s) to stop", runner)
        with suppress(ProcessLookupError):
            os.kill(runner, signal.SIGTERM)
        if not _wait_until(lambda: not pid_alive(runner), STOP_GRACE + 30):
            log.warning("`make run` (pid %s) did not exit; stopping what it started", runner)
    airflow = read_pid(paths.airflow_pid, "airflow")
    if airflow is not None:
        log.info("stopping Airflow (process group %s)", airflow)
        stop_session(airflow)
    for path in (paths.airflow_pid, paths.airflow_port, paths.devstack_pid):
        path.unlink(missing_ok=True)
    pg = EmbeddedPostgres(paths.pg_root)
    if pg.running():
        log.info("stopping PostgreSQL on port %s", pg.port)
        pg.stop()
    return 0


def status(paths: Paths) -> int:
    runner = read_pid(paths.devstack_pid, "devstack")
    print(f"make run     {'running in the foreground, pid ' + str(runner) if runner else 'not running'}")
    airflow = read_pid(paths.airflow_pid, "airflow")
    if airflow is None:
        print("Airflow     stopped")
    else:
        port = _read_int(paths.airflow_port) or DEFAULT_UI_PORT
        api = AirflowApi(port)
        health = "healthy" if api.healthy() else "not healthy yet"
        api.close()
        mib = memory_mib(session_members(airflow))
        print(f"Airflow     running, pid {airflow}, UI http://localhost:{port} ({health}), {mib:,.0f} MiB")
    pg = EmbeddedPostgres(paths.pg_root)
    if pg.running():
        mib = memory_mib(postgres_pids(pg))
        print(f"PostgreSQL  running on 127.0.0.1:{pg.port}, data {pg.data_dir}, {mib:,.0f} MiB")
    else:
        print("PostgreSQL  stopped (embedded)")
    if os.environ.get("DATABASE_URL"):
        print(f"news DB     {redact(os.environ['DATABASE_URL'])} (DATABASE_URL)")
    return 0


def _read_int(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsflow.devstack", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["up", "down", "status"])
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stdout)
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        paths = Paths(project_root())
        if args.command == "up":
            return up(paths, os.environ)
        if args.command == "down":
            return down(paths)
        return status(paths)
    except NewsflowError as exc:
        print(f"newsflow: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # before `up` installed its handlers, or during `down`/`status`
        return 130


if __name__ == "__main__":
    sys.exit(main())
