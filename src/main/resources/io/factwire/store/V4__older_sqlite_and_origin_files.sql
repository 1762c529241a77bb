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
-- the article (no foreign key), so a deleted article stays deleted, and comes back with a later revision only
-- when its file changes.
CREATE TABLE origin_files (
    origin        TEXT    PRIMARY KEY,                 -- file name in the data directory
    fingerprint   TEXT    NOT NULL,                    -- the file's content hash and sidecar metadata, as applied
    article_id    TEXT    NOT NULL,                    -- the article the file gave (it may since be deleted)
    last_revision INTEGER NOT NULL                     -- the article's revision when last seen, deletion included
) WITHOUT ROWID;

INSERT INTO origin_files (origin, fingerprint, article_id, last_revision)
SELECT origin,
       content_hash || '|' || coalesce(published_at, '') || '|' || coalesce(url, '') || '|' || coalesce(source, ''),
       id, revision
FROM articles WHERE origin IS NOT NULL;
