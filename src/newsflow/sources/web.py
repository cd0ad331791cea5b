"""What every web source shares: listing pages read with a conditional GET, items keyed by canonical URL and
selected by date, and article pages fetched concurrently through `newsflow.fetch`.

A kind (feed, sitemap, archive, index) only says how to list the items of a window (`list_items`).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import queue
import re
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urljoin, urlsplit

from newsflow.fetch.client import ARTICLE_TYPES, Fetcher, Response, RetryBudget, Validators
from newsflow.fetch.errors import FetchError
from newsflow.fetch.urls import canonicalize, host_allowed
from newsflow.models import NewsflowError, RawDocument, Rejection, SourceItem
from newsflow.sources.outcomes import (
    Fetched,
    HttpMeta,
    Known,
    ListingCache,
    MemoryListings,
    NotFetched,
    Outcome,
    StoredListing,
    Unchanged,
)

if TYPE_CHECKING:
    from newsflow.config import SourceConfig
    from newsflow.fetch.settings import FetchSettings

log = logging.getLogger(__name__)

ARTICLE_LINK = re.compile(r"\.(s?html?|txt)$", re.IGNORECASE)
PARSER_MEDIA_TYPES = {"text": "text/plain", "html": "text/html"}
# Which date of an item to believe when two listings give one (lower wins).
DATE_RANK = {"sitemap": 0, "feed": 1, "lastmod": 2, "path": 3, "archive": 4}
T = TypeVar("T")


class DiscoveryError(NewsflowError):
    """A listing page of the source could not be read: the window's items are unknown, so the task fails."""


@dataclass(frozen=True)
class Listed:
    """An item as a listing page gives it: a URL and maybe a date."""

    url: str
    published_at: datetime | None
    published_from: str


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            for name, value in attrs:
                if name == "href" and value:
                    self.hrefs.append(value.strip())


def page_links(content: bytes, charset: str | None, base: str) -> list[str]:
    """Absolute URLs of the <a href> links of an HTML page, in order, fragments dropped."""
    parser = _Links()
    try:
        text = content.decode(charset or "utf-8", errors="replace")
    except LookupError:
        text = content.decode("utf-8", errors="replace")
    parser.feed(text)
    parser.close()
    return [urljoin(base, href).split("#", 1)[0] for href in parser.hrefs
            if not href.startswith(("#", "mailto:", "javascript:"))]


class ListingReader:
    """Listing pages for discovery: conditional GET against the stored copy, 404 and 410 read as empty."""

    def __init__(self, fetcher: Fetcher, cache: ListingCache) -> None:
        self.fetcher = fetcher
        self.cache = cache
        self.pages = 0
        self.unchanged = 0

    async def get(self, url: str, accept: frozenset[str] | None) -> Response | None:
        stored = self.cache.get(url)
        validators = Validators(stored.etag, stored.last_modified) if stored else None
        self.pages += 1
        try:
            response = await self.fetcher.get(url, validators=validators, accept=accept)
        except FetchError as exc:
            if exc.reason == "client_error" and exc.status in (404, 410):
                log.info("listing %s: HTTP %s, nothing listed", url, exc.status)
                return None
            raise DiscoveryError(f"cannot read the listing {url}: {exc}") from exc
        if response.not_modified and stored is not None:
            self.unchanged += 1
            return Response(url, response.final_url, 200, stored.content, stored.media_type, None, stored.charset,
                            "stored", stored.etag, stored.last_modified, response.fetched_at)
        if response.not_modified:
            raise DiscoveryError(f"cannot read the listing {url}: 304 to an unconditional request")
        self.cache.put(url, StoredListing(response.etag, response.last_modified, response.content,
                                          response.media_type, response.charset))
        return response


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def http_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return _aware(parsedate_to_datetime(value))
    except (TypeError, ValueError, IndexError):
        return None


