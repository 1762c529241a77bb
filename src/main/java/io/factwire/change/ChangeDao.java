package io.factwire.change;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads the change feed; its events are written by the article writes themselves, in their transactions. */
@RegisterConstructorMapper(Change.class)
public interface ChangeDao {
    @SqlQuery("""
            SELECT sequence, type, article_id, revision, at
            FROM changes WHERE sequence > :since ORDER BY sequence LIMIT :limit""")
    List<Change> after(long since, int limit);

    /** The newest event's sequence, 0 when there is none. */
    @SqlQuery("SELECT coalesce(max(sequence), 0) FROM changes")
    long latestSequence();
}
