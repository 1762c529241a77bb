package io.factwire.extract;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Binary searches over lists of ranges in text order: sorted by start and, where a method says so, disjoint
 * (each range starting at or after the end of the one before, so the ends are in order too). The stages keep
 * their words, sentences, blocks, quotations and mentions that way, so a question about an offset costs a
 * logarithm, not a scan.
 */
final class Spans {
    private Spans() {}

    /** Index of the first element whose {@code key} is at least {@code value}; size when none. Keys ascend. */
    static <T> int firstAtLeast(List<T> sorted, ToIntFunction<? super T> key, int value) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key.applyAsInt(sorted.get(mid)) < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first element whose {@code key} is above {@code value}; size when none. Keys ascend. */
    static <T> int firstAbove(List<T> sorted, ToIntFunction<? super T> key, int value) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key.applyAsInt(sorted.get(mid)) <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first range starting at or after {@code offset}; size when none. */
    static int firstStartingAtOrAfter(List<? extends Spanned> sorted, int offset) {
        if (sorted instanceof Ranges<?> ranges) {
            return ranges.firstStartAtLeast(offset);
        }
        return firstAtLeast(sorted, Spanned::start, offset);
    }

    /** Index of the last range starting at or before {@code offset}; -1 when none. */
    static int lastStartingAtOrBefore(List<? extends Spanned> sorted, int offset) {
        if (sorted instanceof Ranges<?> ranges) {
            return ranges.firstStartAbove(offset) - 1;
        }
        return firstAbove(sorted, Spanned::start, offset) - 1;
    }

    /** Index of the first range ending after {@code offset}, in a disjoint list; size when none. */
    static int firstEndingAfter(List<? extends Spanned> disjoint, int offset) {
        if (disjoint instanceof Ranges<?> ranges) {
            return ranges.firstEndAbove(offset);
        }
        return firstAbove(disjoint, Spanned::end, offset);
    }

    /** The range of a disjoint list that contains {@code offset}, or null. */
    static <T extends Spanned> T covering(List<T> disjoint, int offset) {
        int k = lastStartingAtOrBefore(disjoint, offset);
        return k >= 0 && disjoint.get(k).contains(offset) ? disjoint.get(k) : null;
    }
}
