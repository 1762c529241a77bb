package io.factwire.article;

import io.factwire.extract.Fact;
import io.factwire.extract.Quantity;
import io.factwire.extract.TimeValue;

/**
 * One row of {@code facts}: a {@link Fact} flattened into typed columns. The {@code has*} flags keep
 * "no quantity" apart from "a quantity whose fields are all null".
 */
public record FactRow(
        String type,
        String text,
        int start,
        int end,
        boolean hasQuantity,
        Long quantityValue,
        Long quantityMin,
        Long quantityMax,
        boolean quantityApproximate,
        String quantityQualifier,
        boolean hasTime,
        String timeValue,
        String timeMod,
        String name,
        int section,
        String rule) {
    public static FactRow of(Fact fact) {
        Quantity q = fact.quantity();
        TimeValue t = fact.time();
        return new FactRow(
                fact.type().id(),
                fact.text(),
                fact.start(),
                fact.end(),
                q != null,
                q == null ? null : q.value(),
                q == null ? null : q.min(),
                q == null ? null : q.max(),
                q != null && q.approximate(),
                q == null ? null : q.qualifier(),
                t != null,
                t == null ? null : t.value(),
                t == null ? null : t.mod(),
                fact.name(),
                fact.section(),
                fact.rule());
    }
}
