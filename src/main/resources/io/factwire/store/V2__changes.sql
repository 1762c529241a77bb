-- The change feed: one event per created, updated or deleted article, in commit order. Written in the same
-- transaction as the article, so the feed never shows a write that did not happen or misses one that did.

CREATE TABLE changes (
    sequence   INTEGER PRIMARY KEY AUTOINCREMENT,      -- never reused, so "since" positions stay valid
    article_id TEXT    NOT NULL,                       -- no foreign key: deleted articles keep their events
    type       TEXT    NOT NULL CHECK (type IN ('created', 'updated', 'deleted')),
    revision   INTEGER NOT NULL,                       -- the article's revision after the change
    at         TEXT    NOT NULL                        -- ISO 8601 instant, UTC
);

-- articles stored before the feed existed start it, as created at their current revision
INSERT INTO changes (article_id, type, revision, at)
SELECT id, 'created', revision, created_at FROM articles ORDER BY seq;
