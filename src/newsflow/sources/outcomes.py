"""What reading an item can end in, beyond RawDocument and Rejection, and what a source may know about an item
from earlier runs (validators for a conditional GET)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from newsflow.models import RawDocument, Rejection, SourceItem


@dataclass(frozen=True)
class HttpMeta:
    """How a document came over HTTP (stored with it in raw_documents, and per URL in fetch_state)."""

    url: str  # as requested
    final_url: str  # after redirects
    canonical_url: str | None  # the page's rel=canonical
    status: int
    etag: str | None
    last_modified: str | None
    media_type: str | None
    declared_charset: str | None  # the Content-Type header's charset
    charset: str | None  # the one the body decodes with
    charset_from: str | None  # header, bom, meta, detected
    fetched_at: datetime
    attempts: int


@dataclass(frozen=True)
class Fetched:
    """New bytes for an item (a first fetch or a changed page)."""

    raw: RawDocument
    http: HttpMeta
    listed_uri: str  # the item's key before rel=canonical (fetch_state's key)


@dataclass(frozen=True)
class Unchanged:
    """The stored copy is current (304 Not Modified, or the same bytes again): nothing new to store or parse."""

    item: SourceItem
    raw_document_id: int
    http: HttpMeta


@dataclass(frozen=True)
class NotFetched:
    """The item could not be had: retried next run, skipped by rule, or quarantined, with the reason."""

    item: SourceItem
    outcome: str  # "retry", "skip" or "quarantine" (newsflow.fetch.errors)
    reason: str
    detail: str
    status: int | None = None
    retry_after: float | None = None


Outcome = RawDocument | Rejection | Fetched | Unchanged | NotFetched


@dataclass(frozen=True)
class Known:
    """What fetch_state remembers of an item: validators of its stored copy and that copy's hash."""

    uri: str
    etag: str | None
    last_modified: str | None
    sha256: str | None
    raw_document_id: int | None


@dataclass(frozen=True)
class StoredListing:
    """A listing page (feed, sitemap, archive, index) as last fetched, for a conditional GET of it."""

    etag: str | None
    last_modified: str | None
    content: bytes
    media_type: str | None
    charset: str | None


class ListingCache(Protocol):
    """Where listing pages are kept between runs (fetch_state in the news DB, or memory)."""

    def get(self, url: str) -> StoredListing | None: ...

    def put(self, url: str, listing: StoredListing) -> None: ...


class MemoryListings:
    """A ListingCache for one process (no database)."""

    def __init__(self) -> None:
        self._pages: dict[str, StoredListing] = {}

    def get(self, url: str) -> StoredListing | None:
        return self._pages.get(url)

    def put(self, url: str, listing: StoredListing) -> None:
        self._pages[url] = listing
