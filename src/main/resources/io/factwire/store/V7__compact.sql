-- A smaller store (issue 9, part 4): the database was about nine times the text it holds.
-- * Children are keyed by the article's integer seq instead of its slug, which every row and index entry repeated.
-- * The raw text is stored once: Deflate-compressed with the body as preset dictionary (raw_deflated, see
--   store/Deflated), so it costs what it adds to the body. deflate_raw() exists only while this script runs.
-- * The counts a listing shows are columns of the article, written with its extraction.
-- * An article's facts have consecutive ids from first_fact (the writer gives them), so they are read as a
--   range of the table's own key: no index by article, and no foreign key (that needs one); the writer deletes
--   them with their article. Fact types are small integer codes named in fact_types.
-- * Small columns come before the body, so a listing reads them without walking the body.
-- Every table keeps its keys (facts their ids, see below), so cursors and the search index stay valid.

DROP TRIGGER quotes_count_speaker;
DROP TRIGGER quotes_uncount_speaker;
DROP TRIGGER articles_count;
DROP TRIGGER articles_uncount;
DROP VIEW article_search_source;

CREATE TABLE fact_types (
    code INTEGER PRIMARY KEY,
    name TEXT    NOT NULL UNIQUE                       -- FactType id, as the API names it
);

INSERT INTO fact_types (name) SELECT DISTINCT type FROM facts ORDER BY type;

-- Facts keep their ids (and so the order of GET /v1/facts): every earlier build wrote an article's facts in one
-- batch, so they are consecutive already. An article whose facts are not would get new ids after all the others.
CREATE TEMP TABLE v7_facts AS
SELECT CASE WHEN consecutive THEN old_id
            ELSE (SELECT max(id) FROM facts)
                 + row_number() OVER (PARTITION BY consecutive ORDER BY article_seq, old_id) END AS id,
       article_seq, old_id
FROM (SELECT f.id AS old_id, a.seq AS article_seq,
             count(*) OVER w = max(f.id) OVER w - min(f.id) OVER w + 1 AS consecutive
      FROM facts f JOIN articles a ON a.id = f.article_id
      WINDOW w AS (PARTITION BY a.seq));

CREATE TEMP TABLE v7_counts (
    seq        INTEGER PRIMARY KEY,
    sections   INTEGER NOT NULL DEFAULT 0,
    quotes     INTEGER NOT NULL DEFAULT 0,
    facts      INTEGER NOT NULL DEFAULT 0,
    first_fact INTEGER NOT NULL DEFAULT 0
);
INSERT INTO v7_counts (seq) SELECT seq FROM articles;
UPDATE v7_counts SET sections = c.n
FROM (SELECT a.seq, count(*) AS n FROM sections s JOIN articles a ON a.id = s.article_id GROUP BY a.seq) AS c
WHERE c.seq = v7_counts.seq;
UPDATE v7_counts SET quotes = c.n
FROM (SELECT a.seq, count(*) AS n FROM quotes q JOIN articles a ON a.id = q.article_id GROUP BY a.seq) AS c
WHERE c.seq = v7_counts.seq;
UPDATE v7_counts SET facts = c.n, first_fact = c.first
FROM (SELECT article_seq, count(*) AS n, min(id) AS first FROM v7_facts GROUP BY article_seq) AS c
WHERE c.article_seq = v7_counts.seq;

CREATE TABLE articles_v7 (
    seq               INTEGER PRIMARY KEY AUTOINCREMENT, -- listing order and cursor position; never reused
    id                TEXT    NOT NULL UNIQUE,           -- public slug, fixed once assigned
    content_hash      TEXT    NOT NULL UNIQUE,           -- SHA-256 of the normalised raw text: one article per text
    origin            TEXT    UNIQUE,                    -- data-dir file name; null for posted articles
    extractor_version INTEGER NOT NULL,
    revision          INTEGER NOT NULL DEFAULT 1,        -- bumped on every rewrite of the row or its children
    created_at        TEXT    NOT NULL,                  -- ISO 8601 instants, UTC
    updated_at        TEXT    NOT NULL,
    published_at      TEXT,                              -- ISO 8601 date or RFC 3339 date-time
    modified_at       TEXT,
    url               TEXT,
    source            TEXT,
    lang              TEXT,
    section_count     INTEGER NOT NULL DEFAULT 0,
    quote_count       INTEGER NOT NULL DEFAULT 0,
    fact_count        INTEGER NOT NULL DEFAULT 0,
    first_fact        INTEGER NOT NULL DEFAULT 0,        -- facts.id of the first fact; the rest follow it
    title             TEXT    NOT NULL,
    dateline          TEXT,
    authors           TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(authors)),
    tags              TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
    description       TEXT,
    image             TEXT,
    body              TEXT    NOT NULL,
    raw_deflated      BLOB    NOT NULL                   -- the raw text, kept so a newer extractor can re-extract
);

