"""Stories in PostgreSQL: candidates for a batch, the signature index, and story membership.

Assignment runs under a transaction-scoped advisory lock, so two runs at the same time take turns:
the second sees the first's committed stories and joins them instead of making a second canonical.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import psycopg

from newsflow.db.store import copy_rows
from newsflow.similarity import Fingerprint, SimilarityConfig, estimated_jaccards, may_relate
from newsflow.stories import Member, assign_batch, settle_story

log = logging.getLogger(__name__)

STORY_LOCK = 0x73746F72  # "stor": one story assignment at a time per database

UNASSIGNED = """
SELECT id FROM unnest(%s::bigint[]) AS q(id)
 WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = q.id)
"""

# Probed before the batch's own buckets are written (the batch is matched against itself in memory), so
# each key finds only other articles: a lookup in the hash index (sql/0011: one bucket page, whatever the
# table's size) and, for the few that match, a heap fetch.
# The probe is one index lookup per key at any table size: OFFSET 0 keeps the lateral subquery from being
# flattened into a join, which the planner would run as a hash join over the whole table (every bucket row
# read for every batch) up to some millions of rows, a cost per article that grows with the corpus.
# The (member, sharer) pairs come back as one bytea of big-endian bigints (repeats included: the client
# takes them apart and dedupes them with numpy): a new article shares a bucket with about nine earlier ones
# at a million articles, nearly all false candidates, and a result row per pair cost more to send and to
# read than judging the pair does.
LSH_CANDIDATES = """
SELECT coalesce(string_agg(int8send(q.article_id) || int8send(l.article_id), ''::bytea), ''::bytea)
  FROM unnest(%s::bigint[], %s::bigint[]) AS q(article_id, bucket)
  CROSS JOIN LATERAL (SELECT article_id FROM lsh_buckets WHERE bucket = q.bucket OFFSET 0) AS l
 WHERE l.article_id <> q.article_id
"""

# Earlier versions at the same location (articles_location_idx, one lookup per article), fenced like the
# LSH probe.
LOCATION_CANDIDATES = """
SELECT a.id, o.id
  FROM articles a
  CROSS JOIN LATERAL (SELECT id FROM articles WHERE source_id = a.source_id AND uri = a.uri OFFSET 0) AS o
 WHERE a.id = ANY(%s) AND o.id <> a.id
"""

# Re-translation candidates share several names or figures; the most sharing first, a few per article.
ANCHOR_CANDIDATES = """
SELECT article_id, other FROM (
    SELECT q.article_id, aa.article_id AS other,
           row_number() OVER (PARTITION BY q.article_id ORDER BY count(*) DESC, aa.article_id) AS rank
      FROM unnest(%s::bigint[], %s::text[]) AS q(article_id, anchor)
      JOIN article_anchors aa ON aa.anchor = q.anchor AND aa.article_id <> q.article_id
     GROUP BY q.article_id, aa.article_id
    HAVING count(*) >= %s
) ranked WHERE rank <= %s
"""

MEMBERS = """
SELECT a.id, s.name, a.uri, a.key_sha256, a.script, a.title, g.signature, g.anchors, a.published_at,
       length(a.body_normalized), m.story_id, m.relation, m.similarity, m.reason, m.matched_article_id
  FROM articles a
  JOIN sources s ON s.id = a.source_id
  JOIN article_signatures g ON g.article_id = a.id
  LEFT JOIN story_members m ON m.article_id = a.id
 WHERE a.id = ANY(%s) AND g.algorithm = %s
"""

# The signatures of the sharers, likewise in one row: their ids and signatures as two byte strings in id
# order, and the names of those that have some.
SIGNATURES = """
SELECT coalesce(string_agg(int8send(article_id), ''::bytea ORDER BY article_id), ''::bytea),
       coalesce(string_agg(signature, ''::bytea ORDER BY article_id), ''::bytea),
       coalesce(jsonb_object_agg(article_id, anchors) FILTER (WHERE anchors <> '{}'), '{}')
  FROM article_signatures WHERE article_id = ANY(%s) AND algorithm = %s
