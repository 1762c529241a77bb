package io.factwire.web;

import io.factwire.store.Database;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names what went wrong with the database to the client (507 when storage is full, 503 with Retry-After while
 * it is locked or cannot be written) and logs each failure in one line; the stack trace only the first time a
 * kind of failure is met, so a full disk does not flood the log with identical traces.
 */
final class StorageFailures {
    static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(StorageFailures.class);

    private final Map<Database.Failure, Boolean> traced = new ConcurrentHashMap<>();

    void log(Database.Failure failure, String request, Exception e) {
        if (traced.putIfAbsent(failure, Boolean.TRUE) == null) {
            LOG.error("Storage failure ({}) answering {}", failure, request, e);
        } else {
            LOG.error("Storage failure ({}) answering {}: {}", failure, request, e.getMessage());
        }
    }

    Problem problem(Database.Failure failure, String path) {
        return switch (failure) {
            case FULL ->
                ProblemType.STORAGE_FULL.problem(
                        "The database's disk is full; nothing was changed. " + "Free some space and try again.",
                        path,
                        null);
            case BUSY ->
                ProblemType.STORAGE_BUSY.problem(
                        "The database is locked by another writer; nothing was " + "changed. Try again shortly.",
                        path,
                        null);
            case READ_ONLY ->
                ProblemType.STORAGE_BUSY.problem(
                        "The database cannot be written at the moment "
                                + "(read-only file or folder); nothing was changed.",
                        path,
                        null);
            default -> throw new IllegalArgumentException("not a storage failure: " + failure);
        };
    }
}
