"""The ingest pipeline for one source and one data interval, in four idempotent steps.

begin -> extract (discover + read into raw_documents) -> process (decode, parse, normalize, metadata,
exact dedup, load; rejects to quarantine) -> finish. Each step is one transaction (process: one per
batch) keyed by the ingest run, so a retry or a rerun of the interval leaves the same rows. The Airflow
DAG calls these one per task; `newsflow ingest` calls them in a row.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from newsflow.config import get_source, load_dedup
from newsflow.db import connect, store
from newsflow.db import stories as db_stories
from newsflow.dedup import split_exact
from newsflow.models import Article, NewsflowError, RawDocument, Rejection
from newsflow.similarity import MinHasher, SimilarityConfig
from newsflow.sources import open_source
from newsflow.stories import member_for
from newsflow.transform import transform

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

BATCH_SIZE = 200


@functools.cache
def minhasher(config: SimilarityConfig) -> MinHasher:
    """One hasher per configuration and process (drawing its hash functions is not free)."""
    return MinHasher(config)


def _run(conn: psycopg.Connection, ingest_run_id: int) -> store.RunInfo:
    info = store.run_info(conn, ingest_run_id)
    if info is None:
        raise NewsflowError(f"no ingest run {ingest_run_id}")
    return info


def begin(url: str, source: str, start: datetime, end: datetime, *, dag_id: str = "newsflow_cli",
          run_id: str | None = None) -> int:
    """Register the source and the run of [start, end); returns the ingest run id."""
    if start > end:
        raise NewsflowError(f"the window starts after it ends: {start.isoformat()} > {end.isoformat()}")
    config = get_source(source)
    with connect(url) as conn:
        source_id = store.upsert_source(conn, config)
        ingest_run_id = store.begin_run(conn, dag_id, run_id or f"cli__{start.isoformat()}", source_id,
                                        start, end)
    log.info("ingest run %s: source %s, window [%s, %s)", ingest_run_id, source, start.isoformat(),
             end.isoformat())
    return ingest_run_id


def extract(url: str, ingest_run_id: int) -> dict[str, int]:
    """Discover the source's items in the run's window and keep their bytes in raw_documents."""
    with connect(url) as conn:
        info = _run(conn, ingest_run_id)
        source = open_source(get_source(info.source))
        source_id = info.source_id
        store.forget_run_documents(conn, ingest_run_id)
        docs: list[RawDocument] = []
        unreadable: list[Rejection] = []
        started = time.monotonic()
        items = list(source.discover(info.interval_start, info.interval_end))
        for done, item in enumerate(items, 1):
            result = source.read(item)
            (unreadable if isinstance(result, Rejection) else docs).append(result)  # type: ignore[arg-type]
            if len(docs) >= BATCH_SIZE:
                store.store_raw(conn, ingest_run_id, source_id, docs)
                docs = []
                _progress("read", done, len(items), started)
        store.store_raw(conn, ingest_run_id, source_id, docs)
        store.quarantine(conn, ingest_run_id, ((None, r) for r in unreadable))
        counts = {"discovered": len(items), "stored": len(items) - len(unreadable), "unreadable": len(unreadable)}
        store.merge_counts(conn, ingest_run_id, counts)
    log.info("extract: %s", _summary(counts))
    return counts


def relink(url: str, ingest_run_id: int) -> dict[str, int]:
    """Instead of extract: take the documents already stored for the run's window (reprocessing)."""
    with connect(url) as conn:
        info = _run(conn, ingest_run_id)
        store.forget_run_documents(conn, ingest_run_id)
        stored = store.link_stored_documents(conn, ingest_run_id, info.source_id, info.interval_start,
                                             info.interval_end)
        counts = {"stored": stored}
        store.merge_counts(conn, ingest_run_id, counts)
    log.info("relink: %s stored documents", stored)
    return counts


