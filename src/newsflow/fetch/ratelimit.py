"""Per-host politeness: at most `concurrency` requests in flight and `rate` request starts per second."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class HostLimiter:
    """A semaphore for concurrency plus evenly spaced start slots for the rate (no bursts)."""

    def __init__(self, concurrency: int, rate: float) -> None:
        self._slots = asyncio.Semaphore(concurrency)
        self._interval = 1.0 / rate if rate > 0 else 0.0
        self._next_start = 0.0
        self._lock = asyncio.Lock()

    def slow_down(self, interval: float) -> None:
        """Space starts at least `interval` seconds apart from now on (robots.txt Crawl-delay)."""
        self._interval = max(self._interval, interval)

    async def _wait_turn(self) -> None:
        if not self._interval:
            return
        async with self._lock:
            now = time.monotonic()
            start = max(now, self._next_start)
            self._next_start = start + self._interval
        if start > now:
            await asyncio.sleep(start - now)

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        async with self._slots:
            await self._wait_turn()
            yield


class Limiters:
    """One HostLimiter per host, made on first use."""

    def __init__(self, concurrency: int, rate: float) -> None:
        self.concurrency, self.rate = concurrency, rate
        self._by_host: dict[str, HostLimiter] = {}

    def __getitem__(self, host: str) -> HostLimiter:
        limiter = self._by_host.get(host)
        if limiter is None:
            limiter = self._by_host[host] = HostLimiter(self.concurrency, self.rate)
        return limiter
