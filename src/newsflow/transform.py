"""Raw bytes to a loadable article: decode, parse, normalize, metadata. Never raises on bad input."""

from __future__ import annotations

import logging
import re
import traceback

from newsflow.fetch.charset import codec_name
from newsflow.metadata import build_article
from newsflow.models import Article, ParseError, RawDocument, Rejection
from newsflow.normalize import normalize
from newsflow.parse import parse_text
from newsflow.parse.enrich import enrich
from newsflow.parse.html import parse_html

log = logging.getLogger(__name__)


def decode(raw: RawDocument) -> str | Rejection:
    content = raw.content
    if not content:
        return Rejection(raw, "read", "empty", "the file is empty")
    charset = codec_name(raw.charset) if raw.charset else "utf_8"  # files are UTF-8; a fetched page has its own
    if charset is None:
        return Rejection(raw, "decode", "unknown_charset", f"no codec for the charset {raw.charset!r}")
    if charset == "utf_8":
        if b"\x00" in content:
            return Rejection(raw, "decode", "not_utf8", f"binary content: NUL byte at offset {content.index(0)}")
        charset = "utf-8-sig"
    try:
        text = content.decode(charset)
    except UnicodeDecodeError as exc:
        if charset == "utf-8-sig":
            return Rejection(raw, "decode", "not_utf8", f"invalid UTF-8 at byte {exc.start}: {exc.reason}")
        return Rejection(raw, "decode", "undecodable", f"invalid {charset} at byte {exc.start}: {exc.reason}")
    if "\x00" in text:  # checked after decoding: UTF-16 text is full of NUL bytes
        return Rejection(raw, "decode", "undecodable", f"binary content: NUL character at {text.index(chr(0))}")
    return text


HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b", re.IGNORECASE | re.DOTALL)


def is_html(raw: RawDocument) -> bool:
    """An HTML page by its declared media type, else by how its bytes begin."""
    if raw.media_type:
        return "html" in raw.media_type.lower()
    return HTML_START.match(raw.content[:1024].lstrip(b"\xef\xbb\xbf")) is not None


def transform(raw: RawDocument) -> Article | Rejection:
    """One document through decode -> parse -> normalize -> metadata, or the reason it stopped.

    HTML pages go through the HTML parser (which decodes them itself), text through the text parser.
    """
    html = bool(raw.content) and is_html(raw)
    text = "" if html else decode(raw)
    if isinstance(text, Rejection):
        return text
    try:
        parsed = parse_html(raw.content, raw.charset) if html else parse_text(text)
        parsed = enrich(parsed, (raw.item.published_at or raw.read_at).date())
    except ParseError as exc:
        return Rejection(raw, "parse", exc.reason, exc.detail)
    except Exception as exc:  # a parser bug must not stop the batch: quarantine with the trace
        log.exception("parser failed on %s", raw.item.uri)
        detail = "".join(traceback.format_exception_only(exc)).strip()
        return Rejection(raw, "parse", "parser_error", detail)
    return build_article(raw, text, parsed, normalize(parsed))
