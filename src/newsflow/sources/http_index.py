"""The `index` kind: text articles (the seed format) served as files under index pages (an autoindex).

Like the `dir` kind over HTTP: sub-indexes are followed, those named YYYY-MM-DD only for days of the window;
an article's date is the nearest YYYY-MM-DD segment of its path, else when it is fetched (Last-Modified).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from urllib.parse import unquote, urlsplit

from newsflow.fetch.client import HTML_TYPES
from newsflow.sources.web import Listed, ListingReader, WebSource, page_links

DAY_SEGMENT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def day_of(path: str) -> date | None:
    """The last YYYY-MM-DD segment of a URL path, if it is a calendar date."""
    for segment in reversed(unquote(path).rstrip("/").split("/")):
        match = DAY_SEGMENT.match(segment)
        if match:
            try:
                return date(*map(int, match.groups()))
            except ValueError:
                continue
    return None


class IndexSource(WebSource):
    kind = "index"
    accept = HTML_TYPES

    async def list_items(self, reader: ListingReader, start: datetime, end: datetime) -> list[Listed]:
        first = start.astimezone(UTC).date()
        last = (end.astimezone(UTC) - timedelta(microseconds=1)).date()
        listed: list[Listed] = []
        todo = list(self.settings.urls)
        async for url, response in self.listing_pages(reader, todo, "index pages"):
            for link in page_links(response.content, response.charset, response.final_url):
                path = urlsplit(link).path
                if not link.startswith(url) or link == url:
                    continue  # parents, siblings and other sites are not below this index
                day = day_of(path)
                if path.endswith("/"):
                    if day is None or first <= day <= last:
                        todo.append(link)
                elif self.article_link(link) and self.wanted(link):
                    when = datetime(day.year, day.month, day.day, tzinfo=UTC) if day else None
                    listed.append(Listed(link, when, "path" if day else "undated"))
        return listed
