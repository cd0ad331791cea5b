"""Sources list the items dated in a window and read their bytes. Network I/O lives here only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Protocol

from newsflow.config import SourceConfig
from newsflow.models import RawDocument, Rejection, SourceItem


class Source(Protocol):
    name: str

    def discover(self, start: datetime, end: datetime) -> Iterator[SourceItem]:
        """The items published in [start, end)."""
        ...

    def read(self, item: SourceItem) -> RawDocument | Rejection:
        """The item's bytes, or why they could not be read."""
        ...


def open_source(config: SourceConfig) -> Source:
    if config.kind == "dir":
        from newsflow.sources.directory import DirectorySource

        return DirectorySource(config.name, config.location)
    raise ValueError(f"no source implementation for kind {config.kind!r}")
