"""Per-source fetch settings: the web keys of a `[sources.NAME]` table, validated, with their defaults."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any
from urllib.parse import urlsplit

DEFAULT_USER_AGENT = "newsflow/0.1 (news ingestion)"
PARSERS = ("auto", "text", "html")  # auto: by the response's content type
DATE_FIELD = re.compile(r"\{date(?::[^{}]*)?\}")
HOST_PATTERN = re.compile(r"^(\*\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?$|^\[[0-9a-f:]+\]$")


@dataclass(frozen=True)
class FetchSettings:
    """How a web source is fetched. Limits are per host and per fetch task (one batch of items)."""

    urls: tuple[str, ...]
    allowed_hosts: tuple[str, ...] = ()  # empty: the hosts of `urls`; "*.example.com" allows subdomains
    user_agent: str = DEFAULT_USER_AGENT
    concurrency: int = 4  # requests in flight per host
    rate: float = 4.0  # requests started per second per host; 0 for no limit
    timeout: float = 20.0  # seconds to connect, and between two reads
    attempts: int = 4  # tries of one URL in a run: the first and up to 3 retries
    backoff: float = 1.0  # the n-th retry waits backoff * 2**(n-1) seconds, jittered (x 0.5-1.5)
    max_backoff: float = 60.0
    max_retry_after: float = 120.0  # a longer Retry-After leaves the item to the next run
    retry_budget: int = 100  # retries per run of the source (shared by its fetch batches)
    max_failures: int = 3  # runs an item may fail before it is quarantined
    max_bytes: int = 10 * 1024 * 1024  # body cap, after decompression
    max_redirects: int = 5
    robots: bool = True  # honour robots.txt
    allow_private: bool = False  # allow loopback and private addresses (local test and demo sites)
    parser: str = "auto"  # "auto" (by content type), "text" or "html"
    batch_size: int = 200  # items per fetch task
    max_pages: int = 50  # listing pages followed per discovery (feed archives, child sitemaps)
    link_pattern: str | None = None  # archive and index kinds: a regex the article URLs must match

    @property
    def hosts(self) -> tuple[str, ...]:
        return self.allowed_hosts or tuple(sorted({host_of(u) for u in self.urls}))

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["urls"], data["allowed_hosts"] = list(self.urls), list(self.hosts)
        return data

    @classmethod
    def from_mapping(cls, spec: Mapping[str, Any], *, templated: bool = False) -> FetchSettings:
        """Validated settings from a TOML table; ValueError names the key and what is wrong with it."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(spec) - known)
        if unknown:
            raise ValueError(f"unknown keys {unknown}; a web source takes {sorted(known)}")
        urls = spec.get("urls")
        if isinstance(urls, str):
            urls = [urls]
        if not isinstance(urls, list) or not urls or not all(isinstance(u, str) for u in urls):
            raise ValueError("urls must be a non-empty list of http(s) URLs")
        for url in urls:
            _check_url(url, templated)
        values: dict[str, Any] = {"urls": tuple(urls)}
        hosts = spec.get("allowed_hosts", [])
        if not isinstance(hosts, list) or not all(isinstance(h, str) and HOST_PATTERN.match(h.lower()) for h in hosts):
            raise ValueError(f"allowed_hosts must be a list of host names (or *.domain), not {hosts!r}")
        values["allowed_hosts"] = tuple(h.lower() for h in hosts)
        for f in fields(cls):
            if f.name in values or f.name not in spec:
                continue
            values[f.name] = _typed(f.name, spec[f.name], f.type)
        settings = cls(**values)
        settings._check()
        return settings

    def _check(self) -> None:
        positive = {"concurrency": self.concurrency, "timeout": self.timeout, "attempts": self.attempts,
                    "max_bytes": self.max_bytes, "batch_size": self.batch_size, "max_pages": self.max_pages,
                    "max_failures": self.max_failures}
        for name, value in positive.items():
            if value <= 0:
                raise ValueError(f"{name} must be positive, not {value!r}")
        for name, value in {"rate": self.rate, "backoff": self.backoff, "max_backoff": self.max_backoff,
                            "max_retry_after": self.max_retry_after, "retry_budget": self.retry_budget,
                            "max_redirects": self.max_redirects}.items():
            if value < 0:
                raise ValueError(f"{name} must not be negative, not {value!r}")
        if self.batch_size >= 1024:
            raise ValueError(f"batch_size must be under 1024, not {self.batch_size}")
        if self.parser not in PARSERS:
            raise ValueError(f"parser must be one of {list(PARSERS)}, not {self.parser!r}")
        if not self.user_agent.strip() or any(c in self.user_agent for c in "\r\n"):
            raise ValueError("user_agent must be one non-empty line")
        if self.link_pattern is not None:
            try:
                re.compile(self.link_pattern)
            except re.error as exc:
                raise ValueError(f"link_pattern is not a regular expression: {exc}") from exc


def host_of(url: str) -> str:
    """The lower-case host of a URL (no port, no brackets for IPv6)."""
    return (urlsplit(url).hostname or "").lower()


def _check_url(url: str, templated: bool) -> None:
    if templated:
        if not DATE_FIELD.search(url):
            raise ValueError(f"{url!r}: an archive URL needs a {{date:%Y/%m/%d}} field")
        try:
            url = expand_template(url, date(2000, 1, 2))
        except (ValueError, KeyError, IndexError) as exc:
            raise ValueError(f"{url!r}: bad template: {exc}") from exc
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{url!r} is not an http(s) URL")


def expand_template(template: str, day: date) -> str:
    """An archive URL template for one day: `.../{date:%Y/%m/%d}/` -> `.../2025/11/17/`."""
    return DATE_FIELD.sub(lambda m: day.strftime(m.group(0)[6:-1] or "%Y-%m-%d"), template)


def _typed(name: str, value: Any, kind: Any) -> Any:
    kind = str(kind)
    if kind == "bool":
        if not isinstance(value, bool):
            raise ValueError(f"{name} must be true or false, not {value!r}")
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{name} must be an integer, not {value!r}")
        return value
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{name} must be a number, not {value!r}")
        return float(value)
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a string, not {value!r}")
    return value
