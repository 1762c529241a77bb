package io.factwire.article;

import io.factwire.article.ArticleDao.Counts;
import io.factwire.article.ArticleDao.Inserted;
import io.factwire.extract.Extraction;
import io.factwire.extract.Fact;
import io.factwire.extract.Paragraph;
import io.factwire.extract.Quote;
import io.factwire.extract.Section;
import io.factwire.store.Deflated;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * {@link ArticleDao}'s write path for new articles, in plain JDBC on the connection of the caller's transaction:
 * each statement is prepared once for a whole batch, and a fact type or rule name is sent once per batch, not
 * once per article. About a hundred rows per article: binding them through Jdbi's per-row method lookups made
 * storing slower than extracting, and preparing the dozen statements again for every article was a fifth of
 * SQLite's share of storing (measured by {@code IngestProfile} on the generated corpus).
 */
final class ArticleInserts implements AutoCloseable {
    private static final String ID_BY_HASH = "SELECT id FROM articles WHERE content_hash = ?";
    private static final String EXISTS = "SELECT 1 FROM articles WHERE id = ?";
    private static final String LAST_REVISION = "SELECT coalesce(max(revision), 0) FROM changes WHERE article_id = ?";
    private static final String INSERT_ARTICLE = """
            INSERT INTO articles (id, content_hash, origin, raw_deflated, title, dateline, body, published_at, url,
                                  source, extractor_version, revision, created_at, updated_at, authors, modified_at,
                                  lang, description, image, tags, section_count, quote_count, fact_count, first_fact)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,\s""" + ArticleDao.NEXT_FACT + ")";
    private static final String PLACE = "SELECT seq, first_fact FROM articles WHERE id = ?";
    private static final String ADD_TO_SEARCH = """
            INSERT INTO article_search (rowid, title, body, quotes)
            SELECT seq, title, body, quotes FROM article_search_source WHERE id = ?""";
    private static final String RECORD_CREATION = """
            INSERT INTO changes (article_id, type, revision, at)
            SELECT id, 'created', revision, created_at FROM articles WHERE id = ?""";
    private static final String INSERT_SECTION = """
            INSERT INTO sections (article_seq, idx, heading, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)""";
    private static final String INSERT_PARAGRAPH = """
            INSERT INTO paragraphs (article_seq, section_idx, idx, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)""";
    private static final String INSERT_QUOTE = """
            INSERT INTO quotes (article_seq, text, start_offset, end_offset, speaker, speaker_mention, source,
                                fragment, section_idx, rule_code, source_rule_code)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT code FROM rules WHERE name = ?),
                    (SELECT code FROM rules WHERE name = ?))""";
    private static final String INSERT_FACT_TYPE =
            "INSERT INTO fact_types (name) VALUES (?) ON CONFLICT (name) DO NOTHING";
    private static final String INSERT_RULE = "INSERT INTO rules (name) VALUES (?) ON CONFLICT (name) DO NOTHING";
    private static final String INSERT_FACT = """
            INSERT INTO facts (id, article_seq, type, text, start_offset, end_offset,
                               has_quantity, quantity_value, quantity_min, quantity_max, quantity_approximate,
                               quantity_qualifier, has_time, time_value, time_mod, name, section_idx, rule_code)
            VALUES (?, ?, (SELECT code FROM fact_types WHERE name = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    (SELECT code FROM rules WHERE name = ?))""";

    /** Every statement this class runs, for the query-plan test. */
    static List<String> statements() {
        return List.of(
                ID_BY_HASH,
                EXISTS,
                LAST_REVISION,
                INSERT_ARTICLE,
                PLACE,
                ADD_TO_SEARCH,
                RECORD_CREATION,
                INSERT_SECTION,
                INSERT_PARAGRAPH,
                INSERT_QUOTE,
                INSERT_FACT_TYPE,
                INSERT_RULE,
                INSERT_FACT);
    }

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private final Set<String> knownTypes = new HashSet<>();
    private final Set<String> knownRules = new HashSet<>();

    ArticleInserts(Connection connection) {
        this.connection = connection;
    }

    /**
     * Stores a new article and its extraction, unless one with the same text exists. The id is {@code
     * article.id()} when free, else the first free {@code id-2}, {@code id-3}, … An id that was deleted before
     * goes on after the revision of its deletion.
     */
    Inserted insert(ArticleRow article, Extraction extraction) {
        try {
            String existing = firstString(ID_BY_HASH, article.contentHash());
            if (existing != null) {
                return new Inserted(existing, false);
            }
            String id = article.id();
            for (int n = 2; firstString(EXISTS, id) != null; n++) {
                id = article.id() + "-" + n;
            }
            int revision = Math.max(article.revision(), Integer.parseInt(firstString(LAST_REVISION, id)) + 1);
            insertArticle(article.withId(id).withRevision(revision), Counts.of(extraction));
            insertExtraction(id, extraction);
            update(ADD_TO_SEARCH, id);
            update(RECORD_CREATION, id);
            return new Inserted(id, true);
        } catch (SQLException e) {
            throw failed("storing article " + article.id(), e);
        }
    }

