"""Writes and reads of the ingest pipeline. Bulk rows go through COPY into temp tables, then upserts,
so a retried task leaves the same rows. Callers own the transaction (`with connect(url) as conn`)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import psycopg
from psycopg import sql

from newsflow.config import SourceConfig
from newsflow.models import Article, RawDocument, Rejection, SourceItem

STATS_TABLES = (
    "sources", "ingest_runs", "raw_documents", "articles", "authors", "article_authors", "photos",
    "photo_agencies", "related_headlines", "people", "article_people", "quotes", "duplicates", "quarantine",
    "fetch_state",
)


@dataclass(frozen=True)
class StoredDocument:
    id: int
    raw: RawDocument


# -- runs and sources --------------------------------------------------------

UPSERT_SOURCE = """
INSERT INTO sources (name, kind, location, config) VALUES (%s, %s, %s, %s)
ON CONFLICT (name) DO UPDATE
   SET kind = EXCLUDED.kind, location = EXCLUDED.location, config = EXCLUDED.config, updated_at = now()
 WHERE (sources.kind, sources.location, sources.config) IS DISTINCT FROM
       (EXCLUDED.kind, EXCLUDED.location, EXCLUDED.config)
RETURNING id
"""

SOURCE_ID = "SELECT id FROM sources WHERE name = %s"

# A run is registered with how it was asked for (mode and Params) in the same statement, so it never shows
# as an ingest while it is a reprocess; a rerun of the same window takes the mode and Params of the rerun.
BEGIN_RUN = """
INSERT INTO ingest_runs (dag_id, run_id, source_id, interval_start, interval_end, mode, params)
VALUES (%s, %s, %s, %s, %s, %s, %s::jsonb)
ON CONFLICT (dag_id, source_id, interval_start, interval_end) DO UPDATE
   SET run_id = EXCLUDED.run_id, attempts = ingest_runs.attempts + 1, status = 'running',
       started_at = now(), finished_at = NULL, mode = EXCLUDED.mode, params = EXCLUDED.params
RETURNING id
"""

RUN_INFO = """
SELECT r.id, r.dag_id, r.run_id, s.name, r.source_id, r.interval_start, r.interval_end, r.status, r.counts
  FROM ingest_runs r JOIN sources s ON s.id = r.source_id WHERE r.id = %s
