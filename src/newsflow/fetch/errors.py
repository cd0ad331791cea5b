"""Fetch failures as newsflow errors, and the one place where httpx's exceptions are translated."""

from __future__ import annotations

import httpx

from newsflow.models import NewsflowError

# What becomes of an item whose fetch failed for a reason (after the retries of its run):
#   retry: counted as failed, fetched again in the next run (quarantined after `max_failures` runs);
#   skip: skipped by rule, recorded with its reason, never fetched while the rule holds;
#   quarantine: quarantined at once with its reason (fetching it again would give the same answer).
RETRY, SKIP, QUARANTINE = "retry", "skip", "quarantine"

OUTCOMES = {
    "timeout": RETRY,
    "connect_error": RETRY,
    "connection_reset": RETRY,
    "truncated": RETRY,
    "server_error": RETRY,
    "rate_limited": RETRY,
    "robots_unavailable": RETRY,
    "transport_error": RETRY,
    "robots_disallowed": SKIP,
    "host_not_allowed": SKIP,
    "redirect_offsite": SKIP,
    "private_address": SKIP,
    "scheme_not_allowed": SKIP,
    "too_large": QUARANTINE,
    "decompression_bomb": QUARANTINE,
    "content_type": QUARANTINE,
    "redirect_loop": QUARANTINE,
    "too_many_redirects": QUARANTINE,
    "client_error": QUARANTINE,
    "bad_content_encoding": QUARANTINE,
    "invalid_url": QUARANTINE,
}


class FetchError(NewsflowError):
    """A URL could not be fetched: a short machine-readable reason, a detail, and what to do about it."""

    def __init__(self, reason: str, detail: str, *, status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(f"{reason}: {detail}")
        if reason not in OUTCOMES:
            raise ValueError(f"unknown fetch failure reason {reason!r}")
        self.reason = reason
        self.detail = detail
        self.status = status
        self.retry_after = retry_after  # seconds the server asked us to wait (Retry-After)

    @property
    def outcome(self) -> str:
        """retry, skip or quarantine."""
        return OUTCOMES[self.reason]

    @property
    def retryable(self) -> bool:
        return self.outcome == RETRY


def translate(exc: httpx.HTTPError | httpx.InvalidURL, url: str) -> FetchError:
    """An httpx exception as a FetchError (the only place newsflow looks at httpx's exception types)."""
    text = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return FetchError("invalid_url", f"{url}: {text}")
    if isinstance(exc, httpx.TimeoutException):
        return FetchError("timeout", f"{type(exc).__name__} on {url}")
    if isinstance(exc, httpx.ConnectError):
        return FetchError("connect_error", f"{url}: {text}")
    if isinstance(exc, httpx.RemoteProtocolError):
        if "message body" in text or "incomplete" in text.lower():
            return FetchError("truncated", f"{url}: {text}")
        return FetchError("connection_reset", f"{url}: {text}")
    if isinstance(exc, httpx.ReadError | httpx.WriteError | httpx.CloseError):
        return FetchError("connection_reset", f"{url}: {type(exc).__name__} {text}")
    if isinstance(exc, httpx.DecodingError):
        return FetchError("bad_content_encoding", f"{url}: {text}")
    return FetchError("transport_error", f"{url}: {type(exc).__name__} {text}")
