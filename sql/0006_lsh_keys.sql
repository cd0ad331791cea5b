-- LSH buckets as one bigint key per band, with a narrow non-unique index (issue 6, scale).
--
-- The bucket hash already mixes in its band (MinHasher.bands XORs the band number in before the final
-- splitmix64), so (band, bucket) packs into the bucket alone: a collision across bands is a 2^-64 event and
-- would only add a candidate, which is verified against the signatures anyway.
--
-- The index holds the key only (16 bytes an entry instead of 32 for the former (band, bucket, article_id)
-- primary key): at a million articles (twenty million rows) it is about half the size, so fewer of its
-- pages miss the buffer cache and fewer full-page images follow each checkpoint. The article comes from
-- the heap, for the few entries that match. There is no unique constraint: dedup writes an article's
-- buckets only when its signature row is inserted or changed (under the story advisory lock), so rows
-- are not repeated, and inserts skip the ON CONFLICT arbiter probe.

CREATE TABLE lsh_keys (
    bucket      bigint NOT NULL,  -- the band's bucket hash, salted with the band number
    article_id  bigint NOT NULL
);

INSERT INTO lsh_keys (bucket, article_id)
SELECT bucket, article_id FROM lsh_buckets ORDER BY article_id, band;

DROP TABLE lsh_buckets;
ALTER TABLE lsh_keys RENAME TO lsh_buckets;

-- No foreign key: a million articles times twenty bands are appended in batches; rows follow articles.
COMMENT ON TABLE lsh_buckets IS
    'LSH band buckets: articles sharing a bucket are near-duplicate candidates (dedup index, not for consumers).';

CREATE INDEX lsh_buckets_bucket_idx ON lsh_buckets (bucket);
