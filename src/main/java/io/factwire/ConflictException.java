package io.factwire;

/** A write that would break an invariant, such as two articles with the same text; answered 409. */
public final class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message, null, false, false);
    }
}
