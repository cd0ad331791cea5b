"""A local site with fault endpoints, served on 127.0.0.1 by newsflow.site.server, for the fetch tests.

Every endpoint ends in a text article of the demo corpus (a different one each) once it works, so a fetched
page becomes an article. `FaultSite.feed` lists every endpoint, dated on DAY; `hits` counts requests per path
and `statuses` records what was answered, for the tests to check retries and conditional GETs.
"""

from __future__ import annotations

import asyncio
import gzip
import re
import socket
import struct
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from functools import cache
from pathlib import Path

from golden_cases import DEMO

from newsflow.site.demo import DemoArticle, build_site, load_corpus, render_article
from newsflow.site.server import LocalServer, Page, Reply, Request, pages_app, serve_page

DAY = datetime(2025, 11, 17, tzinfo=UTC)
HUGE_BYTES = 50 * 1024 * 1024
TEXT = "text/plain; charset=utf-8"

# path -> what it does; the order is the feed's order
ENDPOINTS = {
    "/ok.txt": "fetched",
    "/flaky-500.txt": "500 twice, then 200",
    "/rate-limited.txt": "429 with Retry-After: 1, then 200",
    "/reset-once.txt": "connection reset, then 200",
    "/slow.txt": "no answer within the timeout until healed",
    "/truncated.txt": "Content-Length larger than what is sent, always",
    "/wrong-charset.html": "Big5 page, header says UTF-8, <meta> says Big5",
    "/undeclared-big5.html": "Big5 page, header says UTF-8, no <meta>",
    "/huge.txt": "a 50 MB body, chunked",
    "/huge-declared.txt": "a 50 MB body with its Content-Length",
    "/bomb.txt": "gzip that inflates to 50 MB",
    "/loop/a.txt": "redirects to /loop/b.txt, which redirects back",
    "/offsite.txt": "redirects to another host (localhost)",
    "/private/secret.txt": "disallowed by robots.txt",
    "/moved.txt": "301 to /ok-target.txt on the same host",
}


@cache
def _bomb() -> bytes:
    return gzip.compress(b"\0" * HUGE_BYTES, compresslevel=9, mtime=0)


@cache
def corpus() -> list[DemoArticle]:
    return [a for a in load_corpus(DEMO) if a.parsed is not None]


def text_articles() -> list[DemoArticle]:
    """Distinct UTF-8 articles (no planted duplicates), one per text endpoint."""
    return [a for a in corpus() if a.encoding == "utf-8" and not a.name.endswith(("-copy", "-syndicated"))
            and a.name not in {"rtrs-hong-kong-visitor-arrivals", "bbg-japan-rice-prices"}]


def big5_article() -> DemoArticle:
    return next(a for a in corpus() if a.encoding == "big5")


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close the connection with a TCP RST (SO_LINGER 0), as a crashed peer would."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


