-- The search source view again, without group_concat(... ORDER BY ...): that form needs SQLite 3.44, and
-- Debian 12's sqlite3 (3.40) could not even open the schema to run PRAGMA integrity_check. Ordering the
-- quotes in a subquery gives the same text, and the index reads exactly the same values.

DROP VIEW article_search_source;

CREATE VIEW article_search_source AS
SELECT a.seq, a.id, a.title, a.body,
       coalesce((SELECT group_concat(text, char(10))
                 FROM (SELECT q.text FROM quotes q WHERE q.article_id = a.id ORDER BY q.id)), '')
           AS quotes
FROM articles a;

-- What each data-directory file last gave, so a start-up sync can tell "the file changed" from "the article
-- was edited or deleted over HTTP since": only a change of the file itself is applied again. The row outlives
-- the article (no foreign key), so a deleted article stays deleted until its file changes.
CREATE TABLE origin_files (
    origin      TEXT PRIMARY KEY,                      -- file name in the data directory
    fingerprint TEXT NOT NULL,                         -- the file's content hash and sidecar metadata, as applied
    article_id  TEXT NOT NULL                          -- the article the file gave (it may since be deleted)
) WITHOUT ROWID;

INSERT INTO origin_files (origin, fingerprint, article_id)
SELECT origin,
       content_hash || '|' || coalesce(published_at, '') || '|' || coalesce(url, '') || '|' || coalesce(source, ''),
       id
FROM articles WHERE origin IS NOT NULL;

-- An id given again after a deletion goes on from the revision its feed reached, so no revision of an id
-- is ever answered twice; this finds that revision without reading the whole feed.
CREATE INDEX changes_by_article ON changes (article_id, revision);
