-- Every read on an index (issue 9, part 3): sorted lists, cross-article quotes and facts, and speakers page by
-- keyset on these instead of sorting or counting whole tables. Each index on a single column also holds the
-- rowid, so it is ordered by (column, seq) or (column, id): the keyset of its list.

CREATE INDEX articles_by_published ON articles (published_at);
CREATE INDEX articles_by_updated ON articles (updated_at);
CREATE INDEX articles_by_source ON articles (source COLLATE NOCASE);

CREATE INDEX quotes_by_speaker ON quotes (speaker);
CREATE INDEX quotes_by_source ON quotes (source COLLATE NOCASE);

CREATE INDEX facts_by_type ON facts (type);
-- partial: only counts carry a quantity, only dates and durations a time; the rest need no entry
CREATE INDEX facts_by_type_reach_up ON facts (type, coalesce(quantity_value, quantity_max)) WHERE has_quantity = 1;
CREATE INDEX facts_by_type_reach_down ON facts (type, coalesce(quantity_value, quantity_min)) WHERE has_quantity = 1;
CREATE INDEX facts_by_type_time ON facts (type, time_value) WHERE has_time = 1;

-- Everyone quoted, with counts kept up to date by the triggers below, so GET /v1/speakers reads a page of an
-- index instead of grouping every quote. A speaker is one name whatever its case, as the quotes' column says.
CREATE TABLE speaker_counts (
    speaker  TEXT    NOT NULL PRIMARY KEY COLLATE NOCASE,
    quotes   INTEGER NOT NULL,
    articles INTEGER NOT NULL
) WITHOUT ROWID;

CREATE INDEX speaker_counts_by_quotes ON speaker_counts (quotes DESC, speaker);

INSERT INTO speaker_counts (speaker, quotes, articles)
SELECT speaker, count(*), count(DISTINCT article_id) FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker;

-- an article counts once per speaker: when it gets its first quote of them, and loses it with its last
CREATE TRIGGER quotes_count_speaker AFTER INSERT ON quotes WHEN NEW.speaker IS NOT NULL
BEGIN
    INSERT INTO speaker_counts (speaker, quotes, articles)
    VALUES (NEW.speaker, 1, NOT EXISTS (SELECT 1 FROM quotes q
                                        WHERE q.article_id = NEW.article_id AND q.speaker = NEW.speaker
                                          AND q.id <> NEW.id))
    ON CONFLICT (speaker) DO UPDATE SET quotes = quotes + 1, articles = articles + excluded.articles;
END;

CREATE TRIGGER quotes_uncount_speaker AFTER DELETE ON quotes WHEN OLD.speaker IS NOT NULL
BEGIN
    UPDATE speaker_counts
    SET quotes = quotes - 1,
        articles = articles - NOT EXISTS (SELECT 1 FROM quotes q
                                          WHERE q.article_id = OLD.article_id AND q.speaker = OLD.speaker)
    WHERE speaker = OLD.speaker;
    DELETE FROM speaker_counts WHERE speaker = OLD.speaker AND quotes <= 0;
END;

-- How many articles are stored, kept by triggers: /health answers it without counting the table.
CREATE TABLE counters (
    name  TEXT    NOT NULL PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO counters (name, value) SELECT 'articles', count(*) FROM articles;

CREATE TRIGGER articles_count AFTER INSERT ON articles
BEGIN
    UPDATE counters SET value = value + 1 WHERE name = 'articles';
END;

CREATE TRIGGER articles_uncount AFTER DELETE ON articles
BEGIN
    UPDATE counters SET value = value - 1 WHERE name = 'articles';
END;
