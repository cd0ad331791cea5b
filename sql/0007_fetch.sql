-- Fetching from the web: HTTP metadata of stored documents, per-URL fetch state (conditional GET, retries,
-- skips), and the items and fetch batches of each ingest run.

-- How a document came over HTTP (NULL for documents read from a folder).
ALTER TABLE raw_documents
    ADD COLUMN url               text,         -- as requested
    ADD COLUMN final_url         text,         -- after redirects
    ADD COLUMN canonical_url     text,         -- the page's rel=canonical
    ADD COLUMN http_status       smallint,
    ADD COLUMN etag              text,
    ADD COLUMN last_modified     text,
    ADD COLUMN media_type        text,         -- from Content-Type, or forced by the source's parser setting
    ADD COLUMN declared_charset  text,         -- the Content-Type header's charset, as sent
    ADD COLUMN charset           text,         -- the charset the bytes decode with
    ADD COLUMN charset_from      text,         -- header, bom, meta, detected
    ADD COLUMN fetched_at        timestamptz;

-- One row per (source, URL): what the last fetch said. Articles are keyed by their canonical URL; listing
-- pages (feeds, sitemaps, archive and index pages) keep their last body here for the next conditional GET.
CREATE TABLE fetch_state (
    source_id          integer NOT NULL REFERENCES sources (id),
    uri                text NOT NULL,
    role               text NOT NULL DEFAULT 'article' CHECK (role IN ('article', 'listing')),
    status             text NOT NULL CHECK (status IN ('fetched', 'unchanged', 'failed', 'skipped', 'quarantined')),
    reason             text,                   -- why it failed, was skipped or quarantined
    detail             text,
    http_status        smallint,
    etag               text,
    last_modified      text,
    sha256             text,                   -- of the stored copy
    raw_document_id    bigint REFERENCES raw_documents (id),  -- the stored copy (latest revision)
    content            bytea,                  -- listing pages only
    media_type         text,
    charset            text,
    published_at       timestamptz,            -- as listed, so that a later run can fetch a failed item
    published_from     text,
    failures           integer NOT NULL DEFAULT 0,  -- consecutive runs that failed to fetch it
    retry_after        timestamptz,            -- not before (a long Retry-After)
    last_ingest_run_id bigint REFERENCES ingest_runs (id) ON DELETE SET NULL,
    first_seen_at      timestamptz NOT NULL DEFAULT now(),
    fetched_at         timestamptz,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source_id, uri)
);
CREATE INDEX fetch_state_failed_idx ON fetch_state (source_id, updated_at) WHERE status = 'failed';

-- The items a run discovered (and failed items of earlier runs it retries), in fetch batches.
CREATE TABLE ingest_run_items (
    ingest_run_id   bigint NOT NULL REFERENCES ingest_runs (id) ON DELETE CASCADE,
    position        integer NOT NULL,
    batch           integer NOT NULL,
    uri             text NOT NULL,
    published_at    timestamptz,
    published_from  text NOT NULL,
    retry           boolean NOT NULL DEFAULT false,  -- a failed item of an earlier run
    PRIMARY KEY (ingest_run_id, position)
);
CREATE INDEX ingest_run_items_batch_idx ON ingest_run_items (ingest_run_id, batch);

-- One row per fetch batch of a run: its retry budget and, once fetched, its counts.
CREATE TABLE ingest_run_batches (
    ingest_run_id  bigint NOT NULL REFERENCES ingest_runs (id) ON DELETE CASCADE,
    batch          integer NOT NULL,
    items          integer NOT NULL,
    retry_budget   integer NOT NULL,
    counts         jsonb,
    fetched_at     timestamptz,
    PRIMARY KEY (ingest_run_id, batch)
);

-- A document a run found unchanged (304, or the same bytes) and already processed: not parsed again.
ALTER TABLE ingest_run_documents ADD COLUMN unchanged boolean NOT NULL DEFAULT false;
