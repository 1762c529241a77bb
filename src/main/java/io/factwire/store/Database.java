package io.factwire.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.ProgressHandler;
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
    /** Open connections kept for reuse: enough for the server's busy threads; writers queue on one lock anyway. */
    private static final int IDLE_READERS = 16;
    private static final int IDLE_WRITERS = 2;

    private final Jdbi reads;
    private final Jdbi writes;
    private final ConnectionPool readPool;
    private final ConnectionPool writePool;

    private Database(Jdbi reads, Jdbi writes, ConnectionPool readPool, ConnectionPool writePool) {
        this.reads = reads;
        this.writes = writes;
        this.readPool = readPool;
        this.writePool = writePool;
    }

    /** For metrics: the reader ({@code writers} false) or writer pool's idle and in-use connections. */
    public int idleConnections(boolean writers) {
        return (writers ? writePool : readPool).idle();
    }

    public int busyConnections(boolean writers) {
        return (writers ? writePool : readPool).inUse();
    }

    public static Database open(Path file) {
        return open(file, 0);
    }

    /**
     * Opens {@code file}; a statement running longer than {@code queryTimeoutSeconds} (0: no limit) is
     * interrupted and fails, and its transaction rolls back.
     */
    public static Database open(Path file, int queryTimeoutSeconds) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory for " + file, e);
        }
        // migrations run without the deadline: building an index over a large database may take a while
        migrate(jdbi(dataSource(file, SQLiteConfig.TransactionMode.IMMEDIATE), null, 0));
        ConnectionPool readPool = new ConnectionPool(dataSource(file, SQLiteConfig.TransactionMode.DEFERRED),
                IDLE_READERS);
        ConnectionPool writePool = new ConnectionPool(dataSource(file, SQLiteConfig.TransactionMode.IMMEDIATE),
                IDLE_WRITERS);
        return new Database(jdbi(null, readPool, queryTimeoutSeconds), jdbi(null, writePool, queryTimeoutSeconds),
                readPool, writePool);
    }

    /** Whether {@code failure} is a statement interrupted by the query timeout. */
    public static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && String.valueOf(sql.getMessage()).contains("SQLITE_INTERRUPT")) {
                return true;
            }
        }
        return false;
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

    /** Over {@code pool}, or with no pool a connection per handle (for the one-off migration). */
    private static Jdbi jdbi(SQLiteDataSource unpooled, ConnectionPool pool, int queryTimeoutSeconds) {
        Jdbi jdbi = (pool != null ? Jdbi.create(pool) : Jdbi.create(unpooled)).installPlugin(new SqlObjectPlugin());
        if (queryTimeoutSeconds > 0) {
            jdbi.installPlugin(new Deadline(queryTimeoutSeconds * 1_000_000_000L));
        }
        return jdbi;
    }

    private static SQLiteDataSource dataSource(Path file, SQLiteConfig.TransactionMode mode) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // with WAL, NORMAL syncs at checkpoints only: a commit survives a crash of the process, not of the machine
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(mode);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    /**
     * Bounds the work done on one connection: SQLite calls a progress handler every few thousand virtual-machine
     * steps, and the statement is interrupted once the handle is older than the timeout. Jdbi customises the
     * connection each time it opens a handle (one per DAO call), pooled or not, so this bounds each call of a
     * request. (JDBC's setQueryTimeout only sets SQLite's busy
     * timeout, which does not stop a running query.)
     */
    private record Deadline(long nanos) implements JdbiPlugin {
        private static final int STEPS = 10_000;

        @Override
        public Connection customizeConnection(Connection connection) throws SQLException {
            long deadline = System.nanoTime() + nanos;
            ProgressHandler.setHandler(connection, STEPS, new ProgressHandler() {
                @Override
                protected int progress() {
                    return System.nanoTime() - deadline > 0 ? 1 : 0;
                }
            });
            return connection;
        }
    }

    private static void migrate(Jdbi writes) {
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
