package io.factwire.corpus;

import io.factwire.article.ArticleDao;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Quotes, facts and speakers across all articles. Filters that are null do not filter. Each query walks one
 * index from the last row served (a keyset), chosen by the filter that narrows it; the other filters are checked
 * on the rows it walks.
 */
@RegisterConstructorMapper(QuoteRow.class)
@RegisterConstructorMapper(FactRowInArticle.class)
@RegisterConstructorMapper(Speaker.class)
public interface CorpusDao {
    String QUOTES = """
            SELECT q.id, a.id AS article_id, q.text, q.speaker, q.speaker_mention, q.source, q.fragment,
                   (SELECT name FROM rules WHERE code = q.rule_code) AS rule,
                   (SELECT name FROM rules WHERE code = q.source_rule_code) AS source_rule,
                   q.start_offset AS start, q.end_offset AS "end", q.section_idx AS section
            FROM quotes q JOIN articles a ON a.seq = q.article_seq
            WHERE\s""";

    /** The quote filters but speaker and source, which pick the index. */
    String QUOTE_FILTERS = """

              AND (:text IS NULL OR instr(lower(q.text), lower(:text)) > 0)
              AND (:fragment IS NULL OR q.fragment = :fragment)
              AND (:fromIso IS NULL OR substr(a.published_at, 1, 10) >= :fromIso)
              AND (:toIso IS NULL OR substr(a.published_at, 1, 10) <= :toIso)
            ORDER BY q.id
            LIMIT :limit""";

    /** A speaker's quotes after {@code afterId}, in storage order. */
    @SqlQuery(QUOTES + "q.speaker = :speaker AND q.id > :afterId"
            + "\n  AND (:source IS NULL OR q.source = :source COLLATE NOCASE)" + QUOTE_FILTERS)
    List<QuoteRow> quotesOfSpeaker(@BindMethods QuoteFilter filter, long afterId, int limit);

    /** Quotes an outlet reported, after {@code afterId}, in storage order. */
    @SqlQuery(QUOTES + "q.source = :source COLLATE NOCASE AND q.id > :afterId" + QUOTE_FILTERS)
    List<QuoteRow> quotesFromSource(@BindMethods QuoteFilter filter, long afterId, int limit);

    /** All quotes after {@code afterId}, in storage order (no speaker or source given). */
    @SqlQuery(QUOTES + "q.id > :afterId" + QUOTE_FILTERS)
    List<QuoteRow> quotes(@BindMethods QuoteFilter filter, long afterId, int limit);

    String FACTS = "SELECT f.id, (SELECT a.id FROM articles a WHERE a.seq = f.article_seq) AS article_id, "
            + ArticleDao.FACT_COLUMNS + "\nFROM facts f\nWHERE ";

    /** The stored code of fact type {@code :type}; a type never stored has none, and matches nothing. */
    String TYPE = "(SELECT code FROM fact_types WHERE name = :type)";

    /**
     * {@code min}/{@code max} keep quantities that can reach them (a range counts by its far end);
     * {@code from}/{@code to} keep dates resolved to a day.
     */
    String FACT_FILTERS = """

              AND (:min IS NULL OR (f.has_quantity = 1 AND coalesce(f.quantity_value, f.quantity_max) >= :min))
              AND (:max IS NULL OR (f.has_quantity = 1 AND coalesce(f.quantity_value, f.quantity_min) <= :max))
              AND (:fromIso IS NULL OR (f.time_value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                                        AND f.time_value >= :fromIso))
              AND (:toIso IS NULL OR (f.time_value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                                      AND f.time_value <= :toIso))
              AND (:text IS NULL OR instr(lower(f.text), lower(:text)) > 0
                                 OR instr(lower(coalesce(f.name, '')), lower(:text)) > 0)""";

    /** Facts of any type after {@code afterId}, in storage order. */
    @SqlQuery(FACTS + "f.id > :afterId" + FACT_FILTERS + "\nORDER BY f.id\nLIMIT :limit")
    List<FactRowInArticle> facts(@BindMethods FactFilter filter, long afterId, int limit);

    /** Facts of one type after {@code afterId}, in storage order. */
    @SqlQuery(FACTS + "f.type = " + TYPE + " AND f.id > :afterId" + FACT_FILTERS + "\nORDER BY f.id\nLIMIT :limit")
    List<FactRowInArticle> factsOfType(@BindMethods FactFilter filter, String type, long afterId, int limit);

    String REACH_UP = "coalesce(f.quantity_value, f.quantity_max)";
    String REACH_DOWN = "coalesce(f.quantity_value, f.quantity_min)";

    /** Quantities of one type reaching {@code min}, smallest first, after ({@code afterReach}, {@code afterId}). */
    @SqlQuery(FACTS + "f.type = " + TYPE + " AND f.has_quantity = 1 AND " + REACH_UP + " >= :min"
            + "\n  AND (" + REACH_UP + ", f.id) > (:afterReach, :afterId)" + FACT_FILTERS
            + "\nORDER BY " + REACH_UP + ", f.id\nLIMIT :limit")
    List<FactRowInArticle> factsReachingUp(
            @BindMethods FactFilter filter, String type, long afterReach, long afterId, int limit);

    /** Quantities of one type reaching down to {@code max}, largest first, before the key given. */
    @SqlQuery(FACTS + "f.type = " + TYPE + " AND f.has_quantity = 1 AND " + REACH_DOWN + " <= :max"
            + "\n  AND (" + REACH_DOWN + ", f.id) < (:afterReach, :afterId)" + FACT_FILTERS
            + "\nORDER BY " + REACH_DOWN + " DESC, f.id DESC\nLIMIT :limit")
    List<FactRowInArticle> factsReachingDown(
            @BindMethods FactFilter filter, String type, long afterReach, long afterId, int limit);

    /** Days of one type within {@code from}/{@code to}, earliest first, after ({@code afterTime}, {@code afterId}). */
    @SqlQuery(FACTS + "f.type = " + TYPE
            + " AND f.has_time = 1 AND f.time_value >= :fromBound AND f.time_value <= :toBound"
            + "\n  AND (f.time_value, f.id) > (:afterTime, :afterId)" + FACT_FILTERS
            + "\nORDER BY f.time_value, f.id\nLIMIT :limit")
    List<FactRowInArticle> factsInTime(
            @BindMethods FactFilter filter, String type, String afterTime, long afterId, int limit);

    /** Speakers with their quote and article counts, most quoted first, after ({@code afterQuotes}, {@code afterSpeaker}). */
    @SqlQuery("""
            SELECT speaker, quotes, articles
            FROM speaker_counts
            WHERE quotes <= :afterQuotes AND (quotes < :afterQuotes OR speaker > :afterSpeaker)
            ORDER BY quotes DESC, speaker
            LIMIT :limit""")
    List<Speaker> speakers(long afterQuotes, String afterSpeaker, int limit);
}
