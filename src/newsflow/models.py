"""Plain dataclasses passed between pipeline stages.

`ParsedArticle.to_contract()` is the parse contract of FORMAT.md: every field is
raw text cut from the input, segmented but not normalized.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from datetime import datetime
from typing import Any

_FIELDS: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    """What dataclasses.asdict gives (dataclasses as dicts, lists and tuples kept), without its deep copies."""
    names = _FIELDS.get(type(value))
    if names is None:
        if isinstance(value, (list, tuple)):
            return type(value)(_plain(v) for v in value)
        if not is_dataclass(value) or isinstance(value, type):
            return value
        names = _FIELDS[type(value)] = tuple(f.name for f in fields(value))
    return {name: _plain(getattr(value, name)) for name in names}


@dataclass(frozen=True)
class SourceItem:
    """One document a source can deliver for a window: where it is and when it was published."""

    source: str
    uri: str
    published_at: datetime | None
    published_from: str  # "path", "mtime", "feed", "header", ...


@dataclass(frozen=True)
class RawDocument:
    """The bytes of a source item as read, before any parsing."""

    item: SourceItem
    content: bytes
    sha256: str
    read_at: datetime
    media_type: str | None = None  # "text/html", "text/plain", ...; None: decided from the content
    charset: str | None = None  # of a fetched document: the one it is decoded with (header, meta or detected)


@dataclass
class Photo:
    caption: str
    credit_label: str
    credit: str
    photographer: str | None
    agencies: list[str]
    source: str | None
    before_paragraph: int
    confidence: str = "high"  # "low" when the end of the credit was guessed


@dataclass
class RelatedBox:
    heading: str
    headlines: list[str]
    after_paragraph: int


@dataclass
class Dateline:
    text: str  # as written, with its dash
    place: str | None
    month: int | None
    day: int | None
    date: str | None  # YYYY-MM-DD, the year inferred from the fetch date
    agency: str | None


@dataclass
class Person:
    name: str  # the first full spelling
    aliases: list[str] = field(default_factory=list)  # other spellings of the same person


@dataclass
class Quote:
    speaker: str | None  # None for a pronoun
    quote: str
    paragraph: int


@dataclass
class ParsedArticle:
    title: str
    publisher: str | None
    authors: list[str]
    photos: list[Photo]
    paragraphs: list[str]
    related: list[RelatedBox]
    byline: str | None = None
    topics: list[str] = field(default_factory=list)
    signoff: str | None = None
    crawl_date: str | None = None
    dateline: Dateline | None = None
    people: list[Person] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def to_contract(self) -> dict[str, Any]:
        """The parse contract (FORMAT.md keys plus docs/parse-contract.md's) as plain JSON-able data."""
        return {
            "title": self.title,
            "publisher": self.publisher,
            "byline": self.byline,
            "authors": list(self.authors),
            "photos": [_plain(p) for p in self.photos],
            "paragraphs": list(self.paragraphs),
            "related": [_plain(r) for r in self.related],
            "dateline": _plain(self.dateline) if self.dateline else None,
            "people": [_plain(p) for p in self.people],
            "quotes": [_plain(q) for q in self.quotes],
            "topics": list(self.topics),
            "signoff": self.signoff,
            "crawl_date": self.crawl_date,
        }


@dataclass(frozen=True)
class NormalizedText:
    """Normalized forms of an article's text; the raw text is never replaced."""

    title: str
    body: str  # normalized paragraphs joined by "\n"
    script: str  # "zh-Hant-HK", "zh-Hant-TW", "zh-Hans" or "und"
    folded_key: str  # Simplified, no punctuation or spaces: for dedup and search
    key_sha256: str


@dataclass
class Article:
    """A parsed, normalized article with its metadata, ready to load."""

    raw: RawDocument
    parsed: ParsedArticle
    normalized: NormalizedText
    publisher_canonical: str | None
    published_at: datetime | None
    published_from: str
    raw_text: str
    extra: dict[str, Any] = field(default_factory=dict)

    def contract(self) -> dict[str, Any]:
        """The parse contract with the metadata that needs the lexicon (canonical publisher) and the script."""
        data = self.parsed.to_contract()
        data.update({
            "publisher_canonical": self.publisher_canonical,
            "publisher_latin": self.extra.get("publisher_latin"),
            "script": self.normalized.script,
        })
        return data


@dataclass(frozen=True)
class Rejection:
    """A document that could not go further, with the stage and the reason."""

    raw: RawDocument
    stage: str  # "read", "decode", "parse", ...
    reason: str  # short machine-readable code, e.g. "empty", "not_utf8", "no_title"
    detail: str


class NewsflowError(Exception):
    """Base of the errors newsflow raises on purpose; the CLI prints them as one line."""


class ParseError(NewsflowError):
    """The input is not an article in a format newsflow knows."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
