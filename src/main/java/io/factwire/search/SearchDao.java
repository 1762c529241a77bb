package io.factwire.search;

import io.factwire.InvalidInputException;
import io.factwire.article.ArticleFilter;
import io.factwire.article.ArticleListDao;
import io.factwire.article.ArticleListRow;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Full-text queries over {@code article_search} (FTS5; see V3__search.sql). A page is found first, from the
 * index and the filters alone; only its articles are then read for their summaries and snippets.
 */
@RegisterRowMapper(RankedRow.Mapper.class)
@RegisterRowMapper(ArticleListRow.Mapper.class)
@RegisterRowMapper(HitText.Mapper.class)
public interface SearchDao {
    /** Column weights for bm25: a match in the title counts most, then in a quote, then in the body. */
    String BM25 = "'bm25(10.0, 1.0, 3.0)'";

    String MATCH = "article_search MATCH :query AND article_search.rank MATCH " + BM25;

    /**
     * The filter as sets of article positions, each read from an index once per query (and only when that part
     * of the filter is given), so a match is kept or dropped without reading its article: articles are wide
     * rows, and a lookup per match cost more than ranking them. The {@code +} keeps FTS5 from taking the set
     * as the rows to look up one by one.
     */
    String FILTER = """
            (NOT :hasDates OR +article_search.rowid IN (
                  SELECT seq FROM articles WHERE published_at >= :fromBound AND published_at <= :toBound))
              AND (:speaker IS NULL OR +article_search.rowid IN (
                  SELECT q.article_seq FROM quotes q WHERE q.speaker = :speaker))
              AND (:anyFactType OR +article_search.rowid IN (
                  SELECT f.article_seq FROM facts f
                  WHERE f.type IN (SELECT code FROM fact_types WHERE name IN (<factTypes>))))
              AND (:source IS NULL OR +article_search.rowid IN (
                  SELECT seq FROM articles WHERE source = :source COLLATE NOCASE))""";

    /** The best matches after ({@code afterRank}, {@code afterSeq}); {@code afterSeq} -1 starts at the top. */
    @SqlQuery("SELECT rowid AS seq, rank, NULL AS published_at\nFROM article_search\nWHERE " + MATCH + "\n  AND "
            + FILTER + """

              AND (:afterSeq < 0 OR (article_search.rank, article_search.rowid) > (:afterRank, :afterSeq))
            ORDER BY article_search.rank, article_search.rowid
            LIMIT :limit""")
    List<RankedRow> byRank(
            String query,
            @BindMethods ArticleFilter filter,
            @BindList(value = "factTypes", onEmpty = BindList.EmptyHandling.NULL_STRING) List<String> factTypes,
            double afterRank,
            long afterSeq,
            int limit);

    /**
     * Matches by publication date (undated last), after ({@code afterDate}, {@code afterSeq}) in the direction
     * {@code after} says; {@code afterSeq} -1 starts at the top. Each match's date is read from its article.
     */
    @SqlQuery("""
            SELECT article_search.rowid AS seq, article_search.rank AS rank, a.published_at
            FROM article_search JOIN articles a ON a.seq = article_search.rowid
            WHERE\s""" + MATCH + "\n  AND " + FILTER + """

              AND (:afterSeq < 0
                   OR (:afterDate IS NOT NULL AND (a.published_at IS NULL
                                                   OR (a.published_at, a.seq) <after> (:afterDate, :afterSeq)))
                   OR (:afterDate IS NULL AND a.published_at IS NULL AND a.seq <after> :afterSeq))
            ORDER BY a.published_at IS NULL, a.published_at <direction>, a.seq <direction>
            LIMIT :limit""")
    List<RankedRow> byPublication(
            String query,
            @BindMethods ArticleFilter filter,
            @BindList(value = "factTypes", onEmpty = BindList.EmptyHandling.NULL_STRING) List<String> factTypes,
            @Define("after") String after,
            @Define("direction") String direction,
            String afterDate,
            long afterSeq,
            int limit);

    /** The listing rows of the articles of one page, in no particular order. */
    @SqlQuery("SELECT " + ArticleListDao.SUMMARY_COLUMNS + "\nFROM articles a\nWHERE a.seq IN (<seqs>)")
    List<ArticleListRow> summaries(@BindList("seqs") Collection<Long> seqs);

    /** The title and body of the page's articles, in no particular order. */
    @SqlQuery("SELECT seq, title, body FROM articles WHERE seq IN (<seqs>)")
    List<HitText> texts(@BindList("seqs") Collection<Long> seqs);

    /**
     * Runs a search, with a query FTS5 still rejects reported as a 400 on {@code q}. SearchQuery quotes every
     * term, so this should not happen; if it does, the client hears about its query, not a 500.
     */
    static <T> T reportingBadQueries(Supplier<T> search) {
        try {
            return search.get();
        } catch (UnableToExecuteStatementException e) {
            if (String.valueOf(e.getMessage()).contains("fts5")) {
                throw new InvalidInputException("q", "Parameter 'q' is not a query this search understands.");
            }
            throw e;
        }
    }
}