"""

FINISH_RUN = """
UPDATE ingest_runs SET status = %s, finished_at = now(), counts = counts || %s::jsonb WHERE id = %s
"""

MERGE_COUNTS = "UPDATE ingest_runs SET counts = counts || %s::jsonb WHERE id = %s"


def upsert_source(conn: psycopg.Connection, source: SourceConfig) -> int:
    config = json.dumps({"schedule": source.schedule, **({"dag": source.dag} if source.dag else {}), **source.options},
                        sort_keys=True)
    row = conn.execute(UPSERT_SOURCE, (source.name, source.kind, source.location, config)).fetchone()
    if row is None:  # unchanged: the upsert's WHERE skipped the update
        row = conn.execute(SOURCE_ID, (source.name,)).fetchone()
    assert row is not None
    return int(row[0])


def begin_run(conn: psycopg.Connection, dag_id: str, run_id: str, source_id: int,
              start: datetime, end: datetime, mode: str = "ingest", params: dict[str, Any] | None = None) -> int:
    row = conn.execute(BEGIN_RUN, (dag_id, run_id, source_id, start, end, mode,
                                   json.dumps(params or {}, sort_keys=True, default=str))).fetchone()
    assert row is not None
    return int(row[0])


@dataclass(frozen=True)
class RunInfo:
    id: int
    dag_id: str
    run_id: str
    source: str
    source_id: int
    interval_start: datetime
    interval_end: datetime
    status: str
    counts: dict[str, Any]


def run_info(conn: psycopg.Connection, ingest_run_id: int) -> RunInfo | None:
    row = conn.execute(RUN_INFO, (ingest_run_id,)).fetchone()
    return RunInfo(*row) if row else None


def merge_counts(conn: psycopg.Connection, ingest_run_id: int, counts: dict[str, int]) -> None:
    conn.execute(MERGE_COUNTS, (json.dumps(counts), ingest_run_id))


def finish_run(conn: psycopg.Connection, ingest_run_id: int, status: str, counts: dict[str, int]) -> None:
    conn.execute(FINISH_RUN, (status, json.dumps(counts), ingest_run_id))


# -- raw documents -----------------------------------------------------------

# Staging tables live for one transaction and may be filled several times in it (one chunk at a time).
STAGE_RAW = """
CREATE TEMP TABLE IF NOT EXISTS stage_raw (
    uri text, sha256 text, content bytea, size_bytes integer, published_at timestamptz,
    published_from text, read_at timestamptz
) ON COMMIT DROP;
TRUNCATE stage_raw
"""

MERGE_RAW = """
WITH restored AS (  -- the same bytes read again after retention dropped them (sql/0008)
    UPDATE raw_documents d SET content = s.content, content_purged_at = NULL
      FROM stage_raw s
     WHERE d.source_id = %(source_id)s AND d.uri = s.uri AND d.sha256 = s.sha256 AND d.content_purged_at IS NOT NULL
), inserted AS (
    INSERT INTO raw_documents (source_id, uri, sha256, content, size_bytes, published_at, published_from,
                               read_at, first_ingest_run_id)
    SELECT %(source_id)s, uri, sha256, content, size_bytes, published_at, published_from, read_at, %(run)s
      FROM stage_raw
    ON CONFLICT (source_id, uri, sha256) DO NOTHING
    RETURNING id
)
INSERT INTO ingest_run_documents (ingest_run_id, raw_document_id)
SELECT %(run)s, d.id
  FROM stage_raw s JOIN raw_documents d
    ON d.source_id = %(source_id)s AND d.uri = s.uri AND d.sha256 = s.sha256
UNION
SELECT %(run)s, id FROM inserted
ON CONFLICT DO NOTHING
"""

# Reprocessing: every stored document (each revision of a location) of a source dated in the run's window,
# except those whose bytes retention dropped.
LINK_STORED = """
INSERT INTO ingest_run_documents (ingest_run_id, raw_document_id)
SELECT %(run)s, d.id FROM raw_documents d
 WHERE d.source_id = %(source_id)s AND d.published_at >= %(start)s AND d.published_at < %(end)s
   AND d.content_purged_at IS NULL
ON CONFLICT DO NOTHING
"""

RUN_DOCUMENT_COUNT = "SELECT count(*) FROM ingest_run_documents WHERE ingest_run_id = %s AND NOT unchanged"

FORGET_RUN_DOCUMENTS = "DELETE FROM ingest_run_documents WHERE ingest_run_id = %s"

RUN_DOCUMENTS = """
SELECT d.id, s.name, d.uri, d.published_at, d.published_from, d.content, d.sha256, d.read_at, d.media_type,
       d.charset
  FROM ingest_run_documents rd
  JOIN raw_documents d ON d.id = rd.raw_document_id
  JOIN sources s ON s.id = d.source_id
 WHERE rd.ingest_run_id = %s AND d.id > %s AND NOT rd.unchanged AND d.content_purged_at IS NULL
 ORDER BY d.id
 LIMIT %s
