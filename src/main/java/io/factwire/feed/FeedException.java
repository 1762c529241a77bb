package io.factwire.feed;

/** A feed that cannot be read, or that is refused (a DTD, too large, too many items). */
public final class FeedException extends RuntimeException {
    public FeedException(String message) {
        super(message);
    }
}
