package io.factwire.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A hit's title and body, which its snippets are cut from. */
public record HitText(long seq, String title, String body) {
    /** Written out, as {@link io.factwire.article.ArticleListRow.Mapper} is: every search runs it. */
    public static final class Mapper implements RowMapper<HitText> {
        @Override
        public HitText map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new HitText(rs.getLong("seq"), rs.getString("title"), rs.getString("body"));
        }
    }
}
