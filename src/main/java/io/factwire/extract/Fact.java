package io.factwire.extract;

/**
 * One typed fact found in the body. {@code text} is {@code body.substring(start, end)}; which of
 * {@code quantity}, {@code time} and {@code name} is set depends on the type. {@code section} is the
 * index of the section that holds it. {@code rule} names what decided it ("date.month-day-year",
 * "entity.person-title"); the extractor gives a finder's facts the finder's name ("date") when the finder
 * named no rule of its own.
 */
public record Fact(
        FactType type,
        String text,
        int start,
        int end,
        Quantity quantity,
        TimeValue time,
        String name,
        int section,
        String rule)
        implements Spanned {
    public Fact {
        Span.check(start, end);
    }

    /** A fact whose rule the extractor names after its finder. */
    public Fact(
            FactType type,
            String text,
            int start,
            int end,
            Quantity quantity,
            TimeValue time,
            String name,
            int section) {
        this(type, text, start, end, quantity, time, name, section, null);
    }

    Fact withRule(String decided) {
        return new Fact(type, text, start, end, quantity, time, name, section, decided);
    }
}