"""


def forget_run_documents(conn: psycopg.Connection, ingest_run_id: int) -> None:
    """A new attempt of a run takes the documents of its window afresh."""
    conn.execute(FORGET_RUN_DOCUMENTS, (ingest_run_id,))


# Locations of a batch stored already (any revision); documents at the others are copied straight in.
STORED_URIS = "SELECT DISTINCT uri FROM raw_documents WHERE source_id = %s AND uri = ANY(%s)"

RAW_COLUMNS = ("source_id", "uri", "sha256", "content", "size_bytes", "published_at", "published_from", "read_at",
               "first_ingest_run_id")

LINK_COPIED = """
INSERT INTO ingest_run_documents (ingest_run_id, raw_document_id)
SELECT %(run)s, id FROM raw_documents WHERE source_id = %(source_id)s AND uri = ANY(%(uris)s)
ON CONFLICT DO NOTHING
"""


def store_raw(conn: psycopg.Connection, ingest_run_id: int, source_id: int, docs: Sequence[RawDocument]) -> None:
    """Keep each document's bytes (once per location and content) and tie them to the run.

    Documents at locations never stored are copied straight in; the others (and all of them, when another run
    stores one of those locations at the same moment) are merged through the staging table.
    """
    if not docs:
        return
    with conn.cursor() as cur:
        uris = Counter(doc.item.uri for doc in docs)
        known = {row[0] for row in cur.execute(STORED_URIS, (source_id, list(uris)))}
        new = {doc.item.uri: doc for doc in docs if doc.item.uri not in known and uris[doc.item.uri] == 1}
        if new and not _copy_raw(cur, ingest_run_id, source_id, list(new.values())):
            new = {}
        rest = [doc for doc in docs if doc.item.uri not in new]
        if not rest:
            return
        cur.execute(STAGE_RAW)
        copy_rows(cur, "stage_raw", ((doc.item.uri, doc.sha256, doc.content, len(doc.content), doc.item.published_at,
                                      doc.item.published_from, doc.read_at) for doc in rest))
        cur.execute(MERGE_RAW, {"source_id": source_id, "run": ingest_run_id})


def _copy_raw(cur: psycopg.Cursor, ingest_run_id: int, source_id: int, docs: list[RawDocument]) -> bool:
    """COPY documents at new locations into raw_documents and tie them to the run; False when one is taken."""
    try:
        with cur.connection.transaction():
            copy_rows(cur, "raw_documents", ((source_id, doc.item.uri, doc.sha256, doc.content, len(doc.content),
                                              doc.item.published_at, doc.item.published_from, doc.read_at,
                                              ingest_run_id) for doc in docs), RAW_COLUMNS)
    except psycopg.errors.UniqueViolation:
        return False
    cur.execute(LINK_COPIED, {"run": ingest_run_id, "source_id": source_id, "uris": [doc.item.uri for doc in docs]})
    return True


def link_stored_documents(conn: psycopg.Connection, ingest_run_id: int, source_id: int,
                          start: datetime, end: datetime) -> int:
    """Tie the run to the documents already stored for its window (no source access)."""
    cur = conn.execute(LINK_STORED, {"run": ingest_run_id, "source_id": source_id, "start": start, "end": end})
    return cur.rowcount


def run_document_count(conn: psycopg.Connection, ingest_run_id: int) -> int:
    row = conn.execute(RUN_DOCUMENT_COUNT, (ingest_run_id,)).fetchone()
    return int(row[0]) if row else 0


def run_documents(conn: psycopg.Connection, ingest_run_id: int, after_id: int, limit: int) -> list[StoredDocument]:
    rows = conn.execute(RUN_DOCUMENTS, (ingest_run_id, after_id, limit)).fetchall()
    return [
        StoredDocument(row[0], RawDocument(SourceItem(row[1], row[2], row[3], row[4]), bytes(row[5]), row[6], row[7],
                                           media_type=row[8], charset=row[9]))
        for row in rows
    ]


# -- quarantine --------------------------------------------------------------

QUARANTINE = """
INSERT INTO quarantine (raw_document_id, source_id, uri, sha256, stage, reason, detail, content, ingest_run_id)
SELECT %s, s.id, %s, %s, %s, %s, %s, %s, %s FROM sources s WHERE s.name = %s
ON CONFLICT (source_id, uri, sha256, stage) DO UPDATE
   SET reason = EXCLUDED.reason, detail = EXCLUDED.detail, raw_document_id = EXCLUDED.raw_document_id
