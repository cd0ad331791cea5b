"""The whole pipeline on a real PostgreSQL: counts, duplicates, quarantine, idempotence."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from expected_outcomes import all_days, outcomes, quarantine_reasons
from golden_cases import DEMO, demo_cases

from newsflow import pipeline
from newsflow.db import connect
from newsflow.db.store import table_counts


def day(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def ingest_days(url: str, days: list[str]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for d in days:
        result = pipeline.ingest(url, "demo", day(d), day(d) + timedelta(days=1))
        for key, value in result.counts.items():
            totals[key] = totals.get(key, 0) + value
    return totals


def counts(url: str) -> dict[str, int]:
    with connect(url) as conn:
        return table_counts(conn)


def test_one_day_loads_what_the_goldens_say(news_db: str) -> None:
    d = all_days()[1]
    got = ingest_days(news_db, [d])
    want = outcomes([d])
    assert (got["discovered"], got["articles"], got["duplicates"], got["quarantined"]) == \
        (want.documents, want.articles, want.duplicates, want.quarantined)
    assert counts(news_db)["articles"] == want.articles


def test_rerunning_a_window_leaves_the_same_rows(news_db: str) -> None:
    days = all_days()
    first = ingest_days(news_db, days)
    before = counts(news_db)
    second = ingest_days(news_db, days)
    assert counts(news_db) == before
    assert first == second
    with connect(news_db) as conn:
        runs = conn.execute("SELECT count(*), min(attempts), max(attempts) FROM ingest_runs").fetchone()
    assert runs == (len(days), 2, 2)


def test_the_whole_corpus_every_article_once_duplicates_linked(news_db: str) -> None:
    days = all_days()
    ingest_days(news_db, days)
    want = outcomes(days)
    got = counts(news_db)
    assert (got["articles"], got["duplicates"], got["quarantine"]) == (want.articles, want.duplicates,
                                                                       want.quarantined)
    assert got["raw_documents"] == want.documents
    with connect(news_db) as conn:
        links = set(conn.execute("""
            SELECT rd.uri, ra.uri FROM duplicates d
              JOIN raw_documents rd ON rd.id = d.raw_document_id
              JOIN articles a ON a.id = d.article_id JOIN raw_documents ra ON ra.id = a.raw_document_id
        """).fetchall())
    expected_links = {(str(c.input.relative_to(DEMO)), c.expected["duplicate_of"])
                      for c in demo_cases() if "duplicate_of" in c.expected}
    assert links == expected_links


def test_a_duplicate_arriving_in_a_later_run_links_to_the_earlier_article(news_db: str) -> None:
    repeats = [c for c in demo_cases() if "duplicate_of" in c.expected
               and c.expected["duplicate_of"].split("/")[0] != c.input.parent.name]
    assert repeats, "the corpus needs a cross-day duplicate"
    case = repeats[0]
    original_day = case.expected["duplicate_of"].split("/")[0]
    ingest_days(news_db, [original_day])
    result = pipeline.ingest(news_db, "demo", day(case.input.parent.name), day(case.input.parent.name) + timedelta(1))
    assert result.counts["duplicates"] >= 1
    with connect(news_db) as conn:
        row = conn.execute("""
            SELECT ra.uri FROM duplicates d JOIN raw_documents rd ON rd.id = d.raw_document_id
              JOIN articles a ON a.id = d.article_id JOIN raw_documents ra ON ra.id = a.raw_document_id
             WHERE rd.uri = %s""", (str(case.input.relative_to(DEMO)),)).fetchone()
    assert row == (case.expected["duplicate_of"],)


def test_each_malformed_kind_is_quarantined_with_reason_and_bytes(news_db: str) -> None:
    days = [d for d in all_days() if quarantine_reasons([d])]
    ingest_days(news_db, days)
    with connect(news_db) as conn:
        rows = conn.execute("SELECT uri, stage, reason, detail, content FROM quarantine").fetchall()
    got = {Path(uri).name: (stage, reason) for uri, stage, reason, _detail, _content in rows}
    assert got == quarantine_reasons(days)
    for uri, _stage, _reason, detail, content in rows:
        assert detail
        assert bytes(content) == (DEMO / uri).read_bytes()


def test_an_unreadable_file_is_quarantined_and_the_run_goes_on(news_db: str, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "articles" / "2025-01-02"
    folder.mkdir(parents=True)
    good = DEMO / all_days()[0]
    source = next(p for p in sorted(good.iterdir()))
    (folder / "good.txt").write_bytes(source.read_bytes())
    (folder / "gone.txt").write_text("will vanish")
    sources = tmp_path / "sources.toml"
    sources.write_text('[sources.demo]\nkind = "dir"\npath = "articles"\n')
    monkeypatch.setenv("NEWSFLOW_SOURCES", str(sources))

    from newsflow.sources.directory import DirectorySource

    real_read = DirectorySource.read

    def flaky_read(self, item):  # type: ignore[no-untyped-def]
        if item.uri.endswith("gone.txt"):
            (self.root / item.uri).unlink(missing_ok=True)
        return real_read(self, item)

    monkeypatch.setattr(DirectorySource, "read", flaky_read)
    result = pipeline.ingest(news_db, "demo", day("2025-01-02"), day("2025-01-03"))
    assert result.counts["unreadable"] == 1 and result.counts["articles"] == 1
    with connect(news_db) as conn:
        row = conn.execute("SELECT stage, reason, raw_document_id FROM quarantine").fetchone()
    assert row == ("read", "unreadable", None)


def test_articles_view_aggregates_authors_and_credits(news_db: str) -> None:
    ingest_days(news_db, all_days())
    case = next(c for c in demo_cases() if "quarantine" not in c.expected and "duplicate_of" not in c.expected
                and c.expected["photos"] and c.expected["authors"])
    with psycopg.connect(news_db) as conn:
        row = conn.execute("SELECT title, authors, photo_count, photographers FROM articles_v WHERE uri = %s",
                           (str(case.input.relative_to(DEMO)),)).fetchone()
    expected = case.expected
    assert row is not None
    assert row[0] == expected["title"]
    assert row[1] == expected["authors"]
    assert row[2] == len(expected["photos"])
    assert row[3] == [p["photographer"] for p in expected["photos"] if p["photographer"]]


def test_windows_larger_than_a_batch_are_read_and_loaded_in_chunks(news_db: str,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 2)  # several chunks per transaction, several batches
    days = all_days()
    got = ingest_days(news_db, days)
    want = outcomes(days)
    assert (got["articles"], got["duplicates"], got["quarantined"]) == (want.articles, want.duplicates,
                                                                        want.quarantined)
