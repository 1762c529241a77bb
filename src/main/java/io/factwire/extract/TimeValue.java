package io.factwire.extract;

/**
 * A normalised date or duration in ISO 8601 / TIMEX3 form ({@code 2025-12-12}, {@code XXXX-08},
 * {@code XXXX-WXX-5}, {@code P4M}); {@code value} is null when the text gives no exact value
 * ("several weeks"). {@code mod} carries TIMEX3 modifiers such as {@code EARLY} or {@code LESS_THAN}.
 */
public record TimeValue(String value, String mod) {
    public static TimeValue of(String value) {
        return new TimeValue(value, null);
    }
}
