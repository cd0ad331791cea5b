"""The web kinds against the demo site on 127.0.0.1: items of a window, their dates, one key per article."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from faultsite import DemoSite
from golden_cases import DEMO

from newsflow.config import SourceConfig
from newsflow.fetch.robots import forget_cached
from newsflow.fetch.settings import FetchSettings
from newsflow.models import RawDocument
from newsflow.site.demo import load_corpus
from newsflow.sources import open_source, read_batch
from newsflow.sources.outcomes import Fetched, Known, MemoryListings, Unchanged
from newsflow.sources.web import WebSource

DAY = datetime(2025, 11, 18, tzinfo=UTC)


@pytest.fixture(scope="module")
def site() -> Iterator[DemoSite]:
    forget_cached()
    site = DemoSite()
    yield site
    site.stop()


def source(site: DemoSite, kind: str, path: str, listings: MemoryListings | None = None, **options: Any) -> WebSource:
    settings = FetchSettings.from_mapping({"urls": [site.url + path], "allow_private": True, "rate": 0.0,
                                           **options}, templated=kind == "archive")
    web = open_source(SourceConfig(f"site-{kind}", kind, settings.urls[0], fetch=settings), listings)
    assert isinstance(web, WebSource)
    return web


def expected_day(day: datetime) -> dict[str, datetime]:
    """Path -> publication time of the site's HTML articles of one day."""
    return {a.path: a.published for a in load_corpus(DEMO) if a.parsed is not None and a.day == day.date()}


@pytest.mark.parametrize(("kind", "path", "published_from"), [
    ("feed", "/feed.xml", "feed"),
    ("sitemap", "/sitemap.xml", "sitemap"),
    ("archive", "/archive/{date:%Y/%m/%d}/", "archive"),
])
def test_each_kind_lists_the_days_articles_once(site: DemoSite, kind: str, path: str, published_from: str) -> None:
    items = list(source(site, kind, path).discover(DAY, DAY + timedelta(days=1)))
    want = expected_day(DAY)
    assert sorted(i.uri for i in items) == sorted(site.url + p for p in want)
    assert {i.published_from for i in items} == {published_from}
    if kind != "archive":  # the archive knows the day only
        assert {i.uri: i.published_at for i in items} == {site.url + p: t for p, t in want.items()}


def test_the_text_index_lists_the_days_files(site: DemoSite) -> None:
    items = list(source(site, "index", "/text/").discover(DAY, DAY + timedelta(days=1)))
    names = sorted(p.name for p in (DEMO / "2025-11-18").iterdir())
    assert sorted(i.uri.rsplit("/", 1)[1] for i in items) == names
    assert {(i.published_at, i.published_from) for i in items} == {(DAY, "path")}


def test_a_backfill_window_reads_only_the_sitemaps_it_needs(site: DemoSite) -> None:
    site.log.clear()
    week = list(source(site, "sitemap", "/sitemap.xml").discover(DAY - timedelta(days=7), DAY))
    assert {i.published_at.date().isoformat() for i in week if i.published_at} == {"2025-11-17"}
    site.log.clear()
    list(source(site, "sitemap", "/sitemap.xml").discover(DAY + timedelta(days=3), DAY + timedelta(days=4)))
    read = sorted(p for p, _ in site.log if p.startswith("/sitemaps/"))
    assert read == ["/sitemaps/news-2025-11-21.xml"]  # earlier days changed before the window


def test_tracking_and_amp_links_become_one_key(site: DemoSite) -> None:
    items = list(source(site, "archive", "/archive/{date:%Y/%m/%d}/").discover(DAY, DAY + timedelta(days=1)))
    assert not [i.uri for i in items if "utm_" in i.uri or "/amp/" in i.uri]
    assert len({i.uri for i in items}) == len(items) == len(expected_day(DAY))


def test_listing_pages_are_fetched_conditionally(site: DemoSite) -> None:
    listings = MemoryListings()
    first = list(source(site, "feed", "/feed.xml", listings).discover(DAY, DAY + timedelta(days=1)))
    site.log.clear()
    again = list(source(site, "feed", "/feed.xml", listings).discover(DAY, DAY + timedelta(days=1)))
    assert again == first
    assert site.log == [("/feed.xml", 304)]


