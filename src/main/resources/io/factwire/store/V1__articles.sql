-- Articles and everything extracted from them. Offsets are UTF-16 indices into articles.body.

CREATE TABLE articles (
    seq               INTEGER PRIMARY KEY AUTOINCREMENT, -- listing order and cursor position; never reused
    id                TEXT    NOT NULL UNIQUE,           -- public slug, fixed once assigned
    content_hash      TEXT    NOT NULL UNIQUE,           -- SHA-256 of the normalised raw text: one article per text
    origin            TEXT    UNIQUE,                    -- data-dir file name; null for posted articles
    raw_text          TEXT    NOT NULL,                  -- kept so a newer extractor can re-extract
    title             TEXT    NOT NULL,
    dateline          TEXT,
    body              TEXT    NOT NULL,
    published_at      TEXT,                              -- ISO 8601 date
    url               TEXT,
    source            TEXT,
    extractor_version INTEGER NOT NULL,
    revision          INTEGER NOT NULL DEFAULT 1,        -- bumped on every rewrite of the row or its children
    created_at        TEXT    NOT NULL,                  -- ISO 8601 instants, UTC
    updated_at        TEXT    NOT NULL
);

CREATE INDEX articles_by_extractor_version ON articles (extractor_version);

CREATE TABLE sections (
    article_id   TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    heading      TEXT,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE paragraphs (
    article_id   TEXT    NOT NULL,
    section_idx  INTEGER NOT NULL,
    idx          INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    PRIMARY KEY (article_id, section_idx, idx),
    FOREIGN KEY (article_id, section_idx) REFERENCES sections (article_id, idx) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE quotes (
    id              INTEGER PRIMARY KEY,                 -- extraction order within an article
    article_id      TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    text            TEXT    NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    speaker         TEXT COLLATE NOCASE,                 -- the speaker filter ignores case
    speaker_mention TEXT,
    source          TEXT,
    fragment        INTEGER NOT NULL CHECK (fragment IN (0, 1)),
    section_idx     INTEGER NOT NULL
);

CREATE INDEX quotes_by_article_speaker ON quotes (article_id, speaker);

CREATE TABLE facts (
    id                   INTEGER PRIMARY KEY,            -- extraction order within an article
    article_id           TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    type                 TEXT    NOT NULL,
    text                 TEXT    NOT NULL,
    start_offset         INTEGER NOT NULL,
    end_offset           INTEGER NOT NULL,
    has_quantity         INTEGER NOT NULL CHECK (has_quantity IN (0, 1)),
    quantity_value       INTEGER,
    quantity_min         INTEGER,
    quantity_max         INTEGER,
    quantity_approximate INTEGER NOT NULL CHECK (quantity_approximate IN (0, 1)),
    quantity_qualifier   TEXT,
    has_time             INTEGER NOT NULL CHECK (has_time IN (0, 1)),
    time_value           TEXT,
    time_mod             TEXT,
    name                 TEXT,
    section_idx          INTEGER NOT NULL
);

CREATE INDEX facts_by_article_type ON facts (article_id, type);
