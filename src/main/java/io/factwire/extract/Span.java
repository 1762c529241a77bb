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

    public boolean covers(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