"""

STORY_MEMBER_IDS = "SELECT article_id FROM story_members WHERE story_id = ANY(%s)"

STAGE_INDEX = """
CREATE TEMP TABLE IF NOT EXISTS stage_signatures (article_id bigint, algorithm text, signature bytea, anchors text[])
    ON COMMIT DROP;
CREATE TEMP TABLE IF NOT EXISTS stage_anchors (anchor text, article_id bigint) ON COMMIT DROP;
TRUNCATE stage_signatures, stage_anchors
"""

# The articles whose signature is inserted or changed here: only they get bucket rows. lsh_buckets has no
# unique constraint (a narrow index on the key alone), and an article whose signature is unchanged (a
# re-parse, or new anchors only) has its rows already. `old` is the table as it was before this statement.
MERGE_SIGNATURES = """
WITH old AS (
    SELECT g.article_id, g.algorithm, g.signature
      FROM article_signatures g JOIN stage_signatures s USING (article_id)
), upserted AS (
    INSERT INTO article_signatures (article_id, algorithm, signature, anchors)
    SELECT article_id, algorithm, signature, anchors FROM stage_signatures
    ON CONFLICT (article_id) DO UPDATE
       SET algorithm = EXCLUDED.algorithm, signature = EXCLUDED.signature, anchors = EXCLUDED.anchors
     WHERE (article_signatures.algorithm, article_signatures.signature, article_signatures.anchors)
           IS DISTINCT FROM (EXCLUDED.algorithm, EXCLUDED.signature, EXCLUDED.anchors)
    RETURNING article_id, algorithm, signature
)
SELECT u.article_id FROM upserted u LEFT JOIN old o USING (article_id)
 WHERE (o.algorithm, o.signature) IS DISTINCT FROM (u.algorithm, u.signature)
"""

MERGE_ANCHORS = "INSERT INTO article_anchors SELECT anchor, article_id FROM stage_anchors ON CONFLICT DO NOTHING"

NEW_STORIES = """
INSERT INTO stories (canonical_article_id, canonical_rule)
SELECT canonical, %s FROM unnest(%s::bigint[]) AS q(canonical)
RETURNING id, canonical_article_id
"""

UPSERT_MEMBERS = """
INSERT INTO story_members (article_id, story_id, relation, similarity, reason, matched_article_id, ingest_run_id)
SELECT q.*, %s FROM unnest(%s::bigint[], %s::bigint[], %s::text[], %s::real[], %s::text[], %s::bigint[])
       AS q(article_id, story_id, relation, similarity, reason, matched_article_id)
ON CONFLICT (article_id) DO UPDATE
   SET relation = EXCLUDED.relation, similarity = EXCLUDED.similarity, reason = EXCLUDED.reason,
       matched_article_id = EXCLUDED.matched_article_id
 WHERE (story_members.relation, story_members.similarity, story_members.reason, story_members.matched_article_id)
       IS DISTINCT FROM (EXCLUDED.relation, EXCLUDED.similarity, EXCLUDED.reason, EXCLUDED.matched_article_id)
"""

SET_CANONICALS = """
UPDATE stories s SET canonical_article_id = q.canonical, canonical_rule = %(rule)s, updated_at = now()
  FROM unnest(%(ids)s::bigint[], %(canonicals)s::bigint[]) AS q(id, canonical)
 WHERE s.id = q.id AND (s.canonical_article_id, s.canonical_rule) IS DISTINCT FROM (q.canonical, %(rule)s)
"""


NO_BANDS = np.empty(0, dtype=np.int64)


def signature_bytes(signature: np.ndarray) -> bytes:
    return signature.astype("<u4").tobytes()


def signature_array(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


def bigint_array(data: bytes) -> np.ndarray:
    """Bigints packed by the server's int8send (big-endian), as int64."""
    return np.frombuffer(data, dtype=">i8").astype(np.int64)


def _buckets(members: Sequence[Member]) -> list[tuple[int, int]]:
    """(article id, bucket) of every member: a bucket hash is salted with its band (MinHasher.bands), so it
    is the whole LSH key."""
    return [(m.article_id, bucket) for m in members for bucket in m.bands.tolist()]


def _anchors(members: Sequence[Member]) -> list[tuple[int, str]]:
    """(article id, anchor) of every member."""
    return [(m.article_id, anchor) for m in members for anchor in m.fingerprint.anchors]


