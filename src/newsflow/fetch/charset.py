"""A response's charset: the HTTP header, then the page's own declaration (BOM, <meta>, <?xml?>), then detection.

A declaration is believed only when the bytes decode with it; single-byte Western labels on bytes that are
valid UTF-8 are taken for mislabelled UTF-8. Labels map to the superset a browser would use (Big5 ->
Big5-HKSCS, GB2312/GBK -> GB18030). Detection (charset_normalizer) chooses among the encodings Chinese news
sites use.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass

import charset_normalizer

SNIFF_BYTES = 4096
META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([a-zA-Z0-9_.:-]+)["']""", re.IGNORECASE)
BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# What a label means in practice (WHATWG Encoding Standard): the superset browsers decode it with.
SUPERSETS = {"big5": "big5hkscs", "cp950": "big5hkscs", "gb2312": "gb18030", "gbk": "gb18030",
             "ascii": "cp1252", "latin_1": "cp1252", "iso8859_1": "cp1252"}
WESTERN = {"cp1252", "latin_1", "iso8859_1", "ascii", "iso8859_15"}
DETECTABLE = ["utf_8", "big5", "big5hkscs", "cp950", "gb18030", "gbk", "gb2312", "utf_16", "cp1252",
              "shift_jis", "euc_jp", "euc_kr"]


@dataclass(frozen=True)
class Charset:
    name: str  # a Python codec name that decodes the bytes
    source: str  # "header", "bom", "meta", "detected", "default"
    declared: str | None  # the header's label, as sent


def codec_name(label: str | None) -> str | None:
    """The Python codec for a charset label, mapped to its superset; None for an unknown label."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'").lower()).name
    except LookupError:
        return None
    name = name.replace("-", "_")
    return SUPERSETS.get(name, name)


def _decodes(content: bytes, name: str) -> bool:
    try:
        content.decode(name)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _mislabelled_utf8(content: bytes, name: str) -> bool:
    return name in WESTERN and not content.isascii() and _decodes(content, "utf-8")


def bom_charset(content: bytes) -> str | None:
    for bom, name in BOMS:
        if content.startswith(bom):
            return name
    return None


def meta_charset(content: bytes) -> str | None:
    """The label an XML declaration or a <meta> tag of the page's head declares, if any."""
    head = content[:SNIFF_BYTES]
    match = XML_ENCODING.search(head) or META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def resolve(content: bytes, header_label: str | None) -> Charset:
    """The charset to decode `content` with, and where it came from."""
    for label, source in _declarations(content, header_label):
        name = codec_name(label)
        if name is None:
            continue
        if _mislabelled_utf8(content, name):
            return Charset("utf_8", "detected", header_label)
        if _decodes(content, name):
            return Charset(name, source, header_label)
    return Charset(detect(content), "detected", header_label)


def _declarations(content: bytes, header_label: str | None) -> Iterator[tuple[str | None, str]]:
    """BOM, header, page: the page is only scanned when the others do not do."""
    yield bom_charset(content), "bom"
    yield header_label, "header"
    yield meta_charset(content), "meta"


def detect(content: bytes) -> str:
    """The most likely encoding of bytes that declare none (or lie): UTF-8 when valid, else detection."""
    if content.isascii() or _decodes(content, "utf-8"):
        return "utf_8"
    best = charset_normalizer.from_bytes(content, cp_isolation=DETECTABLE).best()
    if best is None:
        return "gb18030"  # decodes any byte sequence, and the commonest legacy encoding of Chinese pages
    return SUPERSETS.get(best.encoding, best.encoding)
