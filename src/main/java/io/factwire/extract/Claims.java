package io.factwire.extract;

import java.util.BitSet;

/**
 * The characters of the body that earlier stages took for their facts, so a later stage leaves them alone.
 * A bit per character: asking whether a span is free costs the same however many facts there are.
 */
final class Claims {
    private final BitSet taken = new BitSet();

    void add(int start, int end) {
        if (end > start) {
            taken.set(start, end);
        }
    }

    boolean overlaps(int start, int end) {
        int next = taken.nextSetBit(start);
        return next >= 0 && next < end;
    }
}
