"""The ingest pipeline for one source and one data interval, in four idempotent steps.

begin -> extract (discover the window's items, then fetch them batch by batch into raw_documents) -> process
(decode, parse, normalize, metadata, exact dedup, load; rejects to quarantine) -> finish. Each step is one
transaction (fetch and process: one per chunk of a batch) keyed by the ingest run, so a retry or a rerun of the
interval leaves the same rows. The Airflow DAG calls discover once and fetch_batch once per batch (mapped);
`newsflow ingest` calls them all in a row.
"""

from __future__ import annotations

import functools
import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from newsflow.config import SourceConfig, get_source, load_dedup
from newsflow.db import connect, store
from newsflow.db import fetch as db_fetch
from newsflow.db import stories as db_stories
from newsflow.dedup import split_exact
from newsflow.fetch.client import RetryBudget
from newsflow.models import Article, NewsflowError, RawDocument, Rejection
from newsflow.progress import summary
from newsflow.similarity import MinHasher, SimilarityConfig
from newsflow.sources import open_source, read_batch
from newsflow.sources.outcomes import Fetched, NotFetched, Outcome, Unchanged
from newsflow.stories import member_for
from newsflow.transform import transform

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

BATCH_SIZE = 200
FETCH_CHUNK = 50  # documents stored per transaction while a batch is fetched
FETCH_CHUNK_BYTES = 32 * 1024 * 1024


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
          run_id: str | None = None, mode: str = "ingest", params: dict[str, Any] | None = None) -> int:
    """Register the source and the run of [start, end), with how it was asked for (`mode`, `params`);
    returns the ingest run id."""
    if start > end:
        raise NewsflowError(f"the window starts after it ends: {start.isoformat()} > {end.isoformat()}")
    config = get_source(source)
    with connect(url) as conn:
        source_id = store.upsert_source(conn, config)
        ingest_run_id = store.begin_run(conn, dag_id, run_id or f"cli__{start.isoformat()}", source_id,
                                        start, end, mode, params)
    log.info("ingest run %s: source %s, window [%s, %s)", ingest_run_id, source, start.isoformat(),
             end.isoformat())
    return ingest_run_id


def discover(url: str, ingest_run_id: int) -> list[int]:
    """List the source's items in the run's window (and failed items of earlier runs) in fetch batches.

    Returns the batch numbers (at least one), for `fetch_batch`.
    """
    with connect(url) as conn:
        info = _run(conn, ingest_run_id)
        config = get_source(info.source)
        store.forget_run_documents(conn, ingest_run_id)
        listings = db_fetch.DbListings(conn, info.source_id) if config.fetch else None
        items = list(open_source(config, listings).discover(info.interval_start, info.interval_end))
        listed = len(items)
        retries = []
        if config.fetch:
            final = db_fetch.quarantined_uris(conn, info.source_id, [i.uri for i in items])
            items = [i for i in items if i.uri not in final]
            retries = db_fetch.pending_retries(conn, info.source_id, info.source, (i.uri for i in items))
        batch_size = config.fetch.batch_size if config.fetch else BATCH_SIZE
        budget = config.fetch.retry_budget if config.fetch else 0
        batches = db_fetch.plan_items(conn, ingest_run_id, items, retries, batch_size, budget)
        counts = {"discovered": listed, "retrying": len(retries), "quarantined_earlier": listed - len(items)}
        store.merge_counts(conn, ingest_run_id, counts)
    log.info("discover: %d items dated in the window (%d quarantined earlier), %d failed items of earlier runs, "
             "%d batches", listed, listed - len(items), len(retries), len(batches))
    return batches