"""


def quarantine(conn: psycopg.Connection, ingest_run_id: int | None,
               rejections: Iterable[tuple[int | None, Rejection]]) -> int:
    """Record rejected documents with their bytes; returns how many."""
    rows = [
        (raw_id, r.raw.item.uri, r.raw.sha256, r.stage, r.reason, r.detail[:2000], r.raw.content, ingest_run_id,
         r.raw.item.source)
        for raw_id, r in rejections
    ]
    if rows:
        with conn.cursor() as cur:
            cur.executemany(QUARANTINE, rows)
    return len(rows)


# -- articles ----------------------------------------------------------------

STAGE_ARTICLES = """
CREATE TEMP TABLE IF NOT EXISTS stage_articles (
    raw_document_id bigint, source_id integer, uri text, title text, title_normalized text, publisher text,
    publisher_canonical text, published_at timestamptz, published_from text, script text, body_raw text,
    body_normalized text, folded_key text, key_sha256 text, paragraph_count integer, parse jsonb,
    byline text, publisher_latin text, dateline_text text, dateline_place text, dateline_date date,
    dateline_agency text, topics text[], signoff text, crawl_date date
) ON COMMIT DROP;
CREATE TEMP TABLE IF NOT EXISTS stage_authors (raw_document_id bigint, position smallint, name text) ON COMMIT DROP;
CREATE TEMP TABLE IF NOT EXISTS stage_photos (
    raw_document_id bigint, position smallint, caption text, credit_label text, credit text,
    photographer text, source text, before_paragraph integer, confidence text
) ON COMMIT DROP;
CREATE TEMP TABLE IF NOT EXISTS stage_agencies (
    raw_document_id bigint, photo_position smallint, position smallint, agency text, agency_canonical text
) ON COMMIT DROP;
CREATE TEMP TABLE IF NOT EXISTS stage_related (
    raw_document_id bigint, box smallint, position smallint, heading text, headline text, after_paragraph integer
) ON COMMIT DROP;
CREATE TEMP TABLE IF NOT EXISTS stage_people (
    raw_document_id bigint, position smallint, name text, aliases text[]
) ON COMMIT DROP;
CREATE TEMP TABLE IF NOT EXISTS stage_quotes (
    raw_document_id bigint, position smallint, speaker text, quote text, paragraph integer
) ON COMMIT DROP;
TRUNCATE stage_articles, stage_authors, stage_photos, stage_agencies, stage_related, stage_people, stage_quotes
"""

ARTICLE_COLUMNS = (
    "raw_document_id", "source_id", "uri", "title", "title_normalized", "publisher", "publisher_canonical",
    "published_at", "published_from", "script", "body_raw", "body_normalized", "folded_key", "key_sha256",
    "paragraph_count", "parse", "byline", "publisher_latin", "dateline_text", "dateline_place", "dateline_date",
    "dateline_agency", "topics", "signoff", "crawl_date",
)

# A document already loaded is refreshed in place (a re-parse); a new one is inserted unless its key exists.
REFRESH_ARTICLES = sql.SQL("""
UPDATE articles a SET ({cols}) = ({values}), updated_at = now()
  FROM stage_articles s
 WHERE a.raw_document_id = s.raw_document_id
   AND ({current}) IS DISTINCT FROM ({values})
""")

INSERT_ARTICLES = sql.SQL("""
INSERT INTO articles ({cols}, first_ingest_run_id)
SELECT {cols}, %s FROM stage_articles s
 WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.raw_document_id = s.raw_document_id)
ON CONFLICT (key_sha256) DO NOTHING
""")

# Documents of a batch that are loaded already, or whose key is; the others are copied straight into articles.
LOADED = """
SELECT raw_document_id, key_sha256 FROM articles WHERE raw_document_id = ANY(%(raw_ids)s)
UNION
SELECT raw_document_id, key_sha256 FROM articles WHERE key_sha256 = ANY(%(keys)s)
"""

OWN_OUTCOMES = "SELECT raw_document_id, id, true, key_sha256 FROM articles WHERE raw_document_id = ANY(%s)"

# Which article each staged document ended up as: its own, or the one it repeats.
OUTCOMES = """
SELECT s.raw_document_id, a.id, a.raw_document_id = s.raw_document_id AS own, s.key_sha256
  FROM stage_articles s JOIN articles a ON a.key_sha256 = s.key_sha256
