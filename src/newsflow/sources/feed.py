"""The `feed` kind: RSS and Atom feeds (feedparser), dated by each entry's published (else updated) time.

A feed that pages its past (RFC 5005: rel="prev-archive" or rel="next") is followed while its entries are
not older than the window, so a backfill reaches back as far as the feed keeps.
"""

from __future__ import annotations

import calendar
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from newsflow.fetch.client import XML_TYPES
from newsflow.sources.web import DiscoveryError, Listed, ListingReader, WebSource

OLDER_PAGES = ("prev-archive", "next")


def _when(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    return None


def parse_feed(content: bytes, base: str) -> tuple[list[Listed], str | None]:
    """The entries of a feed document and the URL of its older page, if it links one."""
    document = feedparser.parse(content, response_headers={"content-location": base},
                                sanitize_html=False, resolve_relative_uris=False)
    if not document.get("version") and not document.entries:  # an error page, or not XML at all
        reason = document.get("bozo_exception") or "no RSS or Atom document"
        raise DiscoveryError(f"{base} is not a feed: {reason}")
    entries = []
    for entry in document.entries:
        link = entry.get("link") or next((link.get("href") for link in entry.get("links", [])
                                          if link.get("rel") == "alternate"), None)
        if link:
            entries.append(Listed(urljoin(base, link), _when(entry), "feed"))
    older = next((urljoin(base, link["href"]) for rel in OLDER_PAGES for link in document.feed.get("links", [])
                  if link.get("rel") == rel and link.get("href")), None)
    return entries, older


class FeedSource(WebSource):
    kind = "feed"
    accept = XML_TYPES | {"text/html"}

    async def list_items(self, reader: ListingReader, start: datetime, end: datetime) -> list[Listed]:
        listed: list[Listed] = []
        for url in self.settings.urls:
            page: str | None = url
            seen: set[str] = set()
            while page and page not in seen and len(seen) < self.settings.max_pages:
                seen.add(page)
                response = await reader.get(page, self.accept)
                if response is None:
                    break
                entries, older = parse_feed(response.content, response.final_url)
                listed.extend(entries)
                dated = [e.published_at for e in entries if e.published_at is not None]
                if not dated or min(dated) < start:
                    break  # this page already reaches back before the window
                page = older
        return listed
