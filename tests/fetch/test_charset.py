"""Charset: the header, then the page's declaration, then detection; mislabelled UTF-8 is recognised."""

from __future__ import annotations

import pytest
from golden_cases import DEMO

from newsflow.fetch.charset import codec_name, resolve

TAIWAN = (DEMO / "2025-11-18" / "rtrs-taiwan-export-orders.txt").read_text(encoding="utf-8")
SIMPLIFIED = (DEMO / "2025-11-21" / "bbg-japan-rice-prices-simplified.txt").read_text(encoding="utf-8")


def page(text: str, meta: str | None = None) -> str:
    head = f'<meta charset="{meta}">' if meta else ""
    return f"<html><head>{head}<title>t</title></head><body><p>{text}</p></body></html>"


@pytest.mark.parametrize(("content", "header", "name", "source"), [
    (page(TAIWAN, "big5").encode("big5"), "big5", "big5hkscs", "header"),
    (page(TAIWAN, "big5").encode("big5"), None, "big5hkscs", "meta"),
    (page(TAIWAN, "big5").encode("big5"), "utf-8", "big5hkscs", "meta"),  # wrong header, right meta
    (page(TAIWAN).encode("big5"), "utf-8", "big5hkscs", "detected"),  # wrong header, no meta
    (page(TAIWAN).encode("big5"), None, "big5hkscs", "detected"),
    (page(SIMPLIFIED).encode("gb18030"), None, "gb18030", "detected"),
    (page(SIMPLIFIED, "gb2312").encode("gb18030"), "gb2312", "gb18030", "header"),
    (page(TAIWAN).encode("utf-8"), "iso-8859-1", "utf_8", "detected"),  # mislabelled UTF-8
    (page(TAIWAN, "big5").encode("utf-8"), "big5", "utf_8", "detected"),  # mislabelled UTF-8, twice
    (b"\xef\xbb\xbf" + page(TAIWAN).encode("utf-8"), "big5", "utf_8", "bom"),
    (b"plain ascii", "iso-8859-1", "cp1252", "header"),
    (b"plain ascii", None, "utf_8", "detected"),
], ids=["header", "meta", "wrong-header-meta", "wrong-header-detected", "undeclared-big5", "undeclared-gb18030",
        "gb2312-label", "utf8-as-latin1", "utf8-as-big5", "bom", "ascii-latin1", "ascii"])
def test_resolve(content: bytes, header: str | None, name: str, source: str) -> None:
    charset = resolve(content, header)
    assert (charset.name, charset.source, charset.declared) == (name, source, header)
    content.decode(charset.name)


def test_xml_declaration_counts_as_the_page_declaration() -> None:
    body = f'<?xml version="1.0" encoding="big5"?><rss><title>{TAIWAN[:20]}</title></rss>'.encode("big5")
    assert resolve(body, None).name == "big5hkscs"


@pytest.mark.parametrize(("label", "name"), [("Big5", "big5hkscs"), ("GB2312", "gb18030"), ("gbk", "gb18030"),
                                             ("UTF-8", "utf_8"), ('"utf-8"', "utf_8"), ("no-such", None)])
def test_labels_map_to_what_browsers_decode(label: str, name: str | None) -> None:
    assert codec_name(label) == name