"""

REPLACE_CHILDREN = (
    "DELETE FROM article_authors WHERE article_id = ANY(%(ids)s)",
    "DELETE FROM related_headlines WHERE article_id = ANY(%(ids)s)",
    "DELETE FROM photos WHERE article_id = ANY(%(ids)s)",
    "DELETE FROM article_people WHERE article_id = ANY(%(ids)s)",
    "DELETE FROM quotes WHERE article_id = ANY(%(ids)s)",
    "INSERT INTO people (name) SELECT DISTINCT name FROM stage_people ORDER BY name ON CONFLICT (name) DO NOTHING",
    """INSERT INTO article_people (article_id, position, person_id, aliases)
       SELECT a.id, sp.position, pp.id, sp.aliases
         FROM stage_people sp JOIN articles a ON a.raw_document_id = sp.raw_document_id
         JOIN people pp ON pp.name = sp.name
        WHERE a.id = ANY(%(ids)s)""",
    """INSERT INTO quotes (article_id, position, speaker, quote, paragraph)
       SELECT a.id, q.position, q.speaker, q.quote, q.paragraph
         FROM stage_quotes q JOIN articles a ON a.raw_document_id = q.raw_document_id
        WHERE a.id = ANY(%(ids)s)""",
    "INSERT INTO authors (name) SELECT DISTINCT name FROM stage_authors ORDER BY name ON CONFLICT (name) DO NOTHING",
    """INSERT INTO article_authors (article_id, position, author_id)
       SELECT a.id, sa.position, w.id
         FROM stage_authors sa JOIN articles a ON a.raw_document_id = sa.raw_document_id
         JOIN authors w ON w.name = sa.name
        WHERE a.id = ANY(%(ids)s)""",
    """INSERT INTO photos (article_id, position, caption, credit_label, credit, photographer, source,
                           before_paragraph, confidence)
       SELECT a.id, p.position, p.caption, p.credit_label, p.credit, p.photographer, p.source,
              p.before_paragraph, p.confidence
         FROM stage_photos p JOIN articles a ON a.raw_document_id = p.raw_document_id
        WHERE a.id = ANY(%(ids)s)""",
    """INSERT INTO photo_agencies (article_id, photo_position, position, agency, agency_canonical)
       SELECT a.id, g.photo_position, g.position, g.agency, g.agency_canonical
         FROM stage_agencies g JOIN articles a ON a.raw_document_id = g.raw_document_id
        WHERE a.id = ANY(%(ids)s)""",
    """INSERT INTO related_headlines (article_id, box, position, heading, headline, after_paragraph)
       SELECT a.id, r.box, r.position, r.heading, r.headline, r.after_paragraph
         FROM stage_related r JOIN articles a ON a.raw_document_id = r.raw_document_id
        WHERE a.id = ANY(%(ids)s)""",
)

LINK_DUPLICATES = """
INSERT INTO duplicates (raw_document_id, article_id, method, key_sha256, ingest_run_id, relation)
SELECT d.raw_document_id, d.article_id, 'exact', d.key_sha256, %s,
       CASE WHEN a.script = d.script THEN 'exact' ELSE 'other-script' END
  FROM unnest(%s::bigint[], %s::bigint[], %s::text[], %s::text[]) AS d(raw_document_id, article_id, key_sha256, script)
  JOIN articles a ON a.id = d.article_id
ON CONFLICT (raw_document_id) DO UPDATE
   SET article_id = EXCLUDED.article_id, key_sha256 = EXCLUDED.key_sha256, relation = EXCLUDED.relation
 WHERE (duplicates.article_id, duplicates.relation) IS DISTINCT FROM (EXCLUDED.article_id, EXCLUDED.relation)