def _columns(rows: list[tuple[Any, ...]], width: int) -> list[list[Any]]:
    """Rows as `width` columns (lists for unnest), empty columns for no rows."""
    return [list(column) for column in zip(*rows, strict=True)] if rows else [[] for _ in range(width)]


def write_index(conn: psycopg.Connection, members: Sequence[Member], algorithm: str) -> None:
    """Signatures, LSH buckets and anchors of the members (idempotent).

    The bucket rows of new or changed signatures are copied straight into lsh_buckets (a COPY writes the
    heap a page at a time, where INSERT ... SELECT writes a WAL record per row)."""
    if not members:
        return
    conn.execute(STAGE_INDEX)
    with conn.cursor() as cur:
        copy_rows(cur, "stage_signatures", (
            (m.article_id, algorithm, signature_bytes(m.fingerprint.signature), sorted(m.fingerprint.anchors))
            for m in members))
        copy_rows(cur, "stage_anchors", ((anchor, article_id) for article_id, anchor in _anchors(members)))
        changed = {row[0] for row in cur.execute(MERGE_SIGNATURES)}
        copy_rows(cur, "lsh_buckets", ((bucket, article_id) for article_id, bucket in _buckets(members)
                                       if article_id in changed), ("bucket", "article_id"))
        cur.execute(MERGE_ANCHORS)


def _candidate_ids(conn: psycopg.Connection, members: Sequence[Member], config: SimilarityConfig, min_anchors: int,
                   max_anchor_candidates: int) -> dict[int, set[int]]:
    """Stored articles each member must be compared with: those at its location, and those sharing an LSH
    bucket or enough names that `may_relate` keeps."""
    found: dict[int, set[int]] = defaultdict(set)
    for new_id, other in conn.execute(LOCATION_CANDIDATES, ([m.article_id for m in members],)):
        found[new_id].add(other)
    packed = conn.execute(LSH_CANDIDATES, tuple(_columns(_buckets(members), 2)), binary=True).fetchone()
    by_bucket = bigint_array(packed[0] if packed else b"").reshape(-1, 2)
    by_name = conn.execute(ANCHOR_CANDIDATES, (*_columns(_anchors(members), 2), min_anchors, max_anchor_candidates),
                           binary=True).fetchall()
    pairs = np.concatenate([by_bucket, np.array(by_name, dtype=np.int64).reshape(-1, 2)])
    for new_id, other in _plausible(conn, members, np.unique(pairs, axis=0), config):
        found[new_id].add(other)
    return found


def _plausible(conn: psycopg.Connection, members: Sequence[Member], pairs: np.ndarray,
               config: SimilarityConfig) -> list[tuple[int, int]]:
    """The (member, stored article) pairs of bucket and name sharers that `may_relate` keeps, judged on the
    stored article's signature and anchors.

    Most sharers are false candidates (same-topic articles colliding in one band), and their number per
    article grows with the corpus, so each costs next to nothing here: the signatures arrive in binary, and
    every pair is estimated in one matrix comparison and judged by one `may_relate` call. What follows
    (member rows, decisions) is then paid for the few that may relate."""
    if not len(pairs):
        return []
    row = conn.execute(SIGNATURES, (np.unique(pairs[:, 1]).tolist(), config.algorithm), binary=True).fetchone()
    ids, signatures, names = row if row else (b"", b"", {})
    stored_ids = bigint_array(ids)
    if not len(stored_ids):
        return []
    stored = signature_array(signatures).reshape(len(stored_ids), -1)
    stored_names: list[frozenset[str]] = [frozenset()] * len(stored_ids)
    for article_id, anchors in names.items():
        stored_names[int(np.searchsorted(stored_ids, int(article_id)))] = frozenset(anchors)
    at = np.minimum(np.searchsorted(stored_ids, pairs[:, 1]), len(stored_ids) - 1)
    known = stored_ids[at] == pairs[:, 1]  # a sharer without a signature of this algorithm is no candidate
    pairs, at = pairs[known], at[known]
    member_ids = np.array([m.article_id for m in members], dtype=np.int64)
    order = np.argsort(member_ids)
    mine = order[np.searchsorted(member_ids[order], pairs[:, 0])]  # each pair's member, by position
    own = np.stack([m.fingerprint.signature for m in members])
    keep = may_relate(estimated_jaccards(own[mine], stored[at]), [m.fingerprint.anchors for m in members],
                      stored_names, mine, at, config)
    return [(new_id, other) for new_id, other in pairs[keep].tolist()]