def test_articles_come_with_charset_media_type_and_validators(site: DemoSite) -> None:
    web = source(site, "sitemap", "/sitemap.xml")
    items = list(web.discover(DAY, DAY + timedelta(days=1)))
    outcomes = list(read_batch(web, items))
    assert all(isinstance(o, Fetched) for o in outcomes) and len(outcomes) == len(items)
    fetched = {o.raw.item.uri: o for o in outcomes if isinstance(o, Fetched)}
    big5 = fetched[site.url + "/news/2025/11/18/rtrs-taiwan-export-orders.html"]
    assert (big5.raw.media_type, big5.raw.charset, big5.http.declared_charset) == ("text/html", "big5hkscs", "big5")
    utf8 = fetched[site.url + "/news/2025/11/18/bbg-china-ev-price-war.html"]
    assert (utf8.raw.charset, utf8.http.etag is not None, utf8.http.last_modified is not None) == \
        ("utf_8", True, True)
    assert utf8.raw.item.published_from == "sitemap"


def test_known_pages_are_not_downloaded_again(site: DemoSite) -> None:
    web = source(site, "feed", "/feed.xml")
    items = list(web.discover(DAY, DAY + timedelta(days=1)))
    first = [o for o in read_batch(web, items) if isinstance(o, Fetched)]
    known = {f.listed_uri: Known(f.listed_uri, f.http.etag, f.http.last_modified, f.raw.sha256, n)
             for n, f in enumerate(first, 1)}
    site.log.clear()
    second = list(read_batch(web, items, known))
    assert all(isinstance(o, Unchanged) for o in second)
    assert Counter(status for path, status in site.log if path.startswith("/news/")) == {304: len(items)}


def test_an_amp_page_is_keyed_by_its_rel_canonical(site: DemoSite) -> None:
    web = source(site, "archive", "/archive/{date:%Y/%m/%d}/", link_pattern=r"/amp/")
    amp_url = site.url + "/amp/news/2025/11/18/bbg-china-ev-price-war.html"
    from newsflow.models import SourceItem

    outcome = next(iter(read_batch(web, [SourceItem(web.name, amp_url, DAY, "archive")])))
    assert isinstance(outcome, Fetched)
    assert outcome.raw.item.uri == site.url + "/news/2025/11/18/bbg-china-ev-price-war.html"
    assert outcome.listed_uri == amp_url


def test_the_single_read_of_the_source_protocol(site: DemoSite) -> None:
    web = source(site, "feed", "/feed.xml")
    item = next(iter(web.discover(DAY, DAY + timedelta(days=1))))
    assert isinstance(web.read(item), RawDocument)


@pytest.mark.parametrize(("encoding", "content_type"), [
    ("big5hkscs", "text/plain; charset=big5"),  # declared by the header (Hong Kong sites label Big5-HKSCS so)
    ("gb18030", "text/plain"),  # detected
])
def test_a_text_article_in_a_legacy_charset_parses_like_its_utf8_original(encoding: str, content_type: str) -> None:
    import opencc

    from newsflow.models import Article
    from newsflow.models import SourceItem as Item
    from newsflow.site.server import LocalServer, Reply, Request
    from newsflow.transform import transform

    def encodable(text: str) -> bool:
        try:
            text.encode(encoding)
        except UnicodeEncodeError:
            return False
        return True

    texts = [p.read_bytes().decode("utf-8", errors="replace") for p in sorted(DEMO.glob("*/bbg-*.txt"))]
    if encoding == "gb18030":  # a Simplified page, as a mainland site would serve it
        texts = [opencc.OpenCC("t2s").convert(t) for t in texts]
    original = next(t for t in texts if "彭博" in t and encodable(t))
    body = original.encode(encoding)

    async def app(request: Request, writer: Any) -> Reply:
        return Reply(200, body, {"Content-Type": content_type})

    with LocalServer(app) as server:
        settings = FetchSettings.from_mapping({"urls": [server.url + "/index/"], "allow_private": True,
                                               "robots": False, "rate": 0.0})
        web = open_source(SourceConfig("legacy", "index", settings.urls[0], fetch=settings))
        [outcome] = list(read_batch(web, [Item("legacy", server.url + "/a.txt", DAY, "index")]))
    assert isinstance(outcome, Fetched)
    article = transform(outcome.raw)
    assert isinstance(article, Article), article
    reference = transform(RawDocument(outcome.raw.item, original.encode(), outcome.raw.sha256, outcome.raw.read_at))
    assert isinstance(reference, Article)
    assert article.parsed == reference.parsed


def test_an_error_page_at_a_feed_url_is_a_discovery_error_not_an_empty_feed() -> None:
    from newsflow.sources.feed import parse_feed
    from newsflow.sources.web import DiscoveryError

    with pytest.raises(DiscoveryError, match="is not a feed"):
        parse_feed(b"<html><body><h1>Down for maintenance</h1></body></html>", "http://127.0.0.1/feed.xml")
    empty = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
    assert parse_feed(empty, "http://127.0.0.1/feed.xml") == ([], None)  # a real feed with nothing in it
