"""Fetching through the whole pipeline on a real PostgreSQL and a real fault server on 127.0.0.1.

Each fault ends fetched, retried, skipped by rule or quarantined with its reason; the next run picks up what
failed; a rerun downloads nothing new; nothing is lost or duplicated.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from faultsite import DAY, ENDPOINTS, FaultSite, write_sources

from newsflow import pipeline
from newsflow.fetch.robots import forget_cached

SOURCE = "faults"
# where each endpoint stands after the first run: (fetch_state status, reason)
AFTER_FIRST_RUN = {
    "/ok.txt": ("fetched", None),
    "/flaky-500.txt": ("fetched", None),
    "/rate-limited.txt": ("fetched", None),
    "/reset-once.txt": ("fetched", None),
    "/slow.txt": ("failed", "timeout"),
    "/truncated.txt": ("failed", "truncated"),
    "/wrong-charset.html": ("fetched", None),
    "/undeclared-big5.html": ("fetched", None),
    "/huge.txt": ("quarantined", "too_large"),
    "/huge-declared.txt": ("quarantined", "too_large"),
    "/bomb.txt": ("quarantined", "decompression_bomb"),
    "/loop/a.txt": ("quarantined", "redirect_loop"),
    "/offsite.txt": ("skipped", "redirect_offsite"),
    "/private/secret.txt": ("skipped", "robots_disallowed"),
    "/moved.txt": ("fetched", None),
}


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FaultSite]:
    forget_cached()
    site = FaultSite(slow_seconds=2.0).start()
    monkeypatch.setenv("NEWSFLOW_SOURCES", str(write_sources(tmp_path / "sources.toml", SOURCE, "feed",
                                                             [site.url + "/feed.xml"])))
    yield site
    site.stop()


def states(url: str, site: FaultSite) -> dict[str, tuple[str, str | None]]:
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT uri, status, reason FROM fetch_state WHERE role = 'article'").fetchall()
    return {uri.removeprefix(site.url): (status, reason) for uri, status, reason in rows}


def rows(url: str, query: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(url) as conn:
        return conn.execute(query).fetchall()


def snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    tables = ["raw_documents", "articles", "duplicates", "quarantine", "authors", "photos", "story_members"]
    return {t: rows(url, f"SELECT * FROM {t} ORDER BY {t}") for t in tables}


def test_every_fault_ends_as_expected_and_a_rerun_picks_up_what_failed(news_db: str, site: FaultSite) -> None:
    first = pipeline.ingest(news_db, SOURCE, DAY, DAY + timedelta(days=1)).counts
    assert states(news_db, site) == AFTER_FIRST_RUN
    assert (first["discovered"], first["fetched"], first["failed"], first["skipped"], first["fetch_quarantined"]) \
        == (15, 7, 2, 2, 4)
    assert first["http_retries"] >= 2 + 1 + 1 + 2 + 2  # 500 x2, 429, reset, timeout x2, truncated x2
    # the two Big5 pages (wrong charset header) are the same story: one article and its exact duplicate
    assert (first["articles"], first["duplicates"], first["quarantined"]) == (6, 1, 0)
    quarantined = rows(news_db, "SELECT uri, stage, reason, detail FROM quarantine ORDER BY uri")
    assert {(u.removeprefix(site.url), s, r) for u, s, r, _ in quarantined} == {
        (p, "fetch", reason) for p, (status, reason) in AFTER_FIRST_RUN.items() if status == "quarantined"}
    assert all(detail for *_, detail in quarantined)
    charsets = rows(news_db, "SELECT declared_charset, charset FROM raw_documents WHERE uri LIKE '%.html'")
    assert sorted(charsets) == [("utf-8", "big5hkscs")] * 2
    assert site.big5.parsed is not None
    assert rows(news_db, "SELECT title FROM articles WHERE uri LIKE '%.html'") == [(site.big5.parsed.title,)]

    # the next run (the next day: nothing new listed) retries the failed items: one recovered, one for good
    site.healed.add("/slow.txt")
    second = pipeline.ingest(news_db, SOURCE, DAY + timedelta(days=1), DAY + timedelta(days=2)).counts
    assert (second["discovered"], second["retrying"], second["fetched"], second["fetch_quarantined"]) == (0, 2, 1, 1)
    assert second["articles"] == 1
    after = states(news_db, site)
    assert after["/slow.txt"] == ("fetched", None)
    assert after["/truncated.txt"] == ("quarantined", "truncated")
    assert rows(news_db, "SELECT detail FROM quarantine WHERE uri LIKE '%truncated.txt'")[0][0].endswith(
        "(failed in 2 runs)")

    # a rerun of the first day downloads nothing new and changes no row
    before = snapshot(news_db)
    site.new_epoch()
    third = pipeline.ingest(news_db, SOURCE, DAY, DAY + timedelta(days=1)).counts
    assert snapshot(news_db) == before
    assert (third["fetched"], third["unchanged"], third["articles"], third["quarantined_earlier"]) == (0, 8, 0, 5)
    fetched_paths = [p.replace("/moved.txt", "/ok-target.txt") for p, (status, _) in after.items()
                     if status == "fetched"]
    assert {p: site.answered(p) for p in fetched_paths} == {p: [304] for p in fetched_paths}

    # nothing lost or duplicated: every listed URL has one state; each stored document once
    assert set(states(news_db, site)) == set(ENDPOINTS)
    stored = rows(news_db, "SELECT uri, count(*) FROM raw_documents GROUP BY uri")
    assert all(n == 1 for _, n in stored) and len(stored) == 8


def test_a_document_stored_but_not_processed_is_processed_by_the_rerun(news_db: str, site: FaultSite,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A run that fetched and then failed before processing: the rerun's 304s must still be parsed."""
    site.listed = ["/ok.txt", "/moved.txt", "/wrong-charset.html"]
    run = pipeline.begin(news_db, SOURCE, DAY, DAY + timedelta(days=1))
    for batch in pipeline.discover(news_db, run):
        pipeline.fetch_batch(news_db, run, batch)
    pipeline.finish(news_db, run, "failed")  # process never ran
    assert rows(news_db, "SELECT count(*) FROM articles") == [(0,)]
    counts = pipeline.ingest(news_db, SOURCE, DAY, DAY + timedelta(days=1)).counts
    assert (counts["unchanged"], counts["fetched"], counts["articles"]) == (3, 0, 3)


