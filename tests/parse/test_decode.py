"""Decoding raw bytes: files are UTF-8; a fetched document is decoded with the charset the fetch resolved."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsflow.models import RawDocument, Rejection, SourceItem
from newsflow.transform import decode

WHEN = datetime(2025, 11, 18, tzinfo=UTC)


def raw(content: bytes, charset: str | None = None) -> RawDocument:
    return RawDocument(SourceItem("t", "t/a.txt", WHEN, "path"), content, "0" * 64, WHEN, charset=charset)


@pytest.mark.parametrize(("content", "charset", "text"), [
    ("彭博社報道".encode(), None, "彭博社報道"),
    (b"\xef\xbb\xbf" + "彭博社".encode(), None, "彭博社"),  # a BOM is dropped
    (b"\xef\xbb\xbf" + "彭博社".encode(), "utf_8", "彭博社"),
    ("彭博社報道".encode("big5hkscs"), "big5hkscs", "彭博社報道"),
    ("彭博社报道".encode("gb18030"), "gb18030", "彭博社报道"),
    ("彭博社報道".encode("utf-16"), "utf_16", "彭博社報道"),  # NUL bytes, and not binary
])
def test_decoded_with_the_resolved_charset(content: bytes, charset: str | None, text: str) -> None:
    assert decode(raw(content, charset)) == text


@pytest.mark.parametrize(("content", "charset", "reason"), [
    ("彭博社".encode("big5hkscs"), None, "not_utf8"),  # a file that is not UTF-8
    (b"\xff\xfe\xfa", "big5hkscs", "undecodable"),
    ("彭博社".encode(), "x-no-such-charset", "unknown_charset"),
    (b"", None, "empty"),
    ("彭博社\x00".encode("big5hkscs"), "big5hkscs", "undecodable"),  # binary after all
])
def test_what_cannot_be_decoded_is_a_reason(content: bytes, charset: str | None, reason: str) -> None:
    result = decode(raw(content, charset))
    assert isinstance(result, Rejection) and result.reason == reason
