package io.factwire.extract;

/**
 * A count as the text gives it: an exact or approximate {@code value}, or a range {@code min}..{@code max}.
 * Exactly one of value or (min, max) is set; open ranges ("at least 40") keep {@code value} and set
 * {@code approximate}, with {@code qualifier} saying which way the text leans.
 */
public record Quantity(Long value, Long min, Long max, boolean approximate, String qualifier) {
    public static Quantity exact(long value) {
        return new Quantity(value, null, null, false, null);
    }

    public static Quantity approximately(long value, String qualifier) {
        return new Quantity(value, null, null, true, qualifier);
    }

    public static Quantity range(long min, long max, boolean approximate) {
        return new Quantity(null, min, max, approximate, null);
    }
}
