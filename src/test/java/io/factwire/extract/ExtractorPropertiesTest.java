package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated numbers, publication dates and relative phrases: the extractor never throws, and every value it
 * gives is well formed (four-digit years, no negative periods or counts).
 */
class ExtractorPropertiesTest {
    private static final Extractor EXTRACTOR = new Extractor();
    private static final Pattern DATE_VALUE =
            Pattern.compile("(?:\\d{4}|XXXX)(?:-(?:\\d{2}|XX|W\\d{2}|WXX)(?:-\\d{1,2})?)?");
    private static final Pattern PERIOD_VALUE = Pattern.compile("PT?\\d+[SMHDWY]");

    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> digits = Arbitraries.bigIntegers()
                .between(BigInteger.ZERO, BigInteger.TEN.pow(40))
                .map(BigInteger::toString);
        Arbitrary<String> grouped =
                Arbitraries.longs().between(0, Long.MAX_VALUE).map(n -> String.format("%,d", n));
        Arbitrary<String> decimal = Combinators.combine(
                        Arbitraries.longs().between(0, Long.MAX_VALUE),
                        Arbitraries.integers().between(0, 999))
                .as((a, b) -> a + "." + b);
        Arbitrary<String> words = Arbitraries.of(
                "a", "one", "twelve", "ninety-nine", "a dozen", "two hundred", "three thousand", "ten million");
        return Arbitraries.oneOf(digits, grouped, decimal, words);
    }

    @Provide
    Arbitrary<LocalDate> anyDate() {
        Arbitrary<LocalDate> ordinary = Arbitraries.longs()
                .between(
                        LocalDate.of(1, 1, 1).toEpochDay(),
                        LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> extreme = Arbitraries.longs()
                .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Arbitraries.oneOf(
                        ordinary,
                        extreme,
                        Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)))
                .injectNull(0.1);
    }

    @Provide
    Arbitrary<String> phrases() {
        Arbitrary<String> unit = Arbitraries.of("second", "minute", "hour", "day", "week", "month", "year", "decade");
        Arbitrary<String> plural = unit.map(u -> u + "s");
        Arbitrary<String> template = Arbitraries.of(
                "It lasted %s %s.",
                "They left %s %s ago.",
                "The %s-%s plan ended.",
                "It took less than %s %s, officials said.",
                "Some %s %s soldiers were sent.",
                "About %s %s were killed.");
        return Combinators.combine(
                        template, numbers(), Arbitraries.oneOf(unit, plural, Arbitraries.of("soldiers", "troops")))
                .as((t, n, u) -> String.format(t, n, u));
    }

    @Provide
    Arbitrary<String> relativeWords() {
        return Arbitraries.of(
                "last week",
                "next month",
                "this year",
                "earlier this month",
                "yesterday",
                "tomorrow",
                "today",
                "on Friday",
                "last Monday",
                "next Sunday",
                "in early March",
                "last May",
                "on the 31st",
                "on Feb. 29",
                "29 February",
                "12/31",
                "31/12/2026",
                "2026-02-30",
                "in 2024");
    }

    @Property(tries = 400)
    void numbersOfAnySizeNeverBreakTheExtractor(
            @ForAll("phrases") String sentence, @ForAll("anyDate") LocalDate published) {
        assertWellFormed(EXTRACTOR.extract("Title\n\n" + sentence, published));
    }

    @Property(tries = 400)
    void relativeDatesResolveAgainstAnyPublicationDate(
            @ForAll("relativeWords") String when, @ForAll("anyDate") LocalDate published) {
        assertWellFormed(
                EXTRACTOR.extract("Title\n\nThe council met " + when + " and will vote next week.", published));
    }

    private static void assertWellFormed(Extraction e) {
        for (Fact f : e.facts()) {
            if (f.time() != null && f.time().value() != null) {
                Pattern shape = f.type() == FactType.DURATION ? PERIOD_VALUE : DATE_VALUE;
                assertThat(f.time().value()).as(f.text()).matches(shape);
            }
            if (f.quantity() != null) {
                for (Long v : new Long[] {
                    f.quantity().value(), f.quantity().min(), f.quantity().max()
                }) {
                    assertThat(v == null || v >= 0).as(f.text()).isTrue();
                }
            }
        }
    }
}
