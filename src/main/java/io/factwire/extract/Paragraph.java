package io.factwire.extract;

/** A paragraph of the body at {@code [start,end)}. */
public record Paragraph(int start, int end) implements Spanned {}
