"""Assigning articles to stories (pure): candidates in, decisions out.

A batch of new articles is taken in canonical order (earliest first). Each one is compared with its
candidates, both the articles already in stories (found by the database: same location, shared LSH
bucket, shared names and figures) and the batch's earlier articles (found here, in memory, the same
way). The strongest relation wins (exact > other-script > revision > near-duplicate > re-translation,
then the higher similarity); with no related candidate the article starts a story of its own.
The story's canonical article follows the configured rule.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np

from newsflow.models import Article
from newsflow.similarity import Decision, Fingerprint, MinHasher, SimilarityConfig, anchors, decide, estimated_jaccard

RELATION_RANK = {"exact": 0, "other-script": 1, "revision": 2, "near-duplicate": 3, "re-translation": 4}
CANONICAL_RULES = ("earliest", "most-complete")
_LATEST = datetime.max.replace(tzinfo=UTC)


@dataclass
class Member:
    """An article as dedup sees it: its fingerprint, where it belongs, and what the canonical rule needs."""

    article_id: int
    fingerprint: Fingerprint
    bands: np.ndarray
    published_at: datetime | None
    completeness: int  # characters of normalized body
    story: int | str | None = None  # a story id, or "new:<article id>" for a story made in this batch
    relation: str = "canonical"
    similarity: float = 1.0
    reason: str = "first article of its story"
    matched_article_id: int | None = None


def member_for(article_id: int, article: Article, hasher: MinHasher) -> Member:
    """An article's fingerprint: signature of its folded key, LSH buckets, names and figures."""
    norm = article.normalized
    signature = hasher.signature(norm.folded_key)
    fingerprint = Fingerprint(
        source=article.raw.item.source, uri=article.raw.item.uri, key_sha256=norm.key_sha256, script=norm.script,
        title=article.parsed.title, signature=signature,
        anchors=anchors(article.parsed.title + "\n" + "\n".join(article.parsed.paragraphs)),
    )
    return Member(article_id, fingerprint, hasher.bands(signature), article.published_at, len(norm.body))


@dataclass
class BatchResult:
    members: list[Member]  # the batch's articles, each with its story and relation
    touched: set[int | str] = field(default_factory=set)  # stories whose canonical must be re-chosen


def canonical_key(member: Member, rule: str) -> tuple[object, ...]:
    published = member.published_at or _LATEST
    if rule == "most-complete":
        return (-member.completeness, published, member.article_id)
    return (published, -member.completeness, member.article_id)


def choose_canonical(members: Iterable[Member], rule: str) -> Member:
    if rule not in CANONICAL_RULES:
        raise ValueError(f"canonical rule must be one of {CANONICAL_RULES}, not {rule!r}")
    return min(members, key=lambda m: canonical_key(m, rule))


class _BatchIndex:
    """The batch's own articles, indexed like the database indexes stored ones."""

    def __init__(self) -> None:
        self.buckets: dict[tuple[int, int], list[Member]] = defaultdict(list)
        self.anchors: dict[str, list[Member]] = defaultdict(list)
        self.locations: dict[tuple[str, str], list[Member]] = defaultdict(list)
        self.keys: dict[str, list[Member]] = defaultdict(list)

    def add(self, member: Member) -> None:
        fp = member.fingerprint
        for band, bucket in enumerate(member.bands.tolist()):
            self.buckets[(band, bucket)].append(member)
        for anchor in fp.anchors:
            self.anchors[anchor].append(member)
        self.locations[(fp.source, fp.uri)].append(member)
        self.keys[fp.key_sha256].append(member)

    def candidates(self, member: Member, min_anchors: int) -> list[Member]:
        fp = member.fingerprint
        found: dict[int, Member] = {}
        for band, bucket in enumerate(member.bands.tolist()):
            found.update((m.article_id, m) for m in self.buckets.get((band, bucket), ()))
        for m in self.locations.get((fp.source, fp.uri), ()):
            found[m.article_id] = m
        for m in self.keys.get(fp.key_sha256, ()):
            found[m.article_id] = m
        shared: dict[int, int] = defaultdict(int)
        for anchor in fp.anchors:
            for m in self.anchors.get(anchor, ()):
                shared[m.article_id] += 1
                if shared[m.article_id] >= min_anchors:
                    found[m.article_id] = m
        return list(found.values())


def _better(a: Decision, b: Decision | None) -> bool:
    return b is None or (RELATION_RANK[a.relation], -a.similarity) < (RELATION_RANK[b.relation], -b.similarity)


def assign_batch(new: list[Member], stored_candidates: dict[int, list[Member]], config: SimilarityConfig,
                 rule: str = "earliest", min_anchors: int = 3) -> BatchResult:
    """Give every new member a story. `stored_candidates[article_id]` are stored members (with stories)."""
    index = _BatchIndex()
    result = BatchResult(members=[])
    for member in sorted(new, key=lambda m: canonical_key(m, "earliest")):
        best: Decision | None = None
        best_match: Member | None = None
        for candidate in [*stored_candidates.get(member.article_id, ()), *index.candidates(member, min_anchors)]:
            if candidate.article_id == member.article_id:
                continue
            decision = decide(member.fingerprint, candidate.fingerprint, config)
            if decision.same_story and _better(decision, best):
                best, best_match = decision, candidate
        if best is None or best_match is None:
            member.story = f"new:{member.article_id}"
            member.relation, member.similarity, member.reason = "canonical", 1.0, "first article of its story"
        else:
            member.story = best_match.story
            member.relation, member.similarity, member.reason = best.relation, best.similarity, best.reason
            member.matched_article_id = best_match.article_id
        assert member.story is not None
        result.touched.add(member.story)
        index.add(member)
        result.members.append(member)
    return result


def settle_story(members: list[Member], rule: str, config: SimilarityConfig) -> Member:
    """Choose the story's canonical article and refresh each member's similarity to it (in place)."""
    canonical = choose_canonical(members, rule)
    joined_as = canonical.relation if canonical.relation != "canonical" else "near-duplicate"
    for member in members:
        if member is canonical:
            if member.relation != "canonical":
                member.reason = f"canonical by rule {rule!r} (was {member.relation}: {member.reason})"
            member.relation, member.similarity = "canonical", 1.0
            continue
        if member.relation == "canonical":  # a former canonical: its relation to the new one
            decision = decide(member.fingerprint, canonical.fingerprint, config)
            member.relation = decision.relation if decision.same_story else joined_as
            member.reason = f"no longer canonical ({rule!r}): {decision.reason}"
            member.matched_article_id = canonical.article_id
        member.similarity = estimated_jaccard(member.fingerprint.signature, canonical.fingerprint.signature)
    return canonical
