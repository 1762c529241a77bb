-- Full-text search over titles, bodies and quotes. The index keeps no copy of the text: it reads it from
-- article_search_source (an external-content FTS5 table), so the database does not grow by another body.
-- ArticleDao keeps the index in step with every write, in the write's transaction.

CREATE VIEW article_search_source AS
SELECT a.seq, a.id, a.title, a.body,
       coalesce((SELECT group_concat(q.text, char(10) ORDER BY q.id) FROM quotes q WHERE q.article_id = a.id), '')
           AS quotes
FROM articles a;

CREATE VIRTUAL TABLE article_search USING fts5(
    title, body, quotes,
    content = 'article_search_source',
    content_rowid = 'seq',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

INSERT INTO article_search (article_search) VALUES ('rebuild');
