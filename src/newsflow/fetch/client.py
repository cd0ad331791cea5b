"""The HTTP client: async httpx with per-host limits, robots.txt, bounded retries, conditional GET, and guards.

Every request of newsflow goes through `Fetcher.get`:

- only hosts the source allows, over http(s); private and loopback addresses refused unless allowed;
- robots.txt honoured (and its Crawl-delay), per-host concurrency and rate;
- redirects followed by hand, at most `max_redirects`, never in a loop nor to a host the source does not allow;
- If-None-Match / If-Modified-Since from the stored validators: 304 means unchanged, nothing downloaded;
- retries with exponential backoff and jitter on connect errors, timeouts, resets, truncated bodies and 5xx;
  429 and 503 wait for Retry-After (up to `max_retry_after`), every retry spends the run's retry budget;
- the body streamed under a size cap, decompressed (gzip, deflate) under the same cap, its content type checked
  and its charset resolved (header, then the page's declaration, then detection).
"""

from __future__ import annotations

import asyncio
import hashlib
import ipaddress
import logging
import random
import socket
import zlib
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpx

from newsflow.fetch import charset as charsets
from newsflow.fetch.errors import FetchError, translate
from newsflow.fetch.ratelimit import Limiters
from newsflow.fetch.robots import MAX_ROBOTS_BYTES, RobotsCache
from newsflow.fetch.settings import FetchSettings
from newsflow.fetch.urls import declared_canonical, host_allowed

log = logging.getLogger(__name__)

ARTICLE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
XML_TYPES = frozenset({"application/xml", "text/xml", "application/rss+xml", "application/atom+xml",
                       "application/rdf+xml", "application/x-rss+xml", "text/plain"})
