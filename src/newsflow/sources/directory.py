"""The `dir` source: article files in a folder, dated by a YYYY-MM-DD folder in their path, else mtime."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from newsflow.models import RawDocument, Rejection, SourceItem

log = logging.getLogger(__name__)

DATE_FOLDER = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
MAX_BYTES = 20 * 1024 * 1024
SKIPPED_NAMES = re.compile(r"^\.|~$")  # hidden files, editor backups


def date_of(path: Path, root: Path) -> tuple[datetime, str]:
    """The article date: the nearest YYYY-MM-DD folder between root and the file, else the file's mtime."""
    for folder in path.relative_to(root).parents:
        match = DATE_FOLDER.match(folder.name)
        if match:
            try:
                year, month, day = map(int, match.groups())
                return datetime(year, month, day, tzinfo=UTC), "path"
            except ValueError:
                continue  # 2025-13-40 is not a date
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC), "mtime"


class DirectorySource:
    def __init__(self, name: str, root: str | Path) -> None:
        self.name = name
        self.root = Path(root)

    def discover(self, start: datetime, end: datetime) -> Iterator[SourceItem]:
        if not self.root.is_dir():
            raise FileNotFoundError(f"source {self.name}: folder not found: {self.root}")
        for path in sorted(self.root.rglob("*")):
            if not path.is_file() or SKIPPED_NAMES.search(path.name):
                continue
            try:
                published_at, published_from = date_of(path, self.root)
            except OSError as exc:
                log.warning("cannot date %s: %s", path, exc)
                published_at, published_from = None, "unknown"
            if published_at is None or start <= published_at < end:
                yield SourceItem(self.name, path.relative_to(self.root).as_posix(), published_at, published_from)

    def read(self, item: SourceItem) -> RawDocument | Rejection:
        path = self.root / item.uri
        now = datetime.now(UTC)
        try:
            size = path.stat().st_size
            content = b"" if size > MAX_BYTES else path.read_bytes()
        except OSError as exc:
            raw = RawDocument(item, b"", hashlib.sha256(b"").hexdigest(), now)
            return Rejection(raw, "read", "unreadable", f"{type(exc).__name__}: {exc.strerror or exc}")
        raw = RawDocument(item, content, hashlib.sha256(content).hexdigest(), now)
        if size > MAX_BYTES:
            return Rejection(raw, "read", "too_large", f"{size} bytes, more than {MAX_BYTES}")
        return raw
