-- Near-duplicate stories: every article belongs to one story; signatures and LSH buckets live here so
-- that dedup works across runs, backfills in any order and concurrent runs.

CREATE TABLE stories (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    canonical_article_id  bigint NOT NULL UNIQUE REFERENCES articles (id),
    canonical_rule        text NOT NULL,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE story_members (
    article_id          bigint PRIMARY KEY REFERENCES articles (id),
    story_id            bigint NOT NULL REFERENCES stories (id),
    relation            text NOT NULL CHECK (relation IN
                            ('canonical', 'exact', 'other-script', 'revision', 'near-duplicate', 're-translation')),
    similarity          real NOT NULL CHECK (similarity BETWEEN 0 AND 1),  -- to the story's canonical article
    reason              text NOT NULL,
    matched_article_id  bigint REFERENCES articles (id),  -- the member it was found similar to
    ingest_run_id       bigint REFERENCES ingest_runs (id),
    decided_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX story_members_story_idx ON story_members (story_id);

-- MinHash signature of an article's folded text; `algorithm` says how it was made (never compare across).
CREATE TABLE article_signatures (
    article_id  bigint PRIMARY KEY REFERENCES articles (id),
    algorithm   text NOT NULL,
    signature   bytea NOT NULL,
    anchors     text[] NOT NULL DEFAULT '{}'
);

-- LSH band buckets: articles sharing a (band, bucket) are near-duplicate candidates.
-- No foreign key: a million articles times twenty bands are appended by COPY; rows follow articles.
CREATE TABLE lsh_buckets (
    band        smallint NOT NULL,
    bucket      bigint NOT NULL,
    article_id  bigint NOT NULL,
    PRIMARY KEY (band, bucket, article_id)
);

-- Names and figures of an article: candidates for re-translations, which share them but few n-grams.
CREATE TABLE article_anchors (
    anchor      text NOT NULL,
    article_id  bigint NOT NULL,
    PRIMARY KEY (anchor, article_id)
);

-- An exact repeat in another script (a Simplified copy of a Traditional article) is told apart.
ALTER TABLE duplicates ADD COLUMN relation text NOT NULL DEFAULT 'exact'
    CHECK (relation IN ('exact', 'other-script'));

CREATE VIEW stories_v AS
SELECT
    s.id                                       AS story_id,
    s.canonical_article_id,
    a.title,
    a.publisher_canonical,
    a.published_at,
    m.first_published_at,
    m.last_published_at,
    m.articles,
    m.articles + coalesce(d.duplicates, 0)     AS versions,
    r.relations,
    s.canonical_rule,
    s.updated_at
FROM stories s
JOIN articles a ON a.id = s.canonical_article_id
JOIN LATERAL (
    SELECT count(*)::int AS articles, min(x.published_at) AS first_published_at,
           max(x.published_at) AS last_published_at
    FROM story_members sm JOIN articles x ON x.id = sm.article_id
    WHERE sm.story_id = s.id
) m ON true
JOIN LATERAL (
    SELECT jsonb_object_agg(g.relation, g.n) AS relations
    FROM (SELECT relation, count(*) AS n FROM story_members WHERE story_id = s.id GROUP BY relation) g
) r ON true
LEFT JOIN LATERAL (
    SELECT count(*)::int AS duplicates
    FROM duplicates dd JOIN story_members sm ON sm.article_id = dd.article_id
    WHERE sm.story_id = s.id
) d ON true;

COMMENT ON VIEW stories_v IS
    'One row per story: its canonical article, how many distinct articles and versions (with exact repeats) it has, and their relations.';

-- articles_v gains each article's story (columns appended: the view's earlier columns are unchanged).
CREATE OR REPLACE VIEW articles_v AS
SELECT
    a.id                                   AS article_id,
    s.name                                 AS source,
    a.uri,
    a.title,
    a.publisher,
    a.publisher_canonical,
    a.published_at,
    a.published_from,
    a.script,
    a.paragraph_count,
    au.authors,
    ph.photo_count,
    ph.photographers,
    ph.agencies,
    ph.photo_sources,
    coalesce(d.duplicate_count, 0)         AS duplicate_count,
    a.body_normalized,
    a.first_ingest_run_id,
    a.created_at,
    sm.story_id,
    sm.relation                            AS story_relation,
    sm.similarity                          AS story_similarity,
    sm.relation = 'canonical'              AS is_canonical
FROM articles a
JOIN sources s ON s.id = a.source_id
LEFT JOIN story_members sm ON sm.article_id = a.id
LEFT JOIN LATERAL (
    SELECT array_agg(w.name ORDER BY aa.position) AS authors
    FROM article_authors aa JOIN authors w ON w.id = aa.author_id
    WHERE aa.article_id = a.id
) au ON true
LEFT JOIN LATERAL (
    SELECT count(*)::int                                                       AS photo_count,
           array_remove(array_agg(p.photographer ORDER BY p.position), NULL)  AS photographers,
           array_remove(array_agg(p.source ORDER BY p.position), NULL)        AS photo_sources,
           (SELECT array_agg(DISTINCT coalesce(pa.agency_canonical, pa.agency))
              FROM photo_agencies pa WHERE pa.article_id = a.id)              AS agencies
    FROM photos p
    WHERE p.article_id = a.id
) ph ON true
LEFT JOIN LATERAL (
    SELECT count(*)::int AS duplicate_count FROM duplicates x WHERE x.article_id = a.id
) d ON true;