class FaultSite:
    def __init__(self, slow_seconds: float = 3.0) -> None:
        self.hits: Counter[str] = Counter()
        self.statuses: list[tuple[str, int, int]] = []  # path, status, epoch of the request's arrival
        self.epoch = 0
        self.times: dict[str, list[float]] = {}
        self.slow_seconds = slow_seconds
        self.retry_after = 1  # seconds, in the 429's Retry-After
        self.healed: set[str] = set()  # endpoints that now answer normally
        self.listed = list(ENDPOINTS)  # what /feed.xml lists
        self.server = LocalServer(self.app)
        texts = iter(text_articles())
        self.pages: dict[str, Page] = {}
        modified = DAY + timedelta(hours=2)
        for path in ENDPOINTS:
            if path.endswith(".html"):
                continue
            self.pages[path] = Page(next(texts).text, TEXT, modified)
        self.pages["/ok-target.txt"] = self.pages.pop("/moved.txt")
        self.big5 = big5_article()

    def start(self) -> FaultSite:
        self.server.start()
        # no rel=canonical: these pages are keyed by their own URL here
        html = re.sub(r'<link rel="canonical"[^>]*>\n', "", render_article(self.big5, self.server.url))
        no_meta = html.replace('<meta charset="big5">\n', "")
        for path, page in (("/wrong-charset.html", html), ("/undeclared-big5.html", no_meta)):
            self.pages[path] = Page(page.encode("big5", "xmlcharrefreplace"), "text/html; charset=utf-8", DAY)
        return self

    def stop(self) -> None:
        self.server.stop()

    @property
    def url(self) -> str:
        return self.server.url

    def feed(self, day: datetime = DAY, paths: list[str] | None = None) -> bytes:
        items = "".join(
            f"<item><title>{path}</title><link>{self.url}{path}</link>"
            f"<pubDate>{format_datetime(day + timedelta(minutes=i), usegmt=True)}</pubDate></item>"
            for i, path in enumerate(paths if paths is not None else list(ENDPOINTS)))
        return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>faults</title>'
                f"<link>{self.url}/</link>{items}</channel></rss>").encode()

    def answered(self, path: str) -> list[int]:
        """Statuses answered to requests for `path` that arrived since the last `new_epoch()`."""
        return [status for p, status, epoch in self.statuses if p == path and epoch == self.epoch]

    def new_epoch(self) -> None:
        """From now on `answered` tells about new requests only (a stalled one may still answer late)."""
        self.epoch += 1

    async def app(self, request: Request, writer: asyncio.StreamWriter) -> Reply | None:
        path, epoch = request.path, self.epoch
        self.hits[path] += 1
        self.times.setdefault(path, []).append(asyncio.get_running_loop().time())
        reply = await self._answer(request, writer)
        self.statuses.append((path, reply.status if reply else 0, epoch))
        return reply

    async def _answer(self, request: Request, writer: asyncio.StreamWriter) -> Reply | None:
        path, n = request.path, self.hits[request.path]
        if path == "/robots.txt":
            return Reply(200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": TEXT})
        if path == "/feed.xml":
            return Reply(200, self.feed(paths=self.listed), {"Content-Type": "application/rss+xml"})
        if path in self.healed:
            return serve_page(request, self.pages[path])
        if path == "/flaky-500.txt" and n <= 2:
            return Reply(500, b"oops", {"Content-Type": TEXT})
        if path == "/rate-limited.txt" and n == 1:
            return Reply(429, b"slow down", {"Content-Type": TEXT, "Retry-After": str(self.retry_after)})
        if path == "/reset-once.txt" and n == 1:
            _reset(writer)
            return None
        if path == "/slow.txt":
            await asyncio.sleep(self.slow_seconds)
            return Reply(200, b"too late", {"Content-Type": TEXT})
        if path == "/truncated.txt":
            body = self.pages[path].body
            writer.write(f"HTTP/1.1 200 OK\r\nContent-Type: {TEXT}\r\nContent-Length: {len(body)}\r\n\r\n".encode())
            writer.write(body[: len(body) // 2])
            await writer.drain()
            writer.close()
            return None
        if path in ("/huge.txt", "/huge-declared.txt"):
            await self._huge(writer, declared=path == "/huge-declared.txt")
            return None
        if path == "/bomb.txt":
            return Reply(200, _bomb(), {"Content-Type": TEXT, "Content-Encoding": "gzip"})
        if path.startswith("/loop/"):
            other = "/loop/b.txt" if path == "/loop/a.txt" else "/loop/a.txt"
            return Reply(302, b"", {"Location": other})
        if path == "/offsite.txt":
            return Reply(302, b"", {"Location": f"http://localhost:{self.server.port}/ok.txt"})
        if path == "/moved.txt":
            return Reply(301, b"", {"Location": "/ok-target.txt"})
        if path.startswith("/chain/"):  # /chain/1.txt -> /chain/2.txt -> ... without end
            step = int(path.removeprefix("/chain/").removesuffix(".txt"))
            return Reply(302, b"", {"Location": f"/chain/{step + 1}.txt"})
        page = self.pages.get(path)
        if page is None:
            return Reply(404, b"not found", {"Content-Type": TEXT})
        return serve_page(request, page)

    async def _huge(self, writer: asyncio.StreamWriter, declared: bool) -> None:
        length = f"Content-Length: {HUGE_BYTES}" if declared else "Transfer-Encoding: chunked"
        writer.write(f"HTTP/1.1 200 OK\r\nContent-Type: {TEXT}\r\n{length}\r\n\r\n".encode())
        block = b"x" * 65536
        try:
            for _ in range(HUGE_BYTES // len(block)):
                writer.write(block if declared else b"%x\r\n%s\r\n" % (len(block), block))
                await writer.drain()
            if not declared:
                writer.write(b"0\r\n\r\n")
            await writer.drain()
        except (ConnectionError, OSError):
            pass  # the client stopped reading: what the test wants
        writer.close()


def write_sources(path: Path, name: str, kind: str, urls: list[str], **options: object) -> Path:
    """A sources file with one web source (test settings: short timeouts and backoffs)."""
    settings: dict[str, object] = {
        "allow_private": True, "timeout": 0.5, "attempts": 3, "backoff": 0.05, "max_backoff": 0.2,
        "max_retry_after": 5.0, "max_bytes": 1024 * 1024, "rate": 0.0, "concurrency": 4, "max_failures": 2,
        **options,
    }
    lines = [f"[sources.{name}]", f'kind = "{kind}"', "urls = [" + ", ".join(f'"{u}"' for u in urls) + "]"]
    dag = settings.pop("dag", None)
    if dag:
        lines.append(f'dag = "{dag}"')
    for key, value in settings.items():
        if isinstance(value, bool):
            lines.append(f"{key} = {'true' if value else 'false'}")
        elif isinstance(value, str):
            lines.append(f'{key} = "{value}"')
        else:
            lines.append(f"{key} = {value}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class DemoSite:
    """The demo site on 127.0.0.1, with a log of (path, status) answered."""

    def __init__(self) -> None:
        self.log: list[tuple[str, int]] = []
        self.server = LocalServer(pages_app({})).start()
        app = pages_app(build_site(DEMO, self.server.url))

        async def logged(request: Request, writer: asyncio.StreamWriter) -> Reply | None:
            reply = await app(request, writer)
            self.log.append((request.path, reply.status if reply else 0))
            return reply

        self.server.use(logged)
        self.url = self.server.url

    def stop(self) -> None:
        self.server.stop()
