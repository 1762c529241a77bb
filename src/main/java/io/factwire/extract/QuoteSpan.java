package io.factwire.extract;

/**
 * Where a quotation stands: its words at {@code [start,end)}, its marks at {@code open} and {@code close}
 * ({@code close} is -1 when the paragraph ends before the mark closes, as in a quotation running on), and
 * {@code group}, shared by the paragraphs of one quotation.
 */
record QuoteSpan(int start, int end, int open, int close, int group) implements Spanned {
    boolean runsOn() {
        return close < 0;
    }
}
