package io.factwire.extract;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list of ranges in text order (a document's words, sentences, blocks, sections) with their start
 * and end offsets kept in arrays: the binary searches every stage runs over them ({@link Spans}) read plain ints
 * instead of asking each range through a list and an interface. A sub-list is a view of the same arrays and
 * searches the same way.
 */
final class Ranges<T extends Spanned> extends AbstractList<T> implements RandomAccess {
    private final Object[] items;
    private final int[] starts;
    private final int[] ends;
    private final int from;
    private final int to;

    private Ranges(Object[] items, int[] starts, int[] ends, int from, int to) {
        this.items = items;
        this.starts = starts;
        this.ends = ends;
        this.from = from;
        this.to = to;
    }

    /** An unmodifiable copy of {@code ranges} (no nulls), which keeps their order. */
    static <T extends Spanned> Ranges<T> of(List<T> ranges) {
        if (ranges instanceof Ranges<T> already) {
            return already;
        }
        Object[] items = ranges.toArray();
        int[] starts = new int[items.length];
        int[] ends = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            Spanned range = (Spanned) Objects.requireNonNull(items[i]);
            starts[i] = range.start();
            ends[i] = range.end();
        }
        return new Ranges<>(items, starts, ends, 0, items.length);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, to - from);
        return (T) items[from + index];
    }

    /** Walks the array directly: the stages iterate over every word. */
    @Override
    public java.util.Iterator<T> iterator() {
        return new java.util.Iterator<>() {
            private int next = from;

            @Override
            public boolean hasNext() {
                return next < to;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (next >= to) {
                    throw new java.util.NoSuchElementException();
                }
                return (T) items[next++];
            }
        };
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public Ranges<T> subList(int fromIndex, int toIndex) {
        Objects.checkFromToIndex(fromIndex, toIndex, to - from);
        return new Ranges<>(items, starts, ends, from + fromIndex, from + toIndex);
    }

    /** Index of the first range whose start is at least {@code offset}; size when none. Starts ascend. */
    int firstStartAtLeast(int offset) {
        return firstAtLeast(starts, offset);
    }

    /** Index of the first range whose start is above {@code offset}; size when none. Starts ascend. */
    int firstStartAbove(int offset) {
        return offset == Integer.MAX_VALUE ? size() : firstAtLeast(starts, offset + 1);
    }

    /** Index of the first range whose end is above {@code offset}; size when none. Ends ascend. */
    int firstEndAbove(int offset) {
        return offset == Integer.MAX_VALUE ? size() : firstAtLeast(ends, offset + 1);
    }

    private int firstAtLeast(int[] keys, int value) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - from;
    }
}