GZIP_TYPES = frozenset({"application/gzip", "application/x-gzip", "application/octet-stream"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
# Retried within the run (the others wait for the next run, or are final).
RETRY_NOW = frozenset({"timeout", "connect_error", "connection_reset", "truncated", "server_error", "rate_limited",
                       "transport_error"})


@dataclass(frozen=True)
class Validators:
    """What the server said about the stored copy of a URL, for a conditional GET."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(frozen=True)
class Response:
    """A fetched URL: 200 with its decompressed body, or 304 (unchanged, no body)."""

    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content: bytes
    media_type: str | None
    declared_charset: str | None  # the Content-Type header's charset, as sent
    charset: str | None  # the charset the body decodes with (text types)
    charset_from: str | None  # "header", "bom", "meta", "detected"
    etag: str | None
    last_modified: str | None
    fetched_at: datetime
    attempts: int = 1
    redirects: tuple[str, ...] = ()
    canonical_url: str | None = None  # the page's rel=canonical, when on an allowed host

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


@dataclass
class RetryBudget:
    """Retries one run may spend; shared by the requests of a fetch task."""

    remaining: int
    spent: int = field(default=0)

    def take(self) -> bool:
        if self.remaining <= 0:
            return False
        self.remaining -= 1
        self.spent += 1
        return True


class _Decoder:
    """Incremental Content-Encoding decoder whose output never exceeds `limit` bytes (no decompression bomb)."""

    def __init__(self, encoding: str, limit: int, url: str) -> None:
        self.encoding, self.limit, self.url = encoding, limit, url
        self.produced = 0
        self._z: zlib._Decompress | None = None
        if encoding in ("gzip", "x-gzip", "deflate"):
            self._z = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, detected
        elif encoding not in ("", "identity"):
            raise FetchError("bad_content_encoding", f"{url}: unsupported Content-Encoding {encoding!r}")
        self._raw_deflate_tried = False

    def feed(self, data: bytes) -> bytes:
        if self._z is None:
            return data
        out: list[bytes] = []
        while data:
            try:
                chunk = self._z.decompress(data, self.limit - self.produced + 1)
            except zlib.error as exc:
                if self.encoding == "deflate" and not self._raw_deflate_tried and not self.produced:
                    self._raw_deflate_tried = True  # servers that send raw deflate without the zlib header
                    self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise FetchError("bad_content_encoding", f"{self.url}: {self.encoding}: {exc}") from exc
            self._count(len(chunk))
            out.append(chunk)
            data = self._z.unconsumed_tail
        return b"".join(out)

    def flush(self) -> bytes:
        if self._z is None:
            return b""
        if not self._z.eof:
            raise FetchError("truncated", f"{self.url}: the {self.encoding} stream ends early")
        tail = self._z.flush()
        self._count(len(tail))
        return tail

    def _count(self, n: int) -> None:
        self.produced += n
        if self.produced > self.limit:
            raise FetchError("decompression_bomb",
                             f"{self.url}: {self.encoding} body inflates past {self.limit} bytes")


def content_type(value: str | None) -> tuple[str | None, str | None]:
    """(media type, charset label) of a Content-Type header."""
    if not value:
        return None, None
    media, *params = value.split(";")
    media = media.strip().lower()
    label = None
    for param in params:
        name, _, raw = param.partition("=")
        if name.strip().lower() == "charset":
            label = raw.strip().strip("\"'").strip() or None
    return (media if "/" in media else None), label


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _is_text(media_type: str | None) -> bool:
    return media_type is None or media_type.startswith("text/") or media_type.endswith(("+xml", "/xml")) \
        or media_type == "application/xhtml+xml"


class Fetcher:
    """One source's HTTP client for one task: use as `async with Fetcher(settings) as fetcher:`."""

    def __init__(self, settings: FetchSettings, *, budget: RetryBudget | None = None,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        self.hosts = settings.hosts
        self.budget = budget if budget is not None else RetryBudget(settings.retry_budget)
        self.limiters = Limiters(settings.concurrency, settings.rate)
        self.robots = RobotsCache(settings.user_agent, self._fetch_robots)
        self._checked_hosts: dict[str, FetchError | None] = {}
        self._crawl_delay_applied: set[str] = set()
        self.client = httpx.AsyncClient(
            timeout=httpx.Timeout(settings.timeout),
            follow_redirects=False,
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate",
                     "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"},
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=max(10, settings.concurrency * 2)),
            trust_env=False,
            transport=transport,
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        await self.client.aclose()

    async def get(self, url: str, *, validators: Validators | None = None,
                  accept: Collection[str] | None = ARTICLE_TYPES) -> Response:
        """The URL's body (or 304), retried as the settings say; FetchError when it cannot be had."""
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self._request(url, validators, accept)
            except FetchError as exc:
                delay = self._retry_delay(exc, attempt)
                if delay is None:
                    raise
                if not self.budget.take():
                    raise FetchError(exc.reason, f"{exc.detail} (the run's retry budget is spent)",
                                     status=exc.status, retry_after=exc.retry_after) from exc
                log.info("retry %d of %s in %.2f s: %s", attempt, url, delay, exc.reason)
                await asyncio.sleep(delay)
                continue
            return response if attempt == 1 else _with_attempts(response, attempt)

    def _retry_delay(self, exc: FetchError, attempt: int) -> float | None:
        """Seconds to wait before trying again, None when this failure is not retried now."""
        if exc.reason not in RETRY_NOW or attempt >= self.settings.attempts:
            return None
        if exc.retry_after is not None:
            if exc.retry_after > self.settings.max_retry_after:
                return None
            return exc.retry_after + random.uniform(0, 0.1 * self.settings.backoff)
        base = min(self.settings.max_backoff, self.settings.backoff * 2 ** (attempt - 1))
        return base * random.uniform(0.5, 1.5)

    async def _fetch_robots(self, url: str) -> tuple[int, bytes]:
        response = await self._request(url, None, None, check_robots=False, any_status=True,
                                       max_bytes=MAX_ROBOTS_BYTES)
        return response.status, response.content

    async def _check_host(self, url: str, first: bool) -> tuple[str, str]:
        """(host, origin) of a URL the source may fetch; FetchError when it may not."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError("scheme_not_allowed", f"{url}: only http and https are fetched")
        host = (parts.hostname or "").lower()
        if not host_allowed(host, self.hosts):
            reason = "host_not_allowed" if first else "redirect_offsite"
            raise FetchError(reason, f"{url}: host {host!r} is not among the source's allowed hosts")
        if not self.settings.allow_private:
            if host not in self._checked_hosts:
                self._checked_hosts[host] = await self._address_problem(host)
            problem = self._checked_hosts[host]
            if problem is not None:
                raise problem
        return host, f"{parts.scheme}://{parts.netloc.lower()}"

    async def _address_problem(self, host: str) -> FetchError | None:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
        except OSError as exc:
            return FetchError("connect_error", f"cannot resolve {host}: {exc}")
        for info in infos:
            address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
            if not address.is_global:
                return FetchError("private_address",
                                  f"{host} resolves to {address}, a private or loopback address the source does "
                                  "not allow (allow_private)")
        return None

    async def _request(self, url: str, validators: Validators | None, accept: Collection[str] | None, *,
                       check_robots: bool = True, any_status: bool = False,
                       max_bytes: int | None = None) -> Response:
        """One try: the redirect chain, then the body."""
        current, seen = url, {url}
        hops: list[str] = []
        for hop in range(self.settings.max_redirects + 1):
            host, origin = await self._check_host(current, first=hop == 0)
            if check_robots and self.settings.robots:
                delay = await self.robots.check(current, origin)
                if delay and host not in self._crawl_delay_applied:
                    self._crawl_delay_applied.add(host)
                    self.limiters[host].slow_down(delay)
            headers = validators.headers() if validators else {}
            async with self.limiters[host].slot():
                try:
                    response = await self.client.send(self.client.build_request("GET", current, headers=headers),
                                                      stream=True)
                except (httpx.HTTPError, httpx.InvalidURL) as exc:
                    raise translate(exc, current) from exc
                try:
                    if response.status_code in REDIRECTS and "location" in response.headers:
                        target = urljoin(current, response.headers["location"].strip())
                        if target in seen:
                            raise FetchError("redirect_loop", f"{url}: redirects in a loop ({' -> '.join(hops)})",
                                             status=response.status_code)
                        seen.add(target)
                        hops.append(target)
                        current = target
                        continue
                    return await self._finish(url, current, response, hops, accept, any_status,
                                              max_bytes or self.settings.max_bytes)
                except (httpx.HTTPError, httpx.InvalidURL) as exc:
                    raise translate(exc, current) from exc
                finally:
                    await response.aclose()
        raise FetchError("too_many_redirects", f"{url}: more than {self.settings.max_redirects} redirects")

    async def _finish(self, url: str, final: str, response: httpx.Response, hops: list[str],
                      accept: Collection[str] | None, any_status: bool, max_bytes: int) -> Response:
        status = response.status_code
        headers = response.headers
        now = datetime.now(UTC)
        if status == 304:
            return Response(url, final, 304, b"", None, None, None, None, headers.get("etag"),
                            headers.get("last-modified"), now, redirects=tuple(hops))
        if not any_status:
            if status in (429, 503):
                wait = retry_after_seconds(headers.get("retry-after"))
                reason = "rate_limited" if status == 429 else "server_error"
                raise FetchError(reason, f"{final}: HTTP {status}" + (f", Retry-After {wait:.0f} s" if wait else ""),
                                 status=status, retry_after=wait)
            if status >= 500:
                raise FetchError("server_error", f"{final}: HTTP {status}", status=status)
            if not 200 <= status < 300:
                raise FetchError("client_error", f"{final}: HTTP {status}", status=status)
        media_type, label = content_type(headers.get("content-type"))
        if accept is not None and media_type is not None and media_type not in accept:
            raise FetchError("content_type", f"{final}: content type {media_type} is not one of {sorted(accept)}",
                             status=status)
        declared_length = headers.get("content-length", "")
        encoding = headers.get("content-encoding", "").strip().lower()
        if declared_length.isdigit() and int(declared_length) > max_bytes and not encoding:
            raise FetchError("too_large", f"{final}: Content-Length {declared_length} is over {max_bytes} bytes",
                             status=status)
        content = await self._read_body(response, final, encoding, max_bytes)
        charset = charsets.resolve(content, label) if _is_text(media_type) and content else None
        canonical = None
        if media_type in HTML_TYPES and content:
            declared = declared_canonical(content, final, charset.name if charset else None)
            if declared and host_allowed(urlsplit(declared).hostname or "", self.hosts):
                canonical = declared
        return Response(url, final, status, content, media_type, label, charset.name if charset else None,
                        charset.source if charset else None, headers.get("etag"), headers.get("last-modified"),
                        now, redirects=tuple(hops), canonical_url=canonical)

    async def _read_body(self, response: httpx.Response, url: str, encoding: str, max_bytes: int) -> bytes:
        decoder = _Decoder(encoding, max_bytes, url)
        chunks: list[bytes] = []
        received = 0
        async for raw in response.aiter_raw():
            received += len(raw)
            if received > max_bytes:
                raise FetchError("too_large", f"{url}: the body is over {max_bytes} bytes")
            chunks.append(decoder.feed(raw))
        chunks.append(decoder.flush())
        content = b"".join(chunks)
        if len(content) > max_bytes:
            raise FetchError("too_large", f"{url}: the body is over {max_bytes} bytes")
        return content


def _with_attempts(response: Response, attempts: int) -> Response:
    from dataclasses import replace

    return replace(response, attempts=attempts)
