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
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteException;

/**
 * The SQLite file: opens it (creating it on first use), brings its schema up to date, and hands out two Jdbi
 * instances over it. Writes begin their transactions IMMEDIATE, so concurrent writers queue on the busy timeout
 * instead of failing when they upgrade a read lock; reads begin DEFERRED, so a multi-statement read sees one
 * snapshot without taking the write lock.
 */
public final class Database {
    // primary result codes, https://sqlite.org/rescode.html
    private static final int SQLITE_PERM = 3;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_INTERRUPT = 9;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;

    /** Forward-only migrations; the n-th script takes the schema to version n. Never edit a released one. */
    public static final List<String> MIGRATIONS = List.of(
            "V1__articles.sql",
            "V2__changes.sql",
            "V3__search.sql",
            "V4__older_sqlite_and_origin_files.sql",
            "V5__indexes.sql",
            "V6__metadata.sql",
            "V7__compact.sql",
            "V8__rule_provenance.sql",
            "V9__rule_codes.sql");

    /**
     * The newest migration that rewrites tables (V7 all of them, V9 facts and quotes): after any migration up to
     * it, the space freed is given back to the file system.
     */
    private static final int COMPACTING_MIGRATION = 9;

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int BUSY_TIMEOUT_MS = 10_000;
    /** Open connections kept for reuse: enough for the server's busy threads; writers queue on one lock anyway. */
    private static final int IDLE_READERS = 16;

    private static final int IDLE_WRITERS = 4;

    /**
     * SQLite's page cache per pooled reader, in KiB (its default is 2,000). Sixteen readers at the default held
     * 32 MB beside the heap, over the 400 MB target with the documented -Xmx256m; pages a reader misses come from
     * the operating system's file cache. Writers keep the default: a batch of inserts reuses its index pages.
     */
    private static final int READER_CACHE_KIB = 512;

    private final Jdbi reads;
    private final Jdbi writes;
    private final ConnectionPool readPool;
    private final ConnectionPool writePool;
    private final SerialWrites.WriteHooks writeHooks;

