-- The consumer layer: views that are the contract for people who query the news DB (psql, BI tools, services),
-- the read-only role newsflow_reader, Chinese full-text search across scripts, and indexes for the common
-- questions. The tables underneath may change; the views keep their columns (new ones are appended).
-- docs/schema.md is generated from this catalog (`newsflow db schema-doc`).

-- == Indexes for the common questions ===========================================================================

-- articles and stories by date across publishers (by publisher and date: articles_published_idx of 0001)
CREATE INDEX articles_published_at_idx ON articles (published_at);
-- everything credited to an agency, by the name the views show (canonical, else as written)
CREATE INDEX photo_agencies_agency_idx ON photo_agencies ((coalesce(agency_canonical, agency)));
-- a run's documents and articles
CREATE INDEX articles_first_ingest_run_idx ON articles (first_ingest_run_id);

-- == Search: script folding in SQL, character bigrams ===========================================================

-- How a text is folded across scripts (OpenCC hk2s, then case-folded), as data: single characters and the
-- phrases OpenCC converts otherwise than character by character (復甦 -> 复苏, where 甦 alone stays 甦).
-- Filled at the end of this file (generated from OpenCC by `python -m newsflow.db.search`, checked by the tests).
CREATE TABLE fold_map (
    source  text PRIMARY KEY,
    folded  text NOT NULL
);
CREATE INDEX fold_map_phrase_idx ON fold_map (left(source, 1)) WHERE char_length(source) > 1;
-- The characters folding keeps (letters and digits, Python's str.isalnum), as code point ranges.
CREATE TABLE fold_ranges (
    first_cp  integer PRIMARY KEY,
    last_cp   integer NOT NULL CHECK (last_cp >= first_cp)
);

-- The Python fold of newsflow.normalize, in SQL: NFKC, then at each position the longest phrase or the character
-- of fold_map, then only letters and digits (fold_ranges). Used for queries; articles.folded_key was folded by
-- Python at load. The table lookups are done once per call, for the characters and phrases the text holds.
CREATE FUNCTION newsflow_fold(query text) RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    s constant text := normalize(query, NFKC);
    chars constant text[] := string_to_array(s, NULL);
    n constant integer := coalesce(array_length(chars, 1), 0);
    mapped jsonb;    -- character or phrase -> folded, for those in the text
    dropped jsonb;   -- characters of the text that are not letters or digits
    longest integer;
    i integer := 1;
    k integer;
    piece text;
    folded text := '';
BEGIN
    -- the characters of the text, and the phrases it holds
    SELECT coalesce(jsonb_object_agg(m.source, m.folded), '{}'), coalesce(max(char_length(m.source)), 1)
      INTO mapped, longest
      FROM (SELECT c.source, c.folded FROM fold_map c WHERE c.source = ANY (chars)
            UNION ALL
            SELECT p.source, p.folded FROM fold_map p
             WHERE char_length(p.source) > 1 AND left(p.source, 1) = ANY (chars) AND strpos(s, p.source) > 0) m;
    SELECT coalesce(jsonb_object_agg(c.ch, true), '{}') INTO dropped
      FROM (SELECT DISTINCT ch FROM unnest(chars) AS ch) c
     WHERE coalesce((SELECT r.last_cp FROM fold_ranges r WHERE r.first_cp <= ascii(c.ch)
                      ORDER BY r.first_cp DESC LIMIT 1), -1) < ascii(c.ch);
    WHILE i <= n LOOP
        k := least(longest, n - i + 1);
        WHILE k > 1 LOOP
            piece := array_to_string(chars[i:i + k - 1], '');
            EXIT WHEN mapped ? piece;
            k := k - 1;
        END LOOP;
        piece := CASE WHEN k > 1 THEN piece ELSE chars[i] END;
        IF mapped ? piece THEN
            folded := folded || (mapped ->> piece);
        ELSIF NOT dropped ? piece THEN
            folded := folded || piece;
        END IF;
        i := i + k;
    END LOOP;
    RETURN folded;
END
$$;

-- Character bigrams of a folded text (letters and digits only, no spaces) as a tsvector without positions, plus
-- the last character alone: a word of two characters or more is found by its bigrams, one character by prefix.
-- Only the first 50,000 characters are indexed (a tsvector holds at most 1 MB). Not inlined (SET) and with its
-- real cost, so that the planner never computes it row by row over the table.
CREATE FUNCTION newsflow_bigrams(folded text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 10000 SET search_path = pg_catalog
BEGIN ATOMIC
    SELECT array_to_tsvector(coalesce(array_agg(pair.first || coalesce(pair.second, '')), '{}'))
      FROM (SELECT string_to_array(left(folded, 50000), NULL) AS chars) AS c,
           unnest(c.chars, c.chars[2:]) AS pair(first, second);
END;

CREATE INDEX articles_search_idx ON articles USING gin (newsflow_bigrams(folded_key));

-- The folded title: the start of folded_key (title, then body), as many characters as the title has letters and
-- digits (punctuation, symbols and spaces are not counted; exact for the titles of the demo corpus).
CREATE FUNCTION newsflow_title_key(folded_key text, title text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog
RETURN left(folded_key, char_length(regexp_replace(title,
    '[\s!-/:-@\[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u2bff\u3000-\u303f\ufe30-\ufe4f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]',
    '', 'g')));

CREATE INDEX articles_title_search_idx ON articles
    USING gin (newsflow_bigrams(newsflow_title_key(folded_key, title_normalized)));

-- No statistics for the two search expressions: ANALYZE would compute the bigrams of its whole sample (30,000
-- articles, about 20 s) each time, and the plans search wants (index matches, then sorted) need none.
ALTER INDEX articles_search_idx ALTER COLUMN 1 SET STATISTICS 0;
ALTER INDEX articles_title_search_idx ALTER COLUMN 1 SET STATISTICS 0;

-- The tsquery that finds folded terms: every term's bigrams (non-overlapping, plus the last one), a
-- one-character term as a prefix. It is exact for terms of one or two characters; longer ones are checked.
CREATE FUNCTION newsflow_search_tsquery(terms text[]) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT string_agg(CASE WHEN char_length(t) = 1 THEN quote_literal(t) || ':*' ELSE quote_literal(b.bigram) END,
                      ' & ')::tsquery
      FROM unnest(terms) AS t
      LEFT JOIN LATERAL (
          SELECT DISTINCT substr(t, k, 2) AS bigram
            FROM unnest(ARRAY(SELECT generate_series(1, char_length(t) - 1, 2)) || (char_length(t) - 1)) AS k
      ) b ON char_length(t) > 1
     WHERE t <> '';
END;

-- Ranking: articles whose title holds every term first, then those whose body does; newest first in each group.
-- Each group is its index's matches sorted by date: the text itself is read only to check a term of three
-- characters or more, newest candidate first until there are enough, so a common word stays cheap.
CREATE FUNCTION newsflow_search(query text, max_results integer DEFAULT 20,
                                published_after timestamptz DEFAULT NULL, published_before timestamptz DEFAULT NULL)
RETURNS TABLE (rank integer, article_id bigint, title text, publisher_canonical text, published_at timestamptz,
               script text, uri text, story_id bigint, is_canonical boolean, in_title boolean, occurrences integer)
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    terms text[];
    q tsquery;
    check_terms boolean;  -- the bigrams of a term of three characters or more may be found apart
BEGIN
    SELECT array_agg(DISTINCT f.term) INTO terms
      FROM (SELECT newsflow_fold(w) AS term FROM regexp_split_to_table(query, '\s+') AS w) f
     WHERE f.term <> '';
    IF terms IS NULL OR max_results < 1 THEN
        RETURN;
    END IF;
    q := newsflow_search_tsquery(terms);
    check_terms := (SELECT max(char_length(t)) > 2 FROM unnest(terms) t);
    RETURN QUERY
    -- candidates newest first; a term of three characters or more is then checked in that order, until enough
    WITH in_titles AS (
        SELECT c.id
          FROM (SELECT a.id, a.folded_key, a.title_normalized
                  FROM articles a
                 WHERE newsflow_bigrams(newsflow_title_key(a.folded_key, a.title_normalized)) @@ q
                   AND (published_after IS NULL OR a.published_at >= published_after)
                   AND (published_before IS NULL OR a.published_at < published_before)
                 ORDER BY a.published_at DESC NULLS LAST, a.id DESC
                OFFSET 0) c
         WHERE NOT check_terms OR (SELECT bool_and(strpos(newsflow_title_key(c.folded_key, c.title_normalized), t) > 0)
                                     FROM unnest(terms) t)
         LIMIT max_results
    ), in_bodies AS (
        SELECT c.id
          FROM (SELECT a.id, a.folded_key
                  FROM articles a
                 WHERE newsflow_bigrams(a.folded_key) @@ q
                   AND (published_after IS NULL OR a.published_at >= published_after)
                   AND (published_before IS NULL OR a.published_at < published_before)
                   AND a.id NOT IN (SELECT id FROM in_titles)
                 ORDER BY a.published_at DESC NULLS LAST, a.id DESC
                OFFSET 0) c
         WHERE NOT check_terms OR (SELECT bool_and(strpos(c.folded_key, t) > 0) FROM unnest(terms) t)
         LIMIT max_results
    ), hits AS (
        SELECT id, true AS in_title FROM in_titles
        UNION ALL
        SELECT id, false FROM in_bodies
    )
    SELECT (row_number() OVER (ORDER BY h.in_title DESC, a.published_at DESC NULLS LAST, a.id DESC))::int,
           a.id, a.title, a.publisher_canonical, a.published_at, a.script, a.uri, sm.story_id,
           sm.relation = 'canonical', h.in_title,
           (SELECT sum((char_length(a.folded_key) - char_length(replace(a.folded_key, t, ''))) / char_length(t))::int
              FROM unnest(terms) t)
      FROM hits h
      JOIN articles a ON a.id = h.id
      LEFT JOIN story_members sm ON sm.article_id = a.id
     ORDER BY 1
     LIMIT max_results;
END
$$;

-- == Consumer views =============================================================================================
-- Per-row views join their article (title, publisher, date) so that most questions need one view; a filter on a
-- view column that maps to an indexed column uses the index (see README "Querying").

-- The publishers are found by skipping through articles_published_idx (one probe per publisher), and each one's
-- figures come from its own range of that index: no scan of the whole table.
CREATE VIEW publishers_v AS
WITH RECURSIVE publishers AS (
    (SELECT a.publisher_canonical AS publisher FROM articles a
      WHERE a.publisher_canonical IS NOT NULL ORDER BY a.publisher_canonical LIMIT 1)
    UNION ALL
    SELECT (SELECT a.publisher_canonical FROM articles a
             WHERE a.publisher_canonical > p.publisher ORDER BY a.publisher_canonical LIMIT 1)
      FROM publishers p
     WHERE p.publisher IS NOT NULL
)
SELECT p.publisher,
       (SELECT a.publisher_latin FROM articles a
         WHERE a.publisher_canonical = p.publisher AND a.publisher_latin IS NOT NULL LIMIT 1) AS publisher_latin,
       (SELECT count(*)::int FROM articles a WHERE a.publisher_canonical = p.publisher)  AS articles,
       (SELECT min(a.published_at) FROM articles a WHERE a.publisher_canonical = p.publisher) AS first_published_at,
       (SELECT max(a.published_at) FROM articles a WHERE a.publisher_canonical = p.publisher) AS last_published_at
  FROM publishers p
 WHERE p.publisher IS NOT NULL;

CREATE VIEW article_authors_v AS
SELECT w.name                                 AS author,
       aa.position                            AS author_position,
       aa.article_id,
       a.title,
       a.publisher_canonical,
       a.published_at,
       a.uri
  FROM article_authors aa
  JOIN authors w ON w.id = aa.author_id
  JOIN articles a ON a.id = aa.article_id;

CREATE VIEW photos_v AS
SELECT p.article_id,
       p.position                             AS photo_position,
       p.caption,
       p.credit_label,
       p.credit,
       p.photographer,
       coalesce(g.agencies, '{}')             AS agencies,
       coalesce(g.agencies_as_written, '{}')  AS agencies_as_written,
       p.source,
       p.before_paragraph,
       p.confidence,
       a.title,
       a.publisher_canonical,
       a.published_at
  FROM photos p
  JOIN articles a ON a.id = p.article_id
  LEFT JOIN LATERAL (
      SELECT array_agg(coalesce(pa.agency_canonical, pa.agency) ORDER BY pa.position) AS agencies,
             array_agg(pa.agency ORDER BY pa.position)                                AS agencies_as_written
        FROM photo_agencies pa
       WHERE pa.article_id = p.article_id AND pa.photo_position = p.position
  ) g ON true;

CREATE VIEW agency_credits_v AS
SELECT coalesce(pa.agency_canonical, pa.agency) AS agency,
       pa.agency                              AS agency_as_written,
       pa.article_id,
       pa.photo_position,
       pa.position                            AS agency_position,
       p.photographer,
       p.caption,
       p.credit,
       a.title,
       a.publisher_canonical,
       a.published_at
  FROM photo_agencies pa
  JOIN photos p ON p.article_id = pa.article_id AND p.position = pa.photo_position
  JOIN articles a ON a.id = pa.article_id;

CREATE VIEW agencies_v AS
SELECT coalesce(pa.agency_canonical, pa.agency)           AS agency,
       count(*)::int                                      AS photos,
       count(DISTINCT pa.article_id)::int                 AS articles,
       array_agg(DISTINCT pa.agency ORDER BY pa.agency)   AS spellings,
       min(a.published_at)                                AS first_credited_at,
       max(a.published_at)                                AS last_credited_at
  FROM photo_agencies pa
  JOIN articles a ON a.id = pa.article_id
 GROUP BY coalesce(pa.agency_canonical, pa.agency);

CREATE VIEW quotes_v AS
SELECT q.article_id,
       q.position                             AS quote_position,
       q.speaker,
       q.quote,
       q.paragraph,
       a.title,
       a.publisher_canonical,
       a.published_at
  FROM quotes q
  JOIN articles a ON a.id = q.article_id;

CREATE VIEW article_people_v AS
SELECT pp.name                                AS person,
       ap.person_id,
       ap.aliases,
       ap.position                            AS person_position,
       ap.article_id,
       qc.quotes,
       a.title,
       a.publisher_canonical,
       a.published_at
  FROM article_people ap
  JOIN people pp ON pp.id = ap.person_id
  JOIN articles a ON a.id = ap.article_id
  CROSS JOIN LATERAL (
      SELECT count(*)::int AS quotes
        FROM quotes qq
       WHERE qq.article_id = ap.article_id AND (qq.speaker = pp.name OR qq.speaker = ANY (ap.aliases))
  ) qc;

CREATE VIEW people_v AS
SELECT pp.id                                  AS person_id,
       pp.name,
       n.articles,
       coalesce(al.aliases, '{}')             AS aliases,
       qc.quotes,
       n.first_named_at,
       n.last_named_at
  FROM people pp
  CROSS JOIN LATERAL (
      SELECT count(*)::int AS articles, min(a.published_at) AS first_named_at, max(a.published_at) AS last_named_at
        FROM article_people ap JOIN articles a ON a.id = ap.article_id
       WHERE ap.person_id = pp.id
  ) n
  CROSS JOIN LATERAL (
      SELECT array_agg(DISTINCT x.alias ORDER BY x.alias) AS aliases
        FROM article_people ap, unnest(ap.aliases) AS x(alias)
       WHERE ap.person_id = pp.id
  ) al
  CROSS JOIN LATERAL (
      SELECT count(*)::int AS quotes
        FROM article_people ap JOIN quotes qq ON qq.article_id = ap.article_id
       WHERE ap.person_id = pp.id AND (qq.speaker = pp.name OR qq.speaker = ANY (ap.aliases))
  ) qc;

CREATE VIEW duplicates_v AS
SELECT d.raw_document_id                      AS document_id,
       s.name                                 AS source,
       rd.uri,
       rd.published_at,
       d.article_id,
       a.uri                                  AS article_uri,
       d.relation,
       d.ingest_run_id,
       d.detected_at
  FROM duplicates d
  JOIN raw_documents rd ON rd.id = d.raw_document_id
  JOIN sources s ON s.id = rd.source_id
  JOIN articles a ON a.id = d.article_id;

CREATE VIEW quarantine_v AS
SELECT q.id                                   AS quarantine_id,
       s.name                                 AS source,
       q.uri,
       q.stage,
       q.reason,
       q.detail,
       octet_length(q.content)                AS size_bytes,
       q.sha256,
       q.ingest_run_id,
       q.created_at
  FROM quarantine q
  JOIN sources s ON s.id = q.source_id;

CREATE VIEW ingest_runs_v AS
SELECT r.id                                   AS ingest_run_id,
       s.name                                 AS source,
       r.dag_id,
       r.run_id,
       r.interval_start,
       r.interval_end,
       r.status,
       r.attempts,
       r.started_at,
       r.finished_at,
       r.finished_at - r.started_at           AS duration,
       (r.counts ->> 'discovered')::int       AS discovered,
       (r.counts ->> 'unreadable')::int       AS unreadable,
       (r.counts ->> 'articles')::int         AS articles,
       (r.counts ->> 'duplicates')::int       AS duplicates,
       (r.counts ->> 'quarantined')::int      AS quarantined,
       r.counts
  FROM ingest_runs r
  JOIN sources s ON s.id = r.source_id;

-- == Comments: every view and column (docs/schema.md is generated from them) ====================================

COMMENT ON VIEW articles_v IS
    'One row per distinct article (exact repeats are in duplicates_v): its metadata, authors, photo credits, people and story.';
COMMENT ON COLUMN articles_v.article_id IS 'The article''s id (articles.id), the key every other view refers to.';
COMMENT ON COLUMN articles_v.source IS 'The configured source the article was read from (sources.toml).';
COMMENT ON COLUMN articles_v.uri IS 'Where the article was read, relative to its source (a file path or URL).';
COMMENT ON COLUMN articles_v.title IS 'The headline as written, without the publisher suffix or prefix.';
COMMENT ON COLUMN articles_v.publisher IS 'The publisher as written in the title (彭博社, Reuters, 路透社); null when the title names none.';
COMMENT ON COLUMN articles_v.publisher_canonical IS 'One Chinese name per publisher from the lexicon (彭博社 for 彭博, Bloomberg); unknown ones as written.';
COMMENT ON COLUMN articles_v.published_at IS 'When the article was published (its date folder, else the file time).';
COMMENT ON COLUMN articles_v.published_from IS 'Where published_at came from (folder, mtime, ...).';
COMMENT ON COLUMN articles_v.script IS 'The script detected: zh-Hant-HK, zh-Hant-TW, zh-Hans or und.';
COMMENT ON COLUMN articles_v.paragraph_count IS 'Number of body paragraphs.';
COMMENT ON COLUMN articles_v.authors IS 'Authors of the byline in order (empty or null when none).';
COMMENT ON COLUMN articles_v.photo_count IS 'Number of photos with a caption or credit.';
COMMENT ON COLUMN articles_v.photographers IS 'Photographers of the photos, in photo order.';
COMMENT ON COLUMN articles_v.agencies IS 'Distinct agencies credited on the photos (canonical names where known).';
COMMENT ON COLUMN articles_v.photo_sources IS 'Photo sources (organisations credited with 來源), in photo order.';
COMMENT ON COLUMN articles_v.duplicate_count IS 'Exact repeats of the article (same folded text, any script) seen as other documents.';
COMMENT ON COLUMN articles_v.body_normalized IS 'The body, one paragraph per line, normalized (NFC, spacing and punctuation), in its own script.';
COMMENT ON COLUMN articles_v.first_ingest_run_id IS 'The ingest run that first loaded the article (ingest_runs_v).';
COMMENT ON COLUMN articles_v.created_at IS 'When the article row was first written.';
COMMENT ON COLUMN articles_v.story_id IS 'The story (stories_v) the article belongs to: itself and its near-duplicates.';
COMMENT ON COLUMN articles_v.story_relation IS 'How the article relates to its story''s canonical article: canonical, near-duplicate, other-script, revision, re-translation, exact.';
COMMENT ON COLUMN articles_v.story_similarity IS 'Estimated similarity (0-1) to the story''s canonical article.';
COMMENT ON COLUMN articles_v.is_canonical IS 'True for the article that represents its story.';
COMMENT ON COLUMN articles_v.publisher_latin IS 'The publisher''s Latin name from the lexicon (Bloomberg); null when unknown.';
COMMENT ON COLUMN articles_v.byline IS 'The byline line as written; null when the article has none.';
COMMENT ON COLUMN articles_v.dateline_text IS 'The dateline opening the first paragraph as written (倫敦,7月18日(路透社)——).';
COMMENT ON COLUMN articles_v.dateline_place IS 'The dateline''s place.';
COMMENT ON COLUMN articles_v.dateline_date IS 'The dateline''s date (year from the fetch date).';
COMMENT ON COLUMN articles_v.dateline_agency IS 'The agency named in the dateline.';
COMMENT ON COLUMN articles_v.topics IS 'Topic footer entries, in order.';
COMMENT ON COLUMN articles_v.signoff IS 'A newsletter sign-off name closing the article.';
COMMENT ON COLUMN articles_v.crawl_date IS 'The date of a crawler prefix before the title.';
COMMENT ON COLUMN articles_v.low_confidence_credits IS 'Photos whose credit split was guessed (confidence low).';
COMMENT ON COLUMN articles_v.people IS 'People named in the article, in order of first appearance (people_v).';
COMMENT ON COLUMN articles_v.quote_count IS 'Attributed quotations in the article (quotes_v).';

COMMENT ON VIEW stories_v IS
    'One row per story (an article and its near-duplicates, re-translations and copies in other scripts): its canonical article and counts.';
COMMENT ON COLUMN stories_v.story_id IS 'The story''s id (articles_v.story_id).';
COMMENT ON COLUMN stories_v.canonical_article_id IS 'The article that represents the story (articles_v).';
COMMENT ON COLUMN stories_v.title IS 'The canonical article''s title.';
COMMENT ON COLUMN stories_v.publisher_canonical IS 'The canonical article''s publisher.';
COMMENT ON COLUMN stories_v.published_at IS 'When the canonical article was published.';
COMMENT ON COLUMN stories_v.first_published_at IS 'Earliest publication among the story''s articles.';
COMMENT ON COLUMN stories_v.last_published_at IS 'Latest publication among the story''s articles.';
COMMENT ON COLUMN stories_v.articles IS 'Distinct articles in the story.';
COMMENT ON COLUMN stories_v.versions IS 'Articles plus their exact repeats (documents).';
COMMENT ON COLUMN stories_v.relations IS 'Number of articles per relation to the canonical one, as JSON ({"canonical": 1, "near-duplicate": 2}).';
COMMENT ON COLUMN stories_v.canonical_rule IS 'The rule that chose the canonical article: earliest or most-complete.';
COMMENT ON COLUMN stories_v.updated_at IS 'When the story last changed (a member joined or the canonical article changed).';

COMMENT ON VIEW publishers_v IS 'One row per publisher (canonical name): how many articles, first and last publication.';
COMMENT ON COLUMN publishers_v.publisher IS 'The publisher''s canonical name (articles_v.publisher_canonical).';
COMMENT ON COLUMN publishers_v.publisher_latin IS 'Its Latin name from the lexicon; null when unknown.';
COMMENT ON COLUMN publishers_v.articles IS 'Distinct articles of the publisher.';
COMMENT ON COLUMN publishers_v.first_published_at IS 'Its earliest article.';
COMMENT ON COLUMN publishers_v.last_published_at IS 'Its latest article.';

COMMENT ON VIEW article_authors_v IS 'One row per author of an article, in byline order: an author''s articles.';
COMMENT ON COLUMN article_authors_v.author IS 'The author''s name as written in the byline.';
COMMENT ON COLUMN article_authors_v.author_position IS 'Position in the byline, from 0.';
COMMENT ON COLUMN article_authors_v.article_id IS 'The article (articles_v).';
COMMENT ON COLUMN article_authors_v.title IS 'The article''s title.';
COMMENT ON COLUMN article_authors_v.publisher_canonical IS 'The article''s publisher.';
COMMENT ON COLUMN article_authors_v.published_at IS 'When the article was published.';
COMMENT ON COLUMN article_authors_v.uri IS 'Where the article was read.';

COMMENT ON VIEW photos_v IS 'One row per photo of an article: caption, credit and its split into photographer, agencies and source.';
COMMENT ON COLUMN photos_v.article_id IS 'The article (articles_v).';
COMMENT ON COLUMN photos_v.photo_position IS 'Position of the photo in the article, from 0.';
COMMENT ON COLUMN photos_v.caption IS 'The caption as written; empty when the credit has none.';
COMMENT ON COLUMN photos_v.credit_label IS 'The credit''s label as written (攝影師, 來源, Photographer); empty for unlabelled credits.';
COMMENT ON COLUMN photos_v.credit IS 'The credit as written after its label.';
COMMENT ON COLUMN photos_v.photographer IS 'The photographer named in the credit; null when none.';
COMMENT ON COLUMN photos_v.agencies IS 'Agencies credited, in order, by canonical name where known.';
COMMENT ON COLUMN photos_v.agencies_as_written IS 'The same agencies as written in the credit.';
COMMENT ON COLUMN photos_v.source IS 'The organisation credited as source (來源); null when none.';
COMMENT ON COLUMN photos_v.before_paragraph IS 'Index of the paragraph the photo precedes (the paragraph count when last).';
COMMENT ON COLUMN photos_v.confidence IS 'high, or low when the end or split of the credit was guessed.';
COMMENT ON COLUMN photos_v.title IS 'The article''s title.';
COMMENT ON COLUMN photos_v.publisher_canonical IS 'The article''s publisher.';
COMMENT ON COLUMN photos_v.published_at IS 'When the article was published.';

COMMENT ON VIEW agency_credits_v IS 'One row per agency credited on a photo: everything credited to an agency.';
COMMENT ON COLUMN agency_credits_v.agency IS 'The agency''s canonical name where known, else as written (indexed).';
COMMENT ON COLUMN agency_credits_v.agency_as_written IS 'The agency as written in the credit.';
COMMENT ON COLUMN agency_credits_v.article_id IS 'The article (articles_v).';
COMMENT ON COLUMN agency_credits_v.photo_position IS 'The photo (photos_v.photo_position).';
COMMENT ON COLUMN agency_credits_v.agency_position IS 'Position of the agency in the credit, from 0.';
COMMENT ON COLUMN agency_credits_v.photographer IS 'The photo''s photographer; null when none.';
COMMENT ON COLUMN agency_credits_v.caption IS 'The photo''s caption.';
COMMENT ON COLUMN agency_credits_v.credit IS 'The photo''s credit as written.';
COMMENT ON COLUMN agency_credits_v.title IS 'The article''s title.';
COMMENT ON COLUMN agency_credits_v.publisher_canonical IS 'The article''s publisher.';
COMMENT ON COLUMN agency_credits_v.published_at IS 'When the article was published.';

COMMENT ON VIEW agencies_v IS 'One row per agency credited on photos: how many photos and articles, spellings, first and last credit.';
COMMENT ON COLUMN agencies_v.agency IS 'The agency''s canonical name where known, else as written.';
COMMENT ON COLUMN agencies_v.photos IS 'Photos crediting the agency.';
COMMENT ON COLUMN agencies_v.articles IS 'Articles with a photo crediting the agency.';
COMMENT ON COLUMN agencies_v.spellings IS 'The ways the agency is written in credits.';
COMMENT ON COLUMN agencies_v.first_credited_at IS 'Publication of the earliest article crediting it.';
COMMENT ON COLUMN agencies_v.last_credited_at IS 'Publication of the latest article crediting it.';

COMMENT ON VIEW quotes_v IS 'One row per quotation attributed in an article''s text.';
COMMENT ON COLUMN quotes_v.article_id IS 'The article (articles_v).';
COMMENT ON COLUMN quotes_v.quote_position IS 'Position of the quotation in the article, from 0.';
COMMENT ON COLUMN quotes_v.speaker IS 'The speaker as written, without job title; null for a pronoun (他說).';
COMMENT ON COLUMN quotes_v.quote IS 'The words inside the quotation marks.';
COMMENT ON COLUMN quotes_v.paragraph IS 'Index of the paragraph holding the quotation.';
COMMENT ON COLUMN quotes_v.title IS 'The article''s title.';
COMMENT ON COLUMN quotes_v.publisher_canonical IS 'The article''s publisher.';
COMMENT ON COLUMN quotes_v.published_at IS 'When the article was published.';

COMMENT ON VIEW article_people_v IS 'One row per person named in an article: articles naming a person.';
COMMENT ON COLUMN article_people_v.person IS 'The person''s name, as first spelt in some article (people_v.name).';
COMMENT ON COLUMN article_people_v.person_id IS 'The person (people_v).';
COMMENT ON COLUMN article_people_v.aliases IS 'Other spellings of the person in this article.';
COMMENT ON COLUMN article_people_v.person_position IS 'Order of first appearance in the article, from 0.';
COMMENT ON COLUMN article_people_v.article_id IS 'The article (articles_v).';
COMMENT ON COLUMN article_people_v.quotes IS 'Quotations in this article whose speaker is the person''s name or one of these aliases.';
COMMENT ON COLUMN article_people_v.title IS 'The article''s title.';
COMMENT ON COLUMN article_people_v.publisher_canonical IS 'The article''s publisher.';
COMMENT ON COLUMN article_people_v.published_at IS 'When the article was published.';

COMMENT ON VIEW people_v IS 'One row per person named in articles: how many articles name them and how many quotations are theirs.';
COMMENT ON COLUMN people_v.person_id IS 'The person''s id (article_people_v.person_id).';
COMMENT ON COLUMN people_v.name IS 'The name as first spelt in some article; the same spelling elsewhere is the same person.';
COMMENT ON COLUMN people_v.articles IS 'Articles naming the person.';
COMMENT ON COLUMN people_v.aliases IS 'Other spellings used for the person, across articles.';
COMMENT ON COLUMN people_v.quotes IS 'Quotations whose speaker is the person''s name or one of its aliases in that article.';
COMMENT ON COLUMN people_v.first_named_at IS 'Publication of the earliest article naming the person.';
COMMENT ON COLUMN people_v.last_named_at IS 'Publication of the latest article naming the person.';

COMMENT ON VIEW duplicates_v IS 'One row per document that repeats an article exactly (same folded text, any script); nothing is deleted.';
COMMENT ON COLUMN duplicates_v.document_id IS 'The repeating document.';
COMMENT ON COLUMN duplicates_v.source IS 'Its source.';
COMMENT ON COLUMN duplicates_v.uri IS 'Where the repeat was read.';
COMMENT ON COLUMN duplicates_v.published_at IS 'When the repeat was published.';
COMMENT ON COLUMN duplicates_v.article_id IS 'The article it repeats (articles_v).';
COMMENT ON COLUMN duplicates_v.article_uri IS 'Where that article was read.';
COMMENT ON COLUMN duplicates_v.relation IS 'exact (same script) or other-script.';
COMMENT ON COLUMN duplicates_v.ingest_run_id IS 'The run that found the repeat (ingest_runs_v).';
COMMENT ON COLUMN duplicates_v.detected_at IS 'When the repeat was found.';

COMMENT ON VIEW quarantine_v IS 'One row per rejected document, with the stage and reason (the bytes stay in the quarantine table).';
COMMENT ON COLUMN quarantine_v.quarantine_id IS 'The rejection''s id.';
COMMENT ON COLUMN quarantine_v.source IS 'The source of the document.';
COMMENT ON COLUMN quarantine_v.uri IS 'Where the document was read.';
COMMENT ON COLUMN quarantine_v.stage IS 'The stage that rejected it: read, decode or parse.';
COMMENT ON COLUMN quarantine_v.reason IS 'Why: unreadable, too_large, empty, not_utf8, no_title, no_body, parser_error.';
COMMENT ON COLUMN quarantine_v.detail IS 'A human-readable detail (the first 2,000 characters).';
COMMENT ON COLUMN quarantine_v.size_bytes IS 'Size of the rejected document.';
COMMENT ON COLUMN quarantine_v.sha256 IS 'SHA-256 of the rejected bytes.';
COMMENT ON COLUMN quarantine_v.ingest_run_id IS 'The run that rejected it (ingest_runs_v).';
COMMENT ON COLUMN quarantine_v.created_at IS 'When it was rejected.';

COMMENT ON VIEW ingest_runs_v IS 'One row per ingest run (DAG, source, data interval): status, attempts, timing and counts.';
COMMENT ON COLUMN ingest_runs_v.ingest_run_id IS 'The run''s id.';
COMMENT ON COLUMN ingest_runs_v.source IS 'The source it ingested.';
COMMENT ON COLUMN ingest_runs_v.dag_id IS 'The Airflow DAG (newsflow_cli when run from the command line).';
COMMENT ON COLUMN ingest_runs_v.run_id IS 'The Airflow run id of the last attempt.';
COMMENT ON COLUMN ingest_runs_v.interval_start IS 'Start of the data interval (inclusive).';
COMMENT ON COLUMN ingest_runs_v.interval_end IS 'End of the data interval (exclusive).';
COMMENT ON COLUMN ingest_runs_v.status IS 'running, success or failed.';
COMMENT ON COLUMN ingest_runs_v.attempts IS 'How many times the interval was run.';
COMMENT ON COLUMN ingest_runs_v.started_at IS 'Start of the last attempt.';
COMMENT ON COLUMN ingest_runs_v.finished_at IS 'End of the last attempt; null while running.';
COMMENT ON COLUMN ingest_runs_v.duration IS 'finished_at - started_at.';
COMMENT ON COLUMN ingest_runs_v.discovered IS 'Documents found in the interval.';
COMMENT ON COLUMN ingest_runs_v.unreadable IS 'Documents that could not be read (quarantined at read).';
COMMENT ON COLUMN ingest_runs_v.articles IS 'Documents that are an article of their own.';
COMMENT ON COLUMN ingest_runs_v.duplicates IS 'Documents that repeat an article exactly.';
COMMENT ON COLUMN ingest_runs_v.quarantined IS 'Documents rejected at decode or parse.';
COMMENT ON COLUMN ingest_runs_v.counts IS 'Every count of the run as JSON, including stories per relation (story_near_duplicate, ...).';

COMMENT ON TABLE fold_map IS 'Script folding for search: a character or phrase and its folded form (OpenCC hk2s, case-folded).';
COMMENT ON TABLE fold_ranges IS 'Script folding for search: the code point ranges of letters and digits, which folding keeps.';
COMMENT ON FUNCTION newsflow_fold(text) IS
    'A text folded as articles.folded_key is: Simplified, case-folded, letters and digits only (復甦 and 复苏 both give 复苏).';
COMMENT ON FUNCTION newsflow_bigrams(text) IS
    'Character bigrams of a folded text as a tsvector (articles_search_idx indexes newsflow_bigrams(folded_key)).';
COMMENT ON FUNCTION newsflow_search_tsquery(text[]) IS 'The tsquery of folded search terms against newsflow_bigrams.';
COMMENT ON FUNCTION newsflow_title_key(text, text) IS
    'The folded title of an article: the start of its folded_key (articles_title_search_idx indexes its bigrams).';
COMMENT ON FUNCTION newsflow_search(text, integer, timestamptz, timestamptz) IS
    'Articles whose title or body holds every space-separated word of the query, in any script (a Simplified '
    'query finds Traditional articles and the reverse), at most max_results: those whose title holds every word '
    'first, then the others, newest first in each group (rank 1, 2, ...). occurrences counts the words in title '
    'and body. Optional window [published_after, published_before).';

-- == The read-only role ========================================================================================
-- Roles are cluster-wide: the first database migrated creates it, the others find it. Login is disabled; grant it
-- to a login role (README "Querying").

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'newsflow_reader') THEN
        CREATE ROLE newsflow_reader NOLOGIN;
        COMMENT ON ROLE newsflow_reader IS 'Reads the newsflow consumer views (*_v) and calls newsflow_search; nothing else.';
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;  -- created meanwhile by the migration of another database of this cluster
END
$$;

GRANT USAGE ON SCHEMA public TO newsflow_reader;
GRANT SELECT ON articles_v, stories_v, publishers_v, article_authors_v, photos_v, agency_credits_v, agencies_v,
                quotes_v, article_people_v, people_v, duplicates_v, quarantine_v, ingest_runs_v
   TO newsflow_reader;
REVOKE EXECUTE ON FUNCTION newsflow_search(text, integer, timestamptz, timestamptz), newsflow_fold(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION newsflow_search(text, integer, timestamptz, timestamptz), newsflow_fold(text)
   TO newsflow_reader;

-- == Fold data: generated by `python -m newsflow.db.search`, do not edit below ==
-- From OpenCC 1.4.2 (hk2s) and the Unicode tables of Python 3.11; tests/db/test_consumer.py checks it against
-- newsflow.normalize.fold.

-- 6629 characters and 407 phrases that fold to something else
INSERT INTO fold_map (source, folded) VALUES
('A','a'),('B','b'),('C','c'),('D','d'),('E','e'),('F','f'),('G','g'),('H','h'),('I','i'),('J','j'),('K','k'),('L','l'),
('M','m'),('N','n'),('O','o'),('P','p'),('Q','q'),('R','r'),('S','s'),('T','t'),('U','u'),('V','v'),('W','w'),('X','x'),
('Y','y'),('Z','z'),('µ','μ'),('À','à'),('Á','á'),('Â','â'),('Ã','ã'),('Ä','ä'),('Å','å'),('Æ','æ'),('Ç','ç'),('È','è'),
('É','é'),('Ê','ê'),('Ë','ë'),('Ì','ì'),('Í','í'),('Î','î'),('Ï','ï'),('Ð','ð'),('Ñ','ñ'),('Ò','ò'),('Ó','ó'),('Ô','ô'),
('Õ','õ'),('Ö','ö'),('Ø','ø'),('Ù','ù'),('Ú','ú'),('Û','û'),('Ü','ü'),('Ý','ý'),('Þ','þ'),('ß','ss'),('Ā','ā'),('Ă','ă'),
('Ą','ą'),('Ć','ć'),('Ĉ','ĉ'),('Ċ','ċ'),('Č','č'),('Ď','ď'),('Đ','đ'),('Ē','ē'),('Ĕ','ĕ'),('Ė','ė'),('Ę','ę'),('Ě','ě'),
('Ĝ','ĝ'),('Ğ','ğ'),('Ġ','ġ'),('Ģ','ģ'),('Ĥ','ĥ'),('Ħ','ħ'),('Ĩ','ĩ'),('Ī','ī'),('Ĭ','ĭ'),('Į','į'),('İ','i'),('Ĳ','ĳ'),
('Ĵ','ĵ'),('Ķ','ķ'),('Ĺ','ĺ'),('Ļ','ļ'),('Ľ','ľ'),('Ŀ','ŀ'),('Ł','ł'),('Ń','ń'),('Ņ','ņ'),('Ň','ň'),('ŉ','ʼn'),('Ŋ','ŋ'),
('Ō','ō'),('Ŏ','ŏ'),('Ő','ő'),('Œ','œ'),('Ŕ','ŕ'),('Ŗ','ŗ'),('Ř','ř'),('Ś','ś'),('Ŝ','ŝ'),('Ş','ş'),('Š','š'),('Ţ','ţ'),
('Ť','ť'),('Ŧ','ŧ'),('Ũ','ũ'),('Ū','ū'),('Ŭ','ŭ'),('Ů','ů'),('Ű','ű'),('Ų','ų'),('Ŵ','ŵ'),('Ŷ','ŷ'),('Ÿ','ÿ'),('Ź','ź'),
('Ż','ż'),('Ž','ž'),('ſ','s'),('Ɓ','ɓ'),('Ƃ','ƃ'),('Ƅ','ƅ'),('Ɔ','ɔ'),('Ƈ','ƈ'),('Ɖ','ɖ'),('Ɗ','ɗ'),('Ƌ','ƌ'),('Ǝ','ǝ'),
('Ə','ə'),('Ɛ','ɛ'),('Ƒ','ƒ'),('Ɠ','ɠ'),('Ɣ','ɣ'),('Ɩ','ɩ'),('Ɨ','ɨ'),('Ƙ','ƙ'),('Ɯ','ɯ'),('Ɲ','ɲ'),('Ɵ','ɵ'),('Ơ','ơ'),
('Ƣ','ƣ'),('Ƥ','ƥ'),('Ʀ','ʀ'),('Ƨ','ƨ'),('Ʃ','ʃ'),('Ƭ','ƭ'),('Ʈ','ʈ'),('Ư','ư'),('Ʊ','ʊ'),('Ʋ','ʋ'),('Ƴ','ƴ'),('Ƶ','ƶ'),
('Ʒ','ʒ'),('Ƹ','ƹ'),('Ƽ','ƽ'),('Ǆ','ǆ'),('ǅ','ǆ'),('Ǉ','ǉ'),('ǈ','ǉ'),('Ǌ','ǌ'),('ǋ','ǌ'),('Ǎ','ǎ'),('Ǐ','ǐ'),('Ǒ','ǒ'),
('Ǔ','ǔ'),('Ǖ','ǖ'),('Ǘ','ǘ'),('Ǚ','ǚ'),('Ǜ','ǜ'),('Ǟ','ǟ'),('Ǡ','ǡ'),('Ǣ','ǣ'),('Ǥ','ǥ'),('Ǧ','ǧ'),('Ǩ','ǩ'),('Ǫ','ǫ'),
('Ǭ','ǭ'),('Ǯ','ǯ'),('ǰ','j'),('Ǳ','ǳ'),('ǲ','ǳ'),('Ǵ','ǵ'),('Ƕ','ƕ'),('Ƿ','ƿ'),('Ǹ','ǹ'),('Ǻ','ǻ'),('Ǽ','ǽ'),('Ǿ','ǿ'),
('Ȁ','ȁ'),('Ȃ','ȃ'),('Ȅ','ȅ'),('Ȇ','ȇ'),('Ȉ','ȉ'),('Ȋ','ȋ'),('Ȍ','ȍ'),('Ȏ','ȏ'),('Ȑ','ȑ'),('Ȓ','ȓ'),('Ȕ','ȕ'),('Ȗ','ȗ'),
('Ș','ș'),('Ț','ț'),('Ȝ','ȝ'),('Ȟ','ȟ'),('Ƞ','ƞ'),('Ȣ','ȣ'),('Ȥ','ȥ'),('Ȧ','ȧ'),('Ȩ','ȩ'),('Ȫ','ȫ'),('Ȭ','ȭ'),('Ȯ','ȯ'),
('Ȱ','ȱ'),('Ȳ','ȳ'),('Ⱥ','ⱥ'),('Ȼ','ȼ'),('Ƚ','ƚ'),('Ⱦ','ⱦ'),('Ɂ','ɂ'),('Ƀ','ƀ'),('Ʉ','ʉ'),('Ʌ','ʌ'),('Ɇ','ɇ'),('Ɉ','ɉ'),
('Ɋ','ɋ'),('Ɍ','ɍ'),('Ɏ','ɏ'),('Ͱ','ͱ'),('Ͳ','ͳ'),('Ͷ','ͷ'),('Ϳ','ϳ'),('Ά','ά'),('Έ','έ'),('Ή','ή'),('Ί','ί'),('Ό','ό'),
('Ύ','ύ'),('Ώ','ώ'),('ΐ','ι'),('Α','α'),('Β','β'),('Γ','γ'),('Δ','δ'),('Ε','ε'),('Ζ','ζ'),('Η','η'),('Θ','θ'),('Ι','ι'),
('Κ','κ'),('Λ','λ'),('Μ','μ'),('Ν','ν'),('Ξ','ξ'),('Ο','ο'),('Π','π'),('Ρ','ρ'),('Σ','σ'),('Τ','τ'),('Υ','υ'),('Φ','φ'),
('Χ','χ'),('Ψ','ψ'),('Ω','ω'),('Ϊ','ϊ'),('Ϋ','ϋ'),('ΰ','υ'),('ς','σ'),('Ϗ','ϗ'),('ϐ','β'),('ϑ','θ'),('ϕ','φ'),('ϖ','π'),
('Ϙ','ϙ'),('Ϛ','ϛ'),('Ϝ','ϝ'),('Ϟ','ϟ'),('Ϡ','ϡ'),('Ϣ','ϣ'),('Ϥ','ϥ'),('Ϧ','ϧ'),('Ϩ','ϩ'),('Ϫ','ϫ'),('Ϭ','ϭ'),('Ϯ','ϯ'),
('ϰ','κ'),('ϱ','ρ'),('ϴ','θ'),('ϵ','ε'),('Ϸ','ϸ'),('Ϲ','ϲ'),('Ϻ','ϻ'),('Ͻ','ͻ'),('Ͼ','ͼ'),('Ͽ','ͽ'),('Ѐ','ѐ'),('Ё','ё'),
('Ђ','ђ'),('Ѓ','ѓ'),('Є','є'),('Ѕ','ѕ'),('І','і'),('Ї','ї'),('Ј','ј'),('Љ','љ'),('Њ','њ'),('Ћ','ћ'),('Ќ','ќ'),('Ѝ','ѝ'),
('Ў','ў'),('Џ','џ'),('А','а'),('Б','б'),('В','в'),('Г','г'),('Д','д'),('Е','е'),('Ж','ж'),('З','з'),('И','и'),('Й','й'),
('К','к'),('Л','л'),('М','м'),('Н','н'),('О','о'),('П','п'),('Р','р'),('С','с'),('Т','т'),('У','у'),('Ф','ф'),('Х','х'),
('Ц','ц'),('Ч','ч'),('Ш','ш'),('Щ','щ'),('Ъ','ъ'),('Ы','ы'),('Ь','ь'),('Э','э'),('Ю','ю'),('Я','я'),('Ѡ','ѡ'),('Ѣ','ѣ'),
('Ѥ','ѥ'),('Ѧ','ѧ'),('Ѩ','ѩ'),('Ѫ','ѫ'),('Ѭ','ѭ'),('Ѯ','ѯ'),('Ѱ','ѱ'),('Ѳ','ѳ'),('Ѵ','ѵ'),('Ѷ','ѷ'),('Ѹ','ѹ'),('Ѻ','ѻ'),
('Ѽ','ѽ'),('Ѿ','ѿ'),('Ҁ','ҁ'),('Ҋ','ҋ'),('Ҍ','ҍ'),('Ҏ','ҏ'),('Ґ','ґ'),('Ғ','ғ'),('Ҕ','ҕ'),('Җ','җ'),('Ҙ','ҙ'),('Қ','қ'),
('Ҝ','ҝ'),('Ҟ','ҟ'),('Ҡ','ҡ'),('Ң','ң'),('Ҥ','ҥ'),('Ҧ','ҧ'),('Ҩ','ҩ'),('Ҫ','ҫ'),('Ҭ','ҭ'),('Ү','ү'),('Ұ','ұ'),('Ҳ','ҳ'),
('Ҵ','ҵ'),('Ҷ','ҷ'),('Ҹ','ҹ'),('Һ','һ'),('Ҽ','ҽ'),('Ҿ','ҿ'),('Ӏ','ӏ'),('Ӂ','ӂ'),('Ӄ','ӄ'),('Ӆ','ӆ'),('Ӈ','ӈ'),('Ӊ','ӊ'),
('Ӌ','ӌ'),('Ӎ','ӎ'),('Ӑ','ӑ'),('Ӓ','ӓ'),('Ӕ','ӕ'),('Ӗ','ӗ'),('Ә','ә'),('Ӛ','ӛ'),('Ӝ','ӝ'),('Ӟ','ӟ'),('Ӡ','ӡ'),('Ӣ','ӣ'),
('Ӥ','ӥ'),('Ӧ','ӧ'),('Ө','ө'),('Ӫ','ӫ'),('Ӭ','ӭ'),('Ӯ','ӯ'),('Ӱ','ӱ'),('Ӳ','ӳ'),('Ӵ','ӵ'),('Ӷ','ӷ'),('Ӹ','ӹ'),('Ӻ','ӻ'),
('Ӽ','ӽ'),('Ӿ','ӿ'),('Ԁ','ԁ'),('Ԃ','ԃ'),('Ԅ','ԅ'),('Ԇ','ԇ'),('Ԉ','ԉ'),('Ԋ','ԋ'),('Ԍ','ԍ'),('Ԏ','ԏ'),('Ԑ','ԑ'),('Ԓ','ԓ'),
('Ԕ','ԕ'),('Ԗ','ԗ'),('Ԙ','ԙ'),('Ԛ','ԛ'),('Ԝ','ԝ'),('Ԟ','ԟ'),('Ԡ','ԡ'),('Ԣ','ԣ'),('Ԥ','ԥ'),('Ԧ','ԧ'),('Ԩ','ԩ'),('Ԫ','ԫ'),
('Ԭ','ԭ'),('Ԯ','ԯ'),('Ա','ա'),('Բ','բ'),('Գ','գ'),('Դ','դ'),('Ե','ե'),('Զ','զ'),('Է','է'),('Ը','ը'),('Թ','թ'),('Ժ','ժ'),
('Ի','ի'),('Լ','լ'),('Խ','խ'),('Ծ','ծ'),('Կ','կ'),('Հ','հ'),('Ձ','ձ'),('Ղ','ղ'),('Ճ','ճ'),('Մ','մ'),('Յ','յ'),('Ն','ն'),
('Շ','շ'),('Ո','ո'),('Չ','չ'),('Պ','պ'),('Ջ','ջ'),('Ռ','ռ'),('Ս','ս'),('Վ','վ'),('Տ','տ'),('Ր','ր'),('Ց','ց'),('Ւ','ւ'),
('Փ','փ'),('Ք','ք'),('Օ','օ'),('Ֆ','ֆ'),('և','եւ'),('Ⴀ','ⴀ'),('Ⴁ','ⴁ'),('Ⴂ','ⴂ'),('Ⴃ','ⴃ'),('Ⴄ','ⴄ'),('Ⴅ','ⴅ'),('Ⴆ','ⴆ'),
('Ⴇ','ⴇ'),('Ⴈ','ⴈ'),('Ⴉ','ⴉ'),('Ⴊ','ⴊ'),('Ⴋ','ⴋ'),('Ⴌ','ⴌ'),('Ⴍ','ⴍ'),('Ⴎ','ⴎ'),('Ⴏ','ⴏ'),('Ⴐ','ⴐ'),('Ⴑ','ⴑ'),('Ⴒ','ⴒ'),
('Ⴓ','ⴓ'),('Ⴔ','ⴔ'),('Ⴕ','ⴕ'),('Ⴖ','ⴖ'),('Ⴗ','ⴗ'),('Ⴘ','ⴘ'),('Ⴙ','ⴙ'),('Ⴚ','ⴚ'),('Ⴛ','ⴛ'),('Ⴜ','ⴜ'),('Ⴝ','ⴝ'),('Ⴞ','ⴞ'),
('Ⴟ','ⴟ'),('Ⴠ','ⴠ'),('Ⴡ','ⴡ'),('Ⴢ','ⴢ'),('Ⴣ','ⴣ'),('Ⴤ','ⴤ'),('Ⴥ','ⴥ'),('Ⴧ','ⴧ'),('Ⴭ','ⴭ'),('ᏸ','Ᏸ'),('ᏹ','Ᏹ'),('ᏺ','Ᏺ'),
('ᏻ','Ᏻ'),('ᏼ','Ᏼ'),('ᏽ','Ᏽ'),('ᲀ','в'),('ᲁ','д'),('ᲂ','о'),('ᲃ','с'),('ᲄ','т'),('ᲅ','т'),('ᲆ','ъ'),('ᲇ','ѣ'),('ᲈ','ꙋ'),
('Ა','ა'),('Ბ','ბ'),('Გ','გ'),('Დ','დ'),('Ე','ე'),('Ვ','ვ'),('Ზ','ზ'),('Თ','თ'),('Ი','ი'),('Კ','კ'),('Ლ','ლ'),('Მ','მ'),
('Ნ','ნ'),('Ო','ო'),('Პ','პ'),('Ჟ','ჟ'),('Რ','რ'),('Ს','ს'),('Ტ','ტ'),('Უ','უ'),('Ფ','ფ'),('Ქ','ქ'),('Ღ','ღ'),('Ყ','ყ'),
('Შ','შ'),('Ჩ','ჩ'),('Ც','ც'),('Ძ','ძ'),('Წ','წ'),('Ჭ','ჭ'),('Ხ','ხ'),('Ჯ','ჯ'),('Ჰ','ჰ'),('Ჱ','ჱ'),('Ჲ','ჲ'),('Ჳ','ჳ'),
('Ჴ','ჴ'),('Ჵ','ჵ'),('Ჶ','ჶ'),('Ჷ','ჷ'),('Ჸ','ჸ'),('Ჹ','ჹ'),('Ჺ','ჺ'),('Ჽ','ჽ'),('Ჾ','ჾ'),('Ჿ','ჿ'),('Ḁ','ḁ'),('Ḃ','ḃ'),
('Ḅ','ḅ'),('Ḇ','ḇ'),('Ḉ','ḉ'),('Ḋ','ḋ'),('Ḍ','ḍ'),('Ḏ','ḏ'),('Ḑ','ḑ'),('Ḓ','ḓ'),('Ḕ','ḕ'),('Ḗ','ḗ'),('Ḙ','ḙ'),('Ḛ','ḛ'),
('Ḝ','ḝ'),('Ḟ','ḟ'),('Ḡ','ḡ'),('Ḣ','ḣ'),('Ḥ','ḥ'),('Ḧ','ḧ'),('Ḩ','ḩ'),('Ḫ','ḫ'),('Ḭ','ḭ'),('Ḯ','ḯ'),('Ḱ','ḱ'),('Ḳ','ḳ'),
('Ḵ','ḵ'),('Ḷ','ḷ'),('Ḹ','ḹ'),('Ḻ','ḻ'),('Ḽ','ḽ'),('Ḿ','ḿ'),('Ṁ','ṁ'),('Ṃ','ṃ'),('Ṅ','ṅ'),('Ṇ','ṇ'),('Ṉ','ṉ'),('Ṋ','ṋ'),
('Ṍ','ṍ'),('Ṏ','ṏ'),('Ṑ','ṑ'),('Ṓ','ṓ'),('Ṕ','ṕ'),('Ṗ','ṗ'),('Ṙ','ṙ'),('Ṛ','ṛ'),('Ṝ','ṝ'),('Ṟ','ṟ'),('Ṡ','ṡ'),('Ṣ','ṣ'),
('Ṥ','ṥ'),('Ṧ','ṧ'),('Ṩ','ṩ'),('Ṫ','ṫ'),('Ṭ','ṭ'),('Ṯ','ṯ'),('Ṱ','ṱ'),('Ṳ','ṳ'),('Ṵ','ṵ'),('Ṷ','ṷ'),('Ṹ','ṹ'),('Ṻ','ṻ'),
('Ṽ','ṽ'),('Ṿ','ṿ'),('Ẁ','ẁ'),('Ẃ','ẃ'),('Ẅ','ẅ'),('Ẇ','ẇ'),('Ẉ','ẉ'),('Ẋ','ẋ'),('Ẍ','ẍ'),('Ẏ','ẏ'),('Ẑ','ẑ'),('Ẓ','ẓ'),
('Ẕ','ẕ'),('ẖ','h'),('ẗ','t'),('ẘ','w'),('ẙ','y'),('ẚ','aʾ'),('ẛ','ṡ'),('ẞ','ss'),('Ạ','ạ'),('Ả','ả'),('Ấ','ấ'),('Ầ','ầ'),
('Ẩ','ẩ'),('Ẫ','ẫ'),('Ậ','ậ'),('Ắ','ắ'),('Ằ','ằ'),('Ẳ','ẳ'),('Ẵ','ẵ'),('Ặ','ặ'),('Ẹ','ẹ'),('Ẻ','ẻ'),('Ẽ','ẽ'),('Ế','ế'),
('Ề','ề'),('Ể','ể'),('Ễ','ễ'),('Ệ','ệ'),('Ỉ','ỉ'),('Ị','ị'),('Ọ','ọ'),('Ỏ','ỏ'),('Ố','ố'),('Ồ','ồ'),('Ổ','ổ'),('Ỗ','ỗ'),
('Ộ','ộ'),('Ớ','ớ'),('Ờ','ờ'),('Ở','ở'),('Ỡ','ỡ'),('Ợ','ợ'),('Ụ','ụ'),('Ủ','ủ'),('Ứ','ứ'),('Ừ','ừ'),('Ử','ử'),('Ữ','ữ'),
('Ự','ự'),('Ỳ','ỳ'),('Ỵ','ỵ'),('Ỷ','ỷ'),('Ỹ','ỹ'),('Ỻ','ỻ'),('Ỽ','ỽ'),('Ỿ','ỿ'),('Ἀ','ἀ'),('Ἁ','ἁ'),('Ἂ','ἂ'),('Ἃ','ἃ'),
('Ἄ','ἄ'),('Ἅ','ἅ'),('Ἆ','ἆ'),('Ἇ','ἇ'),('Ἐ','ἐ'),('Ἑ','ἑ'),('Ἒ','ἒ'),('Ἓ','ἓ'),('Ἔ','ἔ'),('Ἕ','ἕ'),('Ἠ','ἠ'),('Ἡ','ἡ'),
('Ἢ','ἢ'),('Ἣ','ἣ'),('Ἤ','ἤ'),('Ἥ','ἥ'),('Ἦ','ἦ'),('Ἧ','ἧ'),('Ἰ','ἰ'),('Ἱ','ἱ'),('Ἲ','ἲ'),('Ἳ','ἳ'),('Ἴ','ἴ'),('Ἵ','ἵ'),
('Ἶ','ἶ'),('Ἷ','ἷ'),('Ὀ','ὀ'),('Ὁ','ὁ'),('Ὂ','ὂ'),('Ὃ','ὃ'),('Ὄ','ὄ'),('Ὅ','ὅ'),('ὐ','υ'),('ὒ','υ'),('ὔ','υ'),('ὖ','υ'),
('Ὑ','ὑ'),('Ὓ','ὓ'),('Ὕ','ὕ'),('Ὗ','ὗ'),('Ὠ','ὠ'),('Ὡ','ὡ'),('Ὢ','ὢ'),('Ὣ','ὣ'),('Ὤ','ὤ'),('Ὥ','ὥ'),('Ὦ','ὦ'),('Ὧ','ὧ'),
('ᾀ','ἀι'),('ᾁ','ἁι'),('ᾂ','ἂι'),('ᾃ','ἃι'),('ᾄ','ἄι'),('ᾅ','ἅι'),('ᾆ','ἆι'),('ᾇ','ἇι'),('ᾈ','ἀι'),('ᾉ','ἁι'),('ᾊ','ἂι'),('ᾋ','ἃι'),
('ᾌ','ἄι'),('ᾍ','ἅι'),('ᾎ','ἆι'),('ᾏ','ἇι'),('ᾐ','ἠι'),('ᾑ','ἡι'),('ᾒ','ἢι'),('ᾓ','ἣι'),('ᾔ','ἤι'),('ᾕ','ἥι'),('ᾖ','ἦι'),('ᾗ','ἧι'),
('ᾘ','ἠι'),('ᾙ','ἡι'),('ᾚ','ἢι'),('ᾛ','ἣι'),('ᾜ','ἤι'),('ᾝ','ἥι'),('ᾞ','ἦι'),('ᾟ','ἧι'),('ᾠ','ὠι'),('ᾡ','ὡι'),('ᾢ','ὢι'),('ᾣ','ὣι'),
('ᾤ','ὤι'),('ᾥ','ὥι'),('ᾦ','ὦι'),('ᾧ','ὧι'),('ᾨ','ὠι'),('ᾩ','ὡι'),('ᾪ','ὢι'),('ᾫ','ὣι'),('ᾬ','ὤι'),('ᾭ','ὥι'),('ᾮ','ὦι'),('ᾯ','ὧι'),
('ᾲ','ὰι'),('ᾳ','αι'),('ᾴ','άι'),('ᾶ','α'),('ᾷ','αι'),('Ᾰ','ᾰ'),('Ᾱ','ᾱ'),('Ὰ','ὰ'),('Ά','ά'),('ᾼ','αι'),('ι','ι'),('ῂ','ὴι'),
('ῃ','ηι'),('ῄ','ήι'),('ῆ','η'),('ῇ','ηι'),('Ὲ','ὲ'),('Έ','έ'),('Ὴ','ὴ'),('Ή','ή'),('ῌ','ηι'),('ῒ','ι'),('ΐ','ι'),('ῖ','ι'),
('ῗ','ι'),('Ῐ','ῐ'),('Ῑ','ῑ'),('Ὶ','ὶ'),('Ί','ί'),('ῢ','υ'),('ΰ','υ'),('ῤ','ρ'),('ῦ','υ'),('ῧ','υ'),('Ῠ','ῠ'),('Ῡ','ῡ'),
('Ὺ','ὺ'),('Ύ','ύ'),('Ῥ','ῥ'),('ῲ','ὼι'),('ῳ','ωι'),('ῴ','ώι'),('ῶ','ω'),('ῷ','ωι'),('Ὸ','ὸ'),('Ό','ό'),('Ὼ','ὼ'),('Ώ','ώ'),
('ῼ','ωι'),('Ω','ω'),('K','k'),('Å','å'),('Ⅎ','ⅎ'),('Ⅰ','ⅰ'),('Ⅱ','ⅱ'),('Ⅲ','ⅲ'),('Ⅳ','ⅳ'),('Ⅴ','ⅴ'),('Ⅵ','ⅵ'),('Ⅶ','ⅶ'),
('Ⅷ','ⅷ'),('Ⅸ','ⅸ'),('Ⅹ','ⅹ'),('Ⅺ','ⅺ'),('Ⅻ','ⅻ'),('Ⅼ','ⅼ'),('Ⅽ','ⅽ'),('Ⅾ','ⅾ'),('Ⅿ','ⅿ'),('Ↄ','ↄ'),('Ⰰ','ⰰ'),('Ⰱ','ⰱ'),
('Ⰲ','ⰲ'),('Ⰳ','ⰳ'),('Ⰴ','ⰴ'),('Ⰵ','ⰵ'),('Ⰶ','ⰶ'),('Ⰷ','ⰷ'),('Ⰸ','ⰸ'),('Ⰹ','ⰹ'),('Ⰺ','ⰺ'),('Ⰻ','ⰻ'),('Ⰼ','ⰼ'),('Ⰽ','ⰽ'),
('Ⰾ','ⰾ'),('Ⰿ','ⰿ'),('Ⱀ','ⱀ'),('Ⱁ','ⱁ'),('Ⱂ','ⱂ'),('Ⱃ','ⱃ'),('Ⱄ','ⱄ'),('Ⱅ','ⱅ'),('Ⱆ','ⱆ'),('Ⱇ','ⱇ'),('Ⱈ','ⱈ'),('Ⱉ','ⱉ'),
('Ⱊ','ⱊ'),('Ⱋ','ⱋ'),('Ⱌ','ⱌ'),('Ⱍ','ⱍ'),('Ⱎ','ⱎ'),('Ⱏ','ⱏ'),('Ⱐ','ⱐ'),('Ⱑ','ⱑ'),('Ⱒ','ⱒ'),('Ⱓ','ⱓ'),('Ⱔ','ⱔ'),('Ⱕ','ⱕ'),
('Ⱖ','ⱖ'),('Ⱗ','ⱗ'),('Ⱘ','ⱘ'),('Ⱙ','ⱙ'),('Ⱚ','ⱚ'),('Ⱛ','ⱛ'),('Ⱜ','ⱜ'),('Ⱝ','ⱝ'),('Ⱞ','ⱞ'),('Ⱟ','ⱟ'),('Ⱡ','ⱡ'),('Ɫ','ɫ'),
('Ᵽ','ᵽ'),('Ɽ','ɽ'),('Ⱨ','ⱨ'),('Ⱪ','ⱪ'),('Ⱬ','ⱬ'),('Ɑ','ɑ'),('Ɱ','ɱ'),('Ɐ','ɐ'),('Ɒ','ɒ'),('Ⱳ','ⱳ'),('Ⱶ','ⱶ'),('Ȿ','ȿ'),
('Ɀ','ɀ'),('Ⲁ','ⲁ'),('Ⲃ','ⲃ'),('Ⲅ','ⲅ'),('Ⲇ','ⲇ'),('Ⲉ','ⲉ'),('Ⲋ','ⲋ'),('Ⲍ','ⲍ'),('Ⲏ','ⲏ'),('Ⲑ','ⲑ'),('Ⲓ','ⲓ'),('Ⲕ','ⲕ'),
('Ⲗ','ⲗ'),('Ⲙ','ⲙ'),('Ⲛ','ⲛ'),('Ⲝ','ⲝ'),('Ⲟ','ⲟ'),('Ⲡ','ⲡ'),('Ⲣ','ⲣ'),('Ⲥ','ⲥ'),('Ⲧ','ⲧ'),('Ⲩ','ⲩ'),('Ⲫ','ⲫ'),('Ⲭ','ⲭ'),
('Ⲯ','ⲯ'),('Ⲱ','ⲱ'),('Ⲳ','ⲳ'),('Ⲵ','ⲵ'),('Ⲷ','ⲷ'),('Ⲹ','ⲹ'),('Ⲻ','ⲻ'),('Ⲽ','ⲽ'),('Ⲿ','ⲿ'),('Ⳁ','ⳁ'),('Ⳃ','ⳃ'),('Ⳅ','ⳅ'),
('Ⳇ','ⳇ'),('Ⳉ','ⳉ'),('Ⳋ','ⳋ'),('Ⳍ','ⳍ'),('Ⳏ','ⳏ'),('Ⳑ','ⳑ'),('Ⳓ','ⳓ'),('Ⳕ','ⳕ'),('Ⳗ','ⳗ'),('Ⳙ','ⳙ'),('Ⳛ','ⳛ'),('Ⳝ','ⳝ'),
('Ⳟ','ⳟ'),('Ⳡ','ⳡ'),('Ⳣ','ⳣ'),('Ⳬ','ⳬ'),('Ⳮ','ⳮ'),('Ⳳ','ⳳ'),('㑮','𫝈'),('㑯','㑔'),('㑳','㑇'),('㑶','㐹'),('㒓','𠉂'),('㓄','𪠟'),
('㓨','刾'),('㔋','𪟎'),('㖮','𪠵'),('㗲','𠵾'),('㗿','𪡛'),('㘉','𠰱'),('㘓','𪢌'),('㘔','𫬐'),('㘚','㘎'),('㛝','𫝦'),('㜄','㚯'),('㜏','㛣'),
('㜐','𫝧'),('㜗','𡞋'),('㜢','𡞱'),('㜷','𡝠'),('㞞','𪨊'),('㟺','𪩇'),('㠏','㟆'),('㠣','𫵷'),('㢗','𪪑'),('㢝','𢋈'),('㥮','㤘'),('㦎','𢛯'),
('㦛','𢗓'),('㦞','𪫷'),('㨻','𪮃'),('㩋','𪮋'),('㩜','㨫'),('㩳','㧐'),('㩵','擜'),('㪎','𪯋'),('㯤','𣘐'),('㰙','𣗙'),('㵗','𣳆'),('㵾','𪷍'),
('㶆','𫞛'),('㷍','𤆢'),('㷿','𤈷'),('㸇','𤎺'),('㹽','𫞣'),('㺏','𤠋'),('㺜','𪺻'),('㻶','𪼋'),('㿖','𪽮'),('㿗','𤻊'),('㿧','𤽯'),('䀉','𥁢'),
('䀹','𥅴'),('䁪','𥇢'),('䁻','䀥'),('䂎','𥎝'),('䃮','鿎'),('䅐','𫀨'),('䅳','𫀬'),('䆉','𫁂'),('䉑','𫁲'),('䉙','𥬀'),('䉬','𫂈'),('䉲','𥮜'),
('䉶','𫁷'),('䊭','𥺅'),('䊷','䌶'),('䊺','𫄚'),('䋃','𫄜'),('䋔','𫄞'),('䋙','䌺'),('䋚','䌻'),('䋦','𫄩'),('䋹','䌿'),('䋻','䌾'),('䋼','𫄮'),
('䋿','𦈓'),('䌈','𦈖'),('䌋','𦈘'),('䌖','𦈜'),('䌝','𦈟'),('䌟','𦈞'),('䌥','𦈠'),('䌰','𦈙'),('䍤','𫅅'),('䍦','䍠'),('䍽','𦍠'),('䎙','𫅭'),
('䎱','䎬'),('䓣','𬜯'),('䕤','𫟕'),('䕳','𦰴'),('䖅','𫟑'),('䗅','𫊪'),('䗿','𧉞'),('䙔','𫋲'),('䙡','䙌'),('䙱','𧜭'),('䚩','𫌯'),('䛄','𫍠'),
('䛳','𫍫'),('䜀','䜧'),('䜖','𫟢'),('䝭','𫎧'),('䝻','𧹕'),('䝼','䞍'),('䞈','𧹑'),('䞋','𫎪'),('䞓','𫎭'),('䟃','𫎺'),('䟆','𫎳'),('䟐','𫎱'),
('䠆','𫏃'),('䠱','𨅛'),('䡐','𫟤'),('䡩','𫟥'),('䡵','𫟦'),('䢨','𨑹'),('䤤','𫟺'),('䥄','𫠀'),('䥇','䦂'),('䥑','鿏'),('䥕','𬭯'),('䥗','𫔋'),
('䥩','𨱖'),('䥯','𫔆'),('䥱','䥾'),('䦘','𨸄'),('䦛','䦶'),('䦟','䦷'),('䦯','𫔵'),('䦳','𨷿'),('䧢','𨸟'),('䪊','𫖅'),('䪏','𩏼'),('䪗','𩐀'),
('䪘','𩏿'),('䪴','𫖫'),('䪾','𫖬'),('䫀','𫖱'),('䫂','𫖰'),('䫟','𫖲'),('䫴','𩖗'),('䫶','𫖺'),('䫻','𫗇'),('䫾','𫠈'),('䬓','𫗊'),('䬘','𩙮'),
('䬝','𩙯'),('䬞','𩙧'),('䬧','𫗟'),('䭀','𩠇'),('䭃','𩠈'),('䭑','𫗱'),('䭔','𫗰'),('䭿','𩧭'),('䮄','𫠊'),('䮝','𩧰'),('䮞','𩨁'),('䮠','𩧿'),
('䮫','𩨇'),('䮰','𫘮'),('䮳','𩨏'),('䮾','𩧪'),('䯀','䯅'),('䯤','𩩈'),('䰾','鲃'),('䱀','𫚐'),('䱁','𫚏'),('䱙','𩾈'),('䱧','𫚠'),('䱬','𩾊'),
('䱰','𩾋'),('䱷','䲣'),('䱸','𫠑'),('䱽','䲝'),('䲁','鳚'),('䲅','𫚜'),('䲖','𩾂'),('䲘','鳤'),('䲰','𪉂'),('䳜','𫛬'),('䳢','𫛰'),('䳤','𫛮'),
('䳧','𫛺'),('䳫','𫛼'),('䴉','鹮'),('䴋','𫜅'),('䴬','𪎈'),('䴱','𫜒'),('䴴','𪎋'),('䴽','𫜔'),('䵳','𪑅'),('䵴','𫜙'),('䶕','𫜨'),('䶲','𫜳'),
('一坏','一坯'),('一目瞭然','一目了然'),('七逕','七迳'),('上逕','上迳'),('上鍊','上链'),('不可貲計','不可赀計'),('不瞭解','不了解'),('丟','丢'),('並','并'),('么麼','幺麽'),('么麽','幺麽'),('九逕山','九迳山'),
('乾','干'),('乾佑縣','乾佑县'),('乾元','乾元'),('乾卦','乾卦'),('乾嘉','乾嘉'),('乾圖','乾图'),('乾坤','乾坤'),('乾坤一擲','乾坤一掷'),('乾坤再造','乾坤再造'),('乾坤大挪移','乾坤大挪移'),('乾宅','乾宅'),('乾安縣','乾安县'),
('乾安鎮','乾安镇'),('乾州','乾州'),('乾斷','乾断'),('乾旦','乾旦'),('乾曜','乾曜'),('乾清宮','乾清宫'),('乾盛世','乾盛世'),('乾綱','乾纲'),('乾縣','乾县'),('乾象','乾象'),('乾造','乾造'),('乾道','乾道'),
('乾闥婆','乾闼婆'),('乾陵','乾陵'),('乾隆','乾隆'),('乾隆年間','乾隆年间'),('乾隆皇帝','乾隆皇帝'),('亂','乱'),('二噁英','二𫫇英'),('亙','亘'),('亞','亚'),('以免藉口','以免借口'),('佇','伫'),('佈','布'),
('佔','占'),('併','并'),('來','来'),('侖','仑'),('侶','侣'),('侷','局'),('俁','俣'),('係','系'),('俓','𠇹'),('俔','伣'),('俠','侠'),('俥','伡'),
('俬','私'),('倀','伥'),('倆','俩'),('倈','俫'),('倉','仓'),('個','个'),('們','们'),('倖','幸'),('倫','伦'),('倲','㑈'),('偉','伟'),('偑','㐽'),
('側','侧'),('偵','侦'),('偽','伪'),('傌','㐷'),('傑','杰'),('傖','伧'),('傘','伞'),('備','备'),('傢','家'),('傢俱','家具'),('傭','佣'),('傯','偬'),
('傳','传'),('傴','伛'),('債','债'),('傷','伤'),('傾','倾'),('僂','偻'),('僅','仅'),('僉','佥'),('僑','侨'),('僕','仆'),('僞','伪'),('僤','𫢸'),
('僥','侥'),('僨','偾'),('僱','雇'),('價','价'),('儀','仪'),('儁','俊'),('儂','侬'),('億','亿'),('儈','侩'),('儉','俭'),('儎','傤'),('儐','傧'),
('儔','俦'),('儕','侪'),('儘','尽'),('償','偿'),('儣','𠆲'),('優','优'),('儭','𠋆'),('儲','储'),('儷','俪'),('儸','㑩'),('儺','傩'),('儻','傥'),
('儼','俨'),('允祕','允祕'),('兇','凶'),('兌','兑'),('兒','儿'),('兗','兖'),('內','内'),('兩','两'),('八濛山','八濛山'),('其陰多蒐','其阴多蒐'),('冊','册'),('冑','胄'),
('冪','幂'),('凈','净'),('凌藉','凌借'),('凍','冻'),('凙','𪞝'),('凜','凛'),('凱','凯'),('函覆','函复'),('別','别'),('刪','删'),('剄','刭'),('則','则'),
('剋','克'),('剋架','剋架'),('剋毒','剋毒'),('剎','刹'),('剗','刬'),('剛','刚'),('剝','剥'),('剮','剐'),('剴','剀'),('創','创'),('剷','铲'),('剾','𠛅'),
('劃','划'),('劄','札'),('劇','剧'),('劉','刘'),('劊','刽'),('劌','刿'),('劍','剑'),('劏','㓥'),('劑','剂'),('劚','㔉'),('勁','劲'),('勑','𠡠'),
('動','动'),('務','务'),('勛','勋'),('勝','胜'),('勞','劳'),('勢','势'),('勣','𪟝'),('勩','勚'),('勱','劢'),('勳','勋'),('勵','励'),('勸','劝'),
('勻','匀'),('匭','匦'),('匯','汇'),('匱','匮'),('區','区'),('千鍾粟','千锺粟'),('協','协'),('南氾','南氾'),('南逕','南迳'),('卹','恤'),('卻','却'),('卽','即'),
('厙','厍'),('厠','厕'),('厤','历'),('厭','厌'),('厲','厉'),('厴','厣'),('參','参'),('叄','叁'),('反反覆覆','反反复复'),('反覆','反复'),('反覆思維','反复思维'),('反覆思量','反复思量'),
('反覆性','反复性'),('叢','丛'),('名覆金甌','名复金瓯'),('吒','咤'),('吳','吴'),('吳祕','吴祕'),('吳育昇','吴育昇'),('吶','呐'),('呂','吕'),('咼','呙'),('員','员'),('哪吒','哪吒'),
('哯','𠯟'),('唄','呗'),('唓','𪠳'),('唸','念'),('問','问'),('啓','启'),('啞','哑'),('啟','启'),('啢','唡'),('喎','㖞'),('喚','唤'),('喪','丧'),
('喫','吃'),('喬','乔'),('單','单'),('喲','哟'),('嗆','呛'),('嗇','啬'),('嗊','唝'),('嗎','吗'),('嗚','呜'),('嗩','唢'),('嗰','𠮶'),('嗶','哔'),
('嗹','𪡏'),('嘆','叹'),('嘍','喽'),('嘓','啯'),('嘔','呕'),('嘖','啧'),('嘗','尝'),('嘜','唛'),('嘩','哗'),('嘪','𪡃'),('嘮','唠'),('嘯','啸'),
('嘰','叽'),('嘳','𪡞'),('嘵','哓'),('嘸','呒'),('嘺','𪡀'),('嘽','啴'),('噁','恶'),('噅','𠯠'),('噓','嘘'),('噚','㖊'),('噝','咝'),('噞','𪡋'),
('噠','哒'),('噥','哝'),('噦','哕'),('噯','嗳'),('噲','哙'),('噴','喷'),('噸','吨'),('噹','当'),('嚀','咛'),('嚇','吓'),('嚌','哜'),('嚐','尝'),
('嚕','噜'),('嚙','啮'),('嚛','𪠸'),('嚥','咽'),('嚦','呖'),('嚧','𠰷'),('嚨','咙'),('嚮','向'),('嚲','亸'),('嚳','喾'),('嚴','严'),('嚶','嘤'),
('嚽','𪢕'),('囀','啭'),('囁','嗫'),('囂','嚣'),('囃','𠱞'),('囅','冁'),('囈','呓'),('囉','啰'),('囌','苏'),('囑','嘱'),('囒','𪢠'),('回覆','回复'),
('囪','囱'),('圇','囵'),('國','国'),('圍','围'),('園','园'),('圓','圆'),('圖','图'),('團','团'),('圞','𪢮'),('土坏','土坯'),('坏土','坯土'),('坏子','坯子'),
('坏布','坯布'),('坏戶','坯户'),('垻','坝'),('埡','垭'),('埨','𫭢'),('埬','𪣆'),('埰','采'),('執','执'),('堅','坚'),('堊','垩'),('堖','垴'),('堚','𪣒'),
('堝','埚'),('堯','尧'),('報','报'),('場','场'),('塊','块'),('塋','茔'),('塏','垲'),('塒','埘'),('塗','涂'),('塚','冢'),('塢','坞'),('塤','埙'),
('塵','尘'),('塸','𫭟'),('塹','堑'),('塿','𪣻'),('墊','垫'),('墜','坠'),('墠','𫮃'),('墨沈沈','墨沉沉'),('墮','堕'),('墰','坛'),('墲','𪢸'),('墳','坟'),
('墶','垯'),('墻','墙'),('墾','垦'),('壇','坛'),('壈','𡒄'),('壋','垱'),('壎','埙'),('壓','压'),('壗','𡋤'),('壘','垒'),('壙','圹'),('壚','垆'),
('壜','坛'),('壞','坏'),('壟','垄'),('壠','垅'),('壢','坜'),('壣','𪤚'),('壩','坝'),('壪','塆'),('壯','壮'),('壺','壶'),('壺裏乾坤','壶里乾坤'),('壼','壸'),
('壽','寿'),('夠','够'),('夢','梦'),('夥','伙'),('大目乾連冥間救母變文','大目乾连冥间救母变文'),('夾','夹'),('奐','奂'),('奧','奥'),('奩','奁'),('奪','夺'),('奬','奖'),('奮','奋'),
('奼','姹'),('妝','妆'),('姍','姗'),('姦','奸'),('娙','𫰛'),('娛','娱'),('婁','娄'),('婡','𫝫'),('婦','妇'),('婭','娅'),('媈','𫝨'),('媧','娲'),
('媯','妫'),('媰','㛀'),('媼','媪'),('媽','妈'),('嫋','袅'),('嫗','妪'),('嫵','妩'),('嫺','娴'),('嫻','娴'),('嫿','婳'),('嬀','妫'),('嬃','媭'),
('嬇','𫝬'),('嬈','娆'),('嬋','婵'),('嬌','娇'),('嬙','嫱'),('嬡','嫒'),('嬣','𪥰'),('嬤','嬷'),('嬦','𫝩'),('嬪','嫔'),('嬰','婴'),('嬸','婶'),
('嬻','𪥿'),('孃','娘'),('孄','𫝮'),('孆','𫝭'),('孇','𪥫'),('孋','㛤'),('孌','娈'),('孎','𡠟'),('孫','孙'),('學','学'),('孻','𡥧'),('孾','𪧀'),
('孿','孪'),('宫商角徵羽','宫商角徵羽'),('宮','宫'),('寀','采'),('寠','𪧘'),('寢','寝'),('實','实'),('寧','宁'),('審','审'),('寫','写'),('寬','宽'),('寵','宠'),
('寶','宝'),('將','将'),('專','专'),('尋','寻'),('對','对'),('導','导'),('尷','尴'),('尼乾子','尼乾子'),('尼乾陀','尼乾陀'),('屆','届'),('屍','尸'),('屓','屃'),
('屜','屉'),('屢','屡'),('層','层'),('屨','屦'),('屩','𪨗'),('屬','属'),('岡','冈'),('峯','峰'),('峴','岘'),('島','岛'),('峽','峡'),('崍','崃'),
('崑','昆'),('崗','岗'),('崙','仑'),('崢','峥'),('崬','岽'),('嵐','岚'),('嵗','岁'),('嵼','𡶴'),('嵽','𫶇'),('嵾','㟥'),('嶁','嵝'),('嶄','崭'),
('嶇','岖'),('嶈','𡺃'),('嶔','嵚'),('嶗','崂'),('嶘','𡺄'),('嶠','峤'),('嶢','峣'),('嶧','峄'),('嶨','峃'),('嶮','崄'),('嶸','嵘'),('嶹','𫝵'),
('嶺','岭'),('嶼','屿'),('嶽','岳'),('巊','𪩎'),('巋','岿'),('巒','峦'),('巔','巅'),('巖','岩'),('巗','𪨷'),('巘','𪩘'),('巰','巯'),('巹','卺'),
('帥','帅'),('師','师'),('帳','帐'),('帶','带'),('幀','帧'),('幃','帏'),('幓','㡎'),('幗','帼'),('幘','帻'),('幝','𪩷'),('幟','帜'),('幣','币'),
('幩','𪩸'),('幫','帮'),('幬','帱'),('年釐','年釐'),('幷','并'),('幹','干'),('幺麼','幺麽'),('幺麼小丑','幺麽小丑'),('幺麼小醜','幺麽小丑'),('幾','几'),('庫','库'),('康乾','康乾'),
('廁','厕'),('廂','厢'),('廄','厩'),('廈','厦'),('廎','庼'),('廕','荫'),('廚','厨'),('廝','厮'),('廞','𫷷'),('廟','庙'),('廠','厂'),('廡','庑'),
('廢','废'),('廣','广'),('廧','𪪞'),('廩','廪'),('廬','庐'),('廳','厅'),('弒','弑'),('弔','吊'),('弳','弪'),('張','张'),('張昇','张昇'),('張法乾','张法乾'),
('強','强'),('彃','𪪼'),('彄','𫸩'),('彆','别'),('彈','弹'),('彌','弥'),('彎','弯'),('彔','录'),('彙','汇'),('彠','彟'),('彥','彦'),('彫','雕'),
('彲','彨'),('彷彿','仿佛'),('彿','佛'),('後','后'),('徐胤昇','徐胤昇'),('徑','径'),('從','从'),('徠','徕'),('復','复'),('復甦','复苏'),('徵','征'),('徵弦','徵弦'),
('徵絃','徵弦'),('徵羽摩柯','徵羽摩柯'),('徵聲','徵声'),('徵調','徵调'),('徵音','徵音'),('徹','彻'),('徿','𪫌'),('恆','恒'),('恥','耻'),('悅','悦'),('悞','悮'),('悵','怅'),
('悶','闷'),('悽','凄'),('惡','恶'),('惱','恼'),('惲','恽'),('惻','恻'),('意志消沈','意志消沉'),('愛','爱'),('愜','惬'),('愨','悫'),('愴','怆'),('愷','恺'),
('愻','𢙏'),('愾','忾'),('慄','栗'),('態','态'),('慍','愠'),('慘','惨'),('慚','惭'),('慟','恸'),('慣','惯'),('慤','悫'),('慪','怄'),('慫','怂'),
('慮','虑'),('慳','悭'),('慶','庆'),('慺','㥪'),('慼','戚'),('慾','欲'),('憂','忧'),('憊','惫'),('憐','怜'),('憑','凭'),('憑藉','凭借'),('憑藉着','凭借着'),
('憒','愦'),('憖','慭'),('憚','惮'),('憢','𢙒'),('憤','愤'),('憫','悯'),('憮','怃'),('憲','宪'),('憶','忆'),('憸','𪫺'),('憹','𢙐'),('懀','𢙓'),
('懇','恳'),('應','应'),('懌','怿'),('懍','懔'),('懎','𢠁'),('懞','蒙'),('懟','怼'),('懣','懑'),('懤','㤽'),('懨','恹'),('懲','惩'),('懶','懒'),
('懷','怀'),('懷釐','怀釐'),('懸','悬'),('懺','忏'),('懼','惧'),('懾','慑'),('戀','恋'),('戇','戆'),('戔','戋'),('戧','戗'),('戩','戬'),('戰','战'),
('戱','戯'),('戲','戏'),('戶','户'),('手鍊','手链'),('打坏','打坯'),('扞','捍'),('扞格','扞格'),('扭轉乾坤','扭转乾坤'),('批覆','批复'),('找藉口','找借口'),('折戟沈沙','折戟沉沙'),('折戟沈河','折戟沉河'),
('拉坏','拉坯'),('拉鍊','拉链'),('拉鍊工程','拉链工程'),('拋','抛'),('拚','拼'),('拜覆','拜复'),('挨剋','挨剋'),('挩','捝'),('挱','挲'),('挾','挟'),('捏坏','捏坯'),('捨','舍'),
('捫','扪'),('捱','挨'),('捲','卷'),('掃','扫'),('掄','抡'),('掆','㧏'),('掗','挜'),('掙','挣'),('掚','𪭵'),('掛','挂'),('採','采'),('揀','拣'),
('揚','扬'),('換','换'),('揮','挥'),('揯','搄'),('損','损'),('搖','摇'),('搗','捣'),('搧','扇'),('搵','揾'),('搶','抢'),('摋','𢫬'),('摐','𪭢'),
('摑','掴'),('摜','掼'),('摟','搂'),('摯','挚'),('摳','抠'),('摶','抟'),('摺','折'),('摻','掺'),('撈','捞'),('撊','𪭾'),('撏','挦'),('撐','撑'),
('撓','挠'),('撝','㧑'),('撟','挢'),('撣','掸'),('撥','拨'),('撧','𪮖'),('撫','抚'),('撲','扑'),('撳','揿'),('撻','挞'),('撾','挝'),('撿','捡'),
('擁','拥'),('擄','掳'),('擇','择'),('擊','击'),('擊沈','击沉'),('擋','挡'),('擓','㧟'),('擔','担'),('據','据'),('據瞭解','据了解'),('擟','𪭧'),('擠','挤'),
('擡','抬'),('擣','捣'),('擫','𢬍'),('擬','拟'),('擯','摈'),('擰','拧'),('擱','搁'),('擲','掷'),('擴','扩'),('擷','撷'),('擺','摆'),('擻','擞'),
('擼','撸'),('擽','㧰'),('擾','扰'),('攄','摅'),('攆','撵'),('攋','𪮶'),('攏','拢'),('攔','拦'),('攖','撄'),('攙','搀'),('攛','撺'),('攜','携'),
('攝','摄'),('攢','攒'),('攣','挛'),('攤','摊'),('攪','搅'),('攬','揽'),('敍','叙'),('敎','教'),('敓','敚'),('敗','败'),('敘','叙'),('敵','敌'),
('數','数'),('斂','敛'),('斃','毙'),('斅','𢽾'),('斆','敩'),('斕','斓'),('斬','斩'),('斷','断'),('斸','𣃁'),('於','于'),('於世成','於世成'),('於乎','於乎'),
('於仲完','於仲完'),('於倫','於伦'),('於其一','於其一'),('於則','於则'),('於勇明','於勇明'),('於呼哀哉','於呼哀哉'),('於單','於单'),('於坦','於坦'),('於崇文','於崇文'),('於忠祥','於忠祥'),('於惟一','於惟一'),('於戲','於戏'),
('於敖','於敖'),('於梨華','於梨华'),('於清言','於清言'),('於潛','於潜'),('於琳','於琳'),('於穆','於穆'),('於竹屋','於竹屋'),('於菟','於菟'),('於邑','於邑'),('於陵子','於陵子'),('旂','旗'),('旋乾轉坤','旋乾转坤'),
('旋轉乾坤','旋转乾坤'),('旋轉乾坤之力','旋转乾坤之力'),('旣','既'),('昇','升'),('明瞭','明了'),('明覆','明复'),('昏沈','昏沉'),('春蒐','春蒐'),('春釐','春釐'),('時','时'),('晉','晋'),('晛','𬀪'),
('晝','昼'),('暈','晕'),('暉','晖'),('暐','𬀩'),('暗沈沈','暗沉沉'),('暘','旸'),('暢','畅'),('暫','暂'),('曄','晔'),('曆','历'),('曇','昙'),('曉','晓'),
('曊','𪰶'),('曏','向'),('曖','暧'),('曠','旷'),('曥','𣆐'),('曨','昽'),('曬','晒'),('書','书'),('書中自有千鍾粟','书中自有千锺粟'),('會','会'),('朝乾夕惕','朝乾夕惕'),('朥','𦛨'),
('朧','胧'),('木吒','木吒'),('朮','术'),('李乾德','李乾德'),('李昇','李昇'),('李昇勳','李昇勋'),('李澤鉅','李泽钜'),('李祕','李祕'),('李鍊福','李链福'),('李鍾郁','李锺郁'),('束脩','束脩'),('東','东'),
('東氾','东氾'),('枱','台'),('枴','拐'),('柵','栅'),('柺','拐'),('査','查'),('桱','𣐕'),('桿','杆'),('梁昇卿','梁昇卿'),('梁章鉅','梁章钜'),('梔','栀'),('梖','𪱷'),
('梘','枧'),('梜','𬂩'),('條','条'),('梟','枭'),('梲','棁'),('棄','弃'),('棊','棋'),('棖','枨'),('棗','枣'),('棟','栋'),('棡','㭎'),('棧','栈'),
('棲','栖'),('棶','梾'),('椏','桠'),('椲','㭏'),('楇','𣒌'),('楊','杨'),('楊聯陞','杨联陞'),('楓','枫'),('楨','桢'),('業','业'),('極','极'),('榘','矩'),
('榦','干'),('榪','杩'),('榮','荣'),('榲','榅'),('榿','桤'),('構','构'),('槍','枪'),('槓','杠'),('槤','梿'),('槧','椠'),('槨','椁'),('槫','𣏢'),
('槮','椮'),('槳','桨'),('槶','椢'),('槼','椝'),('樁','桩'),('樂','乐'),('樅','枞'),('樊於期','樊於期'),('樑','梁'),('樓','楼'),('標','标'),('樞','枢'),
('樠','𣗊'),('樢','㭤'),('樣','样'),('樤','𣔌'),('樧','榝'),('樫','㭴'),('樳','桪'),('樸','朴'),('樹','树'),('樺','桦'),('樿','椫'),('橈','桡'),
('橋','桥'),('機','机'),('橢','椭'),('橫','横'),('橯','𣓿'),('檁','檩'),('檉','柽'),('檔','档'),('檜','桧'),('檟','槚'),('檢','检'),('檣','樯'),
('檭','𣘴'),('檮','梼'),('檯','台'),('檳','槟'),('檵','𪲛'),('檸','柠'),('檻','槛'),('櫃','柜'),('櫅','𪲎'),('櫍','𬃊'),('櫓','橹'),('櫚','榈'),
('櫛','栉'),('櫝','椟'),('櫞','橼'),('櫟','栎'),('櫠','𪲮'),('櫥','橱'),('櫧','槠'),('櫨','栌'),('櫪','枥'),('櫫','橥'),('櫬','榇'),('櫱','蘖'),
('櫳','栊'),('櫸','榉'),('櫻','樱'),('欄','栏'),('欅','榉'),('欇','𪳍'),('權','权'),('欍','𣐤'),('欏','椤'),('欐','𪲔'),('欑','𪴙'),('欒','栾'),
('欓','𣗋'),('欖','榄'),('欘','𣚚'),('欞','棂'),('欽','钦'),('歎','叹'),('歐','欧'),('歟','欤'),('歡','欢'),('歲','岁'),('歷','历'),('歸','归'),
('死氣沈沈','死气沉沉'),('歿','殁'),('殘','残'),('殞','殒'),('殢','𣨼'),('殤','殇'),('殨','㱮'),('殫','殚'),('殭','僵'),('殮','殓'),('殯','殡'),('殰','㱩'),
('殲','歼'),('段脩','段脩'),('殺','杀'),('殻','壳'),('殼','壳'),('毀','毁'),('毆','殴'),('毊','𪵑'),('毛坏','毛坯'),('毿','毵'),('氂','牦'),('氈','毡'),
('氌','氇'),('氣','气'),('氫','氢'),('氬','氩'),('氭','𣱝'),('氳','氲'),('水逕','水迳'),('氾','泛'),('氾勝之','氾胜之'),('氾南','氾南'),('氾國','氾国'),('氾水','氾水'),
('汎','泛'),('汙','污'),('決','决'),('沈下','沉下'),('沈不住氣','沉不住气'),('沈住氣','沉住气'),('沈冤','沉冤'),('沈厚','沉厚'),('沈吟','沉吟'),('沈寂','沉寂'),('沈得住氣','沉得住气'),('沈思','沉思'),
('沈思往事','沉思往事'),('沈悶','沉闷'),('沈沒','沉没'),('沈沒成本','沉没成本'),('沈浮','沉浮'),('沈浸','沉浸'),('沈浸於','沉浸于'),('沈淪','沉沦'),('沈湎','沉湎'),('沈湎酒色','沉湎酒色'),('沈溺','沉溺'),('沈滯','沉滞'),
('沈滯性','沉滞性'),('沈澱','沉淀'),('沈澱出來','沉淀出来'),('沈澱劑','沉淀剂'),('沈澱法','沉淀法'),('沈澱物','沉淀物'),('沈濁','沉浊'),('沈甸甸','沉甸甸'),('沈痛','沉痛'),('沈痼','沉痼'),('沈痾','沉疴'),('沈睡','沉睡'),
('沈睡不醒','沉睡不醒'),('沈砂池','沉砂池'),('沈積','沉积'),('沈積岩','沉积岩'),('沈積石','沉积石'),('沈筒','沉筒'),('沈船','沉船'),('沈落','沉落'),('沈迷','沉迷'),('沈迷不醒','沉迷不醒'),('沈醉','沉醉'),('沈重','沉重'),
('沈降','沉降'),('沈陷','沉陷'),('沈靜','沉静'),('沈靜下來','沉静下来'),('沈香','沉香'),('沈鬱','沉郁'),('沈魚落雁','沉鱼落雁'),('沈默','沉默'),('沈默不語','沉默不语'),('沈默寡言','沉默寡言'),('沒','没'),('沖','冲'),
('沙逕','沙迳'),('河逕','河迳'),('況','况'),('泝','溯'),('洩','泄'),('洶','汹'),('流徵','流徵'),('浪蕩乾坤','浪荡乾坤'),('浮沈','浮沉'),('海哩','海里'),('浹','浃'),('浿','𬇙'),
('涇','泾'),('涗','涚'),('涼','凉'),('淒','凄'),('淚','泪'),('淥','渌'),('淨','净'),('淩','凌'),('淪','沦'),('深沈','深沉'),('深沈不露','深沉不露'),('淵','渊'),
('淶','涞'),('淺','浅'),('渙','涣'),('減','减'),('渢','沨'),('渦','涡'),('測','测'),('渾','浑'),('湊','凑'),('湋','𣲗'),('湞','浈'),('湧','涌'),
('湯','汤'),('溈','沩'),('準','准'),('溝','沟'),('溡','𪶄'),('溫','温'),('溫昇豪','温昇豪'),('溮','浉'),('溳','涢'),('溼','湿'),('滄','沧'),('滅','灭'),
('滌','涤'),('滎','荥'),('滑藉','滑借'),('滙','汇'),('滬','沪'),('滯','滞'),('滲','渗'),('滷','卤'),('滸','浒'),('滻','浐'),('滾','滚'),('滿','满'),
('漁','渔'),('漊','溇'),('漍','𬇹'),('漚','沤'),('漢','汉'),('漣','涟'),('漬','渍'),('漲','涨'),('漵','溆'),('漸','渐'),('漿','浆'),('潀','潨'),
('潁','颍'),('潑','泼'),('潔','洁'),('潕','𣲘'),('潙','沩'),('潚','㴋'),('潛','潜'),('潣','𫞗'),('潤','润'),('潯','浔'),('潰','溃'),('潷','滗'),
('潿','涠'),('澀','涩'),('澅','𣶩'),('澆','浇'),('澇','涝'),('澐','沄'),('澗','涧'),('澠','渑'),('澤','泽'),('澦','滪'),('澩','泶'),('澫','𬇕'),
('澬','𫞚'),('澮','浍'),('澱','淀'),('澾','㳠'),('濁','浊'),('濃','浓'),('濄','㳡'),('濆','𣸣'),('濕','湿'),('濘','泞'),('濚','溁'),('濛','蒙'),
('濜','浕'),('濟','济'),('濤','涛'),('濧','㳔'),('濫','滥'),('濰','潍'),('濱','滨'),('濺','溅'),('濼','泺'),('濾','滤'),('濿','𪵱'),('瀂','澛'),
('瀃','𣽷'),('瀅','滢'),('瀆','渎'),('瀇','㲿'),('瀉','泻'),('瀋','沈'),('瀏','浏'),('瀕','濒'),('瀘','泸'),('瀝','沥'),('瀟','潇'),('瀠','潆'),
('瀦','潴'),('瀧','泷'),('瀨','濑'),('瀰','弥'),('瀲','潋'),('瀾','澜'),('灃','沣'),('灄','滠'),('灍','𫞝'),('灑','洒'),('灒','𪷽'),('灕','漓'),
('灘','滩'),('灙','𣺼'),('灝','灏'),('灡','㳕'),('灣','湾'),('灤','滦'),('灧','滟'),('灩','滟'),('災','灾'),('為','为'),('烏','乌'),('烏昇','乌昇'),
('烏沈沈','乌沉沉'),('烏逕','乌迳'),('烴','烃'),('無','无'),('煇','𪸩'),('煉','炼'),('煒','炜'),('煙','烟'),('煢','茕'),('煥','焕'),('煩','烦'),('煬','炀'),
('煱','㶽'),('熂','𪸕'),('熅','煴'),('熉','𤈶'),('熌','𤇄'),('熒','荧'),('熓','𤆡'),('熗','炝'),('熚','𤇹'),('熡','𤋏'),('熰','𬉼'),('熱','热'),
('熲','颎'),('熾','炽'),('燀','𬊤'),('燁','烨'),('燈','灯'),('燉','炖'),('燒','烧'),('燖','𬊈'),('燙','烫'),('燜','焖'),('營','营'),('燦','灿'),
('燬','毁'),('燭','烛'),('燴','烩'),('燶','㶶'),('燻','熏'),('燼','烬'),('燾','焘'),('爃','𫞡'),('爄','𤇃'),('爇','𦶟'),('爍','烁'),('爐','炉'),
('爖','𤇭'),('爛','烂'),('爥','𪹳'),('爧','𫞠'),('爭','争'),('爲','为'),('爺','爷'),('爾','尔'),('牀','床'),('牆','墙'),('牘','牍'),('牴','抵'),
('牽','牵'),('犖','荦'),('犛','牦'),('犞','𪺭'),('犢','犊'),('犧','牺'),('狀','状'),('狐藉虎威','狐借虎威'),('狹','狭'),('狽','狈'),('猌','𪺽'),('猙','狰'),
('猶','犹'),('猻','狲'),('獁','犸'),('獃','呆'),('獄','狱'),('獅','狮'),('獊','𪺷'),('獎','奖'),('獨','独'),('獩','𤞃'),('獪','狯'),('獫','猃'),
('獮','狝'),('獰','狞'),('獱','㺍'),('獲','获'),('獵','猎'),('獷','犷'),('獸','兽'),('獺','獭'),('獻','献'),('獼','猕'),('玀','猡'),('玁','𤞤'),
('王彥昇','王彦昇'),('珍珠項鍊','珍珠项链'),('珼','𫞥'),('現','现'),('琱','雕'),('琺','珐'),('琿','珲'),('瑋','玮'),('瑒','玚'),('瑣','琐'),('瑤','瑶'),('瑩','莹'),
('瑪','玛'),('瑲','玱'),('瑻','𪻲'),('瑽','𪻐'),('璉','琏'),('璊','𫞩'),('璕','𬍤'),('璗','𬍡'),('璝','𪻺'),('璡','琎'),('璣','玑'),('璦','瑷'),
('璫','珰'),('璯','㻅'),('環','环'),('璵','玙'),('璸','瑸'),('璼','𫞨'),('璽','玺'),('璾','𫞦'),('璿','璇'),('瓄','𪻨'),('瓅','𬍛'),('瓊','琼'),
('瓏','珑'),('瓔','璎'),('瓕','𤦀'),('瓚','瓒'),('瓛','𤩽'),('甌','瓯'),('甕','瓮'),('甚鉅','甚钜'),('產','产'),('産','产'),('甦生','苏生'),('甦醒','苏醒'),
('申昇勳','申昇勋'),('申覆','申复'),('畝','亩'),('畢','毕'),('畢昇','毕昇'),('畫','画'),('異','异'),('畵','画'),('當','当'),('畼','𪽈'),('疇','畴'),('疊','叠'),
('痙','痉'),('痠','酸'),('痮','𪽪'),('痾','疴'),('瘂','痖'),('瘋','疯'),('瘍','疡'),('瘓','痪'),('瘞','瘗'),('瘡','疮'),('瘧','疟'),('瘮','瘆'),
('瘱','𪽷'),('瘲','疭'),('瘺','瘘'),('瘻','瘘'),('療','疗'),('癆','痨'),('癇','痫'),('癉','瘅'),('癐','𤶊'),('癒','愈'),('癘','疠'),('癟','瘪'),
('癡','痴'),('癢','痒'),('癤','疖'),('癥','症'),('癧','疬'),('癩','癞'),('癬','癣'),('癭','瘿'),('癮','瘾'),('癰','痈'),('癱','瘫'),('癲','癫'),
('發','发'),('皁','皂'),('皚','皑'),('皟','𤾀'),('皰','疱'),('皸','皲'),('皺','皱'),('盃','杯'),('盜','盗'),('盞','盏'),('盡','尽'),('監','监'),
('盤','盘'),('盧','卢'),('盧象昇','卢象昇'),('盨','𪾔'),('盪','荡'),('目劄','目劄'),('眝','𪾣'),('眞','真'),('眥','眦'),('眾','众'),('睍','𪾢'),('睏','困'),
('睜','睁'),('睞','睐'),('瞘','眍'),('瞜','䁖'),('瞞','瞒'),('瞤','𥆧'),('瞭如','了如'),('瞭如指掌','了如指掌'),('瞭然','了然'),('瞭然於心','了然于心'),('瞭若指掌','了若指掌'),('瞭解','了解'),
('瞭解到','了解到'),('瞶','瞆'),('瞼','睑'),('矇','蒙'),('矉','𪾸'),('矑','𪾦'),('矓','眬'),('矚','瞩'),('矯','矫'),('破釜沈舟','破釜沉舟'),('硃','朱'),('硜','硁'),
('硤','硖'),('硨','砗'),('硯','砚'),('碕','埼'),('碙','𥐻'),('碩','硕'),('碭','砀'),('碸','砜'),('確','确'),('碼','码'),('碽','䂵'),('磑','硙'),
('磚','砖'),('磚坏','砖坯'),('磠','硵'),('磣','碜'),('磧','碛'),('磯','矶'),('磽','硗'),('磾','䃅'),('礄','硚'),('礎','础'),('礐','𬒈'),('礒','𥐟'),
('礙','碍'),('礦','矿'),('礪','砺'),('礫','砾'),('礬','矾'),('礮','𪿫'),('礱','砻'),('示覆','示复'),('社逕','社迳'),('祕','秘'),('祕丕笈','祕丕笈'),('祕彭祖','祕彭祖'),
('祕瓊','祕琼'),('祝釐','祝釐'),('祿','禄'),('禍','祸'),('禎','祯'),('禕','祎'),('禡','祃'),('禦','御'),('禪','禅'),('禮','礼'),('禰','祢'),('禱','祷'),
('禿','秃'),('秈','籼'),('稅','税'),('稈','秆'),('稏','䅉'),('稜','棱'),('稟','禀'),('稟覆','禀复'),('種','种'),('稱','称'),('穀','谷'),('穇','䅟'),
('穌','稣'),('積','积'),('穎','颖'),('穠','秾'),('穡','穑'),('穢','秽'),('穩','稳'),('穫','获'),('穭','穞'),('窩','窝'),('窪','洼'),('窮','穷'),
('窯','窑'),('窵','窎'),('窶','窭'),('窺','窥'),('竄','窜'),('竅','窍'),('竇','窦'),('竈','灶'),('竊','窃'),('竚','𥩟'),('竪','竖'),('竱','𫁟'),
('競','竞'),('竺乾','竺乾'),('筆','笔'),('筍','笋'),('答覆','答复'),('筧','笕'),('筴','䇲'),('箇','个'),('箋','笺'),('箏','筝'),('箚','札'),('節','节'),
('範','范'),('築','筑'),('篋','箧'),('篔','筼'),('篘','𥬠'),('篠','筿'),('篢','𬕂'),('篤','笃'),('篤麼','笃麽'),('篩','筛'),('篳','筚'),('篸','𥮾'),
('簀','箦'),('簂','𫂆'),('簍','篓'),('簑','蓑'),('簞','箪'),('簡','简'),('簡單明瞭','简单明了'),('簢','𫂃'),('簣','篑'),('簫','箫'),('簹','筜'),('簽','签'),
('簾','帘'),('籃','篮'),('籅','𥫣'),('籋','𥬞'),('籌','筹'),('籌畫','筹划'),('籔','䉤'),('籙','箓'),('籛','篯'),('籜','箨'),('籟','籁'),('籠','笼'),
('籤','签'),('籩','笾'),('籪','簖'),('籬','篱'),('籮','箩'),('籲','吁'),('粧','妆'),('粵','粤'),('糉','粽'),('糝','糁'),('糞','粪'),('糧','粮'),
('糭','粽'),('糰','团'),('糲','粝'),('糴','籴'),('糶','粜'),('糹','纟'),('糺','𫄙'),('糾','纠'),('紀','纪'),('紂','纣'),('紃','𬘓'),('約','约'),
('紅','红'),('紆','纡'),('紇','纥'),('紈','纨'),('紉','纫'),('紋','纹'),('納','纳'),('紐','纽'),('紓','纾'),('純','纯'),('紕','纰'),('紖','纼'),
('紗','纱'),('紘','纮'),('紙','纸'),('級','级'),('紛','纷'),('紜','纭'),('紝','纴'),('紞','𬘘'),('紟','𫄛'),('素藉','素借'),('紡','纺'),('紬','䌷'),
('紮','扎'),('細','细'),('紱','绂'),('紲','绁'),('紳','绅'),('紵','纻'),('紹','绍'),('紺','绀'),('紼','绋'),('紿','绐'),('絀','绌'),('絁','𫄟'),
('終','终'),('絃','弦'),('組','组'),('絅','䌹'),('絆','绊'),('絍','𫟃'),('絎','绗'),('結','结'),('絕','绝'),('絙','𫄠'),('絛','绦'),('絝','绔'),
('絞','绞'),('絡','络'),('絢','绚'),('絥','𫄢'),('給','给'),('絧','𫄡'),('絨','绒'),('絪','𬘡'),('絰','绖'),('統','统'),('絲','丝'),('絳','绛'),
('絶','绝'),('絹','绢'),('絺','𫄨'),('綀','𦈌'),('綁','绑'),('綃','绡'),('綄','𬘫'),('綆','绠'),('綇','𦈋'),('綈','绨'),('綉','绣'),('綋','𫟄'),
('綌','绤'),('綎','𬘩'),('綏','绥'),('綐','䌼'),('綑','捆'),('經','经'),('綖','𫄧'),('綜','综'),('綝','𬘭'),('綞','缍'),('綟','𫄫'),('綠','绿'),
('綡','𫟅'),('綢','绸'),('綣','绻'),('綧','𬘯'),('綪','𬘬'),('綫','线'),('綬','绶'),('維','维'),('綯','绹'),('綰','绾'),('綱','纲'),('網','网'),
('綳','绷'),('綴','缀'),('綵','彩'),('綸','纶'),('綹','绺'),('綺','绮'),('綻','绽'),('綽','绰'),('綾','绫'),('綿','绵'),('緄','绲'),('緇','缁'),
('緊','紧'),('緋','绯'),('緍','𦈏'),('緑','绿'),('緒','绪'),('緓','绬'),('緔','绱'),('緗','缃'),('緘','缄'),('緙','缂'),('線','线'),('緝','缉'),
('緞','缎'),('緟','𫟆'),('締','缔'),('緡','缗'),('緣','缘'),('緤','𫄬'),('緦','缌'),('編','编'),('緩','缓'),('緬','缅'),('緮','𫄭'),('緯','纬'),
('緰','𦈕'),('緱','缑'),('緲','缈'),('練','练'),('緶','缏'),('緷','𦈉'),('緸','𦈑'),('緹','缇'),('緻','致'),('緼','缊'),('縈','萦'),('縉','缙'),
('縊','缢'),('縋','缒'),('縍','𫄰'),('縎','𦈔'),('縐','绉'),('縑','缣'),('縕','缊'),('縗','缞'),('縛','缚'),('縝','缜'),('縞','缟'),('縟','缛'),
('縣','县'),('縧','绦'),('縫','缝'),('縬','𦈚'),('縭','缡'),('縮','缩'),('縯','𬙂'),('縰','𫄳'),('縱','纵'),('縲','缧'),('縳','䌸'),('縴','纤'),
('縵','缦'),('縶','絷'),('縷','缕'),('縸','𫄲'),('縹','缥'),('縺','𦈐'),('總','总'),('績','绩'),('繂','𫄴'),('繃','绷'),('繅','缫'),('繆','缪'),
('繈','𫄶'),('繏','𦈝'),('繐','𰬸'),('繒','缯'),('繓','𦈛'),('織','织'),('繕','缮'),('繚','缭'),('繞','绕'),('繟','𦈎'),('繡','绣'),('繢','缋'),
('繨','𫄤'),('繩','绳'),('繪','绘'),('繫','系'),('繬','𫄱'),('繭','茧'),('繮','缰'),('繯','缳'),('繰','缲'),('繳','缴'),('繶','𫄷'),('繷','𫄣'),
('繸','䍁'),('繹','绎'),('繻','𦈡'),('繼','继'),('繽','缤'),('繾','缱'),('繿','䍀'),('纁','𫄸'),('纆','𬙊'),('纇','颣'),('纈','缬'),('纊','纩'),
('續','续'),('纍','累'),('纏','缠'),('纓','缨'),('纔','才'),('纕','𬙋'),('纖','纤'),('纗','𫄹'),('纘','缵'),('纚','𫄥'),('纜','缆'),('缽','钵'),
('罃','䓨'),('罈','坛'),('罌','罂'),('罎','坛'),('罰','罚'),('罵','骂'),('罷','罢'),('羅','罗'),('羆','罴'),('羈','羁'),('羋','芈'),('羣','群'),
('羥','羟'),('羨','羡'),('義','义'),('羵','𫅗'),('羶','膻'),('習','习'),('翫','玩'),('翬','翚'),('翹','翘'),('翽','翙'),('耬','耧'),('耮','耢'),
('耳沈','耳沉'),('聖','圣'),('聞','闻'),('聯','联'),('聰','聪'),('聲','声'),('聳','耸'),('聵','聩'),('聶','聂'),('職','职'),('聹','聍'),('聻','𫆏'),
('聽','听'),('聾','聋'),('肅','肃'),('肉脩','肉脩'),('肘手鍊足','肘手链足'),('胤祕','胤祕'),('脅','胁'),('脈','脉'),('脛','胫'),('脣','唇'),('脥','𣍰'),('脩','修'),
('脩敬','脩敬'),('脩炳','脩炳'),('脩脡','脩脡'),('脩脯','脩脯'),('脩金','脩金'),('脫','脱'),('脫坏','脱坯'),('脹','胀'),('腎','肾'),('腖','胨'),('腡','脶'),('腦','脑'),
('腪','𣍯'),('腫','肿'),('腳','脚'),('腶脩','腶脩'),('腸','肠'),('膃','腽'),('膕','腘'),('膚','肤'),('膞','䏝'),('膠','胶'),('膢','𦝼'),('膩','腻'),
('膹','𪱥'),('膽','胆'),('膾','脍'),('膿','脓'),('臉','脸'),('臍','脐'),('臏','膑'),('臗','𣎑'),('臘','腊'),('臚','胪'),('臟','脏'),('臠','脔'),
('臢','臜'),('臥','卧'),('臨','临'),('臺','台'),('與','与'),('興','兴'),('舉','举'),('舊','旧'),('舖','铺'),('舘','馆'),('艙','舱'),('艣','𫇛'),
('艤','舣'),('艦','舰'),('艫','舻'),('艱','艰'),('艷','艳'),('芻','刍'),('苧','苎'),('英哩','英里'),('茅蒐','茅蒐'),('茲','兹'),('茵藉','茵借'),('荊','荆'),
('莊','庄'),('莖','茎'),('莢','荚'),('莧','苋'),('菕','𰰨'),('華','华'),('菴','庵'),('菸','烟'),('萇','苌'),('萊','莱'),('萬','万'),('萬鍾','万锺'),
('萴','荝'),('萵','莴'),('落雁沈魚','落雁沉鱼'),('葉','叶'),('葒','荭'),('葝','𫈎'),('葤','荮'),('葦','苇'),('葯','药'),('葷','荤'),('蒍','𫇭'),('蒐','搜'),
('蒐于紅','蒐于红'),('蒐於紅','蒐于红'),('蒐狩','蒐狩'),('蒐獮','蒐狝'),('蒐獵','蒐猎'),('蒐田','蒐田'),('蒐畋','蒐畋'),('蒐苗','蒐苗'),('蒓','莼'),('蒔','莳'),('蒕','蒀'),('蒜薹','蒜薹'),
('蒞','莅'),('蒭','𫇴'),('蒼','苍'),('蓀','荪'),('蓆','席'),('蓋','盖'),('蓧','𦰏'),('蓮','莲'),('蓯','苁'),('蓴','莼'),('蓽','荜'),('蔄','𬜬'),
('蔔','卜'),('蔘','参'),('蔞','蒌'),('蔣','蒋'),('蔣昇','蒋昇'),('蔥','葱'),('蔦','茑'),('蔭','荫'),('蔯','𫈟'),('蔿','𫇭'),('蕁','荨'),('蕆','蒇'),
('蕎','荞'),('蕒','荬'),('蕓','芸'),('蕓薹','芸薹'),('蕕','莸'),('蕘','荛'),('蕝','𫈵'),('蕢','蒉'),('蕩','荡'),('蕪','芜'),('蕭','萧'),('蕭乾','萧乾'),
('蕳','𫈉'),('蕷','蓣'),('蕽','𫇽'),('薀','蕰'),('薆','𫉁'),('薈','荟'),('薊','蓟'),('薌','芗'),('薑','姜'),('薔','蔷'),('薘','荙'),('薟','莶'),
('薦','荐'),('薩','萨'),('薳','䓕'),('薴','苧'),('薵','䓓'),('薹','苔'),('薺','荠'),('藉代','借代'),('藉以','借以'),('藉助','借助'),('藉助於','借助于'),('藉卉','借卉'),
('藉口','借口'),('藉喻','借喻'),('藉寇兵','借寇兵'),('藉寇兵齎盜糧','借寇兵赍盗粮'),('藉手','借手'),('藉據','借据'),('藉故','借故'),('藉故推辭','借故推辞'),('藉方','借方'),('藉條','借条'),('藉槁','借槁'),('藉機','借机'),
('藉此','借此'),('藉此機會','借此机会'),('藉甚','借甚'),('藉由','借由'),('藉着','借着'),('藉端','借端'),('藉端生事','借端生事'),('藉箸代籌','借箸代筹'),('藉草枕塊','借草枕块'),('藉詞','借词'),('藉讀','借读'),('藉資','借资'),
('藍','蓝'),('藎','荩'),('藝','艺'),('藥','药'),('藪','薮'),('藭','䓖'),('藴','蕴'),('藶','苈'),('藷','𫉄'),('藹','蔼'),('藺','蔺'),('蘀','萚'),
('蘄','蕲'),('蘆','芦'),('蘇','苏'),('蘊','蕴'),('蘋','苹'),('蘚','藓'),('蘞','蔹'),('蘟','𦻕'),('蘢','茏'),('蘭','兰'),('蘺','蓠'),('蘿','萝'),
('虆','蔂'),('虉','𬟁'),('處','处'),('虛','虚'),('虜','虏'),('號','号'),('虧','亏'),('虯','虬'),('蛺','蛱'),('蛻','蜕'),('蜆','蚬'),('蝀','𬟽'),
('蝕','蚀'),('蝟','猬'),('蝦','虾'),('蝨','虱'),('蝸','蜗'),('螄','蛳'),('螞','蚂'),('螢','萤'),('螮','䗖'),('螻','蝼'),('螿','螀'),('蟂','𫋇'),
('蟄','蛰'),('蟈','蝈'),('蟎','螨'),('蟘','𫋌'),('蟜','𫊸'),('蟣','虮'),('蟬','蝉'),('蟯','蛲'),('蟲','虫'),('蟳','𫊻'),('蟶','蛏'),('蟻','蚁'),
('蠀','𧏗'),('蠁','蚃'),('蠅','蝇'),('蠆','虿'),('蠍','蝎'),('蠐','蛴'),('蠑','蝾'),('蠔','蚝'),('蠙','𧏖'),('蠟','蜡'),('蠣','蛎'),('蠦','𫊮'),
('蠨','蟏'),('蠱','蛊'),('蠶','蚕'),('蠻','蛮'),('蠾','𧑏'),('衆','众'),('衊','蔑'),('術','术'),('衕','同'),('衚','胡'),('衛','卫'),('衝','冲'),
('衞','卫'),('衹','只'),('袁祕','袁祕'),('袖裏乾坤','袖里乾坤'),('袞','衮'),('袷','夹'),('袷袢','袷袢'),('裊','袅'),('裏','里'),('補','补'),('裝','装'),('裡','里'),
('製','制'),('製坏','制坯'),('複','复'),('褌','裈'),('褘','袆'),('褲','裤'),('褳','裢'),('褸','褛'),('褻','亵'),('襀','𫌀'),('襇','裥'),('襉','裥'),
('襏','袯'),('襓','𫋹'),('襖','袄'),('襗','𫋷'),('襘','𫋻'),('襝','裣'),('襠','裆'),('襤','褴'),('襪','袜'),('襬','摆'),('襯','衬'),('襰','𧝝'),
('襲','袭'),('襴','襕'),('襵','𫌇'),('覆信','复信'),('覆呈','复呈'),('覆命','复命'),('覆墓','复墓'),('覆帳','复帐'),('覆按','复按'),('覆文','复文'),('覆校','复校'),('覆電','复电'),
('覈','核'),('見','见'),('見覆','见复'),('覎','觃'),('規','规'),('覓','觅'),('視','视'),('覘','觇'),('覛','𫌪'),('覡','觋'),('覥','觍'),('覦','觎'),
('親','亲'),('覬','觊'),('覯','觏'),('覲','觐'),('覷','觑'),('覹','𫌭'),('覺','觉'),('覼','𫌨'),('覽','览'),('覿','觌'),('觀','观'),('角徵','角徵'),
('角徵羽','角徵羽'),('觴','觞'),('觶','觯'),('觸','触'),('訁','讠'),('訂','订'),('訃','讣'),('計','计'),('計畫','计划'),('訊','讯'),('訌','讧'),('討','讨'),
('訏','𬣙'),('訐','讦'),('訑','𫍙'),('訒','讱'),('訓','训'),('訕','讪'),('訖','讫'),('託','托'),('記','记'),('訛','讹'),('訜','𫍛'),('訝','讶'),
('訞','𫍚'),('訟','讼'),('訢','䜣'),('訣','诀'),('訥','讷'),('訨','𫟞'),('訩','讻'),('訪','访'),('設','设'),('許','许'),('訴','诉'),('訶','诃'),
('診','诊'),('註','注'),('証','证'),('詀','𧮪'),('詁','诂'),('詆','诋'),('詊','𫟟'),('詎','讵'),('詐','诈'),('詑','𫍡'),('詒','诒'),('詓','𫍜'),
('詔','诏'),('評','评'),('詖','诐'),('詗','诇'),('詘','诎'),('詛','诅'),('詝','𬣞'),('詞','词'),('詠','咏'),('詡','诩'),('詢','询'),('詣','诣'),
('試','试'),('詩','诗'),('詪','𬣳'),('詫','诧'),('詬','诟'),('詭','诡'),('詮','诠'),('詰','诘'),('話','话'),('該','该'),('詳','详'),('詵','诜'),
('詷','𫍣'),('詼','诙'),('詿','诖'),('誂','𫍥'),('誄','诔'),('誅','诛'),('誆','诓'),('誇','夸'),('誋','𫍪'),('誌','志'),('認','认'),('誑','诳'),
('誒','诶'),('誕','诞'),('誘','诱'),('誚','诮'),('語','语'),('誠','诚'),('誡','诫'),('誣','诬'),('誤','误'),('誥','诰'),('誦','诵'),('誨','诲'),
('說','说'),('誫','𫍨'),('説','说'),('誰','谁'),('課','课'),('誳','𫍮'),('誴','𫟡'),('誶','谇'),('誷','𫍬'),('誹','诽'),('誺','𫍧'),('誼','谊'),
('誾','訚'),('調','调'),('諂','谄'),('諄','谆'),('談','谈'),('諉','诿'),('請','请'),('諍','诤'),('諏','诹'),('諑','诼'),('諒','谅'),('諓','𬣡'),
('論','论'),('諗','谂'),('諛','谀'),('諜','谍'),('諝','谞'),('諞','谝'),('諟','𬤊'),('諡','谥'),('諢','诨'),('諣','𫍩'),('諤','谔'),('諥','𫍳'),
('諦','谛'),('諧','谐'),('諫','谏'),('諭','谕'),('諮','咨'),('諯','𫍱'),('諰','𫍰'),('諱','讳'),('諲','𬤇'),('諳','谙'),('諴','𫍯'),('諶','谌'),
('諷','讽'),('諸','诸'),('諺','谚'),('諼','谖'),('諾','诺'),('謀','谋'),('謁','谒'),('謂','谓'),('謄','誊'),('謅','诌'),('謆','𫍸'),('謉','𫍷'),
('謊','谎'),('謎','谜'),('謏','𫍲'),('謐','谧'),('謔','谑'),('謖','谡'),('謗','谤'),('謙','谦'),('謚','谥'),('講','讲'),('謝','谢'),('謠','谣'),
('謡','谣'),('謨','谟'),('謫','谪'),('謬','谬'),('謭','谫'),('謯','𫍹'),('謱','𫍴'),('謳','讴'),('謸','𫍵'),('謹','谨'),('謾','谩'),('譁','哗'),
('譂','𫟠'),('譅','𰶎'),('譆','𫍻'),('證','证'),('譊','𫍢'),('譎','谲'),('譏','讥'),('譑','𫍤'),('譓','𬤝'),('譖','谮'),('識','识'),('譙','谯'),
('譚','谭'),('譜','谱'),('譞','𫍽'),('譟','噪'),('譨','𫍦'),('譫','谵'),('譭','毁'),('譯','译'),('議','议'),('譴','谴'),('護','护'),('譸','诪'),
('譽','誉'),('譾','谫'),('讀','读'),('讅','谉'),('變','变'),('變徵','变徵'),('變徵之聲','变徵之声'),('變徵之音','变徵之音'),('讋','詟'),('讌','䜩'),('讎','雠'),('讒','谗'),
('讓','让'),('讕','谰'),('讖','谶'),('讚','赞'),('讜','谠'),('讞','谳'),('谿','溪'),('谿工','谿工'),('豈','岂'),('豎','竖'),('豐','丰'),('豔','艳'),
('豬','猪'),('豵','𫎆'),('豶','豮'),('貍','狸'),('貓','猫'),('貗','𫎌'),('貙','䝙'),('貝','贝'),('貞','贞'),('貟','贠'),('負','负'),('財','财'),
('貢','贡'),('貧','贫'),('貨','货'),('販','贩'),('貪','贪'),('貫','贯'),('責','责'),('貯','贮'),('貰','贳'),('貲','赀'),('貳','贰'),('貴','贵'),
('貶','贬'),('買','买'),('貸','贷'),('貺','贶'),('費','费'),('貼','贴'),('貽','贻'),('貿','贸'),('賀','贺'),('賁','贲'),('賂','赂'),('賃','赁'),
('賄','贿'),('賅','赅'),('資','资'),('賈','贾'),('賊','贼'),('賑','赈'),('賒','赊'),('賓','宾'),('賕','赇'),('賙','赒'),('賚','赉'),('賜','赐'),
('賝','𫎩'),('賞','赏'),('賟','𧹖'),('賠','赔'),('賡','赓'),('賢','贤'),('賣','卖'),('賤','贱'),('賦','赋'),('賧','赕'),('質','质'),('賫','赍'),
('賬','账'),('賭','赌'),('賰','䞐'),('賴','赖'),('賵','赗'),('賺','赚'),('賻','赙'),('購','购'),('賽','赛'),('賾','赜'),('贃','𧹗'),('贄','贽'),
('贅','赘'),('贇','赟'),('贈','赠'),('贉','𫎫'),('贊','赞'),('贋','赝'),('贍','赡'),('贏','赢'),('贐','赆'),('贑','𫎬'),('贓','赃'),('贔','赑'),
('贖','赎'),('贗','赝'),('贚','𫎦'),('贛','赣'),('贜','赃'),('赤石逕','赤石迳'),('赬','赪'),('趕','赶'),('趙','赵'),('趨','趋'),('趲','趱'),('跡','迹'),
('踅門瞭戶','踅门了户'),('踐','践'),('踰','逾'),('踴','踊'),('蹌','跄'),('蹔','𫏐'),('蹕','跸'),('蹟','迹'),('蹠','跖'),('蹣','蹒'),('蹤','踪'),('蹳','𫏆'),
('蹺','跷'),('蹻','𫏋'),('躂','跶'),('躉','趸'),('躊','踌'),('躋','跻'),('躍','跃'),('躎','䟢'),('躑','踯'),('躒','跞'),('躓','踬'),('躕','蹰'),
('躘','𨀁'),('躚','跹'),('躝','𨅬'),('躡','蹑'),('躥','蹿'),('躦','躜'),('躪','躏'),('躪藉','躏借'),('軀','躯'),('軉','𨉗'),('車','车'),('軋','轧'),
('軌','轨'),('軍','军'),('軏','𫐄'),('軑','轪'),('軒','轩'),('軔','轫'),('軕','𫐅'),('軗','𨐅'),('軛','轭'),('軜','𫐇'),('軝','𬨂'),('軟','软'),
('軤','轷'),('軨','𫐉'),('軫','轸'),('軬','𫐊'),('軲','轱'),('軷','𫐈'),('軸','轴'),('軹','轵'),('軺','轺'),('軻','轲'),('軼','轶'),('軾','轼'),
('軿','𫐌'),('較','较'),('輄','𨐈'),('輅','辂'),('輇','辁'),('輈','辀'),('載','载'),('載沈載浮','载沉载浮'),('載浮載沈','载浮载沉'),('輊','轾'),('輋','𪨶'),('輒','辄'),
('輓','挽'),('輔','辅'),('輕','轻'),('輖','𫐏'),('輗','𫐐'),('輛','辆'),('輜','辎'),('輝','辉'),('輞','辋'),('輟','辍'),('輢','𫐎'),('輥','辊'),
('輦','辇'),('輨','𫐑'),('輩','辈'),('輪','轮'),('輬','辌'),('輮','𫐓'),('輯','辑'),('輳','辏'),('輶','𬨎'),('輷','𫐒'),('輸','输'),('輻','辐'),
('輼','辒'),('輾','辗'),('輿','舆'),('轀','辒'),('轂','毂'),('轄','辖'),('轅','辕'),('轆','辘'),('轇','𫐖'),('轉','转'),('轊','𫐕'),('轍','辙'),
('轎','轿'),('轐','𫐗'),('轔','辚'),('轗','𫐘'),('轟','轰'),('轠','𫐙'),('轡','辔'),('轢','轹'),('轣','𫐆'),('轤','轳'),('辛祕','辛祕'),('辦','办'),
('辭','辞'),('辮','辫'),('辯','辩'),('農','农'),('迴','回'),('逆釐','逆釐'),('逕','径'),('逕口','迳口'),('逕聯','迳联'),('逕頭','迳头'),('這','这'),('連','连'),
('週','周'),('進','进'),('遊','游'),('運','运'),('過','过'),('達','达'),('違','违'),('遙','遥'),('遜','逊'),('遞','递'),('遠','远'),('遡','溯'),
('適','适'),('遱','𫐷'),('遲','迟'),('遶','绕'),('遷','迁'),('選','选'),('遺','遗'),('遼','辽'),('邁','迈'),('還','还'),('邇','迩'),('邊','边'),
('邏','逻'),('邐','逦'),('郟','郏'),('郭子乾','郭子乾'),('郵','邮'),('鄆','郓'),('鄉','乡'),('鄒','邹'),('鄔','邬'),('鄖','郧'),('鄟','𫑘'),('鄧','邓'),
('鄩','𬩽'),('鄭','郑'),('鄰','邻'),('鄲','郸'),('鄳','𫑡'),('鄴','邺'),('鄶','郐'),('鄺','邝'),('酇','酂'),('酈','郦'),('酒逢知己千鍾少','酒逢知己千锺少'),('醃','腌'),
('醖','酝'),('醜','丑'),('醞','酝'),('醞藉','酝借'),('醟','蒏'),('醣','糖'),('醫','医'),('醬','酱'),('醱','酦'),('醲','𬪩'),('醶','𫑷'),('釀','酿'),
('釁','衅'),('釃','酾'),('釅','酽'),('釋','释'),('重覆','重复'),('釐','厘'),('金吒','金吒'),('金昇玟','金昇玟'),('金鍊','金链'),('釒','钅'),('釓','钆'),('釔','钇'),
('釕','钌'),('釗','钊'),('釘','钉'),('釙','钋'),('釚','𫟲'),('針','针'),('釟','𫓥'),('釣','钓'),('釤','钐'),('釦','扣'),('釧','钏'),('釨','𫓦'),
('釩','钒'),('釲','𫟳'),('釳','𨰿'),('釴','𬬩'),('釵','钗'),('釷','钍'),('釹','钕'),('釺','钎'),('釾','䥺'),('釿','𬬱'),('鈀','钯'),('鈁','钫'),
('鈃','钘'),('鈄','钭'),('鈅','钥'),('鈆','𫓪'),('鈇','𫓧'),('鈈','钚'),('鈉','钠'),('鈋','𨱂'),('鈍','钝'),('鈎','钩'),('鈐','钤'),('鈑','钣'),
('鈒','钑'),('鈔','钞'),('鈕','钮'),('鈖','𫟴'),('鈗','𫟵'),('鈛','𫓨'),('鈞','钧'),('鈞覆','钧复'),('鈠','𨱁'),('鈡','钟'),('鈣','钙'),('鈥','钬'),
('鈦','钛'),('鈧','钪'),('鈮','铌'),('鈯','𨱄'),('鈰','铈'),('鈲','𨱃'),('鈳','钶'),('鈴','铃'),('鈷','钴'),('鈸','钹'),('鈹','铍'),('鈺','钰'),
('鈽','钸'),('鈾','铀'),('鈿','钿'),('鉀','钾'),('鉁','𨱅'),('鉅','巨'),('鉅子','钜子'),('鉅萬','钜万'),('鉅防','钜防'),('鉆','钻'),('鉈','铊'),('鉉','铉'),
('鉊','𬬿'),('鉋','铇'),('鉍','铋'),('鉑','铂'),('鉔','𫓬'),('鉕','钷'),('鉗','钳'),('鉚','铆'),('鉛','铅'),('鉝','𫟷'),('鉞','钺'),('鉠','𫓭'),
('鉢','钵'),('鉤','钩'),('鉥','𬬸'),('鉦','钲'),('鉧','𬭁'),('鉬','钼'),('鉭','钽'),('鉮','𬬹'),('鉳','锫'),('鉶','铏'),('鉷','𫟹'),('鉸','铰'),
('鉸鍊','铰链'),('鉺','铒'),('鉻','铬'),('鉽','𫟸'),('鉾','𫓴'),('鉿','铪'),('銀','银'),('銀鍊','银链'),('銁','𫓲'),('銂','𫟻'),('銃','铳'),('銅','铜'),
('銈','𫓯'),('銊','𫓰'),('銍','铚'),('銏','𫟶'),('銑','铣'),('銓','铨'),('銖','铢'),('銘','铭'),('銚','铫'),('銛','铦'),('銜','衔'),('銠','铑'),
('銣','铷'),('銥','铱'),('銦','铟'),('銨','铵'),('銩','铥'),('銪','铕'),('銫','铯'),('銬','铐'),('銱','铞'),('銳','锐'),('銶','𨱇'),('銷','销'),
('銹','锈'),('銻','锑'),('銼','锉'),('鋁','铝'),('鋂','𰾄'),('鋃','锒'),('鋅','锌'),('鋇','钡'),('鋉','𨱈'),('鋌','铤'),('鋏','铗'),('鋐','𬭎'),
('鋒','锋'),('鋗','𫓶'),('鋙','铻'),('鋝','锊'),('鋟','锓'),('鋠','𫓵'),('鋣','铘'),('鋤','锄'),('鋥','锃'),('鋦','锔'),('鋨','锇'),('鋩','铓'),
('鋪','铺'),('鋭','锐'),('鋮','铖'),('鋯','锆'),('鋰','锂'),('鋱','铽'),('鋶','锍'),('鋸','锯'),('鋹','𬬮'),('鋼','钢'),('鋼坏','钢坯'),('錀','𬬭'),
('錁','锞'),('錂','𨱋'),('錄','录'),('錆','锖'),('錇','锫'),('錈','锩'),('錏','铔'),('錐','锥'),('錒','锕'),('錕','锟'),('錘','锤'),('錙','锱'),
('錚','铮'),('錛','锛'),('錜','𫓻'),('錝','𫓽'),('錞','𬭚'),('錟','锬'),('錠','锭'),('錡','锜'),('錢','钱'),('錢鍾書','钱锺书'),('錤','𫓹'),('錥','𫓾'),
('錦','锦'),('錨','锚'),('錩','锠'),('錫','锡'),('錮','锢'),('錯','错'),('録','录'),('錳','锰'),('錶','表'),('錸','铼'),('錼','镎'),('錽','𫓸'),
('鍀','锝'),('鍁','锨'),('鍃','锪'),('鍄','𨱉'),('鍅','钫'),('鍆','钔'),('鍇','锴'),('鍈','锳'),('鍉','𫔂'),('鍊','炼'),('鍊墜','链坠'),('鍊子','链子'),
('鍊形','链形'),('鍊條','链条'),('鍊錘','链锤'),('鍊鎖','链锁'),('鍋','锅'),('鍍','镀'),('鍒','𫔄'),('鍔','锷'),('鍘','铡'),('鍚','钖'),('鍛','锻'),('鍛鍾','锻锺'),
('鍠','锽'),('鍤','锸'),('鍥','锲'),('鍩','锘'),('鍬','锹'),('鍭','𬭤'),('鍮','𨱎'),('鍰','锾'),('鍵','键'),('鍶','锶'),('鍺','锗'),('鍼','针'),
('鍾','钟'),('鍾繇','锺繇'),('鍾萬梅','锺万梅'),('鍾重發','锺重发'),('鍾鍛','锺锻'),('鍾馗','锺馗'),('鎂','镁'),('鎄','锿'),('鎇','镅'),('鎈','𫟿'),('鎊','镑'),('鎌','镰'),
('鎍','𫔅'),('鎓','𬭩'),('鎔','镕'),('鎖','锁'),('鎖鍊','锁链'),('鎘','镉'),('鎙','𫔈'),('鎚','锤'),('鎛','镈'),('鎝','𨱏'),('鎞','𫔇'),('鎡','镃'),
('鎢','钨'),('鎣','蓥'),('鎦','镏'),('鎧','铠'),('鎩','铩'),('鎪','锼'),('鎬','镐'),('鎭','镇'),('鎮','镇'),('鎯','𨱍'),('鎰','镒'),('鎲','镋'),
('鎳','镍'),('鎵','镓'),('鎶','鿔'),('鎷','𨰾'),('鎸','镌'),('鎿','镎'),('鏃','镞'),('鏆','𨱌'),('鏇','旋'),('鏈','链'),('鏉','𨱒'),('鏌','镆'),
('鏍','镙'),('鏏','𬭬'),('鏐','镠'),('鏑','镝'),('鏗','铿'),('鏘','锵'),('鏚','𬭭'),('鏜','镗'),('鏝','镘'),('鏞','镛'),('鏟','铲'),('鏡','镜'),
('鏢','镖'),('鏤','镂'),('鏥','𫔊'),('鏦','𫓩'),('鏨','錾'),('鏰','镚'),('鏵','铧'),('鏷','镤'),('鏹','镪'),('鏺','䥽'),('鏻','𬭸'),('鏽','锈'),
('鏾','𫔌'),('鐃','铙'),('鐄','𨱑'),('鐇','𫔍'),('鐈','𫓱'),('鐋','铴'),('鐍','𫔎'),('鐎','𨱓'),('鐏','𨱔'),('鐐','镣'),('鐒','铹'),('鐓','镦'),
('鐔','镡'),('鐘','钟'),('鐙','镫'),('鐝','镢'),('鐠','镨'),('鐥','䦅'),('鐦','锎'),('鐧','锏'),('鐨','镄'),('鐩','𬭼'),('鐪','𫓺'),('鐫','镌'),
('鐮','镰'),('鐯','䦃'),('鐲','镯'),('鐳','镭'),('鐵','铁'),('鐵鍊','铁链'),('鐶','镮'),('鐸','铎'),('鐺','铛'),('鐼','𫔁'),('鐽','𫟼'),('鐿','镱'),
('鑀','𰾭'),('鑄','铸'),('鑉','𫠁'),('鑊','镬'),('鑌','镔'),('鑑','鉴'),('鑒','鉴'),('鑔','镲'),('鑕','锧'),('鑞','镴'),('鑠','铄'),('鑣','镳'),
('鑥','镥'),('鑪','𬬻'),('鑭','镧'),('鑰','钥'),('鑱','镵'),('鑲','镶'),('鑴','𫔔'),('鑷','镊'),('鑹','镩'),('鑼','锣'),('鑽','钻'),('鑽石項鍊','钻石项链'),
('鑾','銮'),('鑿','凿'),('鑿坏','凿坯'),('钁','镢'),('钂','镋'),('長','长'),('門','门'),('閂','闩'),('閃','闪'),('閆','闫'),('閈','闬'),('閉','闭'),
('開','开'),('閌','闶'),('閍','𨸂'),('閎','闳'),('閏','闰'),('閐','𨸃'),('閑','闲'),('閒','闲'),('間','间'),('閔','闵'),('閗','𫔯'),('閘','闸'),
('閝','𫠂'),('閞','𫔰'),('閡','阂'),('閣','阁'),('閤','合'),('閥','阀'),('閨','闺'),('閩','闽'),('閫','阃'),('閬','阆'),('閭','闾'),('閱','阅'),
('閲','阅'),('閵','𫔴'),('閶','阊'),('閹','阉'),('閻','阎'),('閻鶴昇','阎鹤昇'),('閼','阏'),('閽','阍'),('閾','阈'),('閿','阌'),('闃','阒'),('闆','板'),
('闇','暗'),('闈','闱'),('闉','𬮱'),('闊','阔'),('闋','阕'),('闌','阑'),('闍','阇'),('闐','阗'),('闑','𫔶'),('闒','阘'),('闓','闿'),('闔','阖'),
('闕','阙'),('闖','闯'),('關','关'),('闞','阚'),('闠','阓'),('闡','阐'),('闢','辟'),('闤','阛'),('闥','闼'),('陘','陉'),('陝','陕'),('陞','升'),
('陣','阵'),('陰','阴'),('陰沈','阴沉'),('陰沈沈','阴沉沉'),('陰陰沈沈','阴阴沉沉'),('陳','陈'),('陳志昇','陈志昇'),('陳昇','陈昇'),('陶坏','陶坯'),('陸','陆'),('陽','阳'),('隉','陧'),
('隊','队'),('階','阶'),('隑','𬮿'),('隕','陨'),('際','际'),('隤','𬯎'),('隨','随'),('險','险'),('隮','𬯀'),('隯','陦'),('隱','隐'),('隴','陇'),
('隸','隶'),('隻','只'),('雁杳魚沈','雁杳鱼沉'),('雋','隽'),('雖','虽'),('雙','双'),('雛','雏'),('雜','杂'),('雞','鸡'),('離','离'),('難','难'),('雲','云'),
('電','电'),('電覆','电复'),('霑','沾'),('霢','霡'),('霣','𫕥'),('霧','雾'),('霼','𪵣'),('霽','霁'),('靂','雳'),('靄','霭'),('靆','叇'),('靈','灵'),
('靉','叆'),('靚','靓'),('靜','静'),('靝','靔'),('靦','腼'),('靧','𫖃'),('靨','靥'),('鞏','巩'),('鞝','绱'),('鞦','秋'),('鞽','鞒'),('鞾','𫖇'),
('韁','缰'),('韃','鞑'),('韆','千'),('韉','鞯'),('韋','韦'),('韌','韧'),('韍','韨'),('韓','韩'),('韓昇延','韩昇延'),('韙','韪'),('韚','𫠅'),('韛','𫖔'),
('韜','韬'),('韝','鞲'),('韞','韫'),('韠','𫖒'),('韻','韵'),('響','响'),('頁','页'),('頂','顶'),('頃','顷'),('項','项'),('項鍊','项链'),('順','顺'),
('頇','顸'),('須','须'),('頊','顼'),('頌','颂'),('頍','𫠆'),('頎','颀'),('頏','颃'),('預','预'),('頑','顽'),('頒','颁'),('頓','顿'),('頔','𬱖'),
('頗','颇'),('領','领'),('頜','颌'),('頠','𬱟'),('頡','颉'),('頤','颐'),('頦','颏'),('頫','𫖯'),('頭','头'),('頮','颒'),('頰','颊'),('頲','颋'),
('頴','颕'),('頵','𫖳'),('頷','颔'),('頸','颈'),('頸鍊','颈链'),('頹','颓'),('頻','频'),('頽','颓'),('顂','𩓋'),('顃','𩖖'),('顅','𫖶'),('顆','颗'),
('題','题'),('額','额'),('顎','颚'),('顏','颜'),('顒','颙'),('顓','颛'),('顔','颜'),('顗','𫖮'),('願','愿'),('顙','颡'),('顛','颠'),('顛乾倒坤','颠乾倒坤'),
('顛倒乾坤','颠倒乾坤'),('類','类'),('顢','颟'),('顣','𫖹'),('顥','颢'),('顧','顾'),('顧藉','顾借'),('顫','颤'),('顬','颥'),('顯','显'),('顰','颦'),('顱','颅'),
('顳','颞'),('顴','颧'),('風','风'),('颭','飐'),('颮','飑'),('颯','飒'),('颰','𩙥'),('颱','台'),('颳','刮'),('颶','飓'),('颷','𩙪'),('颸','飔'),
('颺','飏'),('颻','飖'),('颼','飕'),('颾','𩙫'),('飀','飗'),('飄','飘'),('飆','飙'),('飈','飚'),('飋','𫗋'),('飛','飞'),('飠','饣'),('飢','饥'),
('飣','饤'),('飥','饦'),('飦','𫗞'),('飩','饨'),('飪','饪'),('飫','饫'),('飭','饬'),('飯','饭'),('飱','飧'),('飲','饮'),('飴','饴'),('飵','𫗢'),
('飶','𫗣'),('飼','饲'),('飽','饱'),('飾','饰'),('飿','饳'),('餃','饺'),('餄','饸'),('餅','饼'),('餈','糍'),('餉','饷'),('養','养'),('餌','饵'),
('餎','饹'),('餏','饻'),('餑','饽'),('餒','馁'),('餓','饿'),('餔','𫗦'),('餕','馂'),('餖','饾'),('餗','𫗧'),('餘','余'),('餚','肴'),('餛','馄'),
('餜','馃'),('餞','饯'),('餡','馅'),('餦','𫗠'),('餧','𫗪'),('館','馆'),('餪','𫗬'),('餫','𫗥'),('餬','糊'),('餭','𫗮'),('餱','糇'),('餳','饧'),
('餵','喂'),('餶','馉'),('餷','馇'),('餸','𩠌'),('餺','馎'),('餼','饩'),('餾','馏'),('餿','馊'),('饁','馌'),('饃','馍'),('饅','馒'),('饈','馐'),
('饉','馑'),('饊','馓'),('饋','馈'),('饌','馔'),('饑','饥'),('饒','饶'),('饗','飨'),('饘','𫗴'),('饜','餍'),('饞','馋'),('饟','𫗵'),('饠','𫗩'),
('饢','馕'),('馬','马'),('馭','驭'),('馮','冯'),('馯','𫘛'),('馱','驮'),('馳','驰'),('馴','驯'),('馹','驲'),('馼','𫘜'),('駁','驳'),('駃','𫘝'),
('駉','𬳶'),('駊','𫘟'),('駎','𩧨'),('駐','驻'),('駑','驽'),('駒','驹'),('駓','𬳵'),('駔','驵'),('駕','驾'),('駘','骀'),('駙','驸'),('駚','𩧫'),
('駛','驶'),('駝','驼'),('駞','𫘞'),('駟','驷'),('駡','骂'),('駢','骈'),('駤','𫘠'),('駧','𩧲'),('駩','𩧴'),('駪','𬳽'),('駫','𫘡'),('駭','骇'),
('駰','骃'),('駱','骆'),('駶','𩧺'),('駸','骎'),('駻','𫘣'),('駼','𬳿'),('駿','骏'),('騁','骋'),('騂','骍'),('騃','𫘤'),('騄','𫘧'),('騅','骓'),
('騉','𫘥'),('騊','𫘦'),('騌','骔'),('騍','骒'),('騎','骑'),('騏','骐'),('騑','𬴂'),('騔','𩨀'),('騖','骛'),('騙','骗'),('騚','𩨊'),('騜','𫘩'),
('騝','𩨃'),('騞','𬴃'),('騟','𩨈'),('騠','𫘨'),('騤','骙'),('騧','䯄'),('騪','𩨄'),('騫','骞'),('騭','骘'),('騮','骝'),('騰','腾'),('騱','𫘬'),
('騴','𫘫'),('騵','𫘪'),('騶','驺'),('騷','骚'),('騸','骟'),('騻','𫘭'),('騼','𫠋'),('騾','骡'),('驀','蓦'),('驁','骜'),('驂','骖'),('驃','骠'),
('驄','骢'),('驅','驱'),('驊','骅'),('驋','𩧯'),('驌','骕'),('驍','骁'),('驎','𬴊'),('驏','骣'),('驓','𫘯'),('驕','骄'),('驗','验'),('驙','𫘰'),
('驚','惊'),('驛','驿'),('驟','骤'),('驢','驴'),('驤','骧'),('驥','骥'),('驦','骦'),('驨','𫘱'),('驪','骊'),('驫','骉'),('骯','肮'),('髏','髅'),
('髒','脏'),('體','体'),('髕','髌'),('髖','髋'),('髮','发'),('鬆','松'),('鬍','胡'),('鬖','𩭹'),('鬚','须'),('鬠','𫘽'),('鬢','鬓'),('鬥','斗'),
('鬧','闹'),('鬨','哄'),('鬩','阋'),('鬮','阄'),('鬱','郁'),('鬹','鬶'),('魎','魉'),('魏徵','魏徵'),('魘','魇'),('魚','鱼'),('魚沈雁杳','鱼沉雁杳'),('魛','鱽'),
('魟','𫚉'),('魢','鱾'),('魥','𩽹'),('魦','𫚌'),('魨','鲀'),('魯','鲁'),('魴','鲂'),('魵','𫚍'),('魷','鱿'),('魺','鲄'),('魽','𫠐'),('鮀','𬶍'),
('鮁','鲅'),('鮃','鲆'),('鮄','𫚒'),('鮅','𫚑'),('鮆','𫚖'),('鮈','𬶋'),('鮊','鲌'),('鮋','鲉'),('鮍','鲏'),('鮎','鲇'),('鮐','鲐'),('鮑','鲍'),
('鮒','鲋'),('鮓','鲊'),('鮚','鲒'),('鮜','鲘'),('鮝','鲞'),('鮞','鲕'),('鮟','𩽾'),('鮠','𬶏'),('鮡','𬶐'),('鮣','䲟'),('鮤','𫚓'),('鮦','鲖'),
('鮪','鲔'),('鮫','鲛'),('鮭','鲑'),('鮮','鲜'),('鮯','𫚗'),('鮰','𫚔'),('鮳','鲓'),('鮵','𫚛'),('鮶','鲪'),('鮸','𩾃'),('鮺','鲝'),('鮿','𫚚'),
('鯀','鲧'),('鯁','鲠'),('鯄','𩾁'),('鯆','𫚙'),('鯇','鲩'),('鯉','鲤'),('鯊','鲨'),('鯒','鲬'),('鯔','鲻'),('鯕','鲯'),('鯖','鲭'),('鯗','鲞'),
('鯛','鲷'),('鯝','鲴'),('鯞','𫚡'),('鯡','鲱'),('鯢','鲵'),('鯤','鲲'),('鯧','鲳'),('鯨','鲸'),('鯪','鲮'),('鯫','鲰'),('鯬','𫚞'),('鯰','鲶'),
('鯱','𩾇'),('鯴','鲺'),('鯶','𩽼'),('鯷','鳀'),('鯻','𬶟'),('鯽','鲫'),('鯾','𫚣'),('鯿','鳊'),('鰁','鳈'),('鰂','鲗'),('鰃','鳂'),('鰆','䲠'),
('鰈','鲽'),('鰉','鳇'),('鰊','𬶠'),('鰋','𫚢'),('鰌','䲡'),('鰍','鳅'),('鰏','鲾'),('鰐','鳄'),('鰑','𫚊'),('鰒','鳆'),('鰓','鳃'),('鰕','𫚥'),
('鰛','鳁'),('鰜','鳒'),('鰟','鳑'),('鰠','鳋'),('鰣','鲥'),('鰤','𫚕'),('鰥','鳏'),('鰦','𫚤'),('鰧','䲢'),('鰨','鳎'),('鰩','鳐'),('鰫','𫚦'),
('鰭','鳍'),('鰮','鳁'),('鰱','鲢'),('鰲','鳌'),('鰳','鳓'),('鰵','鳘'),('鰶','𬶭'),('鰷','鲦'),('鰹','鲣'),('鰺','鲹'),('鰻','鳗'),('鰼','鳛'),
('鰽','𫚧'),('鰾','鳔'),('鱀','𬶨'),('鱂','鳉'),('鱄','𫚋'),('鱅','鳙'),('鱆','𫠒'),('鱇','𩾌'),('鱈','鳕'),('鱉','鳖'),('鱊','𫚪'),('鱒','鳟'),
('鱔','鳝'),('鱖','鳜'),('鱗','鳞'),('鱘','鲟'),('鱚','𬶮'),('鱝','鲼'),('鱟','鲎'),('鱠','鲙'),('鱢','𫚫'),('鱣','鳣'),('鱤','鳡'),('鱧','鳢'),
('鱨','鲿'),('鱭','鲚'),('鱮','𫚈'),('鱯','鳠'),('鱲','𫚭'),('鱷','鳄'),('鱸','鲈'),('鱺','鲡'),('鳥','鸟'),('鳧','凫'),('鳩','鸠'),('鳬','凫'),
('鳲','鸤'),('鳳','凤'),('鳴','鸣'),('鳶','鸢'),('鳷','𫛛'),('鳼','𪉃'),('鳽','𫛚'),('鳾','䴓'),('鴀','𫛜'),('鴃','𫛞'),('鴅','𫛝'),('鴆','鸩'),
('鴇','鸨'),('鴉','鸦'),('鴐','𫛤'),('鴒','鸰'),('鴔','𫛡'),('鴕','鸵'),('鴗','𫁡'),('鴛','鸳'),('鴜','𪉈'),('鴝','鸲'),('鴞','鸮'),('鴟','鸱'),
('鴣','鸪'),('鴥','𫛣'),('鴦','鸯'),('鴨','鸭'),('鴮','𫛦'),('鴯','鸸'),('鴰','鸹'),('鴲','𪉆'),('鴳','𫛩'),('鴴','鸻'),('鴷','䴕'),('鴻','鸿'),
('鴽','𫛪'),('鴿','鸽'),('鵁','䴔'),('鵂','鸺'),('鵃','鸼'),('鵊','𫛥'),('鵏','𬷕'),('鵐','鹀'),('鵑','鹃'),('鵒','鹆'),('鵓','鹁'),('鵚','𪉍'),
('鵜','鹈'),('鵝','鹅'),('鵟','𫛭'),('鵠','鹄'),('鵡','鹉'),('鵧','𫛨'),('鵩','𫛳'),('鵪','鹌'),('鵫','𫛱'),('鵬','鹏'),('鵮','鹐'),('鵯','鹎'),
('鵰','雕'),('鵲','鹊'),('鵷','鹓'),('鵾','鹍'),('鶄','䴖'),('鶇','鸫'),('鶉','鹑'),('鶊','鹒'),('鶌','𫛵'),('鶒','𫛶'),('鶓','鹋'),('鶖','鹙'),
('鶗','𫛸'),('鶘','鹕'),('鶚','鹗'),('鶠','𬸘'),('鶡','鹖'),('鶥','鹛'),('鶦','𫛷'),('鶩','鹜'),('鶪','䴗'),('鶬','鸧'),('鶭','𫛯'),('鶯','莺'),
('鶰','𫛫'),('鶱','𬸣'),('鶲','鹟'),('鶴','鹤'),('鶹','鹠'),('鶺','鹡'),('鶻','鹘'),('鶼','鹣'),('鶿','鹚'),('鷀','鹚'),('鷁','鹢'),('鷂','鹞'),
('鷄','鸡'),('鷅','𫛽'),('鷉','䴘'),('鷊','鹝'),('鷐','𫜀'),('鷓','鹧'),('鷔','𪉑'),('鷖','鹥'),('鷗','鸥'),('鷙','鸷'),('鷚','鹨'),('鷟','𬸦'),
('鷣','𫜃'),('鷤','𫛴'),('鷥','鸶'),('鷦','鹪'),('鷨','𪉊'),('鷩','𫜁'),('鷫','鹔'),('鷭','𬸪'),('鷯','鹩'),('鷲','鹫'),('鷳','鹇'),('鷴','鹇'),
('鷷','𫜄'),('鷸','鹬'),('鷹','鹰'),('鷺','鹭'),('鷽','鸴'),('鷿','𬸯'),('鸂','㶉'),('鸇','鹯'),('鸊','䴙'),('鸋','𫛢'),('鸌','鹱'),('鸏','鹲'),
('鸑','𬸚'),('鸕','鸬'),('鸗','𫛟'),('鸘','鹴'),('鸚','鹦'),('鸛','鹳'),('鸝','鹂'),('鸞','鸾'),('鹵','卤'),('鹹','咸'),('鹺','鹾'),('鹼','碱'),
('鹽','盐'),('麗','丽'),('麥','麦'),('麨','𪎊'),('麩','麸'),('麪','面'),('麪坏兒','面坯儿'),('麫','面'),('麬','𤿲'),('麯','曲'),('麲','𪎉'),('麳','𪎌'),
('麴','曲'),('麵','面'),('麷','𫜑'),('麼','么'),('麼些族','麽些族'),('麽','么'),('黃','黄'),('黃鍾公','黄锺公'),('黌','黉'),('黑沈沈','黑沉沉'),('點','点'),('黨','党'),
('黲','黪'),('黴','霉'),('黶','黡'),('黷','黩'),('黽','黾'),('黿','鼋'),('鼂','鼌'),('鼉','鼍'),('鼕','冬'),('鼴','鼹'),('齊','齐'),('齋','斋'),
('齎','赍'),('齏','齑'),('齒','齿'),('齔','龀'),('齕','龁'),('齗','龂'),('齘','𬹼'),('齙','龅'),('齜','龇'),('齟','龃'),('齠','龆'),('齡','龄'),
('齣','出'),('齦','龈'),('齧','啮'),('齩','𫜪'),('齪','龊'),('齬','龉'),('齭','𫜭'),('齮','𬺈'),('齯','𫠜'),('齰','𫜬'),('齲','龋'),('齴','𫜮'),
('齶','腭'),('齷','龌'),('齼','𬺓'),('齾','𫜰'),('龍','龙'),('龎','厐'),('龐','庞'),('龑','䶮'),('龓','𫜲'),('龔','龚'),('龔昇','龚昇'),('龕','龛'),
('龜','龟'),('龭','𩨎'),('龯','𨱆'),('鿁','䜤'),('鿓','鿒'),('Ꙁ','ꙁ'),('Ꙃ','ꙃ'),('Ꙅ','ꙅ'),('Ꙇ','ꙇ'),('Ꙉ','ꙉ'),('Ꙋ','ꙋ'),('Ꙍ','ꙍ'),
('Ꙏ','ꙏ'),('Ꙑ','ꙑ'),('Ꙓ','ꙓ'),('Ꙕ','ꙕ'),('Ꙗ','ꙗ'),('Ꙙ','ꙙ'),('Ꙛ','ꙛ'),('Ꙝ','ꙝ'),('Ꙟ','ꙟ'),('Ꙡ','ꙡ'),('Ꙣ','ꙣ'),('Ꙥ','ꙥ'),
('Ꙧ','ꙧ'),('Ꙩ','ꙩ'),('Ꙫ','ꙫ'),('Ꙭ','ꙭ'),('Ꚁ','ꚁ'),('Ꚃ','ꚃ'),('Ꚅ','ꚅ'),('Ꚇ','ꚇ'),('Ꚉ','ꚉ'),('Ꚋ','ꚋ'),('Ꚍ','ꚍ'),('Ꚏ','ꚏ'),
('Ꚑ','ꚑ'),('Ꚓ','ꚓ'),('Ꚕ','ꚕ'),('Ꚗ','ꚗ'),('Ꚙ','ꚙ'),('Ꚛ','ꚛ'),('Ꜣ','ꜣ'),('Ꜥ','ꜥ'),('Ꜧ','ꜧ'),('Ꜩ','ꜩ'),('Ꜫ','ꜫ'),('Ꜭ','ꜭ'),
('Ꜯ','ꜯ'),('Ꜳ','ꜳ'),('Ꜵ','ꜵ'),('Ꜷ','ꜷ'),('Ꜹ','ꜹ'),('Ꜻ','ꜻ'),('Ꜽ','ꜽ'),('Ꜿ','ꜿ'),('Ꝁ','ꝁ'),('Ꝃ','ꝃ'),('Ꝅ','ꝅ'),('Ꝇ','ꝇ'),
('Ꝉ','ꝉ'),('Ꝋ','ꝋ'),('Ꝍ','ꝍ'),('Ꝏ','ꝏ'),('Ꝑ','ꝑ'),('Ꝓ','ꝓ'),('Ꝕ','ꝕ'),('Ꝗ','ꝗ'),('Ꝙ','ꝙ'),('Ꝛ','ꝛ'),('Ꝝ','ꝝ'),('Ꝟ','ꝟ'),
('Ꝡ','ꝡ'),('Ꝣ','ꝣ'),('Ꝥ','ꝥ'),('Ꝧ','ꝧ'),('Ꝩ','ꝩ'),('Ꝫ','ꝫ'),('Ꝭ','ꝭ'),('Ꝯ','ꝯ'),('Ꝺ','ꝺ'),('Ꝼ','ꝼ'),('Ᵹ','ᵹ'),('Ꝿ','ꝿ'),
('Ꞁ','ꞁ'),('Ꞃ','ꞃ'),('Ꞅ','ꞅ'),('Ꞇ','ꞇ'),('Ꞌ','ꞌ'),('Ɥ','ɥ'),('Ꞑ','ꞑ'),('Ꞓ','ꞓ'),('Ꞗ','ꞗ'),('Ꞙ','ꞙ'),('Ꞛ','ꞛ'),('Ꞝ','ꞝ'),
('Ꞟ','ꞟ'),('Ꞡ','ꞡ'),('Ꞣ','ꞣ'),('Ꞥ','ꞥ'),('Ꞧ','ꞧ'),('Ꞩ','ꞩ'),('Ɦ','ɦ'),('Ɜ','ɜ'),('Ɡ','ɡ'),('Ɬ','ɬ'),('Ɪ','ɪ'),('Ʞ','ʞ'),
('Ʇ','ʇ'),('Ʝ','ʝ'),('Ꭓ','ꭓ'),('Ꞵ','ꞵ'),('Ꞷ','ꞷ'),('Ꞹ','ꞹ'),('Ꞻ','ꞻ'),('Ꞽ','ꞽ'),('Ꞿ','ꞿ'),('Ꟁ','ꟁ'),('Ꟃ','ꟃ'),('Ꞔ','ꞔ'),
('Ʂ','ʂ'),('Ᶎ','ᶎ'),('Ꟈ','ꟈ'),('Ꟊ','ꟊ'),('Ꟑ','ꟑ'),('Ꟗ','ꟗ'),('Ꟙ','ꟙ'),('Ꟶ','ꟶ'),('ꭰ','Ꭰ'),('ꭱ','Ꭱ'),('ꭲ','Ꭲ'),('ꭳ','Ꭳ'),
('ꭴ','Ꭴ'),('ꭵ','Ꭵ'),('ꭶ','Ꭶ'),('ꭷ','Ꭷ'),('ꭸ','Ꭸ'),('ꭹ','Ꭹ'),('ꭺ','Ꭺ'),('ꭻ','Ꭻ'),('ꭼ','Ꭼ'),('ꭽ','Ꭽ'),('ꭾ','Ꭾ'),('ꭿ','Ꭿ'),
('ꮀ','Ꮀ'),('ꮁ','Ꮁ'),('ꮂ','Ꮂ'),('ꮃ','Ꮃ'),('ꮄ','Ꮄ'),('ꮅ','Ꮅ'),('ꮆ','Ꮆ'),('ꮇ','Ꮇ'),('ꮈ','Ꮈ'),('ꮉ','Ꮉ'),('ꮊ','Ꮊ'),('ꮋ','Ꮋ'),
('ꮌ','Ꮌ'),('ꮍ','Ꮍ'),('ꮎ','Ꮎ'),('ꮏ','Ꮏ'),('ꮐ','Ꮐ'),('ꮑ','Ꮑ'),('ꮒ','Ꮒ'),('ꮓ','Ꮓ'),('ꮔ','Ꮔ'),('ꮕ','Ꮕ'),('ꮖ','Ꮖ'),('ꮗ','Ꮗ'),
('ꮘ','Ꮘ'),('ꮙ','Ꮙ'),('ꮚ','Ꮚ'),('ꮛ','Ꮛ'),('ꮜ','Ꮜ'),('ꮝ','Ꮝ'),('ꮞ','Ꮞ'),('ꮟ','Ꮟ'),('ꮠ','Ꮠ'),('ꮡ','Ꮡ'),('ꮢ','Ꮢ'),('ꮣ','Ꮣ'),
('ꮤ','Ꮤ'),('ꮥ','Ꮥ'),('ꮦ','Ꮦ'),('ꮧ','Ꮧ'),('ꮨ','Ꮨ'),('ꮩ','Ꮩ'),('ꮪ','Ꮪ'),('ꮫ','Ꮫ'),('ꮬ','Ꮬ'),('ꮭ','Ꮭ'),('ꮮ','Ꮮ'),('ꮯ','Ꮯ'),
('ꮰ','Ꮰ'),('ꮱ','Ꮱ'),('ꮲ','Ꮲ'),('ꮳ','Ꮳ'),('ꮴ','Ꮴ'),('ꮵ','Ꮵ'),('ꮶ','Ꮶ'),('ꮷ','Ꮷ'),('ꮸ','Ꮸ'),('ꮹ','Ꮹ'),('ꮺ','Ꮺ'),('ꮻ','Ꮻ'),
('ꮼ','Ꮼ'),('ꮽ','Ꮽ'),('ꮾ','Ꮾ'),('ꮿ','Ꮿ'),('豈','岂'),('更','更'),('車','车'),('賈','贾'),('滑','滑'),('串','串'),('句','句'),('龜','龟'),
('龜','龟'),('契','契'),('金','金'),('喇','喇'),('奈','奈'),('懶','懒'),('癩','癞'),('羅','罗'),('蘿','萝'),('螺','螺'),('裸','裸'),('邏','逻'),
('樂','乐'),('洛','洛'),('烙','烙'),('珞','珞'),('落','落'),('酪','酪'),('駱','骆'),('亂','乱'),('卵','卵'),('欄','栏'),('爛','烂'),('蘭','兰'),
('鸞','鸾'),('嵐','岚'),('濫','滥'),('藍','蓝'),('襤','褴'),('拉','拉'),('臘','腊'),('蠟','蜡'),('廊','廊'),('朗','朗'),('浪','浪'),('狼','狼'),
('郎','郎'),('來','来'),('冷','冷'),('勞','劳'),('擄','掳'),('櫓','橹'),('爐','炉'),('盧','卢'),('老','老'),('蘆','芦'),('虜','虏'),('路','路'),
('露','露'),('魯','鲁'),('鷺','鹭'),('碌','碌'),('祿','禄'),('綠','绿'),('菉','菉'),('錄','录'),('鹿','鹿'),('論','论'),('壟','垄'),('弄','弄'),
('籠','笼'),('聾','聋'),('牢','牢'),('磊','磊'),('賂','赂'),('雷','雷'),('壘','垒'),('屢','屡'),('樓','楼'),('淚','泪'),('漏','漏'),('累','累'),
('縷','缕'),('陋','陋'),('勒','勒'),('肋','肋'),('凜','凛'),('凌','凌'),('稜','棱'),('綾','绫'),('菱','菱'),('陵','陵'),('讀','读'),('拏','拏'),
('樂','乐'),('諾','诺'),('丹','丹'),('寧','宁'),('怒','怒'),('率','率'),('異','异'),('北','北'),('磻','磻'),('便','便'),('復','复'),('不','不'),
('泌','泌'),('數','数'),('索','索'),('參','参'),('塞','塞'),('省','省'),('葉','叶'),('說','说'),('殺','杀'),('辰','辰'),('沈','沈'),('拾','拾'),
('若','若'),('掠','掠'),('略','略'),('亮','亮'),('兩','两'),('凉','凉'),('梁','梁'),('糧','粮'),('良','良'),('諒','谅'),('量','量'),('勵','励'),
('呂','吕'),('女','女'),('廬','庐'),('旅','旅'),('濾','滤'),('礪','砺'),('閭','闾'),('驪','骊'),('麗','丽'),('黎','黎'),('力','力'),('曆','历'),
('歷','历'),('轢','轹'),('年','年'),('憐','怜'),('戀','恋'),('撚','撚'),('漣','涟'),('煉','炼'),('璉','琏'),('秊','秊'),('練','练'),('聯','联'),
('輦','辇'),('蓮','莲'),('連','连'),('鍊','炼'),('列','列'),('劣','劣'),('咽','咽'),('烈','烈'),('裂','裂'),('說','说'),('廉','廉'),('念','念'),
('捻','捻'),('殮','殓'),('簾','帘'),('獵','猎'),('令','令'),('囹','囹'),('寧','宁'),('嶺','岭'),('怜','怜'),('玲','玲'),('瑩','莹'),('羚','羚'),
('聆','聆'),('鈴','铃'),('零','零'),('靈','灵'),('領','领'),('例','例'),('禮','礼'),('醴','醴'),('隸','隶'),('惡','恶'),('了','了'),('僚','僚'),
('寮','寮'),('尿','尿'),('料','料'),('樂','乐'),('燎','燎'),('療','疗'),('蓼','蓼'),('遼','辽'),('龍','龙'),('暈','晕'),('阮','阮'),('劉','刘'),
('杻','杻'),('柳','柳'),('流','流'),('溜','溜'),('琉','琉'),('留','留'),('硫','硫'),('紐','纽'),('類','类'),('六','六'),('戮','戮'),('陸','陆'),
('倫','伦'),('崙','仑'),('淪','沦'),('輪','轮'),('律','律'),('慄','栗'),('栗','栗'),('率','率'),('隆','隆'),('利','利'),('吏','吏'),('履','履'),
('易','易'),('李','李'),('梨','梨'),('泥','泥'),('理','理'),('痢','痢'),('罹','罹'),('裏','里'),('裡','里'),('里','里'),('離','离'),('匿','匿'),
('溺','溺'),('吝','吝'),('燐','燐'),('璘','璘'),('藺','蔺'),('隣','隣'),('鱗','鳞'),('麟','麟'),('林','林'),('淋','淋'),('臨','临'),('立','立'),
('笠','笠'),('粒','粒'),('狀','状'),('炙','炙'),('識','识'),('什','什'),('茶','茶'),('刺','刺'),('切','切'),('度','度'),('拓','拓'),('糖','糖'),
('宅','宅'),('洞','洞'),('暴','暴'),('輻','辐'),('行','行'),('降','降'),('見','见'),('廓','廓'),('兀','兀'),('嗀','嗀'),('塚','冢'),('晴','晴'),
('凞','凞'),('猪','猪'),('益','益'),('礼','礼'),('神','神'),('祥','祥'),('福','福'),('靖','靖'),('精','精'),('羽','羽'),('蘒','蘒'),('諸','诸'),
('逸','逸'),('都','都'),('飯','饭'),('飼','饲'),('館','馆'),('鶴','鹤'),('郞','郞'),('隷','隷'),('侮','侮'),('僧','僧'),('免','免'),('勉','勉'),
('勤','勤'),('卑','卑'),('喝','喝'),('嘆','叹'),('器','器'),('塀','塀'),('墨','墨'),('層','层'),('屮','屮'),('悔','悔'),('慨','慨'),('憎','憎'),
('懲','惩'),('敏','敏'),('既','既'),('暑','暑'),('梅','梅'),('海','海'),('渚','渚'),('漢','汉'),('煮','煮'),('爫','爫'),('琢','琢'),('碑','碑'),
('社','社'),('祉','祉'),('祈','祈'),('祐','祐'),('祖','祖'),('祝','祝'),('禍','祸'),('禎','祯'),('穀','谷'),('突','突'),('節','节'),('練','练'),
('縉','缙'),('繁','繁'),('署','署'),('者','者'),('臭','臭'),('艹','艹'),('艹','艹'),('著','著'),('褐','褐'),('視','视'),('謁','谒'),('謹','谨'),
('賓','宾'),('贈','赠'),('辶','辶'),('逸','逸'),('難','难'),('響','响'),('頻','频'),('恵','恵'),('𤋮','𤋮'),('舘','馆'),('並','并'),('况','况'),
('全','全'),('侀','侀'),('充','充'),('冀','冀'),('勇','勇'),('勺','勺'),('喝','喝'),('啕','啕'),('喙','喙'),('嗢','嗢'),('塚','冢'),('墳','坟'),
('奄','奄'),('奔','奔'),('婢','婢'),('嬨','嬨'),('廒','廒'),('廙','廙'),('彩','彩'),('徭','徭'),('惘','惘'),('慎','慎'),('愈','愈'),('憎','憎'),
('慠','慠'),('懲','惩'),('戴','戴'),('揄','揄'),('搜','搜'),('摒','摒'),('敖','敖'),('晴','晴'),('朗','朗'),('望','望'),('杖','杖'),('歹','歹'),
('殺','杀'),('流','流'),('滛','滛'),('滋','滋'),('漢','汉'),('瀞','瀞'),('煮','煮'),('瞧','瞧'),('爵','爵'),('犯','犯'),('猪','猪'),('瑱','瑱'),
('甆','甆'),('画','画'),('瘝','瘝'),('瘟','瘟'),('益','益'),('盛','盛'),('直','直'),('睊','睊'),('着','着'),('磌','磌'),('窱','窱'),('節','节'),
('类','类'),('絛','绦'),('練','练'),('缾','缾'),('者','者'),('荒','荒'),('華','华'),('蝹','蝹'),('襁','襁'),('覆','覆'),('視','视'),('調','调'),
('諸','诸'),('請','请'),('謁','谒'),('諾','诺'),('諭','谕'),('謹','谨'),('變','变'),('贈','赠'),('輸','输'),('遲','迟'),('醙','醙'),('鉶','铏'),
('陼','陼'),('難','难'),('靖','靖'),('韛','𫖔'),('響','响'),('頋','頋'),('頻','频'),('鬒','鬒'),('龜','龟'),('𢡊','𢡊'),('𢡄','𢡄'),('𣏕','𣏕'),
('㮝','㮝'),('䀘','䀘'),('䀹','𥅴'),('𥉉','𥉉'),('𥳐','𥳐'),('𧻓','𧻓'),('齃','齃'),('龎','厐'),('ﬀ','ff'),('ﬁ','fi'),('ﬂ','fl'),('ﬃ','ffi'),
('ﬄ','ffl'),('ﬅ','st'),('ﬆ','st'),('ﬓ','մն'),('ﬔ','մե'),('ﬕ','մի'),('ﬖ','վն'),('ﬗ','մխ'),('Ａ','ａ'),('Ｂ','ｂ'),('Ｃ','ｃ'),('Ｄ','ｄ'),
('Ｅ','ｅ'),('Ｆ','ｆ'),('Ｇ','ｇ'),('Ｈ','ｈ'),('Ｉ','ｉ'),('Ｊ','ｊ'),('Ｋ','ｋ'),('Ｌ','ｌ'),('Ｍ','ｍ'),('Ｎ','ｎ'),('Ｏ','ｏ'),('Ｐ','ｐ'),
('Ｑ','ｑ'),('Ｒ','ｒ'),('Ｓ','ｓ'),('Ｔ','ｔ'),('Ｕ','ｕ'),('Ｖ','ｖ'),('Ｗ','ｗ'),('Ｘ','ｘ'),('Ｙ','ｙ'),('Ｚ','ｚ'),('𐐀','𐐨'),('𐐁','𐐩'),
('𐐂','𐐪'),('𐐃','𐐫'),('𐐄','𐐬'),('𐐅','𐐭'),('𐐆','𐐮'),('𐐇','𐐯'),('𐐈','𐐰'),('𐐉','𐐱'),('𐐊','𐐲'),('𐐋','𐐳'),('𐐌','𐐴'),('𐐍','𐐵'),
('𐐎','𐐶'),('𐐏','𐐷'),('𐐐','𐐸'),('𐐑','𐐹'),('𐐒','𐐺'),('𐐓','𐐻'),('𐐔','𐐼'),('𐐕','𐐽'),('𐐖','𐐾'),('𐐗','𐐿'),('𐐘','𐑀'),('𐐙','𐑁'),
('𐐚','𐑂'),('𐐛','𐑃'),('𐐜','𐑄'),('𐐝','𐑅'),('𐐞','𐑆'),('𐐟','𐑇'),('𐐠','𐑈'),('𐐡','𐑉'),('𐐢','𐑊'),('𐐣','𐑋'),('𐐤','𐑌'),('𐐥','𐑍'),
('𐐦','𐑎'),('𐐧','𐑏'),('𐒰','𐓘'),('𐒱','𐓙'),('𐒲','𐓚'),('𐒳','𐓛'),('𐒴','𐓜'),('𐒵','𐓝'),('𐒶','𐓞'),('𐒷','𐓟'),('𐒸','𐓠'),('𐒹','𐓡'),
('𐒺','𐓢'),('𐒻','𐓣'),('𐒼','𐓤'),('𐒽','𐓥'),('𐒾','𐓦'),('𐒿','𐓧'),('𐓀','𐓨'),('𐓁','𐓩'),('𐓂','𐓪'),('𐓃','𐓫'),('𐓄','𐓬'),('𐓅','𐓭'),
('𐓆','𐓮'),('𐓇','𐓯'),('𐓈','𐓰'),('𐓉','𐓱'),('𐓊','𐓲'),('𐓋','𐓳'),('𐓌','𐓴'),('𐓍','𐓵'),('𐓎','𐓶'),('𐓏','𐓷'),('𐓐','𐓸'),('𐓑','𐓹'),
('𐓒','𐓺'),('𐓓','𐓻'),('𐕰','𐖗'),('𐕱','𐖘'),('𐕲','𐖙'),('𐕳','𐖚'),('𐕴','𐖛'),('𐕵','𐖜'),('𐕶','𐖝'),('𐕷','𐖞'),('𐕸','𐖟'),('𐕹','𐖠'),
('𐕺','𐖡'),('𐕼','𐖣'),('𐕽','𐖤'),('𐕾','𐖥'),('𐕿','𐖦'),('𐖀','𐖧'),('𐖁','𐖨'),('𐖂','𐖩'),('𐖃','𐖪'),('𐖄','𐖫'),('𐖅','𐖬'),('𐖆','𐖭'),
('𐖇','𐖮'),('𐖈','𐖯'),('𐖉','𐖰'),('𐖊','𐖱'),('𐖌','𐖳'),('𐖍','𐖴'),('𐖎','𐖵'),('𐖏','𐖶'),('𐖐','𐖷'),('𐖑','𐖸'),('𐖒','𐖹'),('𐖔','𐖻'),
('𐖕','𐖼'),('𐲀','𐳀'),('𐲁','𐳁'),('𐲂','𐳂'),('𐲃','𐳃'),('𐲄','𐳄'),('𐲅','𐳅'),('𐲆','𐳆'),('𐲇','𐳇'),('𐲈','𐳈'),('𐲉','𐳉'),('𐲊','𐳊'),
('𐲋','𐳋'),('𐲌','𐳌'),('𐲍','𐳍'),('𐲎','𐳎'),('𐲏','𐳏'),('𐲐','𐳐'),('𐲑','𐳑'),('𐲒','𐳒'),('𐲓','𐳓'),('𐲔','𐳔'),('𐲕','𐳕'),('𐲖','𐳖'),
('𐲗','𐳗'),('𐲘','𐳘'),('𐲙','𐳙'),('𐲚','𐳚'),('𐲛','𐳛'),('𐲜','𐳜'),('𐲝','𐳝'),('𐲞','𐳞'),('𐲟','𐳟'),('𐲠','𐳠'),('𐲡','𐳡'),('𐲢','𐳢'),
('𐲣','𐳣'),('𐲤','𐳤'),('𐲥','𐳥'),('𐲦','𐳦'),('𐲧','𐳧'),('𐲨','𐳨'),('𐲩','𐳩'),('𐲪','𐳪'),('𐲫','𐳫'),('𐲬','𐳬'),('𐲭','𐳭'),('𐲮','𐳮'),
('𐲯','𐳯'),('𐲰','𐳰'),('𐲱','𐳱'),('𐲲','𐳲'),('𑢠','𑣀'),('𑢡','𑣁'),('𑢢','𑣂'),('𑢣','𑣃'),('𑢤','𑣄'),('𑢥','𑣅'),('𑢦','𑣆'),('𑢧','𑣇'),
('𑢨','𑣈'),('𑢩','𑣉'),('𑢪','𑣊'),('𑢫','𑣋'),('𑢬','𑣌'),('𑢭','𑣍'),('𑢮','𑣎'),('𑢯','𑣏'),('𑢰','𑣐'),('𑢱','𑣑'),('𑢲','𑣒'),('𑢳','𑣓'),
('𑢴','𑣔'),('𑢵','𑣕'),('𑢶','𑣖'),('𑢷','𑣗'),('𑢸','𑣘'),('𑢹','𑣙'),('𑢺','𑣚'),('𑢻','𑣛'),('𑢼','𑣜'),('𑢽','𑣝'),('𑢾','𑣞'),('𑢿','𑣟'),
('𖹀','𖹠'),('𖹁','𖹡'),('𖹂','𖹢'),('𖹃','𖹣'),('𖹄','𖹤'),('𖹅','𖹥'),('𖹆','𖹦'),('𖹇','𖹧'),('𖹈','𖹨'),('𖹉','𖹩'),('𖹊','𖹪'),('𖹋','𖹫'),
('𖹌','𖹬'),('𖹍','𖹭'),('𖹎','𖹮'),('𖹏','𖹯'),('𖹐','𖹰'),('𖹑','𖹱'),('𖹒','𖹲'),('𖹓','𖹳'),('𖹔','𖹴'),('𖹕','𖹵'),('𖹖','𖹶'),('𖹗','𖹷'),
('𖹘','𖹸'),('𖹙','𖹹'),('𖹚','𖹺'),('𖹛','𖹻'),('𖹜','𖹼'),('𖹝','𖹽'),('𖹞','𖹾'),('𖹟','𖹿'),('𞤀','𞤢'),('𞤁','𞤣'),('𞤂','𞤤'),('𞤃','𞤥'),
('𞤄','𞤦'),('𞤅','𞤧'),('𞤆','𞤨'),('𞤇','𞤩'),('𞤈','𞤪'),('𞤉','𞤫'),('𞤊','𞤬'),('𞤋','𞤭'),('𞤌','𞤮'),('𞤍','𞤯'),('𞤎','𞤰'),('𞤏','𞤱'),
('𞤐','𞤲'),('𞤑','𞤳'),('𞤒','𞤴'),('𞤓','𞤵'),('𞤔','𞤶'),('𞤕','𞤷'),('𞤖','𞤸'),('𞤗','𞤹'),('𞤘','𞤺'),('𞤙','𞤻'),('𞤚','𞤼'),('𞤛','𞤽'),
('𞤜','𞤾'),('𞤝','𞤿'),('𞤞','𞥀'),('𞤟','𞥁'),('𞤠','𞥂'),('𞤡','𞥃'),('𠁞','𠀾'),('𠌥','𠆿'),('𠏢','𠉗'),('𠐊','𫝋'),('𠗣','㓆'),('𠞆','𠛆'),
('𠠎','𠚳'),('𠬙','𪠡'),('𠼤','𫪄'),('𠽃','𪠺'),('𠿕','𪜎'),('𡂡','𪢒'),('𡃄','𪡺'),('𡃕','𠴛'),('𡃤','𪢐'),('𡄔','𠴢'),('𡄣','𠵸'),('𡅏','𠲥'),
('𡅯','𪢖'),('𡑍','𫭼'),('𡑭','𡋗'),('𡓁','𪤄'),('𡓾','𡋀'),('𡔖','𡍣'),('𡞵','㛟'),('𡟫','𫝪'),('𡠹','㛿'),('𡢃','㛠'),('𡮉','𡭜'),('𡮣','𡭬'),
('𡳳','𡳃'),('𡸗','𪨩'),('𡹬','𪨹'),('𡻕','岁'),('𡽗','𡸃'),('𡾱','㟜'),('𡿖','𪩛'),('𢍰','𪪴'),('𢠼','𢙑'),('𢣐','𪬚'),('𢣚','𢘝'),('𢣭','𢘞'),
('𢤩','𪫡'),('𢤱','𢘙'),('𢤿','𪬯'),('𢯷','𪭝'),('𢶒','𪭯'),('𢶫','𢫞'),('𢷮','𢫊'),('𢹿','𢬦'),('𢺳','𪮳'),('𣈶','暅'),('𣋋','𣈣'),('𣍐','𫧃'),
('𣙎','㭣'),('𣜬','𪳗'),('𣝕','𣘷'),('𣞻','𣘓'),('𣠩','𣞎'),('𣠲','𣑶'),('𣯩','𣯣'),('𣯴','𣭤'),('𣯶','毶'),('𣽏','𪶮'),('𣾷','㳢'),('𣿉','𣶫'),
('𤁣','𣺽'),('𤄷','𪶒'),('𤅶','𣷷'),('𤑳','𤎻'),('𤑹','𪹀'),('𤒎','𤊀'),('𤒻','𪹹'),('𤓌','𪹠'),('𤓎','𤎺'),('𤓩','𤊰'),('𤘀','𪺣'),('𤛮','𤙯'),
('𤛱','𫞢'),('𤜆','𪺪'),('𤠮','𪺸'),('𤢟','𤝢'),('𤢻','𢢐'),('𤩂','𫞧'),('𤪺','㻘'),('𤫩','㻏'),('𤬅','𪼴'),('𤳷','𪽝'),('𤳸','𤳄'),('𤷃','𪽭'),
('𤸫','𤶧'),('𤺔','𪽴'),('𥊝','𥅿'),('𥌃','𥅘'),('𥏝','𪿊'),('𥕥','𥐰'),('𥖅','𥐯'),('𥖲','𪿞'),('𥗇','𪿵'),('𥗽','𬒗'),('𥜐','𫀓'),('𥜰','𫀌'),
('𥞵','𥞦'),('𥢢','䅪'),('𥢶','𫞷'),('𥢷','𫀮'),('𥨐','𥧂'),('𥪂','𥩺'),('𥯤','𫁳'),('𥴨','𫂖'),('𥴼','𫁺'),('𥵃','𥱔'),('𥵊','𥭉'),('𥶽','𫁱'),
('𥸠','𥮋'),('𥻦','𫂿'),('𥼽','𥹥'),('𥽖','𥺇'),('𥾯','𫄝'),('𥿊','𦈈'),('𦀖','𫄦'),('𦂅','𦈒'),('𦃄','𦈗'),('𦃩','𫄯'),('𦅇','𫄪'),('𦅈','𫄵'),
('𦆲','𫟇'),('𦒀','𫅥'),('𦔖','𫅼'),('𦘧','𡳒'),('𦟼','𫆝'),('𦠅','𫞅'),('𦡝','𫆫'),('𦢈','𣍨'),('𦣎','𦟗'),('𦧺','𫇘'),('𦪙','䑽'),('𦪽','𦨩'),
('𦱌','𫇪'),('𦾟','𦶻'),('𧎈','𧌥'),('𧒯','𫊹'),('𧔥','𧒭'),('𧕟','𧉐'),('𧜗','䘞'),('𧜵','䙊'),('𧝞','䘛'),('𧞫','𫌋'),('𧟀','𧝧'),('𧡴','𫌫'),
('𧢄','𫌬'),('𧦝','𫍞'),('𧦧','𫍟'),('𧩕','𫍭'),('𧩙','䜥'),('𧩼','𫍶'),('𧫝','𫍺'),('𧬤','𫍼'),('𧭈','𫍾'),('𧭹','𫍐'),('𧳟','𧳕'),('𧵳','䞌'),
('𧶔','𧹓'),('𧶧','䞎'),('𧷎','𪠀'),('𧸘','𫎨'),('𧹈','𪥠'),('𧽯','𫎸'),('𨂐','𫏌'),('𨄣','𨀱'),('𨅍','𨁴'),('𨆪','𫏕'),('𨇁','𧿈'),('𨇞','𨅫'),
('𨇤','𫏨'),('𨇰','𫏞'),('𨇽','𫏑'),('𨈊','𨂺'),('𨈌','𨄄'),('𨊰','䢀'),('𨊸','䢁'),('𨊻','𨐆'),('𨋢','䢂'),('𨌈','𫐍'),('𨍰','𫐔'),('𨎌','𫐋'),
('𨎮','𨐉'),('𨏠','𨐇'),('𨏥','𨐊'),('𨞺','𫟫'),('𨟊','𫟬'),('𨢿','𨡙'),('𨣈','𨡺'),('𨣞','𨟳'),('𨣧','𨠨'),('𨤻','𨤰'),('𨥛','𨱀'),('𨥟','𫓫'),
('𨦫','䦀'),('𨧀','𬭊'),('𨧜','䦁'),('𨧰','𫟽'),('𨧱','𨱊'),('𨨏','𬭛'),('𨨛','𫓼'),('𨨢','𫓿'),('𨩰','𫟾'),('𨪕','𫓮'),('𨫒','𨱐'),('𨬖','𫔏'),
('𨭆','𬭶'),('𨭎','𬭳'),('𨭖','𫔑'),('𨭸','𫔐'),('𨮂','𨱕'),('𨮳','𫔒'),('𨯅','䥿'),('𨯟','𫔓'),('𨰃','𫔉'),('𨰋','𫓳'),('𨰥','𫔕'),('𨰲','𫔃'),
('𨲳','𫔖'),('𨳑','𨸁'),('𨳕','𨸀'),('𨴗','𨸅'),('𨴹','𫔲'),('𨵩','𨸆'),('𨵸','𨸇'),('𨶀','𨸉'),('𨶏','𨸊'),('𨶮','𨸌'),('𨶲','𨸋'),('𨷲','𨸎'),
('𨼳','𫔽'),('𨽏','𨸘'),('𩀨','𫕚'),('𩅙','𫕨'),('𩎖','𫖑'),('𩎢','𩏾'),('𩏂','𫖓'),('𩏠','𫖖'),('𩏪','𩏽'),('𩏷','𫃗'),('𩑔','𫖪'),('𩒎','𫖭'),
('𩓣','𩖕'),('𩓥','𫖵'),('𩔑','𫖷'),('𩔳','𫖴'),('𩖰','𫠇'),('𩗀','𩙦'),('𩗓','𫗈'),('𩗴','𫗉'),('𩘀','𩙩'),('𩘝','𩙭'),('𩘹','𩙨'),('𩘺','𩙬'),
('𩙈','𩙰'),('𩚛','𩟿'),('𩚥','𩠀'),('𩚩','𫗡'),('𩚵','𩠁'),('𩛆','𩠂'),('𩛌','𫗤'),('𩛡','𫗨'),('𩛩','𩠃'),('𩜇','𩠉'),('𩜦','𩠆'),('𩜵','𩠊'),
('𩝔','𩠋'),('𩝽','𫗳'),('𩞄','𩠎'),('𩞦','𩠏'),('𩞯','䭪'),('𩟐','𩠅'),('𩟗','𫗚'),('𩠴','𩠠'),('𩡣','𩡖'),('𩡺','𩧦'),('𩢡','𩧬'),('𩢴','𩧵'),
('𩢸','𩧳'),('𩢾','𩧮'),('𩣏','𩧶'),('𩣑','䯃'),('𩣫','𩧸'),('𩣵','𩧻'),('𩣺','𩧼'),('𩤊','𩧩'),('𩤙','𩨆'),('𩤲','𩨉'),('𩤸','𩨅'),('𩥄','𩨋'),
('𩥇','𩨍'),('𩥉','𩧱'),('𩥑','𩨌'),('𩦠','𫠌'),('𩧆','𩨐'),('𩭙','𩬣'),('𩯁','𫙂'),('𩯳','𩯒'),('𩰀','𩬤'),('𩰹','𩰰'),('𩳤','𩲒'),('𩴵','𩴌'),
('𩵦','𫠏'),('𩵩','𩽺'),('𩵹','𩽻'),('𩶁','𫚎'),('𩶘','䲞'),('𩶰','𩽿'),('𩶱','𩽽'),('𩷰','𩾄'),('𩸃','𩾅'),('𩸄','𫚝'),('𩸡','𫚟'),('𩸦','𩾆'),
('𩻗','𫚨'),('𩻬','𫚩'),('𩻮','𫚘'),('𩼶','𫚬'),('𩽇','𩾎'),('𩿅','𫠖'),('𩿤','𫛠'),('𩿪','𪉄'),('𪀖','𫛧'),('𪀦','𪉅'),('𪀾','𪉋'),('𪁈','𪉉'),
('𪁖','𪉌'),('𪂆','𪉎'),('𪃍','𪉐'),('𪃏','𪉏'),('𪃒','𫛻'),('𪃧','𫛹'),('𪄆','𪉔'),('𪄕','𪉒'),('𪅂','𫜂'),('𪆷','𫛾'),('𪇳','𪉕'),('𪈼','𱊜'),
('𪉸','𫜊'),('𪋿','𫧮'),('𪌭','𫜓'),('𪍠','𫜕'),('𪓰','𫜟'),('𪔵','𪔭'),('𪘀','𪚏'),('𪘯','𪚐'),('𪙏','𫜯'),('𪟖','𠛾'),('𪷓','𣶭'),('𫒡','𫓷'),
('𫜦','𫜫'),('丽','丽'),('丸','丸'),('乁','乁'),('𠄢','𠄢'),('你','你'),('侮','侮'),('侻','侻'),('倂','倂'),('偺','偺'),('備','备'),('僧','僧'),
('像','像'),('㒞','㒞'),('𠘺','𠘺'),('免','免'),('兔','兔'),('兤','兤'),('具','具'),('𠔜','𠔜'),('㒹','㒹'),('內','内'),('再','再'),('𠕋','𠕋'),
('冗','冗'),('冤','冤'),('仌','仌'),('冬','冬'),('况','况'),('𩇟','𩇟'),('凵','凵'),('刃','刃'),('㓟','㓟'),('刻','刻'),('剆','剆'),('割','割'),
('剷','铲'),('㔕','㔕'),('勇','勇'),('勉','勉'),('勤','勤'),('勺','勺'),('包','包'),('匆','匆'),('北','北'),('卉','卉'),('卑','卑'),('博','博'),
('即','即'),('卽','即'),('卿','卿'),('卿','卿'),('卿','卿'),('𠨬','𠨬'),('灰','灰'),('及','及'),('叟','叟'),('𠭣','𠭣'),('叫','叫'),('叱','叱'),
('吆','吆'),('咞','咞'),('吸','吸'),('呈','呈'),('周','周'),('咢','咢'),('哶','哶'),('唐','唐'),('啓','启'),('啣','啣'),('善','善'),('善','善'),
('喙','喙'),('喫','吃'),('喳','喳'),('嗂','嗂'),('圖','图'),('嘆','叹'),('圗','圗'),('噑','噑'),('噴','喷'),('切','切'),('壮','壮'),('城','城'),
('埴','埴'),('堍','堍'),('型','型'),('堲','堲'),('報','报'),('墬','墬'),('𡓤','𡓤'),('売','売'),('壷','壷'),('夆','夆'),('多','多'),('夢','梦'),
('奢','奢'),('𡚨','𡚨'),('𡛪','𡛪'),('姬','姬'),('娛','娱'),('娧','娧'),('姘','姘'),('婦','妇'),('㛮','㛮'),('㛼','㛼'),('嬈','娆'),('嬾','嬾'),
('嬾','嬾'),('𡧈','𡧈'),('寃','寃'),('寘','寘'),('寧','宁'),('寳','寳'),('𡬘','𡬘'),('寿','寿'),('将','将'),('当','当'),('尢','尢'),('㞁','㞁'),
('屠','屠'),('屮','屮'),('峀','峀'),('岍','岍'),('𡷤','𡷤'),('嵃','嵃'),('𡷦','𡷦'),('嵮','嵮'),('嵫','嵫'),('嵼','𡶴'),('巡','巡'),('巢','巢'),
('㠯','㠯'),('巽','巽'),('帨','帨'),('帽','帽'),('幩','𪩸'),('㡢','㡢'),('𢆃','𢆃'),('㡼','㡼'),('庰','庰'),('庳','庳'),('庶','庶'),('廊','廊'),
('𪎒','𪎒'),('廾','廾'),('𢌱','𢌱'),('𢌱','𢌱'),('舁','舁'),('弢','弢'),('弢','弢'),('㣇','㣇'),('𣊸','𣊸'),('𦇚','𦇚'),('形','形'),('彫','雕'),
('㣣','㣣'),('徚','徚'),('忍','忍'),('志','志'),('忹','忹'),('悁','悁'),('㤺','㤺'),('㤜','㤜'),('悔','悔'),('𢛔','𢛔'),('惇','惇'),('慈','慈'),
('慌','慌'),('慎','慎'),('慌','慌'),('慺','㥪'),('憎','憎'),('憲','宪'),('憤','愤'),('憯','憯'),('懞','蒙'),('懲','惩'),('懶','懒'),('成','成'),
('戛','戛'),('扝','扝'),('抱','抱'),('拔','拔'),('捐','捐'),('𢬌','𢬌'),('挽','挽'),('拼','拼'),('捨','舍'),('掃','扫'),('揤','揤'),('𢯱','𢯱'),
('搢','搢'),('揅','揅'),('掩','掩'),('㨮','㨮'),('摩','摩'),('摾','摾'),('撝','㧑'),('摷','摷'),('㩬','㩬'),('敏','敏'),('敬','敬'),('𣀊','𣀊'),
('旣','既'),('書','书'),('晉','晋'),('㬙','㬙'),('暑','暑'),('㬈','㬈'),('㫤','㫤'),('冒','冒'),('冕','冕'),('最','最'),('暜','暜'),('肭','肭'),
('䏙','䏙'),('朗','朗'),('望','望'),('朡','朡'),('杞','杞'),('杓','杓'),('𣏃','𣏃'),('㭉','㭉'),('柺','拐'),('枅','枅'),('桒','桒'),('梅','梅'),
('𣑭','𣑭'),('梎','梎'),('栟','栟'),('椔','椔'),('㮝','㮝'),('楂','楂'),('榣','榣'),('槪','槪'),('檨','檨'),('𣚣','𣚣'),('櫛','栉'),('㰘','㰘'),
('次','次'),('𣢧','𣢧'),('歔','歔'),('㱎','㱎'),('歲','岁'),('殟','殟'),('殺','杀'),('殻','壳'),('𣪍','𣪍'),('𡴋','𡴋'),('𣫺','𣫺'),('汎','泛'),
('𣲼','𣲼'),('沿','沿'),('泍','泍'),('汧','汧'),('洖','洖'),('派','派'),('海','海'),('流','流'),('浩','浩'),('浸','浸'),('涅','涅'),('𣴞','𣴞'),
('洴','洴'),('港','港'),('湮','湮'),('㴳','㴳'),('滋','滋'),('滇','滇'),('𣻑','𣻑'),('淹','淹'),('潮','潮'),('𣽞','𣽞'),('𣾎','𣾎'),('濆','𣸣'),
('瀹','瀹'),('瀞','瀞'),('瀛','瀛'),('㶖','㶖'),('灊','灊'),('災','灾'),('灷','灷'),('炭','炭'),('𠔥','𠔥'),('煅','煅'),('𤉣','𤉣'),('熜','熜'),
('𤎫','𤎫'),('爨','爨'),('爵','爵'),('牐','牐'),('𤘈','𤘈'),('犀','犀'),('犕','犕'),('𤜵','𤜵'),('𤠔','𤠔'),('獺','獭'),('王','王'),('㺬','㺬'),
('玥','玥'),('㺸','㺸'),('㺸','㺸'),('瑇','瑇'),('瑜','瑜'),('瑱','瑱'),('璅','璅'),('瓊','琼'),('㼛','㼛'),('甤','甤'),('𤰶','𤰶'),('甾','甾'),
('𤲒','𤲒'),('異','异'),('𢆟','𢆟'),('瘐','瘐'),('𤾡','𤾡'),('𤾸','𤾸'),('𥁄','𥁄'),('㿼','㿼'),('䀈','䀈'),('直','直'),('𥃳','𥃳'),('𥃲','𥃲'),
('𥄙','𥄙'),('𥄳','𥄳'),('眞','真'),('真','真'),('真','真'),('睊','睊'),('䀹','𥅴'),('瞋','瞋'),('䁆','䁆'),('䂖','䂖'),('𥐝','𥐝'),('硎','硎'),
('碌','碌'),('磌','磌'),('䃣','䃣'),('𥘦','𥘦'),('祖','祖'),('𥚚','𥚚'),('𥛅','𥛅'),('福','福'),('秫','秫'),('䄯','䄯'),('穀','谷'),('穊','穊'),
('穏','穏'),('𥥼','𥥼'),('𥪧','𥪧'),('𥪧','𥪧'),('竮','竮'),('䈂','䈂'),('𥮫','𥮫'),('篆','篆'),('築','筑'),('䈧','䈧'),('𥲀','𥲀'),('糒','糒'),
('䊠','䊠'),('糨','糨'),('糣','糣'),('紀','纪'),('𥾆','𥾆'),('絣','絣'),('䌁','䌁'),('緇','缁'),('縂','縂'),('繅','缫'),('䌴','䌴'),('𦈨','𦈨'),
('𦉇','𦉇'),('䍙','䍙'),('𦋙','𦋙'),('罺','罺'),('𦌾','𦌾'),('羕','羕'),('翺','翺'),('者','者'),('𦓚','𦓚'),('𦔣','𦔣'),('聠','聠'),('𦖨','𦖨'),
('聰','聪'),('𣍟','𣍟'),('䏕','䏕'),('育','育'),('脃','脃'),('䐋','䐋'),('脾','脾'),('媵','媵'),('𦞧','𦞧'),('𦞵','𦞵'),('𣎓','𣎓'),('𣎜','𣎜'),
('舁','舁'),('舄','舄'),('辞','辞'),('䑫','䑫'),('芑','芑'),('芋','芋'),('芝','芝'),('劳','劳'),('花','花'),('芳','芳'),('芽','芽'),('苦','苦'),
('𦬼','𦬼'),('若','若'),('茝','茝'),('荣','荣'),('莭','莭'),('茣','茣'),('莽','莽'),('菧','菧'),('著','著'),('荓','荓'),('菊','菊'),('菌','菌'),
('菜','菜'),('𦰶','𦰶'),('𦵫','𦵫'),('𦳕','𦳕'),('䔫','䔫'),('蓱','蓱'),('蓳','蓳'),('蔖','蔖'),('𧏊','𧏊'),('蕤','蕤'),('𦼬','𦼬'),('䕝','䕝'),
('䕡','䕡'),('𦾱','𦾱'),('𧃒','𧃒'),('䕫','䕫'),('虐','虐'),('虜','虏'),('虧','亏'),('虩','虩'),('蚩','蚩'),('蚈','蚈'),('蜎','蜎'),('蛢','蛢'),
('蝹','蝹'),('蜨','蜨'),('蝫','蝫'),('螆','螆'),('䗗','䗗'),('蟡','蟡'),('蠁','蚃'),('䗹','䗹'),('衠','衠'),('衣','衣'),('𧙧','𧙧'),('裗','裗'),
('裞','裞'),('䘵','䘵'),('裺','裺'),('㒻','㒻'),('𧢮','𧢮'),('𧥦','𧥦'),('䚾','䚾'),('䛇','䛇'),('誠','诚'),('諭','谕'),('變','变'),('豕','豕'),
('𧲨','𧲨'),('貫','贯'),('賁','贲'),('贛','赣'),('起','起'),('𧼯','𧼯'),('𠠄','𠠄'),('跋','跋'),('趼','趼'),('跰','跰'),('𠣞','𠣞'),('軔','轫'),
('輸','输'),('𨗒','𨗒'),('𨗭','𨗭'),('邔','邔'),('郱','郱'),('鄑','鄑'),('𨜮','𨜮'),('鄛','鄛'),('鈸','钹'),('鋗','𫓶'),('鋘','鋘'),('鉼','鉼'),
('鏹','镪'),('鐕','鐕'),('𨯺','𨯺'),('開','开'),('䦕','䦕'),('閷','閷'),('𨵷','𨵷'),('䧦','䧦'),('雃','雃'),('嶲','嶲'),('霣','𫕥'),('𩅅','𩅅'),
('𩈚','𩈚'),('䩮','䩮'),('䩶','䩶'),('韠','𫖒'),('𩐊','𩐊'),('䪲','䪲'),('𩒖','𩒖'),('頋','頋'),('頋','頋'),('頩','頩'),('𩖶','𩖶'),('飢','饥'),
('䬳','䬳'),('餩','餩'),('馧','馧'),('駂','駂'),('駾','駾'),('䯎','䯎'),('𩬰','𩬰'),('鬒','鬒'),('鱀','𬶨'),('鳽','𫛚'),('䳎','䳎'),('䳭','䳭'),
('鵧','𫛨'),('𪃎','𪃎'),('䳸','䳸'),('𪄅','𪄅'),('𪈎','𪈎'),('𪊑','𪊑'),('麻','麻'),('䵖','䵖'),('黹','黹'),('黾','黾'),('鼅','鼅'),('鼏','鼏'),
('鼖','鼖'),('鼻','鼻'),('𪘀','𪚏'),('𰻞','𰻝');

-- 733 ranges of letters and digits
INSERT INTO fold_ranges (first_cp, last_cp) VALUES
(48,57),(65,90),(97,122),(170,170),(178,179),(181,181),(185,186),(188,190),(192,214),(216,246),(248,705),(710,721),
(736,740),(748,748),(750,750),(880,884),(886,887),(890,893),(895,895),(902,902),(904,906),(908,908),(910,929),(931,1013),
(1015,1153),(1162,1327),(1329,1366),(1369,1369),(1376,1416),(1488,1514),(1519,1522),(1568,1610),(1632,1641),(1646,1647),(1649,1747),(1749,1749),
(1765,1766),(1774,1788),(1791,1791),(1808,1808),(1810,1839),(1869,1957),(1969,1969),(1984,2026),(2036,2037),(2042,2042),(2048,2069),(2074,2074),
(2084,2084),(2088,2088),(2112,2136),(2144,2154),(2160,2183),(2185,2190),(2208,2249),(2308,2361),(2365,2365),(2384,2384),(2392,2401),(2406,2415),
(2417,2432),(2437,2444),(2447,2448),(2451,2472),(2474,2480),(2482,2482),(2486,2489),(2493,2493),(2510,2510),(2524,2525),(2527,2529),(2534,2545),
(2548,2553),(2556,2556),(2565,2570),(2575,2576),(2579,2600),(2602,2608),(2610,2611),(2613,2614),(2616,2617),(2649,2652),(2654,2654),(2662,2671),
(2674,2676),(2693,2701),(2703,2705),(2707,2728),(2730,2736),(2738,2739),(2741,2745),(2749,2749),(2768,2768),(2784,2785),(2790,2799),(2809,2809),
(2821,2828),(2831,2832),(2835,2856),(2858,2864),(2866,2867),(2869,2873),(2877,2877),(2908,2909),(2911,2913),(2918,2927),(2929,2935),(2947,2947),
(2949,2954),(2958,2960),(2962,2965),(2969,2970),(2972,2972),(2974,2975),(2979,2980),(2984,2986),(2990,3001),(3024,3024),(3046,3058),(3077,3084),
(3086,3088),(3090,3112),(3114,3129),(3133,3133),(3160,3162),(3165,3165),(3168,3169),(3174,3183),(3192,3198),(3200,3200),(3205,3212),(3214,3216),
(3218,3240),(3242,3251),(3253,3257),(3261,3261),(3293,3294),(3296,3297),(3302,3311),(3313,3314),(3332,3340),(3342,3344),(3346,3386),(3389,3389),
(3406,3406),(3412,3414),(3416,3425),(3430,3448),(3450,3455),(3461,3478),(3482,3505),(3507,3515),(3517,3517),(3520,3526),(3558,3567),(3585,3632),
(3634,3635),(3648,3654),(3664,3673),(3713,3714),(3716,3716),(3718,3722),(3724,3747),(3749,3749),(3751,3760),(3762,3763),(3773,3773),(3776,3780),
(3782,3782),(3792,3801),(3804,3807),(3840,3840),(3872,3891),(3904,3911),(3913,3948),(3976,3980),(4096,4138),(4159,4169),(4176,4181),(4186,4189),
(4193,4193),(4197,4198),(4206,4208),(4213,4225),(4238,4238),(4240,4249),(4256,4293),(4295,4295),(4301,4301),(4304,4346),(4348,4680),(4682,4685),
(4688,4694),(4696,4696),(4698,4701),(4704,4744),(4746,4749),(4752,4784),(4786,4789),(4792,4798),(4800,4800),(4802,4805),(4808,4822),(4824,4880),
(4882,4885),(4888,4954),(4969,4988),(4992,5007),(5024,5109),(5112,5117),(5121,5740),(5743,5759),(5761,5786),(5792,5866),(5870,5880),(5888,5905),
(5919,5937),(5952,5969),(5984,5996),(5998,6000),(6016,6067),(6103,6103),(6108,6108),(6112,6121),(6128,6137),(6160,6169),(6176,6264),(6272,6276),
(6279,6312),(6314,6314),(6320,6389),(6400,6430),(6470,6509),(6512,6516),(6528,6571),(6576,6601),(6608,6618),(6656,6678),(6688,6740),(6784,6793),
(6800,6809),(6823,6823),(6917,6963),(6981,6988),(6992,7001),(7043,7072),(7086,7141),(7168,7203),(7232,7241),(7245,7293),(7296,7304),(7312,7354),
(7357,7359),(7401,7404),(7406,7411),(7413,7414),(7418,7418),(7424,7615),(7680,7957),(7960,7965),(7968,8005),(8008,8013),(8016,8023),(8025,8025),
(8027,8027),(8029,8029),(8031,8061),(8064,8116),(8118,8124),(8126,8126),(8130,8132),(8134,8140),(8144,8147),(8150,8155),(8160,8172),(8178,8180),
(8182,8188),(8304,8305),(8308,8313),(8319,8329),(8336,8348),(8450,8450),(8455,8455),(8458,8467),(8469,8469),(8473,8477),(8484,8484),(8486,8486),
(8488,8488),(8490,8493),(8495,8505),(8508,8511),(8517,8521),(8526,8526),(8528,8585),(9312,9371),(9450,9471),(10102,10131),(11264,11492),(11499,11502),
(11506,11507),(11517,11517),(11520,11557),(11559,11559),(11565,11565),(11568,11623),(11631,11631),(11648,11670),(11680,11686),(11688,11694),(11696,11702),(11704,11710),
(11712,11718),(11720,11726),(11728,11734),(11736,11742),(11823,11823),(12293,12295),(12321,12329),(12337,12341),(12344,12348),(12353,12438),(12445,12447),(12449,12538),
(12540,12543),(12549,12591),(12593,12686),(12690,12693),(12704,12735),(12784,12799),(12832,12841),(12872,12879),(12881,12895),(12928,12937),(12977,12991),(13312,19903),
(19968,42124),(42192,42237),(42240,42508),(42512,42539),(42560,42606),(42623,42653),(42656,42735),(42775,42783),(42786,42888),(42891,42954),(42960,42961),(42963,42963),
(42965,42969),(42994,43009),(43011,43013),(43015,43018),(43020,43042),(43056,43061),(43072,43123),(43138,43187),(43216,43225),(43250,43255),(43259,43259),(43261,43262),
(43264,43301),(43312,43334),(43360,43388),(43396,43442),(43471,43481),(43488,43492),(43494,43518),(43520,43560),(43584,43586),(43588,43595),(43600,43609),(43616,43638),
(43642,43642),(43646,43695),(43697,43697),(43701,43702),(43705,43709),(43712,43712),(43714,43714),(43739,43741),(43744,43754),(43762,43764),(43777,43782),(43785,43790),
(43793,43798),(43808,43814),(43816,43822),(43824,43866),(43868,43881),(43888,44002),(44016,44025),(44032,55203),(55216,55238),(55243,55291),(63744,64109),(64112,64217),
(64256,64262),(64275,64279),(64285,64285),(64287,64296),(64298,64310),(64312,64316),(64318,64318),(64320,64321),(64323,64324),(64326,64433),(64467,64829),(64848,64911),
(64914,64967),(65008,65019),(65136,65140),(65142,65276),(65296,65305),(65313,65338),(65345,65370),(65382,65470),(65474,65479),(65482,65487),(65490,65495),(65498,65500),
(65536,65547),(65549,65574),(65576,65594),(65596,65597),(65599,65613),(65616,65629),(65664,65786),(65799,65843),(65856,65912),(65930,65931),(66176,66204),(66208,66256),
(66273,66299),(66304,66339),(66349,66378),(66384,66421),(66432,66461),(66464,66499),(66504,66511),(66513,66517),(66560,66717),(66720,66729),(66736,66771),(66776,66811),
(66816,66855),(66864,66915),(66928,66938),(66940,66954),(66956,66962),(66964,66965),(66967,66977),(66979,66993),(66995,67001),(67003,67004),(67072,67382),(67392,67413),
(67424,67431),(67456,67461),(67463,67504),(67506,67514),(67584,67589),(67592,67592),(67594,67637),(67639,67640),(67644,67644),(67647,67669),(67672,67702),(67705,67742),
(67751,67759),(67808,67826),(67828,67829),(67835,67867),(67872,67897),(67968,68023),(68028,68047),(68050,68096),(68112,68115),(68117,68119),(68121,68149),(68160,68168),
(68192,68222),(68224,68255),(68288,68295),(68297,68324),(68331,68335),(68352,68405),(68416,68437),(68440,68466),(68472,68497),(68521,68527),(68608,68680),(68736,68786),
(68800,68850),(68858,68899),(68912,68921),(69216,69246),(69248,69289),(69296,69297),(69376,69415),(69424,69445),(69457,69460),(69488,69505),(69552,69579),(69600,69622),
(69635,69687),(69714,69743),(69745,69746),(69749,69749),(69763,69807),(69840,69864),(69872,69881),(69891,69926),(69942,69951),(69956,69956),(69959,69959),(69968,70002),
(70006,70006),(70019,70066),(70081,70084),(70096,70106),(70108,70108),(70113,70132),(70144,70161),(70163,70187),(70272,70278),(70280,70280),(70282,70285),(70287,70301),
(70303,70312),(70320,70366),(70384,70393),(70405,70412),(70415,70416),(70419,70440),(70442,70448),(70450,70451),(70453,70457),(70461,70461),(70480,70480),(70493,70497),
(70656,70708),(70727,70730),(70736,70745),(70751,70753),(70784,70831),(70852,70853),(70855,70855),(70864,70873),(71040,71086),(71128,71131),(71168,71215),(71236,71236),
(71248,71257),(71296,71338),(71352,71352),(71360,71369),(71424,71450),(71472,71483),(71488,71494),(71680,71723),(71840,71922),(71935,71942),(71945,71945),(71948,71955),
(71957,71958),(71960,71983),(71999,71999),(72001,72001),(72016,72025),(72096,72103),(72106,72144),(72161,72161),(72163,72163),(72192,72192),(72203,72242),(72250,72250),
(72272,72272),(72284,72329),(72349,72349),(72368,72440),(72704,72712),(72714,72750),(72768,72768),(72784,72812),(72818,72847),(72960,72966),(72968,72969),(72971,73008),
(73030,73030),(73040,73049),(73056,73061),(73063,73064),(73066,73097),(73112,73112),(73120,73129),(73440,73458),(73648,73648),(73664,73684),(73728,74649),(74752,74862),
(74880,75075),(77712,77808),(77824,78894),(82944,83526),(92160,92728),(92736,92766),(92768,92777),(92784,92862),(92864,92873),(92880,92909),(92928,92975),(92992,92995),
(93008,93017),(93019,93025),(93027,93047),(93053,93071),(93760,93846),(93952,94026),(94032,94032),(94099,94111),(94176,94177),(94179,94179),(94208,100343),(100352,101589),
(101632,101640),(110576,110579),(110581,110587),(110589,110590),(110592,110882),(110928,110930),(110948,110951),(110960,111355),(113664,113770),(113776,113788),(113792,113800),(113808,113817),
(119520,119539),(119648,119672),(119808,119892),(119894,119964),(119966,119967),(119970,119970),(119973,119974),(119977,119980),(119982,119993),(119995,119995),(119997,120003),(120005,120069),
(120071,120074),(120077,120084),(120086,120092),(120094,120121),(120123,120126),(120128,120132),(120134,120134),(120138,120144),(120146,120485),(120488,120512),(120514,120538),(120540,120570),
(120572,120596),(120598,120628),(120630,120654),(120656,120686),(120688,120712),(120714,120744),(120746,120770),(120772,120779),(120782,120831),(122624,122654),(123136,123180),(123191,123197),
(123200,123209),(123214,123214),(123536,123565),(123584,123627),(123632,123641),(124896,124902),(124904,124907),(124909,124910),(124912,124926),(124928,125124),(125127,125135),(125184,125251),
(125259,125259),(125264,125273),(126065,126123),(126125,126127),(126129,126132),(126209,126253),(126255,126269),(126464,126467),(126469,126495),(126497,126498),(126500,126500),(126503,126503),
(126505,126514),(126516,126519),(126521,126521),(126523,126523),(126530,126530),(126535,126535),(126537,126537),(126539,126539),(126541,126543),(126545,126546),(126548,126548),(126551,126551),
(126553,126553),(126555,126555),(126557,126557),(126559,126559),(126561,126562),(126564,126564),(126567,126570),(126572,126578),(126580,126583),(126585,126588),(126590,126590),(126592,126601),
(126603,126619),(126625,126627),(126629,126633),(126635,126651),(127232,127244),(130032,130041),(131072,173791),(173824,177976),(177984,178205),(178208,183969),(183984,191456),(194560,195101),
(196608,201546);
