"""Progress of long work in the logs (Airflow shows them as task logs): done of total, with the rate."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping


class Progress:
    """Logs `what: done/total unit (rate/s)` at most every `every` seconds, and always at the end."""

    def __init__(self, log: logging.Logger, what: str, total: int, unit: str = "items", every: float = 5.0) -> None:
        self.log, self.what, self.total, self.unit, self.every = log, what, total, unit, every
        self.done = 0
        self.started = self.last = time.monotonic()

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if now - self.last >= self.every or self.done >= self.total:
            self.last = now
            self.log.info("%s: %d/%d %s (%.1f/s)", self.what, self.done, self.total, self.unit, self.rate)

    @property
    def rate(self) -> float:
        return self.done / max(time.monotonic() - self.started, 1e-9)

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started


def summary(counts: Mapping[str, object]) -> str:
    """`key=value, ...` in the mapping's order: the one summary line a task logs."""
    return ", ".join(f"{key}={value}" for key, value in counts.items())
