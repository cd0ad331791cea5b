"""The consumer layer on a real PostgreSQL: the reader role's rights, search across scripts and for short words,
the SQL fold against the Python one, the schema reference, and every example query of README "Querying"."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from expected_outcomes import all_days
from psycopg import errors, sql

from newsflow import pipeline
from newsflow.db.migrate import apply_migrations
from newsflow.db.schema_doc import default_path, schema_markdown
from newsflow.db.search import alnum_ranges, fold_chars, search
from newsflow.normalize import fold
from newsflow.script import converter

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # benchmarks/ is a folder of the repository, not of the installed package
    sys.path.insert(0, str(ROOT))
QUERIES = importlib.import_module("benchmarks.queries")
READER = "newsflow_reader"
SIMPLIFIED_ARTICLE = ROOT / "tests" / "fixtures" / "dedup" / "other-script.txt"


def _truncate(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        tables = [row[0] for row in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
            "AND tablename NOT IN ('schema_migrations', 'fold_map', 'fold_ranges')")]
        conn.execute(sql.SQL("TRUNCATE {} RESTART IDENTITY CASCADE").format(
            sql.SQL(", ").join(map(sql.Identifier, tables))))


@pytest.fixture(scope="module")
def demo_db(migrated_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The demo corpus, day by day, and one Simplified article from another source; read by every test here."""
    _truncate(migrated_url)
    for d in all_days():
        start = datetime.fromisoformat(d).replace(tzinfo=UTC)
        pipeline.ingest(migrated_url, "demo", start, start + timedelta(days=1))
    folder = tmp_path_factory.mktemp("extra")
    (folder / "articles" / "2025-11-22").mkdir(parents=True)
    (folder / "articles" / "2025-11-22" / "simplified.txt").write_bytes(SIMPLIFIED_ARTICLE.read_bytes())
    (folder / "sources.toml").write_text('[sources.extra]\nkind = "dir"\npath = "articles"\n')
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSFLOW_SOURCES", str(folder / "sources.toml"))
        start = datetime(2025, 11, 22, tzinfo=UTC)
        pipeline.ingest(migrated_url, "extra", start, start + timedelta(days=1))
    yield migrated_url
    _truncate(migrated_url)


def as_reader(url: str) -> psycopg.Connection:
    conn = psycopg.connect(url, autocommit=True)
    conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(READER)))
    return conn


def public_relations(conn: psycopg.Connection, kinds: str) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind = ANY(%s) ORDER BY 1", (list(kinds),))]


# -- the contract ------------------------------------------------------------------------------------------------

def test_every_view_and_column_has_a_comment(demo_db: str) -> None:
    with psycopg.connect(demo_db) as conn:
        missing = conn.execute("""
            SELECT c.relname || coalesce('.' || a.attname, '')
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             WHERE n.nspname = 'public' AND c.relkind IN ('v', 'm')
               AND (obj_description(c.oid, 'pg_class') IS NULL
                    OR (a.attnum IS NOT NULL AND col_description(c.oid, a.attnum) IS NULL))
        """).fetchall()
    assert [m[0] for m in missing] == []


def test_the_schema_reference_is_current(demo_db: str) -> None:
    with psycopg.connect(demo_db) as conn:
        generated = schema_markdown(conn)
    current = default_path().read_text(encoding="utf-8") if default_path().exists() else ""
    assert current == generated, "docs/schema.md is stale: run `uv run newsflow db schema-doc`"


def test_schema_doc_check_on_the_command_line(demo_db: str, tmp_path: Path) -> None:
    newsflow = str(Path(sys.executable).parent / "newsflow")
    stale = tmp_path / "schema.md"
    stale.write_text("# old\n")
    result = subprocess.run([newsflow, "db", "schema-doc", "--check", "--output", str(stale)],
                            capture_output=True, text=True, timeout=120, env=os.environ.copy())
    assert result.returncode == 1 and "is stale" in result.stderr
    written = subprocess.run([newsflow, "db", "schema-doc", "--output", str(stale)],
                             capture_output=True, text=True, timeout=120, env=os.environ.copy())
    assert written.returncode == 0, written.stderr
    assert stale.read_text(encoding="utf-8") == default_path().read_text(encoding="utf-8")


# -- the reader role ---------------------------------------------------------------------------------------------

