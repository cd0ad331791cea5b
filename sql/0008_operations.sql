-- Operations: how each ingest run was asked for (its mode and Params), retention of raw bytes, and the
-- per-publisher daily summary that the asset-scheduled DAG newsflow_publisher_summary refreshes after loads.

-- A run either reads its source ('ingest') or parses again the documents already stored ('reprocess').
ALTER TABLE ingest_runs
    ADD COLUMN mode    text NOT NULL DEFAULT 'ingest' CHECK (mode IN ('ingest', 'reprocess')),
    ADD COLUMN params  jsonb NOT NULL DEFAULT '{}'::jsonb;  -- the DAG run's Params, as validated

-- Retention keeps the row (articles, duplicates and quarantine refer to it, and it records where and when a
-- document was read) but drops its bytes; reading the same bytes again restores them.
ALTER TABLE raw_documents ADD COLUMN content_purged_at timestamptz;
CREATE INDEX raw_documents_retention_idx ON raw_documents (read_at) WHERE content_purged_at IS NULL;

-- One row per publisher and UTC day of publication. Materialized: REFRESH ... CONCURRENTLY (which needs the
-- unique index) keeps it readable while newsflow_publisher_summary refreshes it after every load.
CREATE MATERIALIZED VIEW publisher_daily_v AS
WITH per_article AS (
    SELECT (a.published_at AT TIME ZONE 'UTC')::date AS day,
           a.publisher_canonical,
           a.publisher_latin,
           a.published_at,
           sm.story_id,
           sm.relation,
           (SELECT count(*) FROM duplicates d WHERE d.article_id = a.id) AS duplicates,
           (SELECT count(*) FROM photos p WHERE p.article_id = a.id)     AS photos
      FROM articles a
      LEFT JOIN story_members sm ON sm.article_id = a.id
     WHERE a.publisher_canonical IS NOT NULL AND a.published_at IS NOT NULL
)
SELECT day,
       publisher_canonical                              AS publisher,
       max(publisher_latin)                             AS publisher_latin,
       count(*)::int                                    AS articles,
       count(DISTINCT story_id)::int                    AS stories,
       (count(*) FILTER (WHERE relation = 'canonical'))::int AS canonical_articles,
       sum(duplicates)::int                             AS duplicates,
       sum(photos)::int                                 AS photos,
       min(published_at)                                AS first_published_at,
       max(published_at)                                AS last_published_at,
       now()                                            AS refreshed_at
  FROM per_article
 GROUP BY day, publisher_canonical;

CREATE UNIQUE INDEX publisher_daily_v_key ON publisher_daily_v (day, publisher);

COMMENT ON MATERIALIZED VIEW publisher_daily_v IS
    'One row per publisher and UTC day of publication (materialized; refreshed by the DAG newsflow_publisher_summary '
    'whenever an ingest run loads articles).';
COMMENT ON COLUMN publisher_daily_v.day IS 'The UTC day the articles were published.';
COMMENT ON COLUMN publisher_daily_v.publisher IS 'The canonical publisher (as publishers_v.publisher).';
COMMENT ON COLUMN publisher_daily_v.publisher_latin IS 'The publisher''s Latin name (Bloomberg, Reuters), when known.';
COMMENT ON COLUMN publisher_daily_v.articles IS 'Distinct articles published that day (exact repeats not counted).';
COMMENT ON COLUMN publisher_daily_v.stories IS 'Stories those articles belong to.';
COMMENT ON COLUMN publisher_daily_v.canonical_articles IS 'Those articles that are the canonical article of their story.';
COMMENT ON COLUMN publisher_daily_v.duplicates IS 'Exact repeats (any script) of those articles, wherever they were found.';
COMMENT ON COLUMN publisher_daily_v.photos IS 'Photos in those articles.';
COMMENT ON COLUMN publisher_daily_v.first_published_at IS 'The first publication time of the day.';
COMMENT ON COLUMN publisher_daily_v.last_published_at IS 'The last publication time of the day.';
COMMENT ON COLUMN publisher_daily_v.refreshed_at IS 'When the summary was last refreshed.';

GRANT SELECT ON publisher_daily_v TO newsflow_reader;