def test_a_long_retry_after_defers_the_item_to_a_later_run(news_db: str, site: FaultSite, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    site.retry_after = 3600
    site.listed = ["/ok.txt", "/rate-limited.txt", "/truncated.txt"]
    sources = write_sources(tmp_path / "short.toml", SOURCE, "feed", [site.url + "/feed.xml"])
    monkeypatch.setenv("NEWSFLOW_SOURCES", str(sources))
    pipeline.ingest(news_db, SOURCE, DAY, DAY + timedelta(days=1))
    row = rows(news_db, "SELECT status, reason, retry_after > now() + interval '50 minutes' FROM fetch_state "
                        "WHERE uri LIKE '%rate-limited%'")
    assert row == [("failed", "rate_limited", True)]
    assert site.hits["/rate-limited.txt"] == 1  # not retried within the run
    # until Retry-After has passed, later runs leave it alone
    later = pipeline.ingest(news_db, SOURCE, DAY + timedelta(days=1), DAY + timedelta(days=2)).counts
    assert later["retrying"] == 1  # the truncated body
    assert site.hits["/rate-limited.txt"] == 1


def test_a_changed_page_is_a_new_revision_of_the_same_article(news_db: str, site: FaultSite) -> None:
    site.listed = ["/ok.txt"]
    pipeline.ingest(news_db, SOURCE, DAY, DAY + timedelta(days=1))
    page = site.pages["/ok.txt"]
    site.pages["/ok.txt"] = type(page)(page.body + "\n更正:本文較早版本誤植了日期。".encode(), page.content_type,
                                       page.modified + timedelta(hours=1))
    counts = pipeline.ingest(news_db, SOURCE, DAY, DAY + timedelta(days=1)).counts
    assert (counts["fetched"], counts["unchanged"], counts["articles"]) == (1, 0, 1)
    documents = rows(news_db, "SELECT uri, count(*) FROM raw_documents GROUP BY uri")
    assert documents == [(site.url + "/ok.txt", 2)]  # one key, two revisions
    relations = rows(news_db, "SELECT relation FROM story_members ORDER BY article_id")
    assert sorted(r for (r,) in relations) == ["canonical", "revision"]
    assert rows(news_db, "SELECT count(DISTINCT story_id) FROM story_members") == [(1,)]
    assert states(news_db, site)["/ok.txt"] == ("fetched", None)
