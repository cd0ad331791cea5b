"""Where the news database is, and the one place psycopg connection errors become newsflow errors."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

from newsflow.models import NewsflowError

log = logging.getLogger(__name__)

NEWS_DB = "news"


class DatabaseError(NewsflowError):
    """The news database is unreachable or refused an operation."""


def project_home() -> Path:
    """NEWSFLOW_HOME, else the project folder above cwd or above this package (editable install), else cwd."""
    if home := os.environ.get("NEWSFLOW_HOME"):
        return Path(home).resolve()
    cwd = Path.cwd().resolve()
    for start in (cwd, Path(__file__).resolve().parent):
        for folder in (start, *start.parents):
            if (folder / "pyproject.toml").exists() and (folder / "sql").is_dir():
                return folder
    return cwd


def resolve_url(explicit: str | None = None, *, start_embedded: bool = True) -> str:
    """The news DB: explicit > DATABASE_URL > AIRFLOW_CONN_NEWS_DB > the embedded default server."""
    for candidate in (explicit, os.environ.get("DATABASE_URL"), os.environ.get("AIRFLOW_CONN_NEWS_DB")):
        if candidate:
            return candidate
    from newsflow.embedded import EmbeddedPostgres, ensure_databases

    server = EmbeddedPostgres(project_home() / ".newsflow" / "pg")
    if not server.running():
        if not start_embedded:
            raise DatabaseError("no DATABASE_URL and the embedded PostgreSQL is not running")
        log.info("starting the embedded PostgreSQL in %s", server.root)
        server.start()
    ensure_databases(server.url(), [NEWS_DB])
    return server.url(NEWS_DB)


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


@contextmanager
def connect(url: str, *, autocommit: bool = False) -> Iterator[psycopg.Connection]:
    """A connection whose block is one transaction; connection failures raise DatabaseError."""
    try:
        conn = psycopg.connect(url, autocommit=autocommit, connect_timeout=10)
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise DatabaseError(f"cannot connect to {redact(url)}: {reason}") from exc
    with conn:
        yield conn
