"""Metadata of a parsed article: canonical publisher, agencies, and where its date came from."""

from __future__ import annotations

from newsflow.lexicon import load_lexicon
from newsflow.models import Article, NormalizedText, ParsedArticle, RawDocument


def canonical_publisher(name: str | None) -> tuple[str | None, str | None]:
    """(canonical Chinese name, Latin name) of a publisher; unknown names stay as written."""
    if not name:
        return None, None
    entity = load_lexicon().publisher(name)
    if entity is None:
        return name.strip(), None
    return entity.canonical, entity.latin


def canonical_agency(name: str) -> str | None:
    entity = load_lexicon().agency(name)
    return entity.canonical if entity else None


def build_article(raw: RawDocument, text: str, parsed: ParsedArticle, normalized: NormalizedText) -> Article:
    publisher, publisher_latin = canonical_publisher(parsed.publisher)
    return Article(
        raw=raw,
        parsed=parsed,
        normalized=normalized,
        publisher_canonical=publisher,
        published_at=raw.item.published_at,
        published_from=raw.item.published_from,
        raw_text=text,
        extra={
            "publisher_latin": publisher_latin,
            "agencies_canonical": [[canonical_agency(a) for a in photo.agencies] for photo in parsed.photos],
        },
    )
