"""Source configuration: `sources.toml` (or the file NEWSFLOW_SOURCES names), validated on load."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsflow.db.connection import project_home
from newsflow.fetch.settings import FetchSettings
from newsflow.models import NewsflowError
from newsflow.similarity import SimilarityConfig
from newsflow.stories import CANONICAL_RULES

DEFAULT_SCHEDULE = "0 0 * * *"
SOURCE_NAME = re.compile(r"^[a-z][a-z0-9_-]{0,62}$")
DAG_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,200}$")
WEB_KINDS = {"feed", "sitemap", "archive", "index"}  # RSS/Atom, sitemaps, dated archive pages, text index pages
KINDS = {"dir", *WEB_KINDS}


class ConfigError(NewsflowError):
    """The sources file is missing or invalid."""


@dataclass(frozen=True)
class SourceConfig:
    name: str
    kind: str
    location: str  # a folder for "dir", the first URL for web kinds
    schedule: str = DEFAULT_SCHEDULE
    options: dict[str, Any] = field(default_factory=dict)
    fetch: FetchSettings | None = None  # web kinds: how to fetch
    dag: str | None = None  # the DAG that runs the source, when not the one its schedule implies


def sources_file() -> Path:
    return Path(os.environ.get("NEWSFLOW_SOURCES") or project_home() / "sources.toml")


def load_sources(path: Path | None = None) -> dict[str, SourceConfig]:
    path = path or sources_file()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"sources file not found: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    table = data.get("sources")
    if not isinstance(table, dict) or not table:
        raise ConfigError(f"{path}: no [sources.NAME] table")
    sources = {}
    for name, spec in table.items():
        sources[name] = _source(path, name, spec)
    return sources


def _source(path: Path, name: str, spec: Any) -> SourceConfig:
    where = f"{path}: [sources.{name}]"
    if not SOURCE_NAME.match(name):
        raise ConfigError(f"{where}: a source name is lower-case letters, digits, _ and -")
    if not isinstance(spec, dict):
        raise ConfigError(f"{where} must be a table")
    kind = spec.get("kind")
    if kind not in KINDS:
        raise ConfigError(f"{where}: kind must be one of {sorted(KINDS)}, not {kind!r}")
    schedule = spec.get("schedule", DEFAULT_SCHEDULE)
    if not isinstance(schedule, str) or len(schedule.split()) != 5:
        raise ConfigError(f"{where}: schedule must be a 5-field cron expression, not {schedule!r}")
    dag = spec.get("dag")
    if dag is not None and (not isinstance(dag, str) or not DAG_NAME.match(dag)):
        raise ConfigError(f"{where}: dag must be a DAG id (letters, digits, _ . -), not {dag!r}")
    if kind in WEB_KINDS:
        web = {k: v for k, v in spec.items() if k not in {"kind", "schedule", "dag"}}
        try:
            settings = FetchSettings.from_mapping(web, templated=kind == "archive")
        except ValueError as exc:
            raise ConfigError(f"{where}: {exc}") from exc
        return SourceConfig(name=name, kind=kind, location=settings.urls[0], schedule=schedule,
                            options=settings.to_json(), fetch=settings, dag=dag)
    raw_path = spec.get("path")
    if not isinstance(raw_path, str) or not raw_path:
        raise ConfigError(f"{where}: kind 'dir' needs a path")
    location = Path(raw_path) if Path(raw_path).is_absolute() else (path.parent / raw_path)
    options = {k: v for k, v in spec.items() if k not in {"kind", "schedule", "path", "dag"}}
    return SourceConfig(name=name, kind=kind, location=str(location.resolve()), schedule=schedule,
                        options=options, dag=dag)


@dataclass(frozen=True)
class DedupSettings:
    """The `[dedup]` table: MinHash/LSH parameters, thresholds and the canonical rule."""

    similarity: SimilarityConfig = field(default_factory=SimilarityConfig)
    canonical_rule: str = "earliest"  # or "most-complete"
    min_shared_anchors: int = 3  # names/figures two articles share to be compared as re-translations


def load_dedup(path: Path | None = None) -> DedupSettings:
    path = path or sources_file()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8")).get("dedup", {})
    except (FileNotFoundError, tomllib.TOMLDecodeError):
        data = {}  # load_sources reports a broken file; dedup falls back to its defaults
    where = f"{path}: [dedup]"
    unknown = set(data) - set(SimilarityConfig.__dataclass_fields__) - {"canonical_rule", "min_shared_anchors"}
    if unknown:
        raise ConfigError(f"{where}: unknown keys {sorted(unknown)}")
    try:
        similarity = SimilarityConfig.from_mapping(data)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where}: {exc}") from exc
    rule = data.get("canonical_rule", "earliest")
    if rule not in CANONICAL_RULES:
        raise ConfigError(f"{where}: canonical_rule must be one of {list(CANONICAL_RULES)}, not {rule!r}")
    return DedupSettings(similarity, rule, int(data.get("min_shared_anchors", 3)))


def get_source(name: str, path: Path | None = None) -> SourceConfig:
    sources = load_sources(path)
    if name not in sources:
        raise ConfigError(f"unknown source {name!r}; configured: {', '.join(sorted(sources))}")
    return sources[name]
