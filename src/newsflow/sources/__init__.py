"""Sources list the items dated in a window and read their bytes. Network I/O goes through newsflow.fetch only.

Kinds: `dir` (a folder), and the web kinds `feed`, `sitemap`, `archive` and `index` (newsflow.sources.web).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from newsflow.config import SourceConfig
from newsflow.models import RawDocument, Rejection, SourceItem

if TYPE_CHECKING:
    from newsflow.fetch.client import RetryBudget
    from newsflow.sources.outcomes import Known, ListingCache, Outcome


class Source(Protocol):
    name: str

    def discover(self, start: datetime, end: datetime) -> Iterator[SourceItem]:
        """The items published in [start, end)."""
        ...

    def read(self, item: SourceItem) -> RawDocument | Rejection:
        """The item's bytes, or why they could not be read."""
        ...


def open_source(config: SourceConfig, listings: ListingCache | None = None) -> Source:
    """The source a configuration describes; web kinds keep their listing pages in `listings`."""
    if config.kind == "dir":
        from newsflow.sources.directory import DirectorySource

        return DirectorySource(config.name, config.location)
    from newsflow.sources.archive import ArchiveSource
    from newsflow.sources.feed import FeedSource
    from newsflow.sources.http_index import IndexSource
    from newsflow.sources.sitemap import SitemapSource

    kinds = {"feed": FeedSource, "sitemap": SitemapSource, "archive": ArchiveSource, "index": IndexSource}
    if config.kind in kinds:
        return kinds[config.kind](config, listings)
    raise ValueError(f"no source implementation for kind {config.kind!r}")


def read_batch(source: Source, items: Sequence[SourceItem], known: Mapping[str, Known] | None = None,
               budget: RetryBudget | None = None) -> Iterator[Outcome]:
    """An outcome per item: web sources fetch concurrently (conditional GET from `known`), others read in turn."""
    batch_reader = getattr(source, "read_batch", None)
    if batch_reader is not None:
        yield from batch_reader(items, known, budget)
        return
    for item in items:
        yield source.read(item)
