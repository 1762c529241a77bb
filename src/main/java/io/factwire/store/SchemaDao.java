package io.factwire.store;

import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The schema version, kept in SQLite's {@code PRAGMA user_version}. */
public interface SchemaDao {
    @SqlQuery("PRAGMA user_version")
    int version();

    // PRAGMA takes no bind parameters; the value is an int from Migrations, never user input
    @SqlUpdate("PRAGMA user_version = <version>")
    void setVersion(@Define("version") int version);

    @SqlQuery("PRAGMA journal_mode")
    String journalMode();

    @SqlUpdate("VACUUM")
    void vacuum();

    /** Copies the WAL into the database file and empties it (a VACUUM's WAL is as large as the database). */
    @SqlQuery("PRAGMA wal_checkpoint(TRUNCATE)")
    int checkpointTruncating();

    @SqlQuery("PRAGMA foreign_keys")
    boolean foreignKeys();
}
