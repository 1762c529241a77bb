package io.factwire.feed;

/** A feed that cannot be read, or that is refused (a DTD, too large, too many items). */
public final class FeedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FeedException(String message) {
        super(message);
    }
}
