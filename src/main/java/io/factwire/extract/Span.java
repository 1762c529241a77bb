package io.factwire.extract;

/** A half-open range {@code [start,end)} of the body. */
public record Span(int start, int end) implements Spanned {
    public Span {
        check(start, end);
    }

    /** Refuses a range that starts before the text or ends before it starts. */
    static void check(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }

    @Override
    public Span span() {
        return this;
    }
}
