"""Apply the numbered SQL files of `sql/` in order, once each, recording them."""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from newsflow.db.connection import DatabaseError, connect, project_home

log = logging.getLogger(__name__)

MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
LOCK_KEY = 0x6E657773  # advisory lock: one migrator at a time per database

BOOKKEEPING = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version     text PRIMARY KEY,
    filename    text NOT NULL,
    sha256      text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
)
"""


@dataclass(frozen=True)
class Migration:
    version: str
    path: Path

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()


def migrations_dir() -> Path:
    """The `sql/` folder of the project (or the copy shipped inside the package)."""
    for candidate in (project_home() / "sql", Path(__file__).resolve().parents[3] / "sql",
                      Path(__file__).resolve().parent.parent / "sql"):
        if candidate.is_dir():
            return candidate
    raise DatabaseError("no sql/ migrations folder found")


def discover(folder: Path | None = None) -> list[Migration]:
    folder = folder or migrations_dir()
    found = []
    for path in sorted(folder.glob("*.sql")):
        match = MIGRATION_NAME.match(path.name)
        if not match:
            raise DatabaseError(f"migration file name not of the form NNNN_name.sql: {path.name}")
        found.append(Migration(match.group(1), path))
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise DatabaseError(f"two migrations share a number in {folder}")
    return found


def apply_migrations(url: str, folder: Path | None = None) -> list[str]:
    """Apply the pending migrations, each in its own transaction; returns the file names applied."""
    applied_now: list[str] = []
    with connect(url, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (LOCK_KEY,))
        try:
            conn.execute(BOOKKEEPING)
            done = {row[0]: row[1] for row in conn.execute("SELECT version, sha256 FROM schema_migrations")}
            for migration in discover(folder):
                if migration.version in done:
                    if done[migration.version] != migration.sha256:
                        log.warning("applied migration %s was edited since; add a new file instead",
                                    migration.path.name)
                    continue
                log.info("applying %s", migration.path.name)
                with conn.transaction():
                    conn.execute(migration.path.read_text(encoding="utf-8"))
                    conn.execute(
                        "INSERT INTO schema_migrations (version, filename, sha256) VALUES (%s, %s, %s)",
                        (migration.version, migration.path.name, migration.sha256),
                    )
                applied_now.append(migration.path.name)
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (LOCK_KEY,))
    return applied_now