"""


def _article_row(raw_id: int, source_id: int, article: Article) -> tuple[Any, ...]:
    parsed, norm = article.parsed, article.normalized
    line = parsed.dateline
    return (
        raw_id, source_id, article.raw.item.uri, parsed.title, norm.title, parsed.publisher,
        article.publisher_canonical, article.published_at, article.published_from, norm.script,
        "\n".join(parsed.paragraphs), norm.body, norm.folded_key, norm.key_sha256, len(parsed.paragraphs),
        json.dumps(parsed.to_contract(), ensure_ascii=False), parsed.byline, article.extra.get("publisher_latin"),
        line.text if line else None, line.place if line else None, line.date if line else None,
        line.agency if line else None, parsed.topics, parsed.signoff, parsed.crawl_date,
    )


def copy_rows(cur: psycopg.Cursor, table: str, rows: Iterable[tuple[Any, ...]], columns: Sequence[str] = ()) -> None:
    """COPY rows into a table: every column in order, or the `columns` named."""
    names = sql.SQL(" ({})").format(sql.SQL(", ").join(map(sql.Identifier, columns))) if columns else sql.SQL("")
    with cur.copy(sql.SQL("COPY {}{} FROM STDIN").format(sql.Identifier(table), names)) as copy:
        for row in rows:
            copy.write_row(row)


# The children of an article that need no lookup, keyed by the article's raw document id while staged and by its
# article id when copied straight in (first column).
CHILD_COLUMNS = {
    "photos": ("article_id", "position", "caption", "credit_label", "credit", "photographer", "source",
               "before_paragraph", "confidence"),
    "photo_agencies": ("article_id", "photo_position", "position", "agency", "agency_canonical"),
    "related_headlines": ("article_id", "box", "position", "heading", "headline", "after_paragraph"),
    "quotes": ("article_id", "position", "speaker", "quote", "paragraph"),
}


CHILD_STAGE = {"photos": "stage_photos", "photo_agencies": "stage_agencies", "related_headlines": "stage_related",
               "quotes": "stage_quotes"}


def _children(articles: dict[int, Article]) -> dict[str, Iterator[tuple[Any, ...]]]:
    """Rows of CHILD_COLUMNS per table, keyed by the dict's keys."""
    return {
        "photos": ((key, i, p.caption, p.credit_label, p.credit, p.photographer, p.source, p.before_paragraph,
                    p.confidence) for key, a in articles.items() for i, p in enumerate(a.parsed.photos)),
        "photo_agencies": ((key, i, j, agency, a.extra["agencies_canonical"][i][j])
                           for key, a in articles.items() for i, p in enumerate(a.parsed.photos)
                           for j, agency in enumerate(p.agencies)),
        "related_headlines": ((key, b, j, box.heading, headline, box.after_paragraph)
                              for key, a in articles.items() for b, box in enumerate(a.parsed.related)
                              for j, headline in enumerate(box.headlines)),
        "quotes": ((key, i, q.speaker, q.quote, q.paragraph)
                   for key, a in articles.items() for i, q in enumerate(a.parsed.quotes)),
    }


def _copy_fresh(cur: psycopg.Cursor, ingest_run_id: int, source_id: int,
                articles: dict[int, Article]) -> tuple[set[int], list[tuple[Any, ...]]]:
    """COPY the documents not loaded yet, whose keys are not loaded either, straight into articles.

    Returns their raw ids and outcomes; the others are merged through the staging table. Another run loading
    one of the keys at the same moment makes the COPY fail on a unique index: its savepoint is rolled back and
    the whole batch takes the merge, which settles who owns the key.
    """
    loaded = cur.execute(LOADED, {"raw_ids": list(articles),
                                  "keys": [a.normalized.key_sha256 for a in articles.values()]}).fetchall()
    taken_ids, taken_keys = {row[0] for row in loaded}, {row[1] for row in loaded}
    fresh = {rid: a for rid, a in articles.items()
             if rid not in taken_ids and a.normalized.key_sha256 not in taken_keys}
    if not fresh:
        return set(), []
    try:
        with cur.connection.transaction():
            copy_rows(cur, "articles", ((*_article_row(rid, source_id, article), ingest_run_id)
                                        for rid, article in fresh.items()), (*ARTICLE_COLUMNS, "first_ingest_run_id"))
    except psycopg.errors.UniqueViolation:
        return set(), []
    return set(fresh), cur.execute(OWN_OUTCOMES, (list(fresh),)).fetchall()


