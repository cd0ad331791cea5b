-- Consumer views: the contract for people who query the tables.

CREATE VIEW articles_v AS
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
    a.created_at
FROM articles a
JOIN sources s ON s.id = a.source_id
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

COMMENT ON VIEW articles_v IS
    'One row per distinct article, with its authors and photo credits aggregated and its exact-duplicate count.';
