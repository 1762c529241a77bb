package io.factwire.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** An article's title and body with each match between the control characters START and END. */
public record Marked(long seq, String title, String body) {
    static final char START = '\u0002';
    static final char END = '\u0003';

    /** Written out, as {@link io.factwire.article.ArticleListRow.Mapper} is: every search runs it. */
    public static final class Mapper implements RowMapper<Marked> {
        @Override
        public Marked map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Marked(rs.getLong("seq"), rs.getString("title"), rs.getString("body"));
        }
    }
}
