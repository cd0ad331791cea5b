"""One article, one key: URL canonicalisation and the page's rel=canonical."""

from __future__ import annotations

import pytest

from newsflow.fetch.urls import canonicalize, declared_canonical, host_allowed


@pytest.mark.parametrize(("url", "key"), [
    ("HTTP://News.Example.COM/a.html", "http://news.example.com/a.html"),
    ("http://example.com:80/a.html", "http://example.com/a.html"),
    ("https://example.com:443/a.html", "https://example.com/a.html"),
    ("http://example.com:8080/a.html", "http://example.com:8080/a.html"),
    ("http://example.com/a.html#comments", "http://example.com/a.html"),
    ("http://example.com/a.html?utm_source=rss&utm_medium=feed&utm_campaign=x", "http://example.com/a.html"),
    ("http://example.com/a.html?fbclid=1&gclid=2&id=7", "http://example.com/a.html?id=7"),
    ("http://example.com/a.html?b=2&a=1", "http://example.com/a.html?a=1&b=2"),
    ("http://example.com/amp/news/a.html", "http://example.com/news/a.html"),
    ("http://example.com/news/a.amp.html", "http://example.com/news/a.html"),
    ("http://example.com/news/a/amp", "http://example.com/news/a"),
    ("http://example.com/news/a.html?amp=1", "http://example.com/news/a.html"),
    ("http://example.com/x/./y/../a.html", "http://example.com/x/a.html"),
    ("http://example.com/%7euser/%e4%b8%ad.html", "http://example.com/~user/%E4%B8%AD.html"),
    ("http://example.com", "http://example.com/"),
    ("http://user:secret@example.com/a", "http://example.com/a"),
], ids=lambda v: v if len(v) < 40 else v[:40])
def test_canonical_keys(url: str, key: str) -> None:
    assert canonicalize(url) == key
    assert canonicalize(key) == key  # idempotent


def test_declared_canonical_is_absolute() -> None:
    page = b'<html><head><link rel="canonical" href="/news/a.html?x=1&amp;y=2"></head><body></body></html>'
    assert declared_canonical(page, "http://example.com/amp/news/a.html", "utf-8") == \
        "http://example.com/news/a.html?x=1&y=2"


def test_declared_canonical_attributes_in_any_order() -> None:
    page = b"<head><link href='https://example.com/b' rel='canonical'/></head>"
    assert declared_canonical(page, "https://example.com/b?utm_source=x", None) == "https://example.com/b"


def test_no_canonical_link() -> None:
    assert declared_canonical(b"<head><link rel='alternate' href='/x'></head>", "http://e.com/", None) is None


@pytest.mark.parametrize(("host", "allowed", "ok"), [
    ("example.com", ("example.com",), True),
    ("EXAMPLE.com", ("example.com",), True),
    ("www.example.com", ("example.com",), False),
    ("www.example.com", ("*.example.com",), True),
    ("example.com", ("*.example.com",), True),
    ("badexample.com", ("*.example.com",), False),
    ("localhost", ("127.0.0.1",), False),
])
def test_allowed_hosts(host: str, allowed: tuple[str, ...], ok: bool) -> None:
    assert host_allowed(host, allowed) is ok
