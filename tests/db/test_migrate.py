"""Migrations apply in order from an empty database, once each, and are recorded."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from newsflow.db import DatabaseError
from newsflow.db.migrate import apply_migrations, discover, migrations_dir

EXPECTED_TABLES = {
    "schema_migrations", "sources", "ingest_runs", "raw_documents", "ingest_run_documents", "articles", "authors",
    "article_authors", "photos", "photo_agencies", "related_headlines", "duplicates", "quarantine",
}


def test_migrations_apply_from_empty_once(fresh_database: str) -> None:
    files = [m.path.name for m in discover()]
    assert files == sorted(files) and files[0].startswith("0001_")
    assert apply_migrations(fresh_database) == files
    assert apply_migrations(fresh_database) == []
    with psycopg.connect(fresh_database) as conn:
        tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        recorded = [r[0] for r in conn.execute("SELECT filename FROM schema_migrations ORDER BY version")]
        views = {r[0] for r in conn.execute("SELECT viewname FROM pg_views WHERE schemaname = 'public'")}
    assert tables >= EXPECTED_TABLES
    assert recorded == files
    assert "articles_v" in views


def test_a_bad_migration_name_is_refused(tmp_path: Path) -> None:
    (tmp_path / "0001_ok.sql").write_text("SELECT 1")
    (tmp_path / "2_bad name.sql").write_text("SELECT 1")
    with pytest.raises(DatabaseError, match=r"NNNN_name\.sql"):
        discover(tmp_path)


def test_a_failing_migration_leaves_nothing_half_applied(fresh_database: str, tmp_path: Path) -> None:
    (tmp_path / "0001_good.sql").write_text("CREATE TABLE good (id int)")
    (tmp_path / "0002_bad.sql").write_text("CREATE TABLE half (id int); SELECT no_such_column FROM good")
    with pytest.raises(psycopg.Error):
        apply_migrations(fresh_database, tmp_path)
    with psycopg.connect(fresh_database) as conn:
        tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        recorded = [r[0] for r in conn.execute("SELECT filename FROM schema_migrations")]
    assert "good" in tables and "half" not in tables
    assert recorded == ["0001_good.sql"]


def test_the_shipped_folder_is_the_projects() -> None:
    assert migrations_dir() == Path(__file__).resolve().parents[2] / "sql"
