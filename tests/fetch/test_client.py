"""The HTTP client against a real server on 127.0.0.1: every fault ends fetched, retried, skipped or refused."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from faultsite import FaultSite

from newsflow.fetch.client import Fetcher, Response, RetryBudget, Validators, retry_after_seconds
from newsflow.fetch.errors import FetchError
from newsflow.fetch.robots import forget_cached
from newsflow.fetch.settings import FetchSettings

FAST: dict[str, Any] = {"allow_private": True, "timeout": 0.5, "attempts": 3, "backoff": 0.05, "max_backoff": 0.2,
                        "max_retry_after": 5.0, "max_bytes": 1024 * 1024, "rate": 0.0}


@pytest.fixture
def site() -> Iterator[FaultSite]:
    forget_cached()
    site = FaultSite(slow_seconds=2.0).start()
    yield site
    site.stop()


def settings(site: FaultSite, **overrides: Any) -> FetchSettings:
    return FetchSettings.from_mapping({"urls": [site.url + "/feed.xml"], **FAST, **overrides})


def get(site: FaultSite, path: str, validators: Validators | None = None, budget: RetryBudget | None = None,
        **overrides: Any) -> Response:
    async def run() -> Response:
        async with Fetcher(settings(site, **overrides), budget=budget) as fetcher:
            return await fetcher.get(site.url + path, validators=validators)

    return asyncio.run(run())


def failure(site: FaultSite, path: str, **overrides: Any) -> FetchError:
    with pytest.raises(FetchError) as caught:
        get(site, path, **overrides)
    return caught.value


def test_a_page_is_fetched_with_its_validators(site: FaultSite) -> None:
    response = get(site, "/ok.txt")
    assert (response.status, response.media_type, response.charset) == (200, "text/plain", "utf_8")
    assert response.content == site.pages["/ok.txt"].body
    assert response.etag == site.pages["/ok.txt"].etag and response.last_modified


def test_a_second_fetch_with_validators_is_304_and_downloads_nothing(site: FaultSite) -> None:
    first = get(site, "/ok.txt")
    second = get(site, "/ok.txt", Validators(first.etag, first.last_modified))
    assert second.not_modified and second.content == b""
    assert site.answered("/ok.txt") == [200, 304]


def test_500_then_200_is_retried_until_it_answers(site: FaultSite) -> None:
    response = get(site, "/flaky-500.txt")
    assert (response.status, response.attempts) == (200, 3)
    assert site.answered("/flaky-500.txt") == [500, 500, 200]


def test_429_waits_for_retry_after(site: FaultSite) -> None:
    response = get(site, "/rate-limited.txt")
    assert (response.status, response.attempts) == (200, 2)
    first, second = site.times["/rate-limited.txt"]
    assert second - first >= 0.9  # Retry-After: 1 was honoured (a lower bound, not a speed)


def test_a_retry_after_beyond_the_limit_leaves_the_item_to_the_next_run(site: FaultSite) -> None:
    error = failure(site, "/rate-limited.txt", max_retry_after=0.5)
    assert (error.reason, error.retryable, error.retry_after) == ("rate_limited", True, 1.0)
    assert site.hits["/rate-limited.txt"] == 1


def test_a_connection_reset_is_retried(site: FaultSite) -> None:
    response = get(site, "/reset-once.txt")
    assert (response.status, response.attempts) == (200, 2)


def test_a_timeout_is_retried_then_fails_for_the_next_run(site: FaultSite) -> None:
    error = failure(site, "/slow.txt")
    assert (error.reason, error.outcome) == ("timeout", "retry")
    assert site.hits["/slow.txt"] == 3


def test_a_truncated_body_is_retried_then_fails(site: FaultSite) -> None:
    error = failure(site, "/truncated.txt")
    assert (error.reason, error.outcome) == ("truncated", "retry")
    assert site.hits["/truncated.txt"] == 3


def test_the_retry_budget_bounds_retries(site: FaultSite) -> None:
    budget = RetryBudget(1)
    with pytest.raises(FetchError, match="retry budget"):
        get(site, "/flaky-500.txt", budget=budget)
    assert site.hits["/flaky-500.txt"] == 2 and budget.remaining == 0


@pytest.mark.parametrize("path", ["/wrong-charset.html", "/undeclared-big5.html"], ids=["meta", "detected"])
def test_a_wrong_charset_header_is_corrected(site: FaultSite, path: str) -> None:
    response = get(site, path)
    assert response.declared_charset == "utf-8"
    assert response.charset == "big5hkscs"
    assert response.charset_from == ("meta" if path == "/wrong-charset.html" else "detected")
    assert site.big5.parsed is not None
    assert site.big5.parsed.title in response.content.decode(response.charset)


@pytest.mark.parametrize("path", ["/huge.txt", "/huge-declared.txt"], ids=["streamed", "declared"])
def test_a_50_mb_body_is_cut_at_the_cap(site: FaultSite, path: str) -> None:
    error = failure(site, path)
    assert (error.reason, error.outcome) == ("too_large", "quarantine")
    assert site.hits[path] == 1


def test_a_decompression_bomb_is_refused(site: FaultSite) -> None:
    error = failure(site, "/bomb.txt")
    assert (error.reason, error.outcome) == ("decompression_bomb", "quarantine")


def test_a_redirect_loop_is_refused(site: FaultSite) -> None:
    error = failure(site, "/loop/a.txt")
    assert (error.reason, error.outcome) == ("redirect_loop", "quarantine")
    assert site.hits["/loop/a.txt"] == 1 and site.hits["/loop/b.txt"] == 1


def test_redirects_are_bounded(site: FaultSite) -> None:
    error = failure(site, "/chain/1.txt", max_redirects=3)
    assert (error.reason, error.outcome) == ("too_many_redirects", "quarantine")
    assert sum(n for path, n in site.hits.items() if path.startswith("/chain/")) == 4


def test_a_redirect_on_the_same_host_is_followed(site: FaultSite) -> None:
    response = get(site, "/moved.txt")
    assert response.final_url == site.url + "/ok-target.txt" and response.redirects == (site.url + "/ok-target.txt",)


def test_a_redirect_to_another_host_is_skipped(site: FaultSite) -> None:
    error = failure(site, "/offsite.txt")
    assert (error.reason, error.outcome) == ("redirect_offsite", "skip")
    assert site.hits["/ok.txt"] == 0


def test_a_redirect_to_an_allowed_host_is_followed(site: FaultSite) -> None:
    response = get(site, "/offsite.txt", allowed_hosts=["127.0.0.1", "localhost"])
    assert response.final_url.startswith("http://localhost:")


def test_robots_txt_disallow_is_a_skip(site: FaultSite) -> None:
    error = failure(site, "/private/secret.txt")
    assert (error.reason, error.outcome) == ("robots_disallowed", "skip")
    assert site.hits["/private/secret.txt"] == 0


def test_robots_txt_is_read_once_per_origin(site: FaultSite) -> None:
    get(site, "/ok.txt")
    get(site, "/moved.txt")
    assert site.hits["/robots.txt"] == 1


def test_robots_txt_can_be_ignored_when_the_source_says_so(site: FaultSite) -> None:
    assert get(site, "/private/secret.txt", robots=False).status == 200


def test_loopback_is_refused_unless_the_source_allows_it(site: FaultSite) -> None:
    error = failure(site, "/ok.txt", allow_private=False)
    assert (error.reason, error.outcome) == ("private_address", "skip")
    assert site.hits["/ok.txt"] == 0


def test_a_host_the_source_does_not_allow_is_refused(site: FaultSite) -> None:
    error = failure(site, "/ok.txt", allowed_hosts=["example.com"])
    assert (error.reason, error.outcome) == ("host_not_allowed", "skip")


def test_an_unexpected_content_type_is_refused(site: FaultSite) -> None:
    site.pages["/image.png"] = type(site.pages["/ok.txt"])(b"\x89PNG\r\n", "image/png")
    error = failure(site, "/image.png")
    assert (error.reason, error.outcome) == ("content_type", "quarantine")


def test_a_missing_page_is_a_client_error(site: FaultSite) -> None:
    error = failure(site, "/nowhere.txt")
    assert (error.reason, error.status, error.outcome) == ("client_error", 404, "quarantine")
    assert site.hits["/nowhere.txt"] == 1  # 4xx is not retried


def test_gzip_is_decompressed(site: FaultSite) -> None:
    response = get(site, "/ok.txt")
    assert site.pages["/ok.txt"].compress and response.content == site.pages["/ok.txt"].body


def test_a_refused_connection_is_a_connect_error() -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    fetch_settings = FetchSettings.from_mapping({"urls": [f"http://127.0.0.1:{port}/"], **FAST, "robots": False})

    async def run() -> None:
        async with Fetcher(fetch_settings) as fetcher:
            await fetcher.get(f"http://127.0.0.1:{port}/x.txt")

    with pytest.raises(FetchError) as caught:
        asyncio.run(run())
    assert (caught.value.reason, caught.value.outcome) == ("connect_error", "retry")


@pytest.mark.parametrize(("value", "seconds"), [("3", 3.0), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0), ("soon", None),
                                                (None, None)])
def test_retry_after_reads_seconds_and_dates(value: str | None, seconds: float | None) -> None:
    assert retry_after_seconds(value) == seconds
