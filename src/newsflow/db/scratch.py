"""Throwaway databases for tests and benchmarks, on the DATABASE_URL server or the embedded one."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict


def as_url(conninfo: str, dbname: str | None = None) -> str:
    """A postgresql:// URL (SQLAlchemy and Airflow want URLs), optionally for another database."""
    parts = conninfo_to_dict(conninfo)
    user = parts.get("user") or "postgres"
    password = f":{parts['password']}" if parts.get("password") else ""
    host = parts.get("host") or "127.0.0.1"
    port = parts.get("port") or "5432"
    return f"postgresql://{user}{password}@{host}:{port}/{dbname or parts.get('dbname') or 'postgres'}"


class ScratchServer:
    """Where throwaway databases are made: `given` (a database URL whose server is used) or the embedded
    server in `embedded_root`. CREATE/DROP DATABASE are issued from the given database, which exists."""

    def __init__(self, given: str | None, embedded_root: Path) -> None:
        self.given = given
        self.embedded = None
        if given:
            self.maintenance = given
        else:
            from newsflow.embedded import EmbeddedPostgres

            self.embedded = EmbeddedPostgres(embedded_root)
            self.was_running = self.embedded.running()
            self.maintenance = self.embedded.start()

    @classmethod
    def from_environment(cls, embedded_root: Path) -> ScratchServer:
        return cls(os.environ.get("DATABASE_URL") or None, embedded_root)

    def create(self, name: str) -> str:
        self.drop(name)
        with psycopg.connect(self.maintenance, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return as_url(self.maintenance, name)

    def drop(self, name: str) -> None:
        with psycopg.connect(self.maintenance, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    @contextmanager
    def database(self, name: str) -> Iterator[str]:
        url = self.create(name)
        try:
            yield url
        finally:
            self.drop(name)

    def close(self) -> None:
        """Stop the embedded server if this object started it."""
        if self.embedded is not None and not self.was_running:
            self.embedded.stop()