def load_members(conn: psycopg.Connection, article_ids: Iterable[int], config: SimilarityConfig) -> dict[int, Member]:
    """Stored articles as members (with their stories), for those whose signature matches the config.
    They are compared, never indexed again (their buckets are stored), so they carry no bands."""
    ids = sorted(set(article_ids))
    if not ids:
        return {}
    members = {}
    for row in conn.execute(MEMBERS, (ids, config.algorithm)):
        (article_id, source, uri, key, script, title, sig, anchors, published, completeness, story, relation,
         similarity, reason, matched) = row
        signature = signature_array(bytes(sig))
        fp = Fingerprint(source, uri, key, script, title, signature, frozenset(anchors or ()))
        members[article_id] = Member(
            article_id, fp, NO_BANDS, published, int(completeness or 0),
            story=story, relation=relation or "canonical", similarity=float(similarity or 1.0),
            reason=reason or "", matched_article_id=matched,
        )
    return members


def assign_stories(conn: psycopg.Connection, ingest_run_id: int | None, new: Sequence[Member],
                   config: SimilarityConfig, rule: str = "earliest",
                   min_anchors: int = 3, max_anchor_candidates: int = 20) -> dict[str, int]:
    """Index the new members and put each in a story; returns counts per relation."""
    conn.execute("SELECT pg_advisory_xact_lock(%s)", (STORY_LOCK,))
    unassigned = {row[0] for row in conn.execute(UNASSIGNED, ([m.article_id for m in new],))}
    todo = [m for m in new if m.article_id in unassigned]
    # re-parsed articles refresh their signatures too, before the probe (they are stored members); the new
    # ones after it, so that the probe finds only other articles (the batch is matched in memory)
    write_index(conn, [m for m in new if m.article_id not in unassigned], config.algorithm)
    if not todo:
        return {}
    candidate_ids = _candidate_ids(conn, todo, config, min_anchors, max_anchor_candidates)
    write_index(conn, todo, config.algorithm)
    todo_ids = {m.article_id for m in todo}
    stored = load_members(conn, {c for cs in candidate_ids.values() for c in cs} - todo_ids, config)
    stored_candidates = {
        article_id: [stored[c] for c in cands if c in stored and stored[c].story is not None]
        for article_id, cands in candidate_ids.items()
    }
    result = assign_batch(list(todo), stored_candidates, config, rule, min_anchors)

    # every touched story, with all its members, settles its canonical before anything is written
    existing = [s for s in result.touched if isinstance(s, int)]
    others = {row[0] for row in conn.execute(STORY_MEMBER_IDS, (existing,))} - todo_ids
    everyone = [*load_members(conn, others, config).values(), *result.members]
    by_story: dict[int | str, list[Member]] = defaultdict(list)
    for member in everyone:
        if member.story is not None:
            by_story[member.story].append(member)
    canonical = {story: settle_story(members, rule, config).article_id for story, members in by_story.items()}

    new_keys = [story for story in by_story if isinstance(story, str)]
    created: dict[int, int] = dict(conn.execute(NEW_STORIES, (rule, [canonical[k] for k in new_keys])).fetchall())
    by_canonical = {article_id: sid for sid, article_id in created.items()}
    story_id: dict[int | str, int] = {k: k for k in existing}
    story_id.update({k: by_canonical[canonical[k]] for k in new_keys})
    if existing:
        conn.execute(SET_CANONICALS, {"ids": existing, "canonicals": [canonical[k] for k in existing], "rule": rule})
    rows = [(m.article_id, story_id[story], m.relation, round(m.similarity, 4), m.reason, m.matched_article_id)
            for story, members in by_story.items() for m in members]
    conn.execute(UPSERT_MEMBERS, (ingest_run_id, *map(list, zip(*rows, strict=True))))

    counts: dict[str, int] = defaultdict(int)
    for member in result.members:
        counts[member.relation] += 1
    log.info("stories: %s", dict(counts))
    return dict(counts)