def run_async(make: Callable[[], AsyncIterator[list[T]]], buffer: int = 4) -> Iterator[T]:
    """Items of an async iterator of lists, made and run on a thread of its own, to a synchronous caller.

    The caller can write to the database while the next pages download; `buffer` bounds the lists waiting in
    memory. Lists, not items, cross the threads: whatever is ready goes over at once.
    """
    out: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=buffer)
    stop = threading.Event()

    def put(entry: tuple[str, Any]) -> bool:
        while not stop.is_set():
            try:
                out.put(entry, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    async def pump() -> None:
        async for items in make():
            try:
                out.put_nowait(("items", items))
            except queue.Full:  # the caller is busy: wait for room off the event loop
                if not await asyncio.to_thread(put, ("items", items)):
                    return

    def runner() -> None:
        try:
            asyncio.run(pump())
        except BaseException as exc:  # handed to the caller, raised there
            put(("error", exc))
        else:
            put(("done", None))

    thread = threading.Thread(target=runner, name="newsflow-fetch", daemon=True)
    thread.start()
    try:
        while True:
            kind, value = out.get()
            if kind == "items":
                yield from value
            elif kind == "error":
                raise value
            else:
                return
    finally:
        stop.set()
        thread.join(timeout=30)


class WebSource:
    """Base of the web kinds; subclasses implement `list_items`."""

    kind = "web"
    accept: frozenset[str] | None = None  # content types of the listing pages

    def __init__(self, config: SourceConfig, listings: ListingCache | None = None) -> None:
        if config.fetch is None:
            raise NewsflowError(f"source {config.name}: kind {config.kind!r} needs fetch settings")
        self.name = config.name
        self.settings: FetchSettings = config.fetch
        self.listings: ListingCache = listings or MemoryListings()
        self.link_pattern = re.compile(self.settings.link_pattern) if self.settings.link_pattern else None

    # -- discovery -------------------------------------------------------------------------

    async def list_items(self, reader: ListingReader, start: datetime, end: datetime) -> list[Listed]:
        """The items the listings give for [start, end) (may include others: they are filtered by date)."""
        raise NotImplementedError

    def discover(self, start: datetime, end: datetime) -> Iterator[SourceItem]:
        """Items dated in [start, end), one per canonical URL; undated ones too (dated when fetched)."""
        listed = asyncio.run(self._list(start, end))
        best: dict[str, SourceItem] = {}
        for entry in listed:
            if not self.wanted(entry.url):
                continue
            uri = canonicalize(entry.url)
            item = SourceItem(self.name, uri, entry.published_at, entry.published_from)
            seen = best.get(uri)
            if seen is None or DATE_RANK.get(item.published_from, 9) < DATE_RANK.get(seen.published_from, 9):
                best[uri] = item
        for item in sorted(best.values(), key=lambda i: (i.published_at or end, i.uri)):
            if item.published_at is None or start <= item.published_at < end:
                yield item

    async def _list(self, start: datetime, end: datetime) -> list[Listed]:
        started = time.monotonic()
        async with Fetcher(self.settings) as fetcher:
            reader = ListingReader(fetcher, self.listings)
            listed = await self.list_items(reader, start, end)
        log.info("source %s: %d listing pages (%d unchanged), %d entries in %.1f s", self.name, reader.pages,
                 reader.unchanged, len(listed), time.monotonic() - started)
        return listed

    async def listing_pages(self, reader: ListingReader, todo: list[str],
                            what: str) -> AsyncIterator[tuple[str, Response]]:
        """Each listing page of `todo` once (the caller may add to it meanwhile), `max_pages` at most."""
        seen: set[str] = set()
        while todo:
            url = todo.pop(0)
            if url in seen:
                continue
            if len(seen) >= self.settings.max_pages:
                raise DiscoveryError(f"more than max_pages={self.settings.max_pages} {what} under "
                                     f"{self.settings.urls[0]}; raise max_pages")
            seen.add(url)
            response = await reader.get(url, self.accept)
            if response is not None:
                yield url, response

    def wanted(self, url: str) -> bool:
        """Whether a listed URL is an article this source takes: an allowed host, and the link pattern."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not host_allowed(parts.hostname or "", self.settings.hosts):
            return False
        if self.link_pattern is not None:
            return bool(self.link_pattern.search(url))
        return True

    def article_link(self, url: str) -> bool:
        """For link lists (archive, index pages): the link pattern, else a page or text file name."""
        if self.link_pattern is not None:
            return bool(self.link_pattern.search(url))
        return bool(ARTICLE_LINK.search(urlsplit(url).path))

    # -- reading ---------------------------------------------------------------------------

    def read(self, item: SourceItem) -> RawDocument | Rejection:
        """One item's bytes (no conditional GET): the Source protocol's single read."""
        for outcome in self.read_batch([item]):
            if isinstance(outcome, Fetched):
                return outcome.raw
            if isinstance(outcome, NotFetched):
                empty = RawDocument(item, b"", hashlib.sha256(b"").hexdigest(), datetime.now(UTC))
                return Rejection(empty, "fetch", outcome.reason, outcome.detail)
        raise NewsflowError(f"no outcome for {item.uri}")

    def read_batch(self, items: Sequence[SourceItem], known: Mapping[str, Known] | None = None,
                   budget: RetryBudget | None = None) -> Iterator[Outcome]:
        """An outcome per item, in completion order, fetched concurrently within the per-host limits."""
        known = known or {}
        return run_async(lambda: self._fetch_all(items, known, budget))

    async def _fetch_all(self, items: Sequence[SourceItem], known: Mapping[str, Known],
                         budget: RetryBudget | None) -> AsyncIterator[list[Outcome]]:
        """Outcomes as they complete, handed over in lists of what is ready."""
        if not items:
            return
        pending: asyncio.Queue[SourceItem] = asyncio.Queue()
        for item in items:
            pending.put_nowait(item)
        hosts = {urlsplit(item.uri).hostname for item in items}
        workers = min(len(items), 64, 2 * self.settings.concurrency * max(1, len(hosts)))
        results: asyncio.Queue[Outcome] = asyncio.Queue(maxsize=workers)
        async with Fetcher(self.settings, budget=budget) as fetcher:

            async def work() -> None:
                while not pending.empty():
                    item = pending.get_nowait()
                    try:
                        outcome = await self._fetch_one(fetcher, item, known.get(item.uri))
                    except Exception as exc:  # a bug must not stop the batch: the item is retried next run
                        log.exception("fetching %s failed", item.uri)
                        outcome = NotFetched(item, "retry", "transport_error", f"{type(exc).__name__}: {exc}")
                    await results.put(outcome)

            tasks = [asyncio.create_task(work()) for _ in range(workers)]
            try:
                remaining = len(items)
                while remaining:
                    ready = [await results.get()]
                    while not results.empty():
                        ready.append(results.get_nowait())
                    remaining -= len(ready)
                    yield ready
            finally:
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)

    async def _fetch_one(self, fetcher: Fetcher, item: SourceItem, known: Known | None) -> Outcome:
        stored = known if known is not None and known.raw_document_id is not None else None
        validators = Validators(stored.etag, stored.last_modified) if stored is not None else None
        try:
            response = await fetcher.get(item.uri, validators=validators, accept=ARTICLE_TYPES)
        except FetchError as exc:
            log.info("%s: %s (%s)", item.uri, exc.reason, exc.outcome)
            return NotFetched(item, exc.outcome, exc.reason, exc.detail, exc.status, exc.retry_after)
        meta = HttpMeta(response.url, response.final_url, response.canonical_url, response.status, response.etag,
                        response.last_modified, response.media_type, response.declared_charset, response.charset,
                        response.charset_from, response.fetched_at, response.attempts)
        if stored is not None and stored.raw_document_id is not None and (
                response.not_modified or response.sha256 == stored.sha256):
            return Unchanged(item, stored.raw_document_id, meta)
        if response.not_modified:  # to a request without validators: nothing to keep, try again next run
            return NotFetched(item, "retry", "transport_error", f"{item.uri}: 304 to an unconditional request", 304)
        declared = response.canonical_url
        uri = canonicalize(declared) if declared and declared != item.uri else item.uri
        published_at, published_from = item.published_at, item.published_from
        if published_at is None:
            published_at = http_date(response.last_modified) or response.fetched_at
            published_from = "header" if response.last_modified else "fetched"
        media_type = PARSER_MEDIA_TYPES.get(self.settings.parser, response.media_type)
        raw = RawDocument(SourceItem(self.name, uri, published_at, published_from), response.content,
                          response.sha256, response.fetched_at, media_type=media_type, charset=response.charset)
        return Fetched(raw, meta, item.uri)
