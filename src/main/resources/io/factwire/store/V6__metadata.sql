-- Article metadata from pages, feeds, JSON bodies and sidecars. authors and tags are JSON arrays of strings
-- (the list filters read them with json_each); published_at may now hold an RFC 3339 date-time as well as a date.

ALTER TABLE articles ADD COLUMN authors     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors));
ALTER TABLE articles ADD COLUMN modified_at TEXT;
ALTER TABLE articles ADD COLUMN lang        TEXT;
ALTER TABLE articles ADD COLUMN description TEXT;
ALTER TABLE articles ADD COLUMN image       TEXT;
ALTER TABLE articles ADD COLUMN tags        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags));

CREATE INDEX articles_by_lang ON articles (lang);
