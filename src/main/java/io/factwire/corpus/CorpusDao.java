package io.factwire.corpus;

import io.factwire.article.ArticleDao;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Quotes, facts and speakers across all articles. Filters that are null do not filter. */
@RegisterConstructorMapper(QuoteRow.class)
@RegisterConstructorMapper(FactRowInArticle.class)
@RegisterConstructorMapper(Speaker.class)
public interface CorpusDao {
    /** Quotes after {@code afterId}, in storage order. */
    @SqlQuery("""
            SELECT q.id, q.article_id, q.text, q.speaker, q.speaker_mention, q.source, q.fragment,
                   q.start_offset AS start, q.end_offset AS "end", q.section_idx AS section
            FROM quotes q JOIN articles a ON a.id = q.article_id
            WHERE q.id > :afterId
              AND (:speaker IS NULL OR q.speaker = :speaker)
              AND (:source IS NULL OR lower(q.source) = lower(:source))
              AND (:text IS NULL OR instr(lower(q.text), lower(:text)) > 0)
              AND (:fragment IS NULL OR q.fragment = :fragment)
              AND (:fromIso IS NULL OR substr(a.published_at, 1, 10) >= :fromIso)
              AND (:toIso IS NULL OR substr(a.published_at, 1, 10) <= :toIso)
            ORDER BY q.id
            LIMIT :limit""")
    List<QuoteRow> quotes(@BindMethods QuoteFilter filter, long afterId, int limit);

    /**
     * Facts after {@code afterId}, in storage order. {@code min}/{@code max} keep quantities that can reach
     * them (a range counts by its far end); {@code from}/{@code to} keep dates resolved to a day.
     */
    @SqlQuery("SELECT f.id, f.article_id, " + ArticleDao.FACT_COLUMNS + """

            FROM facts f
            WHERE f.id > :afterId
              AND (:anyType OR f.type IN (<types>))
              AND (:min IS NULL OR (f.has_quantity = 1 AND coalesce(f.quantity_value, f.quantity_max) >= :min))
              AND (:max IS NULL OR (f.has_quantity = 1 AND coalesce(f.quantity_value, f.quantity_min) <= :max))
              AND (:fromIso IS NULL OR (f.time_value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                                        AND f.time_value >= :fromIso))
              AND (:toIso IS NULL OR (f.time_value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                                      AND f.time_value <= :toIso))
              AND (:text IS NULL OR instr(lower(f.text), lower(:text)) > 0
                                 OR instr(lower(coalesce(f.name, '')), lower(:text)) > 0)
            ORDER BY f.id
            LIMIT :limit""")
    List<FactRowInArticle> facts(@BindMethods FactFilter filter,
                                 @BindList(value = "types", onEmpty = BindList.EmptyHandling.NULL_STRING)
                                 List<String> types,
                                 long afterId, int limit);

    /** Speakers with their quote and article counts, most quoted first. */
    @SqlQuery("""
            SELECT speaker, count(*) AS quotes, count(DISTINCT article_id) AS articles
            FROM quotes WHERE speaker IS NOT NULL
            GROUP BY speaker
            ORDER BY quotes DESC, speaker
            LIMIT :limit OFFSET :offset""")
    List<Speaker> speakers(int limit, long offset);
}
