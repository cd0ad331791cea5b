"""Exact deduplication on the script-folded key (pure: the database resolves repeats across runs)."""

from __future__ import annotations

from datetime import UTC, datetime

from newsflow.models import Article

_EPOCH = datetime.min.replace(tzinfo=UTC)


def canonical_order(article: Article) -> tuple[datetime, int, str, str]:
    """Which of two equal articles is the original: the earlier published, then the shorter location
    (syndicated copies usually carry a suffix: "-copy", "?utm=..."), then the alphabetically first."""
    uri = article.raw.item.uri
    return (article.published_at or _EPOCH, len(uri), uri, article.raw.sha256)


def split_exact(articles: list[Article]) -> tuple[list[Article], list[tuple[Article, Article]]]:
    """Unique articles of a batch, and (duplicate, original) pairs for the repeats inside it."""
    originals: dict[str, Article] = {}
    for article in sorted(articles, key=canonical_order):
        originals.setdefault(article.normalized.key_sha256, article)
    unique = [a for a in articles if originals[a.normalized.key_sha256] is a]
    repeats = [(a, originals[a.normalized.key_sha256]) for a in articles
               if originals[a.normalized.key_sha256] is not a]
    return unique, repeats
