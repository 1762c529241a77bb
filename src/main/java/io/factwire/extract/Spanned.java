package io.factwire.extract;

/**
 * Anything that covers a half-open range {@code [start,end)} of the body: a word, sentence, paragraph, section,
 * quotation or fact. The questions every stage asks of ranges are answered here once, with one meaning: an empty
 * range covers no character, so it contains no offset and overlaps nothing, and touching ranges do not overlap.
 */
public interface Spanned {
    int start();

    int end();

    default Span span() {
        return new Span(start(), end());
    }

    default int length() {
        return end() - start();
    }

    default boolean contains(int offset) {
        return offset >= start() && offset < end();
    }

    /** Whether {@code other} lies within this range (an empty range at either edge counts). */
    default boolean contains(Spanned other) {
        return other.start() >= start() && other.end() <= end();
    }

    /** Whether the two ranges share a character. */
    default boolean overlaps(Spanned other) {
        return Math.max(start(), other.start()) < Math.min(end(), other.end());
    }

    /** The characters this range covers in {@code text}. */
    default String coveredText(String text) {
        return text.substring(start(), end());
    }
}
