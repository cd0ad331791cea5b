"""The first ingest steps of a DAG run, honouring its Params (newsflow.params).

`begin` and `discover` replace the pipeline's steps of the same name in the ingest DAGs: a run for another source
or a dry run is skipped (a dry run logs what it would read), a reprocess run takes the documents already stored
for its window and fetches nothing. Everything after them is the same for every mode.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from newsflow import pipeline
from newsflow.config import get_source
from newsflow.db import connect
from newsflow.db import fetch as db_fetch
from newsflow.db import runs as db_runs
from newsflow.models import NewsflowError
from newsflow.params import InvalidParams, RunOptions
from newsflow.sources import open_source

__all__ = ["InvalidParams", "SkipSource", "begin", "discover", "dry_run"]

log = logging.getLogger(__name__)

PREVIEW_ITEMS = 20  # items a dry run names in the log


class SkipSource(NewsflowError):
    """This run has nothing to do for this source (another source was chosen, or it is a dry run)."""


def begin(url: str, source: str, interval_start: datetime, interval_end: datetime, params: Mapping[str, Any],
          *, dag_id: str, run_id: str, sources: Sequence[str] | None = None) -> int:
    """The first step for one source of a DAG run: honour its Params, then register the ingest run.

    Raises InvalidParams (fail, no retry), or SkipSource when the run is for another source or is a dry run
    (what it would have read is in the log). Returns the ingest run id.
    """
    options = RunOptions.from_params(params, sources)
    if not options.selects(source):
        raise _skip(f"this run is for source {options.source!r} only; {source} is skipped")
    start, end = options.window(interval_start, interval_end)
    if options.dry_run:
        raise _skip(dry_run(url, source, start, end, reprocess=options.reprocess))
    ingest_run_id = pipeline.begin(url, source, start, end, dag_id=dag_id, run_id=run_id, mode=options.mode,
                                   params=options.as_json())
    log.info("ingest run %s: mode %s, params %s", ingest_run_id, options.mode, options.as_json())
    return ingest_run_id


def _skip(reason: str) -> SkipSource:
    log.info("%s", reason)
    return SkipSource(reason)


def discover(url: str, ingest_run_id: int) -> list[int]:
    """The fetch batches of the run: a reprocess run takes the stored documents and fetches nothing."""
    with connect(url) as conn:
        mode = db_runs.mode(conn, ingest_run_id)
    if mode != "reprocess":
        return pipeline.discover(url, ingest_run_id)
    pipeline.relink(url, ingest_run_id)
    with connect(url) as conn:
        return db_fetch.plan_items(conn, ingest_run_id, [], [], 1, 0)  # one empty batch keeps the DAG's shape


def dry_run(url: str, source: str, start: datetime, end: datetime, *, reprocess: bool = False) -> str:
    """Log what a run of the window would take, write nothing; returns a one-line summary."""
    window = f"[{start.isoformat()}, {end.isoformat()})"
    if reprocess:
        with connect(url) as conn:
            stored, purged = db_runs.stored_in_window(conn, source, start, end)
        return (f"dry run: reprocessing {source} {window} would parse {stored} stored documents "
                f"({purged} without bytes after retention are skipped); nothing written")
    items = list(open_source(get_source(source)).discover(start, end))
    for item in items[:PREVIEW_ITEMS]:
        log.info("dry run: would read %s (published %s)", item.uri, item.published_at)
    if len(items) > PREVIEW_ITEMS:
        log.info("dry run: ... and %d more", len(items) - PREVIEW_ITEMS)
    return f"dry run: {len(items)} items of {source} dated in {window} would be read; nothing written"
