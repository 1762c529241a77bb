package io.factwire.extract;

/** A half-open range {@code [start,end)} of the body. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** The words this span covers in {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
