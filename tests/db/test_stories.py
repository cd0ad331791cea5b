"""Stories on a real PostgreSQL: each relation, across runs, out of order, concurrently, reprocessed."""

from __future__ import annotations

import contextlib
import shutil
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from newsflow import pipeline

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "dedup"


def day(n: int) -> datetime:
    return datetime(2025, 3, 1, tzinfo=UTC) + timedelta(days=n)


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A source folder to place case files in, by day: place("base", 0) -> articles/2025-03-01/base.txt."""
    root = tmp_path / "articles"
    root.mkdir()
    (tmp_path / "sources.toml").write_text('[sources.cases]\nkind = "dir"\npath = "articles"\n')
    monkeypatch.setenv("NEWSFLOW_SOURCES", str(tmp_path / "sources.toml"))

    def place(case: str, on: int, name: str | None = None) -> Path:
        folder = root / day(on).date().isoformat()
        folder.mkdir(exist_ok=True)
        target = folder / f"{name or case}.txt"
        shutil.copyfile(CASES / f"{case}.txt", target)
        return target

    return place


def ingest(url: str, first: int, last: int | None = None) -> dict[str, int]:
    return pipeline.ingest(url, "cases", day(first), day((last if last is not None else first) + 1)).counts


def stories(url: str) -> dict[str, tuple[int, str, bool]]:
    """uri -> (story id, relation, is canonical)."""
    with psycopg.connect(url) as conn:
        rows = conn.execute("""
            SELECT a.uri, m.story_id, m.relation, s.canonical_article_id = a.id
              FROM story_members m JOIN articles a ON a.id = m.article_id JOIN stories s ON s.id = m.story_id
        """).fetchall()
    return {Path(uri).stem: (story, relation, canonical) for uri, story, relation, canonical in rows}


@pytest.mark.parametrize("case", ["near-duplicate", "other-script", "re-translation"])
def test_a_related_article_joins_the_story_with_its_relation(news_db: str, corpus, case: str) -> None:  # type: ignore[no-untyped-def]
    corpus("base", 0)
    corpus(case, 1)
    ingest(news_db, 0, 1)
    got = stories(news_db)
    assert got["base"][0] == got[case][0]
    assert got["base"][1:] == ("canonical", True)
    assert got[case][1] == case


def test_an_unrelated_article_on_the_same_topic_is_its_own_story(news_db: str, corpus) -> None:  # type: ignore[no-untyped-def]
    corpus("base", 0)
    corpus("same-topic-distinct", 0)
    ingest(news_db, 0)
    got = stories(news_db)
    assert got["base"][0] != got["same-topic-distinct"][0]
    assert got["same-topic-distinct"][1:] == ("canonical", True)


def test_exact_copies_are_versions_of_one_article(news_db: str, corpus) -> None:  # type: ignore[no-untyped-def]
    corpus("base", 0)
    corpus("base", 0, name="base-syndicated")
    corpus("other-script", 1, name="other-script-copy")
    corpus("other-script", 1)
    counts = ingest(news_db, 0, 1)
    assert counts["duplicates"] == 2
    with psycopg.connect(news_db) as conn:
        relations = dict(conn.execute("""
            SELECT rd.uri, d.relation FROM duplicates d JOIN raw_documents rd ON rd.id = d.raw_document_id
        """).fetchall())
        story = conn.execute("SELECT articles, versions FROM stories_v ORDER BY versions DESC LIMIT 1").fetchone()
    assert sorted(relations.values()) == ["exact", "exact"]
    assert story == (2, 4)  # base and its other-script near-duplicate, each with a copy


def test_a_simplified_copy_of_the_same_text_is_an_other_script_repeat(news_db: str, corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import opencc

    corpus("base", 0)
    simplified = tmp_path / "articles" / day(1).date().isoformat() / "base-simplified.txt"
    simplified.parent.mkdir(exist_ok=True)
    simplified.write_text(opencc.OpenCC("hk2s").convert((CASES / "base.txt").read_text()))
    ingest(news_db, 0, 1)
    with psycopg.connect(news_db) as conn:
        assert conn.execute("SELECT relation FROM duplicates").fetchall() == [("other-script",)]


def test_a_changed_text_at_the_same_location_is_a_revision(news_db: str, corpus) -> None:  # type: ignore[no-untyped-def]
    path = corpus("base", 0)
    ingest(news_db, 0)
    shutil.copyfile(CASES / "revision.txt", path)  # the page was updated in place
    ingest(news_db, 0)
    with psycopg.connect(news_db) as conn:
        rows = conn.execute("""
            SELECT m.relation FROM story_members m JOIN articles a ON a.id = m.article_id ORDER BY a.id""").fetchall()
        story_count = conn.execute("SELECT count(*) FROM stories").fetchone()
    # same date, so the rule's next criterion decides: the updated text is the more complete one
    assert rows == [("revision",), ("canonical",)]
    assert story_count == (1,)


def test_a_duplicate_a_week_later_in_another_run_finds_the_story(news_db: str, corpus) -> None:  # type: ignore[no-untyped-def]
    corpus("base", 0)
    corpus("near-duplicate", 7)
    ingest(news_db, 0)
    ingest(news_db, 7)
    got = stories(news_db)
    assert got["near-duplicate"][0] == got["base"][0]
    assert got["near-duplicate"][1] == "near-duplicate"


def test_out_of_order_backfill_gives_the_same_story_and_canonical(news_db: str, corpus) -> None:  # type: ignore[no-untyped-def]
    corpus("base", 0)
    corpus("near-duplicate", 3)
    corpus("re-translation", 5)
    for d in (5, 3, 0):  # the latest day first
        ingest(news_db, d)
    got = stories(news_db)
    assert len({story for story, _, _ in got.values()}) == 1
    assert got["base"][1:] == ("canonical", True)  # the earliest, by the default rule
    assert got["near-duplicate"][1] == "near-duplicate"
    with psycopg.connect(news_db) as conn:
        assert conn.execute("SELECT count(*) FROM stories").fetchone() == (1,)


def test_two_concurrent_runs_make_one_story(news_db: str, corpus, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Both runs are held right before their candidate search until the other gets there too: without
    the story lock both would search an empty index and make two stories. With it, the second run
    cannot get there while the first holds the lock, so the first goes on after a short wait."""
    from newsflow.db import stories as db_stories

    corpus("base", 0)
    corpus("re-translation", 1)  # another byline: no shared author row serializes the two runs by chance
    meet = threading.Barrier(2)
    search = db_stories._candidate_ids

    def held_search(*args, **kwargs):  # type: ignore[no-untyped-def]
        with contextlib.suppress(threading.BrokenBarrierError):
            meet.wait(timeout=3)
        return search(*args, **kwargs)

    monkeypatch.setattr(db_stories, "_candidate_ids", held_search)
    errors: list[BaseException] = []

    def run(d: int) -> None:
        try:
            ingest(news_db, d)
        except BaseException as exc:  # reported below; a thread cannot fail the test itself
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(d,)) for d in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    got = stories(news_db)
    assert got["base"][0] == got["re-translation"][0]
    with psycopg.connect(news_db) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT canonical_article_id) FROM stories").fetchone() == (1, 1)


