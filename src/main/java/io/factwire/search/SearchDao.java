package io.factwire.search;

import io.factwire.InvalidInputException;
import io.factwire.article.ArticleDao;
import io.factwire.article.ArticleFilter;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Full-text queries over {@code article_search} (FTS5; see V3__search.sql). */
@RegisterConstructorMapper(SearchRow.class)
@RegisterConstructorMapper(Marked.class)
public interface SearchDao {
    /** Column weights for bm25: a match in the title counts most, then in a quote, then in the body. */
    String BM25 = "bm25(article_search, 10.0, 1.0, 3.0)";

    @SqlQuery("SELECT " + ArticleDao.SUMMARY_COLUMNS + ", -" + BM25 + " AS score" + """

            FROM article_search JOIN articles a ON a.seq = article_search.rowid
            WHERE article_search MATCH :query AND\s""" + ArticleFilter.SQL + """

            ORDER BY score DESC, a.seq
            LIMIT :limit OFFSET :offset""")
    List<SearchRow> hits(String query, @BindMethods ArticleFilter filter,
                         @BindList(value = "factTypes", onEmpty = BindList.EmptyHandling.NULL_STRING)
                         List<String> factTypes,
                         int limit, long offset);

    @SqlQuery("""
            SELECT highlight(article_search, 0, char(2), char(3)) AS title,
                   highlight(article_search, 1, char(2), char(3)) AS body
            FROM article_search WHERE article_search MATCH :query AND rowid = :seq""")
    Optional<Marked> marked(String query, long seq);

    /**
     * {@link #hits}, with a query FTS5 still rejects reported as a 400 on {@code q}. SearchQuery quotes every
     * term, so this should not happen; if it does, the client hears about its query, not a 500.
     */
    default List<SearchRow> search(String query, ArticleFilter filter, int limit, long offset) {
        try {
            return hits(query, filter, filter.factTypeIds(), limit, offset);
        } catch (UnableToExecuteStatementException e) {
            if (String.valueOf(e.getMessage()).contains("fts5")) {
                throw new InvalidInputException("q", "Parameter 'q' is not a query this search understands.");
            }
            throw e;
        }
    }
}
