package io.factwire.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** An article as the listing shows it: its metadata, its position, and how much was extracted from it. */
public record ArticleListRow(
        long seq,
        String id,
        String title,
        String dateline,
        String publishedAt,
        String url,
        String source,
        int revision,
        String createdAt,
        String updatedAt,
        String authors,
        String modifiedAt,
        String lang,
        String description,
        String image,
        String tags,
        int sections,
        int quotes,
        int facts) {

    /**
     * Reads the columns of {@link ArticleListDao#SUMMARY_COLUMNS} by name. Written out because Jdbi's
     * constructor mapper works out the mapping again for every statement: on a page of the list that cost more
     * than the query.
     */
    public static final class Mapper implements RowMapper<ArticleListRow> {
        @Override
        public ArticleListRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ArticleListRow(
                    rs.getLong("seq"),
                    rs.getString("id"),
                    rs.getString("title"),
                    rs.getString("dateline"),
                    rs.getString("published_at"),
                    rs.getString("url"),
                    rs.getString("source"),
                    rs.getInt("revision"),
                    rs.getString("created_at"),
                    rs.getString("updated_at"),
                    rs.getString("authors"),
                    rs.getString("modified_at"),
                    rs.getString("lang"),
                    rs.getString("description"),
                    rs.getString("image"),
                    rs.getString("tags"),
                    rs.getInt("sections"),
                    rs.getInt("quotes"),
                    rs.getInt("facts"));
        }
    }
}
