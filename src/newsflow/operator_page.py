"""The operator page (plugins/newsflow_operator.py serves it inside the Airflow UI), rendered from an Overview.

Pure: data in, HTML out. Every value from the database is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from html import escape
from typing import Any

from newsflow.db.operator import COUNT_BOUND, Overview, QuarantineRow, RunRow, StoryRow

STAGE_COUNTS = ("discovered", "stored", "processed", "articles", "duplicates", "quarantined")

STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 1rem 1.5rem; color: #1a202c; background: #fff; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; } h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
.scroll { overflow-x: auto; } table { border-collapse: collapse; width: 100%; }
th, td { padding: .25rem .5rem; border-bottom: 1px solid #e2e8f0; text-align: left; vertical-align: top; }
th { background: #f7fafc; font-weight: 600; } td.n { text-align: right; }
.success { color: #2f855a; } .failed { color: #c53030; } .running { color: #2b6cb0; } .muted { color: #718096; }
pre { margin: 0; max-width: 40rem; max-height: 8rem; overflow: auto; white-space: pre-wrap; font-size: 12px; }
@media (prefers-color-scheme: dark) { body { color: #e2e8f0; background: #1a202c; } th { background: #2d3748; }
th, td { border-color: #4a5568; } }
"""


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _cell(value: Any, css: str = "") -> str:
    attr = f' class="{css}"' if css else ""
    return f"<td{attr}>{escape('' if value is None else str(value))}</td>"


def _table(headers: Sequence[str], rows: Iterable[str], empty: str) -> str:
    body = "".join(rows)
    if not body:
        return f'<p class="muted">{escape(empty)}</p>'
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


def preview_text(content: bytes) -> str:
    """Raw bytes as text for a glance: UTF-8 where it decodes, replacement characters elsewhere."""
    text = content.decode("utf-8", errors="replace")
    return "".join(ch if ch.isprintable() or ch in "\n\t" else "\N{REPLACEMENT CHARACTER}" for ch in text)


def _run(run: RunRow) -> str:
    counts = {k: v for k, v in run.counts.items() if k not in STAGE_COUNTS}
    duration = run.finished_at - run.started_at if run.finished_at else None
    window = f"{_when(run.interval_start)} → {_when(run.interval_end)}"
    cells = [_cell(run.id), _cell(run.source), _cell(window), _cell(run.status, run.status), _cell(run.mode),
             _cell(run.attempts, "n")]
    cells += [_cell(run.counts.get(key, ""), "n") for key in STAGE_COUNTS]
    cells += [_cell(_when(run.started_at)), _cell(str(duration).split(".")[0] if duration else ""),
              _cell(", ".join(f"{k}={v}" for k, v in sorted(counts.items()))), _cell(run.dag_id)]
    return f"<tr>{''.join(cells)}</tr>"


def _quarantined(row: QuarantineRow) -> str:
    preview = escape(preview_text(row.preview))
    more = "…" if row.size_bytes > len(row.preview) else ""
    return (f"<tr>{_cell(_when(row.created_at))}{_cell(row.source)}{_cell(row.uri)}"
            f"{_cell(f'{row.stage}/{row.reason}')}{_cell(row.detail)}{_cell(row.size_bytes, 'n')}"
            f"<td><pre>{preview}{more}</pre></td></tr>")


def _story(story: StoryRow) -> str:
    relations = ", ".join(f"{k} {v}" for k, v in sorted((story.relations or {}).items()))
    return (f"<tr>{_cell(_when(story.published_at))}{_cell(story.publisher)}{_cell(story.title)}"
            f"{_cell(story.articles, 'n')}{_cell(story.versions, 'n')}{_cell(relations)}</tr>")


def _total(n: int) -> str:
    return f"{COUNT_BOUND:,}+" if n > COUNT_BOUND else f"{n:,}"


def render(overview: Overview, database: str) -> str:
    """The whole page. `database` says which news DB it reads (without password)."""
    totals = overview.totals
    runs = ", ".join(f"{totals[k]} {k.removeprefix('runs_')}" for k in sorted(totals) if k.startswith("runs_"))
    summary = (f"articles {_total(totals.get('articles', 0))} · stories {_total(totals.get('stories', 0))} · "
               f"raw documents {_total(totals.get('raw_documents', 0))} · "
               f"quarantined {_total(totals.get('quarantine', 0))} · ingest runs: {runs or 'none yet'}")
    runs_table = _table(["run", "source", "window (UTC)", "status", "mode", "attempts", *STAGE_COUNTS, "started",
                         "took", "other counts", "DAG"], map(_run, overview.runs), "No ingest run yet.")
    quarantine_table = _table(["when", "source", "uri", "stage/reason", "detail", "bytes", "raw preview"],
                              map(_quarantined, overview.quarantine), "Nothing in quarantine.")
    stories_table = _table(["published", "publisher", "title", "articles", "versions", "relations"],
                           map(_story, overview.stories), "No story yet.")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsflow operations</title><style>{STYLE}</style></head>
<body>
<h1>newsflow operations</h1>
<p class="muted">News DB {escape(database)}</p>
<p id="totals">{escape(summary)}</p>
<h2 id="runs">Recent ingest runs</h2>
{runs_table}
<h2 id="quarantine">Quarantine</h2>
{quarantine_table}
<h2 id="stories">Newest stories</h2>
{stories_table}
</body></html>
"""
