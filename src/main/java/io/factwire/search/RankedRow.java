package io.factwire.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A matching article's position, its bm25 rank (lower is better) and, when sorted by it, its date. */
public record RankedRow(long seq, double rank, String publishedAt) {
    /** Written out, as {@link io.factwire.article.ArticleListRow.Mapper} is: every search runs it. */
    public static final class Mapper implements RowMapper<RankedRow> {
        @Override
        public RankedRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new RankedRow(rs.getLong("seq"), rs.getDouble("rank"), rs.getString("published_at"));
        }
    }
}
