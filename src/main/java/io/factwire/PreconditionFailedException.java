package io.factwire;

/** A conditional write found the resource changed since the client read it; the HTTP layer answers 412. */
public final class PreconditionFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PreconditionFailedException(String detail) {
        super(detail);
    }
}