    private Database(
            Jdbi reads,
            Jdbi writes,
            ConnectionPool readPool,
            ConnectionPool writePool,
            SerialWrites.WriteHooks writeHooks) {
        this.writeHooks = writeHooks;
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

    /** What a failed database call ran into, read from SQLite's result code. */
    public enum Failure {
        /** interrupted by the per-call deadline */
        TIMEOUT,
        /** the disk or the database's size limit is full */
        FULL,
        /** another connection or process holds a lock longer than the busy timeout */
        BUSY,
        /** the file or its folder cannot be written */
        READ_ONLY,
        /** anything else: a bug or a broken file */
        OTHER
    }

    public static Database open(Path file) {
        return open(file, 0, false);
    }

    /**
     * Opens {@code file}; a statement running longer than {@code queryTimeoutSeconds} (0: no limit) is
     * interrupted and fails, and its transaction rolls back. With {@code durable}, every commit is synced to disk
     * (SQLite {@code synchronous=FULL}): it then survives a power loss, not only a crash of the process.
     */
    public static Database open(Path file, int queryTimeoutSeconds, boolean durable) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory for " + file, e);
        }
        // migrations run without the deadline: building an index over a large database may take a while
        SQLiteDataSource migrations = dataSource(file, SQLiteConfig.TransactionMode.IMMEDIATE, 0, durable);
        // a migration's temporary tables and VACUUM's copy grow with the database: on disk, not in memory
        migrations.getConfig().setTempStore(SQLiteConfig.TempStore.FILE);
        migrate(jdbi(migrations, null, 0));
        SQLiteDataSource readers =
                dataSource(file, SQLiteConfig.TransactionMode.DEFERRED, queryTimeoutSeconds, durable);
        readers.getConfig().setCacheSize(-READER_CACHE_KIB); // negative: KiB rather than pages
        ConnectionPool readPool = new ConnectionPool(readers, IDLE_READERS);
        ConnectionPool writePool = new ConnectionPool(
                dataSource(file, SQLiteConfig.TransactionMode.IMMEDIATE, queryTimeoutSeconds, durable), IDLE_WRITERS);
        Jdbi writes = jdbi(null, writePool, queryTimeoutSeconds);
        SerialWrites.WriteHooks hooks = new SerialWrites.WriteHooks();
        writes.setTransactionHandler(new SerialWrites(
                writes.getTransactionHandler(),
                new ReentrantLock(true),
                busyTimeoutMillis(queryTimeoutSeconds),
                hooks));
        return new Database(jdbi(null, readPool, queryTimeoutSeconds), writes, readPool, writePool, hooks);
    }

    /**
     * Runs {@code before} as each of this process's write transactions starts and {@code after} once it has
     * committed or rolled back, so a cache can refuse answers read while a write was under way.
     */
    public void onWrites(Runnable before, Runnable after) {
        writeHooks.set(before, after);
    }

    /** Whether {@code failure} is a statement interrupted by the query timeout. */
    public static boolean isTimeout(Throwable failure) {
        return failureOf(failure) == Failure.TIMEOUT;
    }

    /**
     * Classifies a failure by the primary SQLite result code of the first {@link SQLiteException} in its causes;
     * {@code null} when no SQLite error is among them.
     */
    public static Failure failureOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return switch (sqlite.getResultCode().code & 0xff) {
                    case SQLITE_INTERRUPT -> Failure.TIMEOUT;
                    case SQLITE_FULL -> Failure.FULL;
                    case SQLITE_BUSY, SQLITE_LOCKED -> Failure.BUSY;
                    case SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM -> Failure.READ_ONLY;
                    case SQLITE_IOERR -> ioFailure(sqlite);
                    default -> Failure.OTHER;
                };
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return null;
    }

    /** A write that fails in the OS with "no space left" comes back as an I/O error, not as SQLITE_FULL. */
    private static Failure ioFailure(SQLiteException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io && String.valueOf(io.getMessage()).contains("No space left")) {
                return Failure.FULL;
            }
        }
        return Failure.OTHER;
    }

    public Jdbi reads() {
        return reads;
    }

    public Jdbi writes() {
        return writes;
    }

    /**
     * Rewrites the file with every page full and gives the freed space back, WAL included: after a migration that
     * rewrote tables, and after a bulk load into an empty database (index pages split as each key range grows).
     */
    public void pack() {
        pack(writes);
    }

    private static void pack(Jdbi writes) {
        writes.useHandle(handle -> {
            SchemaDao schema = handle.attach(SchemaDao.class);
            schema.vacuum();
            schema.checkpointTruncating();
        });
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

    private static int busyTimeoutMillis(int queryTimeoutSeconds) {
        return queryTimeoutSeconds > 0 ? Math.min(BUSY_TIMEOUT_MS, queryTimeoutSeconds * 1000) : BUSY_TIMEOUT_MS;
    }

    private static SQLiteDataSource dataSource(
            Path file, SQLiteConfig.TransactionMode mode, int queryTimeoutSeconds, boolean durable) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // with WAL, NORMAL syncs at checkpoints only: a commit survives a crash of the process, not of the machine;
        // FULL syncs the log at every commit
        config.setSynchronous(durable ? SQLiteConfig.SynchronousMode.FULL : SQLiteConfig.SynchronousMode.NORMAL);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.enforceForeignKeys(true);
        // a call waits for another writer's lock no longer than it may run at all
        config.setBusyTimeout(busyTimeoutMillis(queryTimeoutSeconds));
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
        int from = writes.inTransaction(handle -> {
            SchemaDao schema = handle.attach(SchemaDao.class);
            int current = schema.version();
            if (current > MIGRATIONS.size()) {
                throw new IllegalStateException("database schema version " + current
                        + " is newer than this build knows (" + MIGRATIONS.size() + "); refusing to touch it");
            }
            if (current < MIGRATIONS.size()) {
                registerMigrationFunctions(handle.getConnection());
            }
            for (int version = current + 1; version <= MIGRATIONS.size(); version++) {
                String script = MIGRATIONS.get(version - 1);
                LOG.info("Migrating database schema to version {} ({})", version, script);
                handle.createScript(resource(script)).execute();
                schema.setVersion(version);
            }
            return current;
        });
        if (from > 0 && from < COMPACTING_MIGRATION) {
            // VACUUM cannot run in a transaction; until it runs, the file keeps its old size with free pages
            LOG.info("Compacting the database file after the migration");
            pack(writes);
        }
    }

    /**
     * SQL functions the migration scripts call; the schema itself (views, triggers) never needs them. Package-private
     * for tests that build a database of an older version script by script.
     */
    static void registerMigrationFunctions(Connection connection) {
        try {
            org.sqlite.Function.create(
                    connection,
                    "deflate_raw",
                    new org.sqlite.Function() {
                        @Override
                        protected void xFunc() throws SQLException {
                            result(Deflated.deflate(value_text(0), value_text(1)));
                        }
                    },
                    2,
                    org.sqlite.Function.FLAG_DETERMINISTIC);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot register the migration functions", e);
        }
    }

    /** A migration script's text; package-private for tests that run the scripts themselves. */
    static String resource(String name) {
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
