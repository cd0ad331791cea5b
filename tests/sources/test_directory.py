"""The dir source dates articles by their YYYY-MM-DD folder, else their mtime, and selects a window."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from newsflow.models import RawDocument, Rejection
from newsflow.sources.directory import DirectorySource


def write(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_window_selects_by_date_folder_and_mtime(tmp_path: Path) -> None:
    write(tmp_path / "2025-03-01" / "a.txt")
    write(tmp_path / "2025-03-02" / "nested" / "b.txt")
    loose = write(tmp_path / "loose.txt")
    stamp = datetime(2025, 3, 1, 12, tzinfo=UTC).timestamp()
    os.utime(loose, (stamp, stamp))
    write(tmp_path / "2025-03-01" / ".hidden.txt")
    source = DirectorySource("t", tmp_path)
    items = list(source.discover(datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 3, 2, tzinfo=UTC)))
    assert [(i.uri, i.published_from) for i in items] == [("2025-03-01/a.txt", "path"), ("loose.txt", "mtime")]
    later = list(source.discover(datetime(2025, 3, 2, tzinfo=UTC), datetime(2025, 3, 3, tzinfo=UTC)))
    assert [i.uri for i in later] == ["2025-03-02/nested/b.txt"]


def test_read_keeps_bytes_and_hash(tmp_path: Path) -> None:
    write(tmp_path / "2025-03-01" / "a.txt", "標題 - 彭博社")
    source = DirectorySource("t", tmp_path)
    item = next(source.discover(datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 3, 2, tzinfo=UTC)))
    doc = source.read(item)
    assert isinstance(doc, RawDocument)
    assert doc.content == "標題 - 彭博社".encode() and len(doc.sha256) == 64


def test_a_file_that_vanishes_is_a_rejection(tmp_path: Path) -> None:
    path = write(tmp_path / "2025-03-01" / "a.txt")
    source = DirectorySource("t", tmp_path)
    item = next(source.discover(datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 3, 2, tzinfo=UTC)))
    path.unlink()
    result = source.read(item)
    assert isinstance(result, Rejection) and (result.stage, result.reason) == ("read", "unreadable")
