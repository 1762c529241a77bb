package io.factwire.store;

import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The checks and the copy an operator runs on a live database ({@code check}, {@code backup}). */
public interface MaintenanceDao {
    /** SQLite's own check of every page and index; one row "ok" when all is well. */
    @SqlQuery("PRAGMA integrity_check")
    List<String> integrityCheck();

    /** Rows whose foreign key points nowhere, as "table: rowid"; empty when all is well. */
    @SqlQuery("SELECT \"table\" || ': ' || coalesce(rowid, '?') FROM pragma_foreign_key_check")
    List<String> foreignKeyCheck();

    /**
     * Facts that their article does not name (V7 keeps them as a range of ids on the article, with no foreign key
     * SQLite could check), and articles whose range holds another count than they say; empty when all is well.
     */
    @SqlQuery("""
            SELECT 'fact ' || f.id FROM facts f
            WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.seq = f.article_seq
                                AND f.id >= a.first_fact AND f.id < a.first_fact + a.fact_count)
            UNION ALL
            SELECT 'article ' || a.id FROM articles a
            WHERE a.fact_count <> (SELECT count(*) FROM facts f
                                   WHERE f.id >= a.first_fact AND f.id < a.first_fact + a.fact_count
                                     AND f.article_seq = a.seq)""")
    List<String> factRangeCheck();

    /** Fails (with SQLITE_CORRUPT_VTAB) when the search index does not match the articles it indexes. */
    @SqlUpdate("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)")
    void searchIndexCheck();

    @SqlQuery("SELECT count(*) FROM articles")
    long articles();

    /** A consistent copy of the whole database as of one moment, written while others go on reading and writing. */
    @SqlUpdate("VACUUM INTO :file")
    void copyTo(String file);
}
