package io.factwire;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices writes this server did not make, such as the {@code ingest} command run against the same database,
 * by watching the change feed's newest sequence once a second, and then drops the cached answers. Writes
 * through this server drop them at once; these within a second.
 */
final class ExternalWrites {
    private static final Logger LOG = LoggerFactory.getLogger(ExternalWrites.class);
    private static final long PERIOD_MS = 1000;

    private final LongSupplier latestSequence;
    private final Runnable invalidate;
    private ScheduledExecutorService timer;
    private long seen;

    ExternalWrites(LongSupplier latestSequence, Runnable invalidate) {
        this.latestSequence = latestSequence;
        this.invalidate = invalidate;
    }

    void start() {
        seen = latestSequence.getAsLong();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "factwire-external-writes");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::check, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void check() {
        try {
            long latest = latestSequence.getAsLong();
            if (latest != seen) {
                seen = latest;
                invalidate.run();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not check the database for outside writes: {}", e.getMessage());
        }
    }
}