    private void insertArticle(ArticleRow a, Counts counts) throws SQLException {
        PreparedStatement insert = statement(INSERT_ARTICLE);
        Object[] values = {
            a.id(),
            a.contentHash(),
            a.origin(),
            Deflated.deflate(a.rawText(), a.body()),
            a.title(),
            a.dateline(),
            a.body(),
            a.publishedAt(),
            a.url(),
            a.source(),
            a.extractorVersion(),
            a.revision(),
            a.createdAt(),
            a.updatedAt(),
            a.authors(),
            a.modifiedAt(),
            a.lang(),
            a.description(),
            a.image(),
            a.tags(),
            counts.sectionCount(),
            counts.quoteCount(),
            counts.factCount()
        };
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
        }
        insert.executeUpdate();
    }

    /** The children of article {@code id}, each table in one JDBC batch of positional parameters. */
    void insertExtraction(String id, Extraction extraction) {
        try {
            PreparedStatement place = statement(PLACE);
            place.setString(1, id);
            long seq;
            long factId;
            try (ResultSet rs = place.executeQuery()) {
                rs.next();
                seq = rs.getLong(1);
                factId = rs.getLong(2);
            }
            PreparedStatement sections = statement(INSERT_SECTION);
            PreparedStatement paragraphs = statement(INSERT_PARAGRAPH);
            PreparedStatement quotes = statement(INSERT_QUOTE);
            PreparedStatement factTypes = statement(INSERT_FACT_TYPE);
            PreparedStatement rules = statement(INSERT_RULE);
            PreparedStatement facts = statement(INSERT_FACT);
            for (Section section : extraction.sections()) {
                sections.setLong(1, seq);
                sections.setInt(2, section.index());
                sections.setString(3, section.heading());
                sections.setInt(4, section.start());
                sections.setInt(5, section.end());
                sections.addBatch();
                List<Paragraph> ps = section.paragraphs();
                for (int i = 0; i < ps.size(); i++) {
                    paragraphs.setLong(1, seq);
                    paragraphs.setInt(2, section.index());
                    paragraphs.setInt(3, i);
                    paragraphs.setInt(4, ps.get(i).start());
                    paragraphs.setInt(5, ps.get(i).end());
                    paragraphs.addBatch();
                }
            }
            Set<String> ruleNames = new HashSet<>();
            for (Quote q : extraction.quotes()) {
                quotes.setLong(1, seq);
                quotes.setString(2, q.text());
                quotes.setInt(3, q.start());
                quotes.setInt(4, q.end());
                quotes.setString(5, q.speaker());
                quotes.setString(6, q.speakerMention());
                quotes.setString(7, q.source());
                quotes.setBoolean(8, q.fragment());
                quotes.setInt(9, q.section());
                quotes.setString(10, q.rule());
                quotes.setString(11, q.sourceRule());
                quotes.addBatch();
                ruleNames.add(q.rule());
                ruleNames.add(q.sourceRule());
            }
            Set<String> types = new TreeSet<>();
            for (Fact fact : extraction.facts()) {
                FactRow f = FactRow.of(fact);
                types.add(f.type());
                facts.setLong(1, factId++);
                facts.setLong(2, seq);
                facts.setString(3, f.type());
                facts.setString(4, f.text());
                facts.setInt(5, f.start());
                facts.setInt(6, f.end());
                facts.setBoolean(7, f.hasQuantity());
                facts.setObject(8, f.quantityValue());
                facts.setObject(9, f.quantityMin());
                facts.setObject(10, f.quantityMax());
                facts.setBoolean(11, f.quantityApproximate());
                facts.setString(12, f.quantityQualifier());
                facts.setBoolean(13, f.hasTime());
                facts.setString(14, f.timeValue());
                facts.setString(15, f.timeMod());
                // a name the same as the text is stored empty (about half of all facts; see V9)
                facts.setString(16, f.name() != null && f.name().equals(f.text()) ? "" : f.name());
                facts.setInt(17, f.section());
                facts.setString(18, f.rule());
                facts.addBatch();
                ruleNames.add(f.rule());
            }
            for (String type : types) { // a type a newer extractor brought gets its code
                if (knownTypes.add(type)) {
                    factTypes.setString(1, type);
                    factTypes.addBatch();
                }
            }
            factTypes.executeBatch();
            for (String rule : ruleNames) { // a rule a newer extractor brought gets its code
                if (rule != null && knownRules.add(rule)) {
                    rules.setString(1, rule);
                    rules.addBatch();
                }
            }
            rules.executeBatch(); // before the rows that name them
            sections.executeBatch(); // sections before their paragraphs (foreign key)
            paragraphs.executeBatch();
            quotes.executeBatch();
            facts.executeBatch();
        } catch (SQLException e) {
            throw failed("storing the extraction of article " + id, e);
        }
    }

    /** The first column of the first row {@code sql} gives for {@code parameter}, as text; null when no row. */
    private String firstString(String sql, String parameter) throws SQLException {
        PreparedStatement query = statement(sql);
        query.setString(1, parameter);
        try (ResultSet rs = query.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private void update(String sql, String parameter) throws SQLException {
        PreparedStatement update = statement(sql);
        update.setString(1, parameter);
        update.executeUpdate();
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        return statement;
    }

    private static UnableToExecuteStatementException failed(String what, SQLException e) {
        return new UnableToExecuteStatementException(what + " failed", e, null);
    }

    /** Closes the statements; the connection and its transaction stay the caller's. */
    @Override
    public void close() {
        SQLException first = null;
        for (PreparedStatement statement : prepared.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        prepared.clear();
        if (first != null) {
            throw failed("closing the insert statements", first);
        }
    }
}