def process(url: str, ingest_run_id: int, batch_size: int | None = None) -> dict[str, int]:
    """Transform and load the run's documents, batch by batch; bad ones go to quarantine."""
    counts = {"processed": 0, "articles": 0, "duplicates": 0, "quarantined": 0}
    stories: dict[str, int] = {}
    batch_size = batch_size or BATCH_SIZE
    dedup = load_dedup()
    hasher = minhasher(dedup.similarity)
    with connect(url) as conn:
        source_id = _run(conn, ingest_run_id).source_id
        total = store.run_document_count(conn, ingest_run_id)
    after, started = 0, time.monotonic()
    while True:
        with connect(url) as conn:
            batch = store.run_documents(conn, ingest_run_id, after, batch_size)
            if not batch:
                break
            articles: dict[int, Article] = {}
            rejected: list[tuple[int | None, Rejection]] = []
            for doc in batch:
                result = transform(doc.raw)
                if isinstance(result, Rejection):
                    rejected.append((doc.id, result))
                else:
                    articles[doc.id] = result
            raw_id = {id(article): rid for rid, article in articles.items()}
            unique, repeats = split_exact(list(articles.values()))
            outcome = store.load_articles(
                conn, ingest_run_id, source_id, {raw_id[id(a)]: a for a in unique},
                [(raw_id[id(dup)], raw_id[id(orig)], dup.normalized.script) for dup, orig in repeats],
            )
            members = [member_for(article_id, articles[rid], hasher) for rid, article_id in outcome.own.items()]
            for relation, n in db_stories.assign_stories(
                    conn, ingest_run_id, members, dedup.similarity, hasher.bands, dedup.canonical_rule,
                    dedup.min_shared_anchors).items():
                stories[relation] = stories.get(relation, 0) + n
            counts["quarantined"] += store.quarantine(conn, ingest_run_id, rejected)
            counts["articles"] += outcome.articles
            counts["duplicates"] += outcome.duplicates
            counts["processed"] += len(batch)
            after = batch[-1].id
        _progress("processed", counts["processed"], total, started)
    counts.update({f"story_{relation.replace('-', '_')}": n for relation, n in sorted(stories.items())})
    with connect(url) as conn:
        store.merge_counts(conn, ingest_run_id, counts)
    log.info("process: %s", _summary(counts))
    return counts


def finish(url: str, ingest_run_id: int, status: str = "success") -> dict[str, int]:
    """Close the run with its final counts (also what the run's tasks reported)."""
    with connect(url) as conn:
        info = _run(conn, ingest_run_id)
        store.finish_run(conn, ingest_run_id, status, {})
        counts = {k: int(v) for k, v in info.counts.items()}
    log.info("ingest run %s %s: %s", ingest_run_id, status, _summary(counts))
    return counts


@dataclass(frozen=True)
class IngestResult:
    ingest_run_id: int
    counts: dict[str, int]


def _whole_run(url: str, ingest_run_id: int, take: Callable[[str, int], dict[str, int]]) -> IngestResult:
    """take (extract or relink), then process, then finish; a failure closes the run as failed."""
    try:
        take(url, ingest_run_id)
        process(url, ingest_run_id)
    except Exception:
        finish(url, ingest_run_id, "failed")
        raise
    return IngestResult(ingest_run_id, finish(url, ingest_run_id))


def ingest(url: str, source: str, start: datetime, end: datetime, *, dag_id: str = "newsflow_cli",
           run_id: str | None = None) -> IngestResult:
    """The whole pipeline for one window, without Airflow."""
    return _whole_run(url, begin(url, source, start, end, dag_id=dag_id, run_id=run_id), extract)


def reprocess(url: str, source: str, start: datetime, end: datetime) -> IngestResult:
    """Parse, normalize, dedup and load again the stored raw documents of a window, without the source."""
    ingest_run_id = begin(url, source, start, end, dag_id="newsflow_reprocess",
                          run_id=f"reprocess__{start.isoformat()}")
    return _whole_run(url, ingest_run_id, relink)


def _progress(what: str, done: int, total: int, started: float) -> None:
    elapsed = max(time.monotonic() - started, 1e-9)
    log.info("%s %d/%d documents (%.1f/s)", what, done, total, done / elapsed)


def _summary(counts: dict[str, int]) -> str:
    return ", ".join(f"{k}={v}" for k, v in counts.items())
