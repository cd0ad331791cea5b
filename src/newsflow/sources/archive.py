"""The `archive` kind: a site's dated archive pages, from a URL template such as `.../{date:%Y/%m/%d}/`.

Each day of the window has its page; its article links are the day's items, dated at the start of that day
(UTC). A day whose page is missing (404, 410) has no items.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from newsflow.fetch.client import HTML_TYPES
from newsflow.fetch.settings import expand_template
from newsflow.sources.web import Listed, ListingReader, WebSource, page_links


class ArchiveSource(WebSource):
    kind = "archive"
    accept = HTML_TYPES

    async def list_items(self, reader: ListingReader, start: datetime, end: datetime) -> list[Listed]:
        listed: list[Listed] = []
        day = start.astimezone(UTC).date()
        last = (end.astimezone(UTC) - timedelta(microseconds=1)).date()
        while day <= last:
            dated = datetime.combine(day, time(0), tzinfo=UTC)
            for template in self.settings.urls:
                url = expand_template(template, day)
                response = await reader.get(url, self.accept)
                if response is None:
                    continue
                for link in page_links(response.content, response.charset, response.final_url):
                    if link.rstrip("/") != url.rstrip("/") and self.article_link(link):
                        listed.append(Listed(link, max(dated, start), "archive"))
            day += timedelta(days=1)
        return listed
