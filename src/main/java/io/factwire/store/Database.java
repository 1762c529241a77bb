package io.factwire.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite file: opens it (creating it on first use), brings its schema up to date, and hands out two Jdbi
 * instances over it. Writes begin their transactions IMMEDIATE, so concurrent writers queue on the busy timeout
 * instead of failing when they upgrade a read lock; reads begin DEFERRED, so a multi-statement read sees one
 * snapshot without taking the write lock.
 */
public final class Database {
    /** Forward-only migrations; the n-th script takes the schema to version n. Never edit a released one. */
    public static final List<String> MIGRATIONS = List.of("V1__articles.sql", "V2__changes.sql", "V3__search.sql");

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Jdbi reads;
    private final Jdbi writes;

    private Database(Jdbi reads, Jdbi writes) {
        this.reads = reads;
        this.writes = writes;
    }

    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory for " + file, e);
        }
        Database db = new Database(jdbi(file, SQLiteConfig.TransactionMode.DEFERRED),
                jdbi(file, SQLiteConfig.TransactionMode.IMMEDIATE));
        db.migrate();
        return db;
    }

    public Jdbi reads() {
        return reads;
    }

    public Jdbi writes() {
        return writes;
    }

    public int schemaVersion() {
        return reads.withExtension(SchemaDao.class, SchemaDao::version);
    }

    private static Jdbi jdbi(Path file, SQLiteConfig.TransactionMode mode) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(mode);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    private void migrate() {
        writes.useTransaction(handle -> {
            SchemaDao schema = handle.attach(SchemaDao.class);
            int current = schema.version();
            if (current > MIGRATIONS.size()) {
                throw new IllegalStateException("database schema version " + current
                        + " is newer than this build knows (" + MIGRATIONS.size() + "); refusing to touch it");
            }
            for (int version = current + 1; version <= MIGRATIONS.size(); version++) {
                String script = MIGRATIONS.get(version - 1);
                LOG.info("Migrating database schema to version {} ({})", version, script);
                handle.createScript(resource(script)).execute();
                schema.setVersion(version);
            }
        });
    }

    private static String resource(String name) {
        try (InputStream in = Database.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
