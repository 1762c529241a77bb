package io.factwire;

/** A named thing does not exist; the HTTP layer answers 404. */
public final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String detail) {
        super(detail);
    }
}
