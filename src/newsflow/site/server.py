"""A small HTTP/1.1 server on asyncio streams (stdlib only) for local sites: the demo site of `make run`, the
fixture sites of the tests (with their fault endpoints) and the fetch benchmark.

An app is `async (Request, StreamWriter) -> Reply | None`; None means the app answered (or broke) the
connection itself, which is how tests make resets, stalls and truncated bodies. Static pages answer
conditional GETs (ETag, Last-Modified -> 304) and gzip when asked. `LocalServer` runs an app on a thread of
its own, for synchronous callers; it binds 127.0.0.1 by default.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import hashlib
import logging
import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from functools import cached_property
from http import HTTPStatus
from types import TracebackType
from urllib.parse import unquote, urlsplit

log = logging.getLogger(__name__)

MAX_HEADER_BYTES = 16 * 1024
IDLE_SECONDS = 15.0


@dataclass(frozen=True)
class Request:
    method: str
    target: str  # as sent: path and query
    path: str  # percent-decoded
    query: str
    headers: Mapping[str, str]  # lower-case names

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


App = Callable[[Request, asyncio.StreamWriter], Awaitable[Reply | None]]


@dataclass(frozen=True)
class Page:
    """A static resource: bytes, content type, modification time; validators and gzip come for free."""

    body: bytes
    content_type: str
    modified: datetime = datetime(2025, 11, 22, tzinfo=UTC)
    compress: bool = True

    @cached_property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:20] + '"'

    @property
    def last_modified(self) -> str:
        return format_datetime(self.modified.astimezone(UTC), usegmt=True)


_gzip_cache: dict[str, bytes] = {}


def serve_page(request: Request, page: Page) -> Reply:
    """The page, or 304 when the client's validators match, gzipped when accepted."""
    headers = {"Content-Type": page.content_type, "ETag": page.etag, "Last-Modified": page.last_modified}
    if _not_modified(request, page):
        return Reply(304, b"", headers)
    body = page.body
    if page.compress and len(body) > 512 and "gzip" in (request.header("accept-encoding") or ""):
        body = _gzip_cache.get(page.etag) or _gzip_cache.setdefault(page.etag, gzip.compress(body, mtime=0))
        headers["Content-Encoding"] = "gzip"
        headers["Vary"] = "Accept-Encoding"
    return Reply(200, body, headers)


def _not_modified(request: Request, page: Page) -> bool:
    if (tags := request.header("if-none-match")) is not None:
        return page.etag in [t.strip() for t in tags.split(",")] or tags.strip() == "*"
    if (since := request.header("if-modified-since")) is not None:
        try:
            return page.modified.replace(microsecond=0) <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


def pages_app(pages: Mapping[str, Page]) -> App:
    """An app serving a path -> Page mapping (404 elsewhere)."""

    async def app(request: Request, writer: asyncio.StreamWriter) -> Reply:
        page = pages.get(request.path)
        if page is None:
            return Reply(404, b"not found\n", {"Content-Type": "text/plain; charset=utf-8"})
        return serve_page(request, page)

    return app


async def write_reply(writer: asyncio.StreamWriter, reply: Reply, *, head: bool = False,
                      keep_alive: bool = True) -> None:
    reason = HTTPStatus(reply.status).phrase if reply.status in HTTPStatus._value2member_map_ else "Unknown"
    headers = {"Server": "newsflow-site", "Date": format_datetime(datetime.now(UTC), usegmt=True), **reply.headers}
    if reply.status != 304 and "Content-Length" not in headers and "Transfer-Encoding" not in headers:
        headers["Content-Length"] = str(len(reply.body))
    headers["Connection"] = "keep-alive" if keep_alive else "close"
    lines = [f"HTTP/1.1 {reply.status} {reason}", *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    writer.write("\r\n".join(lines).encode("latin-1"))
    if not head and reply.status != 304:
        writer.write(reply.body)
    await writer.drain()


async def _read_request(reader: asyncio.StreamReader) -> Request | None:
    try:
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), IDLE_SECONDS)
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ConnectionError):
        return None
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3:
        return None
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    length = headers.get("content-length", "0")
    if length.isdigit() and int(length):
        await reader.readexactly(int(length))  # request bodies are read and ignored
    target = parts[1]
    split = urlsplit(target)
    return Request(parts[0].upper(), target, unquote(split.path), split.query, headers)


class _Connections:
    def __init__(self, app: App) -> None:
        self.app = app
        self.writers: set[asyncio.StreamWriter] = set()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.writers.add(writer)
        try:
            while True:
                request = await _read_request(reader)
                if request is None:
                    break
                reply = await self.app(request, writer)
                if reply is None or writer.is_closing():
                    break
                keep_alive = (request.header("connection") or "").lower() != "close"
                await write_reply(writer, reply, head=request.method == "HEAD", keep_alive=keep_alive)
                if not keep_alive:
                    break
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        except asyncio.CancelledError:
            pass  # shutting down; the task ends normally (3.11's stream callback trips on a cancelled task)
        except Exception:
            log.exception("local site: the app failed")
        finally:
            self.writers.discard(writer)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()


class LocalServer:
    """An app served on its own thread and event loop: `with LocalServer(app) as server: server.url`."""

    def __init__(self, app: App, host: str = "127.0.0.1", port: int = 0) -> None:
        self.app, self.host, self.port = app, host, port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._thread: threading.Thread | None = None
        self._connections = _Connections(app)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def use(self, app: App) -> None:
        """Serve another app from the next request on (e.g. one that renders links with the bound port)."""
        self.app = self._connections.app = app

    def start(self) -> LocalServer:
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                self._server = loop.run_until_complete(
                    asyncio.start_server(self._connections.handle, self.host, self.port, limit=MAX_HEADER_BYTES,
                                         reuse_address=True))
                self.port = self._server.sockets[0].getsockname()[1]
            except BaseException as exc:
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(self._shutdown())
                loop.close()

        self._thread = threading.Thread(target=run, name=f"local-site-{self.port}", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            raise failure[0]
        return self

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._connections.writers):
            writer.close()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


async def serve_forever(app: App, host: str = "127.0.0.1", port: int = 0,
                        on_ready: Callable[[int], None] | None = None) -> None:
    """Serve an app on the running loop until cancelled (for a foreground process)."""
    connections = _Connections(app)
    server = await asyncio.start_server(connections.handle, host, port, limit=MAX_HEADER_BYTES, reuse_address=True)
    if on_ready is not None:
        on_ready(server.sockets[0].getsockname()[1])
    async with server:
        await server.serve_forever()
