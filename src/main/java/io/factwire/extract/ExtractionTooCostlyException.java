package io.factwire.extract;

/** An extraction stopped by its {@link ExtractionBudget}: over time, over its steps, or cancelled. */
public final class ExtractionTooCostlyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        TIMEOUT,
        STEPS,
        CANCELLED
    }

    private final Reason reason;

    ExtractionTooCostlyException(Reason reason, long steps) {
        super(
                "too costly to extract: stopped (" + reason.name().toLowerCase(java.util.Locale.ROOT) + ") after "
                        + steps + " steps",
                null,
                false,
                false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
