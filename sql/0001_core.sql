-- newsflow core schema: sources, raw documents, articles and their metadata,
-- exact duplicates, quarantine and ingest runs.

CREATE TABLE sources (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    kind        text NOT NULL,
    location    text NOT NULL,
    config      jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- One row per (DAG, source, data interval): rerunning an interval updates the row.
CREATE TABLE ingest_runs (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dag_id          text NOT NULL,
    run_id          text NOT NULL,
    source_id       integer NOT NULL REFERENCES sources (id),
    interval_start  timestamptz NOT NULL,
    interval_end    timestamptz NOT NULL,
    status          text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'success', 'failed')),
    attempts        integer NOT NULL DEFAULT 1,
    started_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    counts          jsonb NOT NULL DEFAULT '{}'::jsonb,
    UNIQUE (dag_id, source_id, interval_start, interval_end),
    CHECK (interval_start <= interval_end)
);

-- Every document as read, before parsing. One row per distinct content at a location.
CREATE TABLE raw_documents (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id        integer NOT NULL REFERENCES sources (id),
    uri              text NOT NULL,
    sha256           text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content          bytea NOT NULL,
    size_bytes       integer NOT NULL,
    published_at     timestamptz,
    published_from   text NOT NULL,
    read_at          timestamptz NOT NULL,
    first_ingest_run_id bigint REFERENCES ingest_runs (id),
    UNIQUE (source_id, uri, sha256)
);
CREATE INDEX raw_documents_published_idx ON raw_documents (source_id, published_at);

-- Which documents an ingest run took (its data interval's documents as of its last attempt).
CREATE TABLE ingest_run_documents (
    ingest_run_id    bigint NOT NULL REFERENCES ingest_runs (id) ON DELETE CASCADE,
    raw_document_id  bigint NOT NULL REFERENCES raw_documents (id),
    PRIMARY KEY (ingest_run_id, raw_document_id)
);

-- One row per distinct article content (exact duplicates link to it in `duplicates`).
CREATE TABLE articles (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    raw_document_id      bigint NOT NULL UNIQUE REFERENCES raw_documents (id),
    source_id            integer NOT NULL REFERENCES sources (id),
    uri                  text NOT NULL,
    title                text NOT NULL,
    title_normalized     text NOT NULL,
    publisher            text,
    publisher_canonical  text,
    published_at         timestamptz,
    published_from       text NOT NULL,
    script               text NOT NULL,
    body_raw             text NOT NULL,
    body_normalized      text NOT NULL,
    folded_key           text NOT NULL,
    key_sha256           text NOT NULL UNIQUE CHECK (key_sha256 ~ '^[0-9a-f]{64}$'),
    paragraph_count      integer NOT NULL,
    parse                jsonb NOT NULL,
    first_ingest_run_id  bigint REFERENCES ingest_runs (id),
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_published_idx ON articles (publisher_canonical, published_at);

CREATE TABLE authors (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name  text NOT NULL UNIQUE
);

CREATE TABLE article_authors (
    article_id  bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position    smallint NOT NULL,
    author_id   bigint NOT NULL REFERENCES authors (id),
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_authors_author_idx ON article_authors (author_id);

CREATE TABLE photos (
    article_id        bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position          smallint NOT NULL,
    caption           text NOT NULL,
    credit_label      text NOT NULL,
    credit            text NOT NULL,
    photographer      text,
    source            text,
    before_paragraph  integer NOT NULL,
    confidence        text NOT NULL CHECK (confidence IN ('high', 'low')),
    PRIMARY KEY (article_id, position)
);
CREATE INDEX photos_photographer_idx ON photos (photographer) WHERE photographer IS NOT NULL;

CREATE TABLE photo_agencies (
    article_id      bigint NOT NULL,
    photo_position  smallint NOT NULL,
    position        smallint NOT NULL,
    agency          text NOT NULL,
    agency_canonical text,
    PRIMARY KEY (article_id, photo_position, position),
    FOREIGN KEY (article_id, photo_position) REFERENCES photos (article_id, position) ON DELETE CASCADE
);
CREATE INDEX photo_agencies_canonical_idx ON photo_agencies (agency_canonical);

CREATE TABLE related_headlines (
    article_id       bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    box              smallint NOT NULL,
    position         smallint NOT NULL,
    heading          text NOT NULL,
    headline         text NOT NULL,
    after_paragraph  integer NOT NULL,
    PRIMARY KEY (article_id, box, position)
);

-- A document whose content repeats an article already loaded. Nothing is deleted.
CREATE TABLE duplicates (
    raw_document_id  bigint PRIMARY KEY REFERENCES raw_documents (id),
    article_id       bigint NOT NULL REFERENCES articles (id),
    method           text NOT NULL CHECK (method IN ('exact')),
    key_sha256       text NOT NULL,
    ingest_run_id    bigint REFERENCES ingest_runs (id),
    detected_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX duplicates_article_idx ON duplicates (article_id);

-- Input that could not go further, with the raw bytes. Nothing is dropped silently.
CREATE TABLE quarantine (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    raw_document_id  bigint REFERENCES raw_documents (id),
    source_id        integer NOT NULL REFERENCES sources (id),
    uri              text NOT NULL,
    sha256           text NOT NULL,
    stage            text NOT NULL,
    reason           text NOT NULL,
    detail           text NOT NULL,
    content          bytea NOT NULL,
    ingest_run_id    bigint REFERENCES ingest_runs (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, uri, sha256, stage)
);