def _merge_staged(cur: psycopg.Cursor, ingest_run_id: int) -> list[tuple[Any, ...]]:
    """Refresh the staged documents already loaded, insert the others unless their key exists: the outcomes."""
    cols = sql.SQL(", ").join(map(sql.Identifier, ARTICLE_COLUMNS))
    updatable = [c for c in ARTICLE_COLUMNS if c != "raw_document_id"]
    cur.execute(REFRESH_ARTICLES.format(
        cols=sql.SQL(", ").join(map(sql.Identifier, updatable)),
        values=sql.SQL(", ").join(sql.Identifier("s", c) for c in updatable),
        current=sql.SQL(", ").join(sql.Identifier("a", c) for c in updatable),
    ))
    cur.execute(INSERT_ARTICLES.format(cols=cols), (ingest_run_id,))
    return cur.execute(OUTCOMES).fetchall()


@dataclass(frozen=True)
class LoadOutcome:
    articles: int  # documents that are (or were already) an article of their own
    duplicates: int  # documents that repeat an article
    own: dict[int, int] = field(default_factory=dict)  # raw document id -> its article id


def load_articles(conn: psycopg.Connection, ingest_run_id: int, source_id: int,
                  articles: dict[int, Article], repeats: Sequence[tuple[int, int, str]] = ()) -> LoadOutcome:
    """Load articles keyed by raw document id, each key once per batch.

    A document whose key an earlier run already loaded becomes a duplicate of that article, and so does
    each (repeat raw id, original raw id, repeat's script) found inside the batch.
    """
    if not articles:
        return LoadOutcome(0, 0, {})
    conn.execute(STAGE_ARTICLES)
    with conn.cursor() as cur:
        copied, outcomes = _copy_fresh(cur, ingest_run_id, source_id, articles)
        staged = {rid: a for rid, a in articles.items() if rid not in copied}
        if staged:
            copy_rows(cur, "stage_articles", (_article_row(rid, source_id, a) for rid, a in staged.items()))
        copy_rows(cur, "stage_authors", ((rid, i, name) for rid, a in articles.items()
                                     for i, name in enumerate(a.parsed.authors)))
        copy_rows(cur, "stage_people", ((rid, i, person.name, person.aliases)
                                    for rid, a in articles.items() for i, person in enumerate(a.parsed.people)))
        for table, rows in _children(staged).items():  # copied articles get theirs straight, below
            copy_rows(cur, CHILD_STAGE[table], rows)
        if staged:
            outcomes += _merge_staged(cur, ingest_run_id)
        own_by_raw = {raw: article_id for raw, article_id, is_own, _key in outcomes if is_own}
        own = list(own_by_raw.values())
        article_of = {raw: (article_id, key) for raw, article_id, _own, key in outcomes}
        links = [(raw, article_id, key, articles[raw].normalized.script)
                 for raw, article_id, is_own, key in outcomes if not is_own]
        links += [(dup, *article_of[original], script) for dup, original, script in repeats]
        for statement in REPLACE_CHILDREN:
            cur.execute(statement, {"ids": own})
        article_id = {raw: own_by_raw[raw] for raw in copied}
        for table, rows in _children({article_id[rid]: articles[rid] for rid in copied}).items():
            copy_rows(cur, table, rows, CHILD_COLUMNS[table])
        if links:
            cur.execute(LINK_DUPLICATES, (ingest_run_id, *map(list, zip(*links, strict=True))))
    return LoadOutcome(articles=len(own), duplicates=len(links), own=own_by_raw)


def table_counts(conn: psycopg.Connection) -> dict[str, int]:
    counts = {}
    for table in STATS_TABLES:
        query = sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
        row = conn.execute(query).fetchone()
        counts[table] = int(row[0]) if row else 0
    return counts
