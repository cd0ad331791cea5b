"""The Params of an ingest DAG run: what a manual run or a backfill may ask for, validated with clear messages.

`source` (one source of the DAG, or all), `window_start`/`window_end` (a window of days instead of the run's data
interval), `dry_run` (list what would be ingested, write nothing) and `reprocess` (parse again the raw documents
already stored for the window instead of reading the source). `param_schemas` describes them for Airflow's trigger
form (JSON schema, checked when a run is triggered); `RunOptions.from_params` checks what a schema cannot (one
field against another) when the run starts. Standard library only: DAG files import this at parse time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from newsflow.models import NewsflowError

ALL_SOURCES = "all"
MAX_WINDOW = timedelta(days=366)


class InvalidParams(NewsflowError):
    """The run's Params contradict each other or name something unknown; retrying will not help."""


def param_schemas(sources: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Keyword arguments of each `airflow.sdk.Param` of an ingest DAG running `sources` (JSON schema)."""
    return {
        "source": {
            "default": ALL_SOURCES, "type": "string", "enum": [ALL_SOURCES, *sources], "title": "Source",
            "description": "Ingest only this source; the other sources of this DAG are skipped. "
                           f"'{ALL_SOURCES}' runs every source.",
        },
        "window_start": {
            "default": None, "type": ["null", "string"], "format": "date", "title": "Window start",
            "description": "First day (UTC) to ingest. Empty: the run's data interval. Give window_end too.",
        },
        "window_end": {
            "default": None, "type": ["null", "string"], "format": "date", "title": "Window end",
            "description": "Day after the last one to ingest (exclusive), at most 366 days after window_start.",
        },
        "dry_run": {
            "default": False, "type": "boolean", "title": "Dry run",
            "description": "List what the run would read, in the task log, and write nothing.",
        },
        "reprocess": {
            "default": False, "type": "boolean", "title": "Reprocess from raw",
            "description": "Parse, deduplicate and load again the raw documents already stored for the window, "
                           "without reading the source.",
        },
    }


def _day(name: str, value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise InvalidParams(f"{name} must be a date such as 2025-11-17, not {value!r}") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _flag(name: str, value: Any) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise InvalidParams(f"{name} must be true or false, not {value!r}")
    return value


@dataclass(frozen=True)
class RunOptions:
    source: str | None = None  # None: every source of the DAG
    window_start: datetime | None = None
    window_end: datetime | None = None
    dry_run: bool = False
    reprocess: bool = False

    @classmethod
    def from_params(cls, params: Mapping[str, Any], sources: Sequence[str] | None = None) -> RunOptions:
        """Validate a run's Params (`sources`: the DAG's, to check `source` against); raises InvalidParams."""
        source = params.get("source") or ALL_SOURCES
        if not isinstance(source, str):
            raise InvalidParams(f"source must be a source name or '{ALL_SOURCES}', not {source!r}")
        if sources is not None and source != ALL_SOURCES and source not in sources:
            raise InvalidParams(f"source {source!r} is not run by this DAG; choose one of "
                                f"{', '.join([ALL_SOURCES, *sources])}")
        start, end = _day("window_start", params.get("window_start")), _day("window_end", params.get("window_end"))
        if (start is None) != (end is None):
            given, missing = ("window_start", "window_end") if start else ("window_end", "window_start")
            raise InvalidParams(f"{given} is set but {missing} is not: give both (a window of days) or neither "
                                "(the run's data interval)")
        if start is not None and end is not None:
            if start >= end:
                raise InvalidParams(f"window_start ({start.date()}) must be before window_end ({end.date()}); "
                                    "window_end is exclusive: one day is 2025-11-17 to 2025-11-18")
            if end - start > MAX_WINDOW:
                raise InvalidParams(f"the window is {(end - start).days} days; at most {MAX_WINDOW.days} in one "
                                    "run (backfill longer ranges: Trigger -> Backfill)")
        return cls(None if source == ALL_SOURCES else source, start, end, _flag("dry_run", params.get("dry_run")),
                   _flag("reprocess", params.get("reprocess")))

    def selects(self, source: str) -> bool:
        return self.source is None or self.source == source

    def window(self, interval_start: datetime, interval_end: datetime) -> tuple[datetime, datetime]:
        """The window to ingest: the Params' when given, else the run's data interval."""
        if self.window_start is not None and self.window_end is not None:
            return self.window_start, self.window_end
        return interval_start, interval_end

    @property
    def mode(self) -> str:
        return "reprocess" if self.reprocess else "ingest"

    def as_json(self) -> dict[str, Any]:
        return {"source": self.source or ALL_SOURCES, "dry_run": self.dry_run, "reprocess": self.reprocess,
                "window_start": self.window_start.isoformat() if self.window_start else None,
                "window_end": self.window_end.isoformat() if self.window_end else None}
