package io.factwire.article;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A fact as served. Which of {@code quantity}, {@code time} and {@code name} appear depends on the type. {@code rule}
 * names the extraction rule that decided it: served only with {@code ?explain=true}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactView(
        String type,
        String text,
        int start,
        int end,
        QuantityView quantity,
        TimeView time,
        String name,
        int section,
        String rule) {

    /** Either {@code value} or {@code min}/{@code max}; absent members are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuantityView(Long value, Long min, Long max, boolean approximate, String qualifier) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimeView(String value, String mod) {}

    public static FactView of(FactRow row) {
        return new FactView(
                row.type(),
                row.text(),
                row.start(),
                row.end(),
                row.hasQuantity()
                        ? new QuantityView(
                                row.quantityValue(),
                                row.quantityMin(),
                                row.quantityMax(),
                                row.quantityApproximate(),
                                row.quantityQualifier())
                        : null,
                row.hasTime() ? new TimeView(row.timeValue(), row.timeMod()) : null,
                row.name(),
                row.section(),
                row.rule());
    }

    /** This fact with its rule when {@code explain}, without it otherwise. */
    public FactView explained(boolean explain) {
        return explain || rule == null
                ? this
                : new FactView(type, text, start, end, quantity, time, name, section, null);
    }
}
