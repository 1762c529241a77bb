package io.factwire.web;

import io.factwire.extract.ExtractionBudget;
import io.factwire.extract.ExtractionTooCostlyException;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one extraction over HTTP may cost. Each runs under a budget of {@code timeout}, cancelled as soon as the
 * client hangs up ({@link ClientWatch}); one over it is a 422 "too costly to extract" and stores nothing. {@code POST
 * /v1/extract}, which needs no key, also runs at most {@code slots} extractions at once (the cores): a request
 * that finds none free within {@link #SLOT_WAIT} is a 503 with {@code Retry-After}.
 */
public final class ExtractionLimits {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractionLimits.class);
    static final Duration SLOT_WAIT = Duration.ofSeconds(1);
    private static final String RETRY_AFTER_SECONDS = "1";

    private final Duration timeout;
    private final Semaphore slots;
    private final Runnable prepare;

    public ExtractionLimits(Duration timeout, int slots) {
        this(timeout, slots, () -> {});
    }

    /**
     * {@code prepare} runs before each budget starts: the server builds its extractor on first use, and that
     * one-time load must not be charged to the first request's budget.
     */
    public ExtractionLimits(Duration timeout, int slots, Runnable prepare) {
        this.timeout = timeout;
        this.slots = new Semaphore(slots, true);
        this.prepare = prepare;
    }

    /** Runs {@code work} with a budget for this request; a budget spent becomes the 422 problem. */
    public <T> T run(Context ctx, Function<ExtractionBudget, T> work) {
        prepare.run();
        ExtractionBudget budget = ExtractionBudget.of(timeout);
        ClientWatch watch = ClientWatch.start(ctx, budget::cancel);
        try {
            return work.apply(budget);
        } catch (ExtractionTooCostlyException e) {
            LOG.info("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            String why = switch (e.reason()) {
                case CANCELLED -> "The client went away, so the extraction was stopped";
                default ->
                    "Extracting this text took longer than " + timeout.toMillis() + " ms, the limit for one text";
            };
            throw new ProblemException(
                    ProblemType.TOO_COSTLY,
                    why + "; nothing was stored. Shorter texts, or texts "
                            + "split into articles, extract within the limit.");
        } finally {
            watch.close();
            if (watch.mustCloseConnection()) {
                ctx.header("Connection", "close");
            }
        }
    }

    /** {@link #run} once one of the extraction slots is free; none within a second is a 503. */
    public <T> T runInSlot(Context ctx, Function<ExtractionBudget, T> work) {
        return inSlot(() -> run(ctx, work));
    }

    /** Runs {@code work} holding a slot, waiting {@link #SLOT_WAIT} at most for one. */
    <T> T inSlot(java.util.function.Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(SLOT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new ProblemException(
                    ProblemType.BUSY,
                    "Every extraction slot is taken; try again in " + RETRY_AFTER_SECONDS + " s.",
                    Map.of("Retry-After", RETRY_AFTER_SECONDS));
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
