"""The `sitemap` kind: sitemaps, sitemap indexes and news sitemaps (also gzipped).

An item's date is its news:publication_date, else its lastmod. A child sitemap of an index whose lastmod is
before the window cannot list anything in it, and is not read: a backfill reads the days it needs.
"""

from __future__ import annotations

import gzip
import logging
import zlib
from datetime import UTC, datetime
from xml.etree import ElementTree

from newsflow.fetch.client import GZIP_TYPES, XML_TYPES
from newsflow.sources.web import DiscoveryError, Listed, ListingReader, WebSource

log = logging.getLogger(__name__)

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def w3c_datetime(value: str | None) -> datetime | None:
    """A W3C datetime (2025-11-17, 2025-11-17T09:00:00+08:00, ...Z) as an aware datetime; naive is UTC."""
    if not value:
        return None
    value = value.strip().replace("Z", "+00:00")
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _text(element: ElementTree.Element, path: str) -> str | None:
    found = element.find(path)
    return found.text.strip() if found is not None and found.text else None


def parse_sitemap(content: bytes, max_bytes: int) -> tuple[list[tuple[str, datetime | None]], list[Listed]]:
    """(child sitemaps with their lastmod, listed URLs) of a sitemap or sitemap index document."""
    if content[:2] == b"\x1f\x8b":
        content = _gunzip(content, max_bytes)
    try:
        root = ElementTree.fromstring(content)
    except ElementTree.ParseError as exc:
        raise DiscoveryError(f"not a sitemap: {exc}") from exc
    children = [(loc, w3c_datetime(_text(s, f"{SM}lastmod")))
                for s in root.iter(f"{SM}sitemap") if (loc := _text(s, f"{SM}loc"))]
    urls = []
    for u in root.iter(f"{SM}url"):
        loc = _text(u, f"{SM}loc")
        if not loc:
            continue
        published = w3c_datetime(_text(u, f"{NEWS}news/{NEWS}publication_date"))
        if published is not None:
            urls.append(Listed(loc, published, "sitemap"))
        else:
            lastmod = w3c_datetime(_text(u, f"{SM}lastmod"))
            urls.append(Listed(loc, lastmod, "lastmod" if lastmod else "undated"))
    return children, urls


def _gunzip(content: bytes, max_bytes: int) -> bytes:
    """A .xml.gz sitemap, inflated no further than max_bytes."""
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    try:
        out = inflater.decompress(content, max_bytes + 1)
    except (zlib.error, gzip.BadGzipFile) as exc:
        raise DiscoveryError(f"bad gzip sitemap: {exc}") from exc
    if len(out) > max_bytes:
        raise DiscoveryError(f"gzip sitemap inflates past {max_bytes} bytes")
    return out


class SitemapSource(WebSource):
    kind = "sitemap"
    accept = XML_TYPES | GZIP_TYPES

    async def list_items(self, reader: ListingReader, start: datetime, end: datetime) -> list[Listed]:
        listed: list[Listed] = []
        todo = list(self.settings.urls)
        async for _url, response in self.listing_pages(reader, todo, "sitemaps"):
            children, urls = parse_sitemap(response.content, self.settings.max_bytes)
            listed.extend(urls)
            for child, lastmod in children:
                if lastmod is not None and lastmod < start:
                    continue  # changed last before the window: lists nothing in it
                todo.append(child)
        return listed
