package io.factwire.article;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The listing: pages of article summaries along the indexes of each sort, with {@link ArticleFilter}'s
 * conditions. Apart from {@link ArticleDao} because an on-demand DAO is attached again for every call, and
 * attaching costs in proportion to the interface's methods: a page of the list is the hottest read.
 */
@RegisterRowMapper(ArticleListRow.Mapper.class)
public interface ArticleListDao {
    /** The columns of an {@link ArticleListRow}, from {@code articles a}. */
    String SUMMARY_COLUMNS = """
            a.seq, a.id, a.title, a.dateline, a.published_at, a.url, a.source,
            a.revision, a.created_at, a.updated_at, a.authors, a.modified_at, a.lang, a.description, a.image, a.tags,
            a.section_count AS sections, a.quote_count AS quotes, a.fact_count AS facts""";

    String LIST = "SELECT " + SUMMARY_COLUMNS + "\nFROM articles a\nWHERE ";

    /** Up to {@code limit} articles that pass {@code filter}, in stored order, after position {@code afterSeq}. */
    @SqlQuery(LIST + "a.seq > :afterSeq AND " + ArticleFilter.SQL + "\nORDER BY a.seq\nLIMIT :limit")
    List<ArticleListRow> listStored(
            @BindMethods ArticleFilter filter,
            @BindList(value = "factTypes", onEmpty = BindList.EmptyHandling.NULL_STRING) List<String> factTypes,
            long afterSeq,
            int limit);

    /**
     * Articles with a publication date within the filter's, by date then position, after
     * ({@code afterDate}, {@code afterSeq}) in the direction {@code after} ({@code <} or {@code >}) says.
     */
    @SqlQuery(LIST + """
            a.published_at >= :fromBound AND a.published_at <= :toBound
              AND (a.published_at, a.seq) <after> (:afterDate, :afterSeq)
              AND\s""" + ArticleFilter.CONTENT_SQL + """

            ORDER BY a.published_at <direction>, a.seq <direction>
            LIMIT :limit""")
    List<ArticleListRow> listPublished(
            @BindMethods ArticleFilter filter,
            @BindList(value = "factTypes", onEmpty = BindList.EmptyHandling.NULL_STRING) List<String> factTypes,
            @Define("after") String after,
            @Define("direction") String direction,
            String afterDate,
            long afterSeq,
            int limit);

    /** Articles without a publication date (which a date filter never keeps), by position. */
    @SqlQuery(LIST + "a.published_at IS NULL AND a.seq <after> :afterSeq AND " + ArticleFilter.CONTENT_SQL + """

            ORDER BY a.seq <direction>
            LIMIT :limit""")
    List<ArticleListRow> listUndated(
            @BindMethods ArticleFilter filter,
            @BindList(value = "factTypes", onEmpty = BindList.EmptyHandling.NULL_STRING) List<String> factTypes,
            @Define("after") String after,
            @Define("direction") String direction,
            long afterSeq,
            int limit);

    /** Articles by time of their last change, then position, after ({@code afterTime}, {@code afterSeq}). */
    @SqlQuery(LIST + "(a.updated_at, a.seq) <after> (:afterTime, :afterSeq) AND " + ArticleFilter.SQL + """

            ORDER BY a.updated_at <direction>, a.seq <direction>
            LIMIT :limit""")
    List<ArticleListRow> listUpdated(
            @BindMethods ArticleFilter filter,
            @BindList(value = "factTypes", onEmpty = BindList.EmptyHandling.NULL_STRING) List<String> factTypes,
            @Define("after") String after,
            @Define("direction") String direction,
            String afterTime,
            long afterSeq,
            int limit);
}
