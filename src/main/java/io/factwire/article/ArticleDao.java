package io.factwire.article;

import io.factwire.extract.Extraction;
import io.factwire.store.Deflated;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** All SQL about articles and their extracted children. The only class that knows the tables. */
@RegisterRowMapper(ArticleDao.ArticleRowMapper.class)
@RegisterConstructorMapper(SectionRow.class)
@RegisterConstructorMapper(ParagraphRow.class)
@RegisterConstructorMapper(QuoteView.class)
@RegisterConstructorMapper(FactRow.class)
@RegisterConstructorMapper(ArticleDao.OriginFile.class)
@RegisterConstructorMapper(ArticleDao.Stale.class)
public interface ArticleDao extends SqlObject {

    /** An article with everything extracted from it, read in one snapshot. */
    record StoredArticle(
            ArticleRow article,
            List<SectionRow> sections,
            List<ParagraphRow> paragraphs,
            List<QuoteView> quotes,
            List<FactRow> facts) {}

    /** Where an insert landed: the new article, or the one that already had the same text. */
    record Inserted(String id, boolean created) {}

    /** What a data-directory file last gave: its fingerprint when applied, and the article it made. */
    record OriginFile(String origin, String fingerprint, String articleId) {}

    String ARTICLE_COLUMNS = """
            id, content_hash, origin, raw_deflated, title, dateline, body, published_at, url, source,
            extractor_version, revision, created_at, updated_at, authors, modified_at, lang, description, image,
            tags""";

