-- The LSH bucket index becomes a hash index (issue 6: flat cost per article).
--
-- Dedup probes twenty buckets per new article and inserts twenty, at random places in the key space (the
-- keys are hashes). In the B-tree each probe and insert descends root, inner page and leaf and searches
-- each; as the index grows from two to twenty million entries its leaves fall out of the CPU caches, and
-- a probe or insert cost 30-50% more at a million articles than at a hundred thousand (measured: 6.8 to
-- 8.9 us a probe, 5.5 to 8.2 us an insert, 20k random keys against 2M and 20M entries). A hash index reads
-- the one page of the key's hash bucket: its cost stayed the same at both sizes (6.7-7.2 us a probe,
-- 7.2-9.0 us an insert). Dedup only ever asks `bucket = $1`; it never ranges over buckets or needs them
-- unique, which is all a hash index gives up.
DROP INDEX lsh_buckets_bucket_idx;
CREATE INDEX lsh_buckets_bucket_idx ON lsh_buckets USING hash (bucket);
