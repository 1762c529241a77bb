package io.factwire.extract;

import java.time.Duration;

/**
 * How much one extraction may cost: a deadline, a cap on steps and a cancel flag another thread may set. The
 * stages call {@link #check()} in their loops, so an over-long or abandoned extraction stops within a few
 * thousand steps. A step is one unit of a stage's loop (a character, a word, a candidate looked at); the count is
 * what tests measure, since wall time varies with the machine. One budget serves one extraction on one thread;
 * only {@link #cancel()} may come from another.
 */
public final class ExtractionBudget {
    /** The clock is read once per this many steps: reading it costs more than a step. */
    private static final int CLOCK_EVERY = 1024;

    private final long deadlineNanos;
    private final boolean timed;
    private final long maxSteps;
    private volatile boolean cancelled;
    private long steps;

    private ExtractionBudget(Duration timeout, long maxSteps) {
        this.timed = timeout != null;
        this.deadlineNanos = timed ? System.nanoTime() + Math.max(0, timeout.toNanos()) : 0;
        this.maxSteps = maxSteps;
    }

    /** No deadline and no cap; counts steps all the same. */
    public static ExtractionBudget unbounded() {
        return new ExtractionBudget(null, Long.MAX_VALUE);
    }

    /** Stops once {@code timeout} has passed from now. */
    public static ExtractionBudget of(Duration timeout) {
        return new ExtractionBudget(timeout, Long.MAX_VALUE);
    }

    /** Stops after {@code maxSteps} steps, whatever the time: what tests and fuzzing use. */
    public static ExtractionBudget ofSteps(long maxSteps) {
        return new ExtractionBudget(null, maxSteps);
    }

    /** Makes the next {@link #check()} throw; safe from any thread. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Steps counted so far. */
    public long steps() {
        return steps;
    }

    /** One step of work. */
    public void check() {
        step(1);
    }

    /** {@code n} steps of work done at once (a scan of n characters). */
    public void step(long n) {
        long before = steps;
        steps = before + n;
        if (steps > maxSteps) {
            throw new ExtractionTooCostlyException(ExtractionTooCostlyException.Reason.STEPS, steps);
        }
        if (before / CLOCK_EVERY != steps / CLOCK_EVERY) {
            if (cancelled) {
                throw new ExtractionTooCostlyException(ExtractionTooCostlyException.Reason.CANCELLED, steps);
            }
            if (timed && System.nanoTime() - deadlineNanos > 0) {
                throw new ExtractionTooCostlyException(ExtractionTooCostlyException.Reason.TIMEOUT, steps);
            }
        }
    }
}
