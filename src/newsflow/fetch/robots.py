"""robots.txt, fetched once per origin and user agent and cached (RFC 9309: 4xx allows all; 5xx or no answer
disallows all until it can be read)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from protego import Protego

from newsflow.fetch.errors import FetchError

CACHE_SECONDS = 3600.0
MAX_ROBOTS_BYTES = 500 * 1024  # RFC 9309: parse at least the first 500 KiB

# origin -> (status, body) as fetched; the client supplies it (robots.txt goes through the same limits).
RobotsFetch = Callable[[str], Awaitable[tuple[int, bytes]]]


@dataclass
class _Entry:
    rules: Protego | None  # None: allow everything
    unavailable: str | None  # why robots.txt could not be read (disallow all until it can)
    expires: float


_shared: dict[tuple[str, str], _Entry] = {}  # across clients of one process


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), "", "", ""))


class RobotsCache:
    """Answers whether a URL may be fetched; reads each origin's robots.txt at most once per CACHE_SECONDS."""

    def __init__(self, user_agent: str, fetch: RobotsFetch) -> None:
        self.user_agent = user_agent
        self._fetch = fetch
        self._locks: dict[str, asyncio.Lock] = {}

    async def _entry(self, origin: str) -> _Entry:
        key = (origin, self.user_agent)
        entry = _shared.get(key)
        if entry is not None and entry.expires > time.monotonic():
            return entry
        async with self._locks.setdefault(origin, asyncio.Lock()):
            entry = _shared.get(key)
            if entry is not None and entry.expires > time.monotonic():
                return entry
            entry = await self._load(origin)
            _shared[key] = entry
            return entry

    async def _load(self, origin: str) -> _Entry:
        expires = time.monotonic() + CACHE_SECONDS
        try:
            status, body = await self._fetch(origin + "/robots.txt")
        except FetchError as exc:
            if exc.outcome != "retry":  # e.g. redirected off the allowed hosts: no rules we may read
                return _Entry(None, None, expires)
            # unreachable: no rules can be assumed; asked again a minute later rather than cached for long
            return _Entry(None, f"{origin}/robots.txt: {exc.reason}", time.monotonic() + 60.0)
        if 400 <= status < 500:
            return _Entry(None, None, expires)
        if status >= 500:
            return _Entry(None, f"{origin}/robots.txt: HTTP {status}", time.monotonic() + 60.0)
        text = body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
        return _Entry(Protego.parse(text), None, expires)

    async def check(self, url: str, origin: str | None = None) -> float | None:
        """Raise FetchError unless robots.txt allows `url`; returns the Crawl-delay for this agent, if any."""
        entry = await self._entry(origin or origin_of(url))
        if entry.unavailable:
            raise FetchError("robots_unavailable", entry.unavailable)
        if entry.rules is None:
            return None
        if not entry.rules.can_fetch(url, self.user_agent):
            raise FetchError("robots_disallowed", f"{url} is disallowed for {self.user_agent!r} by robots.txt")
        delay = entry.rules.crawl_delay(self.user_agent)
        return float(delay) if delay else None


def forget_cached() -> None:
    """Drop the process-wide cache (tests, or a long-lived process that wants fresh rules)."""
    _shared.clear()
