-- Metadata the parser extracts beyond FORMAT.md (docs/parse-contract.md): byline, publisher's Latin name,
-- dateline, topics, sign-off, crawl date; people with their aliases; attributed quotations.

ALTER TABLE articles
    ADD COLUMN byline            text,
    ADD COLUMN publisher_latin   text,
    ADD COLUMN dateline_text     text,
    ADD COLUMN dateline_place    text,
    ADD COLUMN dateline_date     date,
    ADD COLUMN dateline_agency   text,
    ADD COLUMN topics            text[] NOT NULL DEFAULT '{}',
    ADD COLUMN signoff           text,
    ADD COLUMN crawl_date        date;

CREATE INDEX articles_publisher_published_idx ON articles (publisher_canonical, published_at);

-- A person as first spelt in some article; the same spelling in two articles is the same row.
CREATE TABLE people (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name  text NOT NULL UNIQUE
);

-- Who an article names, in order of first appearance, with the other spellings it uses for them.
CREATE TABLE article_people (
    article_id  bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position    smallint NOT NULL,
    person_id   bigint NOT NULL REFERENCES people (id),
    aliases     text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_people_person_idx ON article_people (person_id);

-- Quotations attributed to a speaker in the text; speaker is null for a pronoun.
CREATE TABLE quotes (
    article_id  bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position    smallint NOT NULL,
    speaker     text,
    quote       text NOT NULL,
    paragraph   integer NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX quotes_speaker_idx ON quotes (speaker) WHERE speaker IS NOT NULL;

-- articles_v gains the new metadata (columns appended: earlier columns are unchanged).
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
    sm.relation = 'canonical'              AS is_canonical,
    a.publisher_latin,
    a.byline,
    a.dateline_text,
    a.dateline_place,
    a.dateline_date,
    a.dateline_agency,
    a.topics,
    a.signoff,
    a.crawl_date,
    ph.low_confidence_credits,
    pe.people,
    coalesce(q.quote_count, 0)             AS quote_count
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
              FROM photo_agencies pa WHERE pa.article_id = a.id)              AS agencies,
           count(*) FILTER (WHERE p.confidence = 'low')::int                  AS low_confidence_credits
    FROM photos p
    WHERE p.article_id = a.id
) ph ON true
LEFT JOIN LATERAL (
    SELECT count(*)::int AS duplicate_count FROM duplicates x WHERE x.article_id = a.id
) d ON true
LEFT JOIN LATERAL (
    SELECT array_agg(pp.name ORDER BY ap.position) AS people
    FROM article_people ap JOIN people pp ON pp.id = ap.person_id
    WHERE ap.article_id = a.id
) pe ON true
LEFT JOIN LATERAL (
    SELECT count(*)::int AS quote_count FROM quotes qq WHERE qq.article_id = a.id
) q ON true;
