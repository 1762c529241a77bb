package io.factwire.extract;

/**
 * One typed fact found in the body. {@code text} is {@code body.substring(start, end)}; which of
 * {@code quantity}, {@code time} and {@code name} is set depends on the type. {@code section} is the
 * index of the section that holds it.
 */
public record Fact(FactType type, String text, int start, int end, Quantity quantity, TimeValue time, String name,
                   int section) {
    public Fact {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }
}
