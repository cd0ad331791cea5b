"""The article loader on a real PostgreSQL: a fresh batch is copied straight in; a race on a key falls back."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import psycopg

from newsflow.config import SourceConfig
from newsflow.db import connect, store
from newsflow.models import Article, RawDocument, SourceItem
from newsflow.transform import transform

DEMO_DAY = Path(__file__).resolve().parents[2] / "demo" / "articles" / "2025-11-17"
WHEN = datetime(2025, 11, 17, tzinfo=UTC)
T = TypeVar("T")


def stored(url: str, names: list[str], content: bytes | None = None) -> tuple[int, int, dict[int, Article]]:
    """The run and source ids, and each named demo article (or `content` under each name) stored as raw."""
    docs = []
    for name in names:
        data = content if content is not None else (DEMO_DAY / name).read_bytes()
        docs.append(RawDocument(SourceItem("loader", f"2025-11-17/{name}", WHEN, "path"), data,
                                hashlib.sha256(data).hexdigest(), WHEN))
    with connect(url) as conn:
        source_id = store.upsert_source(conn, SourceConfig("loader", "dir", "/nowhere"))
        run = store.begin_run(conn, "test", "test", source_id, WHEN, WHEN.replace(day=18))
        store.store_raw(conn, run, source_id, docs)
        ids = {doc.raw.item.uri: doc.id for doc in store.run_documents(conn, run, 0, 100)}
    articles = {}
    for doc in docs:
        article = transform(doc)
        assert isinstance(article, Article)
        articles[ids[doc.item.uri]] = article
    return run, source_id, articles


def race(url: str, first: Callable[[psycopg.Connection], object], second: Callable[[psycopg.Connection], T]) -> T:
    """`second` in its own transaction while `first`'s is open: it must wait for it; then `first` commits."""
    first_conn = psycopg.connect(url)
    first(first_conn)  # not committed yet
    results: list[T | BaseException] = []

    def run_second() -> None:
        try:
            with connect(url) as conn:
                results.append(second(conn))
        except BaseException as exc:  # handed to the test
            results.append(exc)

    thread = threading.Thread(target=run_second)
    thread.start()
    thread.join(timeout=2)
    assert thread.is_alive()  # waiting on what the first transaction holds
    first_conn.commit()
    first_conn.close()
    thread.join(timeout=30)
    assert len(results) == 1 and not isinstance(results[0], BaseException), results
    return results[0]


def test_a_fresh_batch_is_copied_straight_into_articles(news_db: str) -> None:
    names = sorted(p.name for p in DEMO_DAY.glob("*.txt"))[:3]
    run, source_id, articles = stored(news_db, names)
    with connect(news_db) as conn:
        outcome = store.load_articles(conn, run, source_id, articles)
        staged = conn.execute("SELECT count(*) FROM stage_articles").fetchone()
        loaded = conn.execute("SELECT raw_document_id, first_ingest_run_id FROM articles ORDER BY 1").fetchall()
    assert staged == (0,)  # nothing went through the staging table
    assert outcome.articles == len(articles) and outcome.duplicates == 0
    assert loaded == [(rid, run) for rid in sorted(articles)]
    with connect(news_db) as conn:  # loaded again (a rerun): the merge path refreshes, nothing is added
        again = store.load_articles(conn, run, source_id, articles)
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (len(articles),)
    assert again.own == outcome.own


def test_two_loads_of_one_key_at_once_make_one_article_and_a_duplicate(news_db: str) -> None:
    """The first load holds the key uncommitted; the second one's COPY waits, fails, and merges instead."""
    text = sorted(DEMO_DAY.glob("*.txt"))[0].read_bytes()
    run, source_id, articles = stored(news_db, ["copy-a.txt", "copy-b.txt"], content=text)
    (first_id, first), (second_id, second) = sorted(articles.items())
    outcome = race(news_db, lambda conn: store.load_articles(conn, run, source_id, {first_id: first}),
                   lambda conn: store.load_articles(conn, run, source_id, {second_id: second}))
    assert (outcome.articles, outcome.duplicates) == (0, 1)
    with connect(news_db) as conn:
        assert conn.execute("SELECT raw_document_id FROM articles").fetchall() == [(first_id,)]
        assert conn.execute("SELECT raw_document_id, relation FROM duplicates").fetchall() == [(second_id, "exact")]


def raw(name: str, content: bytes) -> RawDocument:
    return RawDocument(SourceItem("loader", f"2025-11-17/{name}", WHEN, "path"), content,
                       hashlib.sha256(content).hexdigest(), WHEN)


def raw_rows(url: str) -> list[tuple[object, ...]]:
    with connect(url) as conn:
        return conn.execute("""SELECT d.uri, d.sha256, d.first_ingest_run_id, array_agg(rd.ingest_run_id ORDER BY 1)
                                 FROM raw_documents d JOIN ingest_run_documents rd ON rd.raw_document_id = d.id
                                GROUP BY 1, 2, 3 ORDER BY 1, 2""").fetchall()


def test_raw_documents_new_known_and_revised_locations(news_db: str) -> None:
    with connect(news_db) as conn:
        source_id = store.upsert_source(conn, SourceConfig("loader", "dir", "/nowhere"))
        first = store.begin_run(conn, "test", "a", source_id, WHEN, WHEN.replace(day=18))
        second = store.begin_run(conn, "test", "b", source_id, WHEN.replace(day=18), WHEN.replace(day=19))
        store.store_raw(conn, first, source_id, [raw("a.txt", b"a1"), raw("b.txt", b"b1")])
        staged = conn.execute("SELECT count(*) FROM pg_tables WHERE tablename = 'stage_raw'").fetchone()
    assert staged == (0,)  # all new: copied straight in
    with connect(news_db) as conn:  # a known location unchanged, one revised, one new, one twice in the batch
        store.store_raw(conn, second, source_id, [raw("a.txt", b"a1"), raw("b.txt", b"b2"), raw("c.txt", b"c1"),
                                                  raw("d.txt", b"d1"), raw("d.txt", b"d2")])
    want = [("2025-11-17/a.txt", raw("", b"a1").sha256, first, [first, second]),
            ("2025-11-17/b.txt", raw("", b"b1").sha256, first, [first]),
            ("2025-11-17/b.txt", raw("", b"b2").sha256, second, [second]),
            ("2025-11-17/c.txt", raw("", b"c1").sha256, second, [second]),
            ("2025-11-17/d.txt", raw("", b"d1").sha256, second, [second]),
            ("2025-11-17/d.txt", raw("", b"d2").sha256, second, [second])]
    assert raw_rows(news_db) == sorted(want)
    with connect(news_db) as conn:  # the second run again: the same rows
        store.store_raw(conn, second, source_id, [raw("b.txt", b"b2"), raw("c.txt", b"c1")])
    assert raw_rows(news_db) == sorted(want)


def test_two_runs_storing_one_document_at_once_store_it_once(news_db: str) -> None:
    with connect(news_db) as conn:
        source_id = store.upsert_source(conn, SourceConfig("loader", "dir", "/nowhere"))
        runs = [store.begin_run(conn, "test", r, source_id, WHEN, WHEN.replace(day=18 + i))
                for i, r in enumerate("ab")]
    race(news_db, lambda conn: store.store_raw(conn, runs[0], source_id, [raw("a.txt", b"same")]),
         lambda conn: store.store_raw(conn, runs[1], source_id, [raw("a.txt", b"same")]))
    assert raw_rows(news_db) == [("2025-11-17/a.txt", raw("", b"same").sha256, runs[0], sorted(runs))]