def test_the_reader_cannot_log_in_and_reads_exactly_the_views(demo_db: str) -> None:
    with psycopg.connect(demo_db) as conn:
        assert conn.execute("SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = %s",
                            (READER,)).fetchone() == (False, False)
        views, tables = public_relations(conn, "vm"), public_relations(conn, "rpS")
        readable = {r[0] for r in conn.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND has_table_privilege(%s, c.oid, 'SELECT')", (READER,))}
    assert readable == set(views)
    assert not set(tables) & readable
    with as_reader(demo_db) as conn:
        for view in views:
            conn.execute(sql.SQL("SELECT * FROM {} LIMIT 1").format(sql.Identifier(view))).fetchall()
        assert conn.execute("SELECT count(*) FROM articles_v").fetchone() == (33,)


@pytest.mark.parametrize("table", ["raw_documents", "quarantine", "articles", "duplicates", "fold_map"])
def test_the_reader_cannot_read_a_table(demo_db: str, table: str) -> None:
    with as_reader(demo_db) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(sql.SQL("SELECT * FROM {} LIMIT 1").format(sql.Identifier(table)))


@pytest.mark.parametrize("statement", [
    "INSERT INTO sources (name, kind, location) VALUES ('x', 'dir', 'x')",
    "UPDATE articles SET title = 'x'",
    "DELETE FROM quarantine",
    "TRUNCATE ingest_runs CASCADE",
    "UPDATE articles_v SET title = 'x'",
    "CREATE TABLE public.mine (id int)",
    "CREATE VIEW public.mine AS SELECT 1",
    "CREATE FUNCTION public.mine() RETURNS int LANGUAGE sql RETURN 1",
    "ALTER TABLE articles ADD COLUMN x int",
    "DROP VIEW articles_v",
    "COMMENT ON VIEW articles_v IS 'x'",
    "SELECT setval('articles_id_seq', 1)",
], ids=lambda s: " ".join(s.split()[:3]))
def test_the_reader_cannot_write(demo_db: str, statement: str) -> None:
    with as_reader(demo_db) as conn, pytest.raises((errors.InsufficientPrivilege, errors.WrongObjectType,
                                                    errors.ObjectNotInPrerequisiteState)):
        conn.execute(statement)  # type: ignore[arg-type]


def test_the_reader_has_no_write_right_anywhere(demo_db: str) -> None:
    with psycopg.connect(demo_db) as conn:
        writable = conn.execute("""
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public'
               AND (has_table_privilege(%(r)s, c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
                    OR (c.relkind = 'S' AND has_sequence_privilege(%(r)s, c.oid, 'USAGE, UPDATE')))
        """, {"r": READER}).fetchall()
        schema = conn.execute("SELECT has_schema_privilege(%s, 'public', 'CREATE'), "
                              "has_database_privilege(%s, current_database(), 'CREATE')", (READER, READER)).fetchone()
    assert writable == [] and schema == (False, False)


def test_migrating_another_database_of_the_cluster_keeps_the_role(demo_db: str, fresh_database: str) -> None:
    assert apply_migrations(fresh_database)  # the role exists already: the migration finds it
    with psycopg.connect(fresh_database) as conn:
        assert conn.execute("SELECT has_table_privilege(%s, 'articles_v', 'SELECT'), "
                            "has_function_privilege(%s, 'newsflow_search(text, integer, timestamptz, timestamptz)', "
                            "'EXECUTE')", (READER, READER)).fetchone() == (True, True)


# -- search ------------------------------------------------------------------------------------------------------

def titles(url: str, query: str, limit: int = 50) -> list[str]:
    with as_reader(url) as conn:
        return [r[0] for r in conn.execute("SELECT title FROM newsflow_search(%s, %s)", (query, limit))]


def containing(url: str, word: str) -> set[str]:
    """Titles of the articles whose folded title and body hold the word (a scan, the ground truth)."""
    with psycopg.connect(url) as conn:
        return {r[0] for r in conn.execute("SELECT title FROM articles WHERE strpos(folded_key, %s) > 0",
                                           (fold(word),))}


@pytest.mark.parametrize("word", ["台风", "颱風", "央行", "鎳", "出口", "人工智能", "科技指數"])
def test_search_finds_exactly_the_articles_holding_a_word(demo_db: str, word: str) -> None:
    expected = containing(demo_db, word)
    assert expected, f"the demo corpus has no {word}"
    assert set(titles(demo_db, word)) == expected


def test_a_simplified_query_finds_traditional_articles_and_the_reverse(demo_db: str) -> None:
    typhoon = titles(demo_db, "台风")  # the demo articles write 颱風
    assert typhoon and all("颱風" in t for t in typhoon[:2])
    assert set(typhoon) == set(titles(demo_db, "颱風")) == containing(demo_db, "颱風")
    power = titles(demo_db, "數據中心 用電")  # the Simplified article writes 数据中心 ... 用电
    assert "新港电力公司上调全年盈利预测,数据中心用电需求急升" in power
    assert set(power) == containing(demo_db, "数据中心") & containing(demo_db, "用电")


def test_two_character_words_and_single_characters(demo_db: str) -> None:
    for word in ("央行", "鎳", "礦"):
        got = titles(demo_db, word)
        assert len(got) == len(containing(demo_db, word)) > 0


def test_phrases_fold_like_opencc(demo_db: str) -> None:
    with as_reader(demo_db) as conn:
        for text in ("復甦", "经济復甦", "瞭解", "乾隆", "聯儲局 Fed", "ＡＢＣ１２３", "Straße"):
            assert conn.execute("SELECT newsflow_fold(%s)", (text,)).fetchone() == (fold(text),), text


def test_title_matches_come_first_then_newest(demo_db: str) -> None:
    with as_reader(demo_db) as conn:
        rows = conn.execute("SELECT rank, in_title, published_at, occurrences FROM newsflow_search('台风')"
                            ).fetchall()
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    keys = [(not r[1], -r[2].timestamp()) for r in rows]
    assert keys == sorted(keys) and rows[0][1] and all(r[3] > 0 for r in rows)


def test_search_window_limit_and_empty_query(demo_db: str) -> None:
    with as_reader(demo_db) as conn:
        windowed = conn.execute("SELECT published_at FROM newsflow_search('的', 100, '2025-11-20', '2025-11-21')"
                                ).fetchall()
        assert windowed and all(r[0].date().isoformat() == "2025-11-20" for r in windowed)
        assert len(conn.execute("SELECT * FROM newsflow_search('的', 3)").fetchall()) == 3
        assert conn.execute("SELECT count(*) FROM newsflow_search(' ,。 ')").fetchone() == (0,)


def test_search_uses_the_bigram_index(demo_db: str) -> None:
    with psycopg.connect(demo_db) as conn:
        conn.execute("SET enable_seqscan = off")
        plan = conn.execute("EXPLAIN (FORMAT JSON) SELECT id FROM articles "
                            "WHERE newsflow_bigrams(folded_key) @@ newsflow_search_tsquery('{台风}')").fetchone()
    assert plan is not None and "articles_search_idx" in json.dumps(plan[0])


def test_search_from_python_and_the_command_line(demo_db: str) -> None:
    with psycopg.connect(demo_db) as conn:
        hits = search(conn, "颱風", limit=2)
    assert len(hits) == 2 and hits[0].in_title and hits[0].rank == 1
    newsflow = str(Path(sys.executable).parent / "newsflow")
    result = subprocess.run([newsflow, "search", "数据中心", "--json"], capture_output=True, text=True, timeout=120,
                            env=os.environ.copy())
    assert result.returncode == 0, result.stderr
    assert {hit["title"] for hit in json.loads(result.stdout)} == containing(demo_db, "数据中心")


# -- the SQL fold is the Python fold -----------------------------------------------------------------------------

def test_the_fold_tables_are_what_opencc_gives(demo_db: str) -> None:
    ranges = alnum_ranges()
    chars = fold_chars(ranges)
    with psycopg.connect(demo_db) as conn:
        stored = dict(conn.execute("SELECT source, folded FROM fold_map").fetchall())
        stored_ranges = conn.execute("SELECT first_cp, last_cp FROM fold_ranges ORDER BY 1").fetchall()
    assert {k: v for k, v in stored.items() if len(k) == 1} == chars
    assert {k: v for k, v in stored.items() if len(k) > 1 if fold(k) != v} == {}
    assert stored_ranges == ranges


def test_the_sql_fold_of_every_article_is_its_folded_key(demo_db: str) -> None:
    with psycopg.connect(demo_db) as conn:
        rows = conn.execute("""SELECT uri, newsflow_fold(title_normalized || E'\\n' || body_normalized) = folded_key,
                                      newsflow_title_key(folded_key, title_normalized) = newsflow_fold(title_normalized)
                                 FROM articles""").fetchall()
    assert rows and [r[0] for r in rows if not (r[1] and r[2])] == []


@pytest.mark.parametrize("config", ["s2hk", "s2tw", "s2t"])
def test_the_sql_fold_of_generated_text_in_each_script(demo_db: str, config: str) -> None:
    synthetic = importlib.import_module("benchmarks.synthetic")
    texts = [converter(config).convert(doc.text) for _, doc in zip(range(40), synthetic.generate(20, seed=3),
                                                                   strict=False)]
    with psycopg.connect(demo_db) as conn:
        got = [conn.execute("SELECT newsflow_fold(%s)", (t,)).fetchone() for t in texts]
    assert [g[0] if g else None for g in got] == [fold(t) for t in texts]


# -- README -----------------------------------------------------------------------------------------------------

def test_readme_has_the_example_queries() -> None:
    examples = QUERIES.readme_examples()
    assert len(examples) >= 10
    assert [e.number for e in examples] == list(range(1, len(examples) + 1))


@pytest.mark.parametrize("example", QUERIES.readme_examples(), ids=lambda e: f"{e.number}")
def test_every_readme_example_runs_as_the_reader(demo_db: str, example: object) -> None:
    with as_reader(demo_db) as conn:
        rows = conn.execute(example.sql).fetchall()  # type: ignore[attr-defined]
    assert rows, f"README example {example.number} returns nothing on the demo corpus"  # type: ignore[attr-defined]


def test_every_readme_example_has_a_counterpart_in_the_benchmark() -> None:
    examples = QUERIES.readme_examples()
    values = dict.fromkeys(QUERIES.COUNTERPARTS, "x") | dict.fromkeys(QUERIES.SEARCH_SHARES, "x")
    values |= {d: d for e in examples for d in QUERIES.DATE.findall(e.sql)}
    for example in examples:
        QUERIES.for_corpus(example, values)  # raises for a demo value the benchmark cannot replace