def test_reprocessing_a_window_leaves_the_same_stories(news_db: str, corpus) -> None:  # type: ignore[no-untyped-def]
    for case, d in (("base", 0), ("near-duplicate", 1), ("re-translation", 1), ("same-topic-distinct", 2)):
        corpus(case, d)
    ingest(news_db, 0, 2)
    before = stories(news_db)
    index = "SELECT count(*), count(DISTINCT (bucket, article_id)), count(DISTINCT article_id) FROM lsh_buckets"
    with psycopg.connect(news_db) as conn:
        counts_before = conn.execute("SELECT count(*) FROM story_members").fetchone()
        buckets_before = conn.execute(index).fetchone()
    assert buckets_before is not None and buckets_before[0] == buckets_before[1] == 20 * buckets_before[2]
    result = pipeline.reprocess(news_db, "cases", day(0), day(3))
    assert result.counts["stored"] == 4 and result.counts["articles"] == 4
    assert stories(news_db) == before
    with psycopg.connect(news_db) as conn:
        assert conn.execute("SELECT count(*) FROM story_members").fetchone() == counts_before
        # lsh_buckets has no unique key: unchanged signatures add no bucket rows
        assert conn.execute(index).fetchone() == buckets_before
        # the CLI's reprocess is recorded as one from its first statement (the operator page shows the mode)
        modes = conn.execute("SELECT id = %s, mode FROM ingest_runs ORDER BY id", (result.ingest_run_id,)).fetchall()
    assert modes[-1] == (True, "reprocess") and set(modes[:-1]) == {(False, "ingest")}


