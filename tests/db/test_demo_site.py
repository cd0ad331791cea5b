"""The acceptance of web fetching, on the demo site served on 127.0.0.1 and a real PostgreSQL.

A backfill of a week loads every article once, dated by the sitemap; a second backfill of the week downloads
nothing new and changes no row; `reprocess` rebuilds the window's articles from raw documents with the site
gone, leaving identical rows.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from expected_outcomes import all_days, outcomes
from faultsite import DemoSite, write_sources
from golden_cases import DEMO

from newsflow import pipeline
from newsflow.cli import main
from newsflow.fetch.robots import forget_cached
from newsflow.site.demo import article_pages

SOURCE = "demo-site"
WEEK_START = datetime(2025, 11, 16, tzinfo=UTC)
DAYS = [WEEK_START + timedelta(days=n) for n in range(7)]
TABLES = ["raw_documents", "articles", "duplicates", "quarantine", "authors", "article_authors", "photos",
          "photo_agencies", "related_headlines", "stories", "story_members"]


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[DemoSite]:
    forget_cached()
    site = DemoSite()
    sources = write_sources(tmp_path / "sources.toml", SOURCE, "sitemap", [site.url + "/sitemap.xml"])
    monkeypatch.setenv("NEWSFLOW_SOURCES", str(sources))
    yield site
    site.stop()


def backfill(url: str) -> Counter[str]:
    totals: Counter[str] = Counter()
    for day in DAYS:
        result = pipeline.ingest(url, SOURCE, day, day + timedelta(days=1), dag_id="newsflow_demo_site",
                                 run_id=f"backfill__{day.isoformat()}")
        totals.update(result.counts)
    return totals


def snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    with psycopg.connect(url) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY {t}").fetchall() for t in TABLES}  # whole rows


def test_a_week_backfill_loads_each_article_once_then_a_second_changes_nothing(
        news_db: str, site: DemoSite, capsys: pytest.CaptureFixture[str]) -> None:
    pages = dict(article_pages(DEMO))
    first = backfill(news_db)
    want = outcomes(all_days())
    assert first["fetched"] == len(pages) and first["failed"] == first["skipped"] == 0
    assert (first["articles"], first["duplicates"]) == (want.articles, want.duplicates)
    with psycopg.connect(news_db) as conn:
        stored = conn.execute("SELECT uri, published_at, published_from, http_status, etag IS NOT NULL, media_type "
                              "FROM raw_documents").fetchall()
        dated = conn.execute("SELECT uri, published_at, published_from FROM articles").fetchall()
    assert sorted(uri for uri, *_ in stored) == sorted(site.url + p for p in pages)  # each page once
    assert {uri: when for uri, when, *_ in stored} == {site.url + p: when for p, when in pages.items()}
    assert {(source, status, etag, media) for _, _, source, status, etag, media in stored} == \
        {("sitemap", 200, True, "text/html")}
    assert all(when == pages[uri.removeprefix(site.url)] and source == "sitemap" for uri, when, source in dated)

    before = snapshot(news_db)
    site.log.clear()
    second = backfill(news_db)
    assert snapshot(news_db) == before
    assert (second["fetched"], second["unchanged"], second["articles"]) == (0, len(pages), 0)
    article_answers = Counter(status for path, status in site.log if path in pages)
    assert article_answers == {304: len(pages)}  # not one article page downloaded again
    assert {status for path, status in site.log} == {304}  # nor any listing page

    # `newsflow reprocess` of the week from raw documents, with the site gone: the same rows
    site.stop()
    code = main(["--database-url", news_db, "reprocess", "--source", SOURCE, "--start", DAYS[0].date().isoformat(),
                 "--end", (DAYS[-1] + timedelta(days=1)).date().isoformat()])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["processed"] == len(pages)
    assert snapshot(news_db) == before
