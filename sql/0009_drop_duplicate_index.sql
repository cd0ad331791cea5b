-- 0004 created articles_publisher_published_idx on (publisher_canonical, published_at), the very index 0001 had
-- made as articles_published_idx (the name 0005 and the README cite). One is enough; every article insert paid for both.
DROP INDEX IF EXISTS articles_publisher_published_idx;
