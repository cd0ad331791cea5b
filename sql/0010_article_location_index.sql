-- Dedup finds an article's earlier versions at its location (same source, same URI: a revision) for every
-- batch. Without an index on the location that lookup read the whole articles table for each batch, a cost
-- that grew with the table (issue 6: flat cost per article). A revision of the same URI is another article,
-- so the index is not unique.
CREATE INDEX articles_location_idx ON articles (source_id, uri);