INSERT INTO articles_v7 (seq, id, content_hash, origin, extractor_version, revision, created_at, updated_at,
                         published_at, modified_at, url, source, lang, section_count, quote_count, fact_count,
                         first_fact, title, dateline, authors, tags, description, image, body, raw_deflated)
SELECT a.seq, a.id, a.content_hash, a.origin, a.extractor_version, a.revision, a.created_at, a.updated_at,
       a.published_at, a.modified_at, a.url, a.source, a.lang, c.sections, c.quotes, c.facts, c.first_fact,
       a.title, a.dateline, a.authors, a.tags, a.description, a.image, a.body, deflate_raw(a.raw_text, a.body)
FROM articles a JOIN v7_counts c ON c.seq = a.seq
ORDER BY a.seq;

-- the seq counter goes on where it was, past articles deleted at the end
DELETE FROM sqlite_sequence WHERE name = 'articles_v7';
UPDATE sqlite_sequence SET name = 'articles_v7' WHERE name = 'articles';

CREATE TABLE sections_v7 (
    article_seq  INTEGER NOT NULL REFERENCES articles_v7 (seq) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    heading      TEXT,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;

INSERT INTO sections_v7 (article_seq, idx, heading, start_offset, end_offset)
SELECT a.seq, s.idx, s.heading, s.start_offset, s.end_offset
FROM sections s JOIN articles a ON a.id = s.article_id ORDER BY a.seq, s.idx;

CREATE TABLE paragraphs_v7 (
    article_seq  INTEGER NOT NULL,
    section_idx  INTEGER NOT NULL,
    idx          INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    PRIMARY KEY (article_seq, section_idx, idx),
    FOREIGN KEY (article_seq, section_idx) REFERENCES sections_v7 (article_seq, idx) ON DELETE CASCADE
) WITHOUT ROWID;

INSERT INTO paragraphs_v7 (article_seq, section_idx, idx, start_offset, end_offset)
SELECT a.seq, p.section_idx, p.idx, p.start_offset, p.end_offset
FROM paragraphs p JOIN articles a ON a.id = p.article_id ORDER BY a.seq, p.section_idx, p.idx;

CREATE TABLE quotes_v7 (
    id              INTEGER PRIMARY KEY,                 -- extraction order within an article
    article_seq     INTEGER NOT NULL REFERENCES articles_v7 (seq) ON DELETE CASCADE,
    text            TEXT    NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    speaker         TEXT COLLATE NOCASE,                 -- the speaker filter ignores case
    speaker_mention TEXT,
    source          TEXT,
    fragment        INTEGER NOT NULL CHECK (fragment IN (0, 1)),
    section_idx     INTEGER NOT NULL
);

INSERT INTO quotes_v7 (id, article_seq, text, start_offset, end_offset, speaker, speaker_mention, source, fragment,
                       section_idx)
SELECT q.id, a.seq, q.text, q.start_offset, q.end_offset, q.speaker, q.speaker_mention, q.source, q.fragment,
       q.section_idx
FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY q.id;

CREATE TABLE facts_v7 (
    id                   INTEGER PRIMARY KEY,            -- extraction order; an article's facts are consecutive
    article_seq          INTEGER NOT NULL,               -- no foreign key: see above
    type                 INTEGER NOT NULL REFERENCES fact_types (code),
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

INSERT INTO facts_v7 (id, article_seq, type, text, start_offset, end_offset, has_quantity, quantity_value,
                      quantity_min, quantity_max, quantity_approximate, quantity_qualifier, has_time, time_value,
                      time_mod, name, section_idx)
SELECT n.id, n.article_seq, t.code, f.text, f.start_offset, f.end_offset, f.has_quantity, f.quantity_value,
       f.quantity_min, f.quantity_max, f.quantity_approximate, f.quantity_qualifier, f.has_time, f.time_value,
       f.time_mod, f.name, f.section_idx
FROM v7_facts n JOIN facts f ON f.id = n.old_id JOIN fact_types t ON t.name = f.type
ORDER BY n.id;

DROP TABLE v7_facts;
DROP TABLE v7_counts;

DROP TABLE paragraphs;
DROP TABLE sections;
DROP TABLE quotes;
DROP TABLE facts;
DROP TABLE articles;

ALTER TABLE articles_v7 RENAME TO articles;
ALTER TABLE sections_v7 RENAME TO sections;
ALTER TABLE paragraphs_v7 RENAME TO paragraphs;
ALTER TABLE quotes_v7 RENAME TO quotes;
ALTER TABLE facts_v7 RENAME TO facts;

CREATE INDEX articles_by_extractor_version ON articles (extractor_version);
CREATE INDEX articles_by_published ON articles (published_at);
CREATE INDEX articles_by_updated ON articles (updated_at);
CREATE INDEX articles_by_source ON articles (source COLLATE NOCASE);
CREATE INDEX articles_by_lang ON articles (lang);

CREATE INDEX quotes_by_article_speaker ON quotes (article_seq, speaker);
CREATE INDEX quotes_by_speaker ON quotes (speaker);
CREATE INDEX quotes_by_source ON quotes (source COLLATE NOCASE);

CREATE INDEX facts_by_type ON facts (type);
CREATE INDEX facts_by_type_reach_up ON facts (type, coalesce(quantity_value, quantity_max)) WHERE has_quantity = 1;
CREATE INDEX facts_by_type_reach_down ON facts (type, coalesce(quantity_value, quantity_min)) WHERE has_quantity = 1;
CREATE INDEX facts_by_type_time ON facts (type, time_value) WHERE has_time = 1;

-- the same values for the same rowid as before, so the search index stays valid without a rebuild
CREATE VIEW article_search_source AS
SELECT a.seq, a.id, a.title, a.body,
       coalesce((SELECT group_concat(text, char(10))
                 FROM (SELECT q.text FROM quotes q WHERE q.article_seq = a.seq ORDER BY q.id)), '')
           AS quotes
FROM articles a;

CREATE TRIGGER quotes_count_speaker AFTER INSERT ON quotes WHEN NEW.speaker IS NOT NULL
BEGIN
    INSERT INTO speaker_counts (speaker, quotes, articles)
    VALUES (NEW.speaker, 1, NOT EXISTS (SELECT 1 FROM quotes q
                                        WHERE q.article_seq = NEW.article_seq AND q.speaker = NEW.speaker
                                          AND q.id <> NEW.id))
    ON CONFLICT (speaker) DO UPDATE SET quotes = quotes + 1, articles = articles + excluded.articles;
END;

CREATE TRIGGER quotes_uncount_speaker AFTER DELETE ON quotes WHEN OLD.speaker IS NOT NULL
BEGIN
    UPDATE speaker_counts
    SET quotes = quotes - 1,
        articles = articles - NOT EXISTS (SELECT 1 FROM quotes q
                                          WHERE q.article_seq = OLD.article_seq AND q.speaker = OLD.speaker)
    WHERE speaker = OLD.speaker;
    DELETE FROM speaker_counts WHERE speaker = OLD.speaker AND quotes <= 0;
END;

CREATE TRIGGER articles_count AFTER INSERT ON articles
BEGIN
    UPDATE counters SET value = value + 1 WHERE name = 'articles';
END;

CREATE TRIGGER articles_uncount AFTER DELETE ON articles
BEGIN
    UPDATE counters SET value = value - 1 WHERE name = 'articles';
END;