def test_articles_view_shows_each_articles_story(news_db: str, corpus) -> None:  # type: ignore[no-untyped-def]
    corpus("base", 0)
    corpus("near-duplicate", 1)
    ingest(news_db, 0, 1)
    with psycopg.connect(news_db) as conn:
        rows = conn.execute("""
            SELECT story_relation, is_canonical, story_similarity > 0.5 FROM articles_v ORDER BY article_id
        """).fetchall()
        story = conn.execute("SELECT articles, versions, relations FROM stories_v").fetchall()
    assert rows == [("canonical", True, True), ("near-duplicate", False, True)]
    assert story == [(2, 2, {"canonical": 1, "near-duplicate": 1})]


def test_new_anchors_alone_add_no_bucket_rows(news_db: str, corpus) -> None:  # type: ignore[no-untyped-def]
    """Buckets follow the signature: an article whose anchors change (a re-parse finds another name) keeps its
    bucket rows, and a changed signature adds the rows of its new buckets."""
    from dataclasses import replace

    from newsflow.config import load_dedup
    from newsflow.db import stories as db_stories

    corpus("base", 0)
    ingest(news_db, 0, 0)
    settings = load_dedup()
    hasher = pipeline.minhasher(settings.similarity)
    index = "SELECT count(*), count(DISTINCT (bucket, article_id)) FROM lsh_buckets"
    with psycopg.connect(news_db) as conn:
        ids = [row[0] for row in conn.execute("SELECT article_id FROM article_signatures")]
        members = [replace(m, bands=hasher.bands(m.fingerprint.signature))  # as a re-parse makes them
                   for m in db_stories.load_members(conn, ids, settings.similarity).values()]
        before = conn.execute(index).fetchone()
        renamed = [replace(m, fingerprint=replace(m.fingerprint, anchors=m.fingerprint.anchors | {"新名字"}))
                   for m in members]
        db_stories.write_index(conn, renamed, settings.similarity.algorithm)
        assert conn.execute(index).fetchone() == before
        signature = members[0].fingerprint.signature.copy()
        signature[:] = signature[::-1]
        changed = replace(members[0], fingerprint=replace(members[0].fingerprint, signature=signature),
                          bands=hasher.bands(signature))
        db_stories.write_index(conn, [changed], settings.similarity.algorithm)
        after = conn.execute(index).fetchone()
    assert before is not None and after is not None and after[0] == after[1] > before[0]


def test_the_lsh_probe_is_one_hash_index_lookup_per_key(news_db: str) -> None:
    """A batch's bucket probe reads one bucket page per key (sql/0011), never the whole table: the planner
    would otherwise join a batch's keys against every bucket row, a cost per article growing with the corpus."""
    import json
    import random

    from newsflow.db.stories import LSH_CANDIDATES

    rng = random.Random(6)
    with psycopg.connect(news_db) as conn:
        conn.execute("INSERT INTO lsh_buckets SELECT (random() * 9e18)::bigint, n FROM generate_series(1, 50000) n")
        conn.execute("ANALYZE lsh_buckets")
        method = conn.execute("SELECT am.amname FROM pg_class c JOIN pg_am am ON am.oid = c.relam "
                              "WHERE c.relname = 'lsh_buckets_bucket_idx'").fetchone()
        keys = [rng.getrandbits(62) for _ in range(20000)]
        plan = json.dumps(conn.execute("EXPLAIN (FORMAT JSON) " + LSH_CANDIDATES,
                                       ([n // 20 for n in range(20000)], keys)).fetchone())
    assert method == ("hash",)
    assert '"Index Name": "lsh_buckets_bucket_idx"' in plan
    assert '"Seq Scan"' not in plan and '"Hash Join"' not in plan