def fetch_batch(url: str, ingest_run_id: int, batch: int) -> dict[str, int]:
    """Read (fetch) one batch of the run's items into raw_documents; a failed item never fails the batch.

    Web items: a conditional GET from fetch_state; unchanged pages are tied to the run, not stored again; a
    failure is retried by the next run, skipped by rule, or quarantined with its reason.
    """
    with connect(url) as conn:
        info = _run(conn, ingest_run_id)
        config = get_source(info.source)
        items, budget_share = db_fetch.batch_items(conn, ingest_run_id, info.source, batch)
        known = db_fetch.known_states(conn, info.source_id, [i.uri for i in items]) if config.fetch else {}
    budget = RetryBudget(budget_share)
    counts: Counter[str] = Counter()
    chunk: list[Outcome] = []
    chunk_bytes, started = 0, time.monotonic()
    for done, outcome in enumerate(read_batch(open_source(config), items, known, budget), 1):
        chunk.append(outcome)
        chunk_bytes += len(getattr(getattr(outcome, "raw", outcome), "content", b""))
        if len(chunk) >= FETCH_CHUNK or chunk_bytes >= FETCH_CHUNK_BYTES:
            _save_outcomes(url, ingest_run_id, info.source_id, config, chunk, counts)
            chunk, chunk_bytes = [], 0
            _progress("read", done, len(items), started)
    _save_outcomes(url, ingest_run_id, info.source_id, config, chunk, counts)
    counts["http_retries"] = budget.spent
    result = {key: counts[key] for key in sorted(counts)}
    with connect(url) as conn:
        db_fetch.save_batch_counts(conn, ingest_run_id, batch, result)
    log.info("fetch batch %d: %s", batch, summary(result))
    return result


def _save_outcomes(url: str, ingest_run_id: int, source_id: int, config: SourceConfig, outcomes: list[Outcome],
                   counts: Counter[str]) -> None:
    """Store one chunk of outcomes in one transaction: documents, links to the run, fetch state, quarantine."""
    if not outcomes:
        return
    docs = [o for o in outcomes if isinstance(o, RawDocument)]
    unreadable = [o for o in outcomes if isinstance(o, Rejection)]
    fetched = [o for o in outcomes if isinstance(o, Fetched)]
    unchanged = [o for o in outcomes if isinstance(o, Unchanged)]
    not_fetched = [o for o in outcomes if isinstance(o, NotFetched)]
    with connect(url) as conn:
        store.store_raw(conn, ingest_run_id, source_id, docs)
        store.quarantine(conn, ingest_run_id, ((None, r) for r in unreadable))
        stored = db_fetch.store_fetched(conn, ingest_run_id, source_id, fetched)
        db_fetch.link_unchanged(conn, ingest_run_id, [u.raw_document_id for u in unchanged])
        if config.fetch is not None:
            states = db_fetch.record_states(conn, ingest_run_id, source_id, config.fetch.max_failures, stored,
                                            unchanged, not_fetched)
            store.quarantine(conn, ingest_run_id, ((None, r) for r in states.quarantined))
            counts.update({"failed": states.failed, "skipped": states.skipped,
                           "fetch_quarantined": len(states.quarantined)})
    counts.update({"stored": len(docs) + len(fetched), "unreadable": len(unreadable)})
    if config.fetch is not None:
        counts.update({"fetched": len(fetched), "unchanged": len(unchanged)})


def extract(url: str, ingest_run_id: int) -> dict[str, int]:
    """Discover the run's items and fetch every batch (what the DAG's discover and fetch tasks do)."""
    totals: Counter[str] = Counter()
    for batch in discover(url, ingest_run_id):
        totals.update(fetch_batch(url, ingest_run_id, batch))
    return dict(totals)


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
                    conn, ingest_run_id, members, dedup.similarity, dedup.canonical_rule,
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
    log.info("process: %s", summary(counts))
    return counts


def finish(url: str, ingest_run_id: int, status: str = "success") -> dict[str, int]:
    """Close the run with its final counts (also what the run's tasks reported)."""
    with connect(url) as conn:
        info = _run(conn, ingest_run_id)
        fetched = db_fetch.batch_totals(conn, ingest_run_id)  # summed here: batches run side by side
        store.finish_run(conn, ingest_run_id, status, fetched)
        counts = {k: int(v) for k, v in {**info.counts, **fetched}.items()}
    log.info("ingest run %s %s: %s", ingest_run_id, status, summary(counts))
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
                          run_id=f"reprocess__{start.isoformat()}", mode="reprocess")
    return _whole_run(url, ingest_run_id, relink)


def _progress(what: str, done: int, total: int, started: float) -> None:
    elapsed = max(time.monotonic() - started, 1e-9)
    log.info("%s %d/%d documents (%.1f/s)", what, done, total, done / elapsed)
