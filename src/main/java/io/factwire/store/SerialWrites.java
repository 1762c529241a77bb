package io.factwire.store;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.TransactionException;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Queues this process's write transactions on one fair lock before they ask SQLite for its write lock. SQLite
 * makes a writer that finds the lock taken sleep and retry (1 ms, 2, 5, … up to 100 ms between tries), so under
 * concurrent writers the lock often stood free while they slept; here the next writer starts the moment the last
 * one commits. Another process's writers (the {@code ingest} command) still meet SQLite's busy timeout. Waiting
 * here is bounded by the same timeout, and fails as SQLite's own busy error would (a 503, nothing written).
 */
final class SerialWrites implements TransactionHandler {
    private final TransactionHandler delegate;
    private final ReentrantLock lock;
    private final long waitMillis;
    private final WriteHooks hooks;

    /** What runs as each write transaction starts and after it committed or rolled back (cache upkeep). */
    static final class WriteHooks {
        private volatile Runnable before = () -> {};
        private volatile Runnable after = () -> {};

        void set(Runnable before, Runnable after) {
            this.before = before;
            this.after = after;
        }
    }

    SerialWrites(TransactionHandler delegate, ReentrantLock lock, long waitMillis, WriteHooks hooks) {
        this.delegate = delegate;
        this.lock = lock;
        this.waitMillis = waitMillis;
        this.hooks = hooks;
    }

    @Override
    public TransactionHandler specialize(Handle handle) throws SQLException {
        return new SerialWrites(delegate.specialize(handle), lock, waitMillis, hooks);
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        acquire();
        hooks.before.run();
        try {
            return delegate.inTransaction(handle, callback);
        } finally {
            try {
                hooks.after.run();
            } finally {
                lock.unlock();
            }
        }
    }

    @Override
    public <R, X extends Exception> R inTransaction(
            Handle handle, TransactionIsolationLevel level, HandleCallback<R, X> callback) throws X {
        acquire();
        hooks.before.run();
        try {
            return delegate.inTransaction(handle, level, callback);
        } finally {
            try {
                hooks.after.run();
            } finally {
                lock.unlock();
            }
        }
    }

    private void acquire() {
        boolean acquired;
        try {
            acquired = lock.tryLock(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new TransactionException(
                    "waited " + waitMillis + " ms for this process's other writers",
                    new SQLiteException("database is locked", SQLiteErrorCode.SQLITE_BUSY));
        }
    }

    @Override
    public void begin(Handle handle) {
        delegate.begin(handle);
    }

    @Override
    public void commit(Handle handle) {
        delegate.commit(handle);
    }

    @Override
    public void rollback(Handle handle) {
        delegate.rollback(handle);
    }

    @Override
    public boolean isInTransaction(Handle handle) {
        return delegate.isInTransaction(handle);
    }

    @Override
    public void savepoint(Handle handle, String name) {
        delegate.savepoint(handle, name);
    }

    @Override
    public void rollbackToSavepoint(Handle handle, String name) {
        delegate.rollbackToSavepoint(handle, name);
    }

    @Override
    public void releaseSavepoint(Handle handle, String name) {
        delegate.releaseSavepoint(handle, name);
    }
}