    /** An article row, its raw text inflated against its body (see V7__compact.sql). */
    final class ArticleRowMapper implements RowMapper<ArticleRow> {
        @Override
        public ArticleRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            String body = rs.getString("body");
            return new ArticleRow(
                    rs.getString("id"),
                    rs.getString("content_hash"),
                    rs.getString("origin"),
                    Deflated.inflate(rs.getBytes("raw_deflated"), body),
                    rs.getString("title"),
                    rs.getString("dateline"),
                    body,
                    rs.getString("published_at"),
                    rs.getString("url"),
                    rs.getString("source"),
                    rs.getInt("extractor_version"),
                    rs.getInt("revision"),
                    rs.getString("created_at"),
                    rs.getString("updated_at"),
                    rs.getString("authors"),
                    rs.getString("modified_at"),
                    rs.getString("lang"),
                    rs.getString("description"),
                    rs.getString("image"),
                    rs.getString("tags"));
        }
    }

    @SqlQuery("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = :id")
    Optional<ArticleRow> find(String id);

    @SqlQuery("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE origin = :origin")
    Optional<ArticleRow> findByOrigin(String origin);

    @SqlQuery("SELECT origin, fingerprint, article_id FROM origin_files WHERE origin = :origin")
    Optional<OriginFile> findOriginFile(String origin);

    @SqlUpdate("""
            INSERT INTO origin_files (origin, fingerprint, article_id) VALUES (:origin, :fingerprint, :articleId)
            ON CONFLICT (origin) DO UPDATE SET fingerprint = excluded.fingerprint, article_id = excluded.article_id""")
    void saveOriginFile(@BindMethods OriginFile file);

    @SqlQuery("SELECT id FROM articles WHERE content_hash = :contentHash")
    Optional<String> findIdByHash(String contentHash);

    @SqlQuery("SELECT updated_at FROM articles WHERE id = :id")
    Optional<String> findUpdatedAt(String id);

    /** Kept by triggers (V5): counting the table would grow with it. */
    @SqlQuery("SELECT value FROM counters WHERE name = 'articles'")
    long count();

    // in the index's order, so the walk is a range of it rather than of the whole table
    @SqlQuery("SELECT count(*) FROM articles WHERE extractor_version < :version")
    long countExtractedBefore(int version);

    /** An article an older extractor produced, with its place in the walk over them. */
    record Stale(String id, int extractorVersion, long seq) {}

    /** A page of them in the index's order, after position ({@code afterVersion}, {@code afterSeq}). */
    @SqlQuery("""
            SELECT id, extractor_version, seq FROM articles
            WHERE extractor_version < :version AND (extractor_version, seq) > (:afterVersion, :afterSeq)
            ORDER BY extractor_version, seq LIMIT :limit""")
    List<Stale> extractedBefore(int version, int afterVersion, long afterSeq, int limit);

    @SqlQuery("""
            SELECT idx AS "index", heading, start_offset AS start, end_offset AS "end"
            FROM sections WHERE article_seq = (SELECT seq FROM articles WHERE id = :articleId) ORDER BY idx""")
    List<SectionRow> sections(String articleId);

    @SqlQuery("""
            SELECT section_idx AS section, idx AS "index", start_offset AS start, end_offset AS "end"
            FROM paragraphs WHERE article_seq = (SELECT seq FROM articles WHERE id = :articleId)
            ORDER BY section_idx, idx""")
    List<ParagraphRow> paragraphs(String articleId);

    /** Quotes in extraction order; a null filter matches everything, the speaker compares without case. */
    @SqlQuery("""
            SELECT text, speaker, speaker_mention, source, fragment,
                   start_offset AS start, end_offset AS "end", section_idx AS section,
                   (SELECT name FROM rules WHERE code = rule_code) AS rule,
                   (SELECT name FROM rules WHERE code = source_rule_code) AS source_rule
            FROM quotes
            WHERE article_seq = (SELECT seq FROM articles WHERE id = :articleId)
              AND (:speaker IS NULL OR speaker = :speaker)
              AND (:fragment IS NULL OR fragment = :fragment)
            ORDER BY id""")
    List<QuoteView> quotes(String articleId, String speaker, Boolean fragment);

    /**
     * The columns of a {@link FactRow}, from {@code facts f}; the type and the rule are stored as codes of
     * fact_types and rules, and a name that is the fact's text as written is stored as ''.
     */
    String FACT_COLUMNS = """
            (SELECT t.name FROM fact_types t WHERE t.code = f.type) AS type, f.text,
            f.start_offset AS start, f.end_offset AS "end", f.has_quantity, f.quantity_value, f.quantity_min,
            f.quantity_max, f.quantity_approximate, f.quantity_qualifier, f.has_time, f.time_value, f.time_mod,
            CASE f.name WHEN '' THEN f.text ELSE f.name END AS name, f.section_idx AS section,
            (SELECT r.name FROM rules r WHERE r.code = f.rule_code) AS rule""";

    /** The facts of article {@code a}: a range of the table's key (V7 gives an article consecutive ids). */
    String FACTS_OF_ARTICLE = "f.id >= a.first_fact AND f.id < a.first_fact + a.fact_count";

    @SqlQuery("SELECT " + FACT_COLUMNS + "\nFROM articles a JOIN facts f ON " + FACTS_OF_ARTICLE
            + "\nWHERE a.id = :articleId ORDER BY f.id")
    List<FactRow> facts(String articleId);

    @SqlQuery("SELECT " + FACT_COLUMNS + "\nFROM articles a JOIN facts f ON " + FACTS_OF_ARTICLE
            + "\nWHERE a.id = :articleId AND f.type IN (SELECT code FROM fact_types WHERE name IN (<types>))"
            + "\nORDER BY f.id")
    List<FactRow> factsOfTypes(String articleId, @BindList("types") Collection<String> types);

    /** Where an article's children go and how many there are; facts get ids from the next free one on. */
    record Counts(int sectionCount, int quoteCount, int factCount) {
        static Counts of(Extraction extraction) {
            return new Counts(
                    extraction.sections().size(),
                    extraction.quotes().size(),
                    extraction.facts().size());
        }
    }

    /** The next free fact id: an article's facts take consecutive ids from it, in one write transaction. */
    String NEXT_FACT = "(SELECT coalesce(max(id), 0) + 1 FROM facts)";

    /** Rewrites an article in place: same id, origin and creation time, next revision. Its old facts must be gone. */
    @SqlUpdate("""
            UPDATE articles
            SET content_hash = :a.contentHash, raw_deflated = :rawDeflated, title = :a.title, dateline = :a.dateline,
                body = :a.body, published_at = :a.publishedAt, url = :a.url, source = :a.source,
                authors = :a.authors, modified_at = :a.modifiedAt, lang = :a.lang, description = :a.description,
                image = :a.image, tags = :a.tags, extractor_version = :a.extractorVersion, revision = revision + 1,
                updated_at = :a.updatedAt, section_count = :c.sectionCount, quote_count = :c.quoteCount,
                fact_count = :c.factCount, first_fact =\s""" + NEXT_FACT + """

            WHERE id = :a.id""")
    void updateArticle(@BindMethods("a") ArticleRow article, byte[] rawDeflated, @BindMethods("c") Counts counts);

    /** Records a change-feed event with the article's revision and time as they now stand. */
    @SqlUpdate("""
            INSERT INTO changes (article_id, type, revision, at)
            SELECT id, :type, revision, CASE :type WHEN 'created' THEN created_at ELSE updated_at END
            FROM articles WHERE id = :articleId""")
    void recordChange(String articleId, String type);

    @SqlUpdate("""
            INSERT INTO changes (article_id, type, revision, at)
            VALUES (:articleId, 'deleted', :revision, :at)""")
    void recordDeletion(String articleId, int revision, String at);

    // The search index holds no text of its own; these feed it from article_search_source. An entry must be
    // removed with exactly the values it was added with, so remove before a change and add after it.
    @SqlUpdate("""
            INSERT INTO article_search (rowid, title, body, quotes)
            SELECT seq, title, body, quotes FROM article_search_source WHERE id = :id""")
    void addToSearch(String id);

    @SqlUpdate("""
            INSERT INTO article_search (article_search, rowid, title, body, quotes)
            SELECT 'delete', seq, title, body, quotes FROM article_search_source WHERE id = :id""")
    void removeFromSearch(String id);

    // sections, paragraphs and quotes go with the article (ON DELETE CASCADE); facts are deleted before
    @SqlUpdate("DELETE FROM articles WHERE id = :id")
    int deleteArticle(String id);

    // paragraphs go with their sections (ON DELETE CASCADE)
    @SqlUpdate("DELETE FROM sections WHERE article_seq = (SELECT seq FROM articles WHERE id = :articleId)")
    void deleteSections(String articleId);

    @SqlUpdate("DELETE FROM quotes WHERE article_seq = (SELECT seq FROM articles WHERE id = :articleId)")
    void deleteQuotes(String articleId);

    // the range of the table's key the article row names; the facts have no foreign key to cascade on
    @SqlUpdate("""
            DELETE FROM facts
            WHERE id >= (SELECT first_fact FROM articles WHERE id = :articleId)
              AND id < (SELECT first_fact + fact_count FROM articles WHERE id = :articleId)""")
    void deleteFacts(String articleId);

    @Transaction
    default Optional<StoredArticle> load(String id) {
        return find(id).map(article ->
                new StoredArticle(article, sections(id), paragraphs(id), quotes(id, null, null), facts(id)));
    }

    /**
     * Stores a new article and its extraction in one transaction, unless one with the same text exists. The id
     * is {@code article.id()} when free, else the first free {@code id-2}, {@code id-3}, … An id that was
     * deleted before goes on after the revision of its deletion.
     */
    @Transaction
    default Inserted insert(ArticleRow article, Extraction extraction) {
        try (ArticleInserts inserts = new ArticleInserts(getHandle().getConnection())) {
            return inserts.insert(article, extraction);
        }
    }

    /**
     * {@link #insert} for each article in turn, all in one transaction: one commit for a whole batch, and each
     * statement prepared once for it.
     */
    @Transaction
    default List<Inserted> insertAll(List<ArticleRow> articles, List<Extraction> extractions) {
        List<Inserted> inserted = new ArrayList<>(articles.size());
        try (ArticleInserts inserts = new ArticleInserts(getHandle().getConnection())) {
            for (int i = 0; i < articles.size(); i++) {
                inserted.add(inserts.insert(articles.get(i), extractions.get(i)));
            }
        }
        return inserted;
    }

    /** Replaces article {@code article.id()} and all its children in one transaction. */
    @Transaction
    default void replace(ArticleRow article, Extraction extraction) {
        removeFromSearch(article.id());
        deleteSections(article.id());
        deleteQuotes(article.id());
        deleteFacts(article.id());
        updateArticle(article, Deflated.deflate(article.rawText(), article.body()), Counts.of(extraction));
        try (ArticleInserts inserts = new ArticleInserts(getHandle().getConnection())) {
            inserts.insertExtraction(article.id(), extraction);
        }
        addToSearch(article.id());
        recordChange(article.id(), "updated");
    }

    /** Deletes the article and everything extracted from it; false when there was no such article. */
    @Transaction
    default boolean delete(String id, String at) {
        Optional<ArticleRow> article = find(id);
        if (article.isEmpty()) {
            return false;
        }
        removeFromSearch(id);
        deleteFacts(id);
        deleteArticle(id);
        recordDeletion(id, article.get().revision() + 1, at);
        return true;
    }

    /**
     * Runs {@code work} in one write transaction on this DAO: what it reads, tests and writes is one atomic step.
     * An exception rolls everything back.
     */
    @Transaction
    default <R> R atomically(java.util.function.Function<ArticleDao, R> work) {
        return work.apply(this);
    }
}
