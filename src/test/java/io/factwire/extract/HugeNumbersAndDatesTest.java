package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers of any size and dates of any year give a fact without a value or a right one, never an exception. */
class HugeNumbersAndDatesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 7);

    @Test
    void aDurationTooLongForANumberIsADurationWithoutAValue() {
        Extraction e = Extracts.publishedOn(PUBLISHED, "The drought lasted 99999999999999999999 days.");
        Fact duration =
                Extracts.fact(e, FactType.DURATION, "99999999999999999999 days").orElseThrow();
        assertThat(duration.time().value()).isNull();
    }

    @Test
    void decadesThatOverflowWhenCountedInYearsHaveNoValueInsteadOfANegativeOne() {
        Extraction e = Extracts.publishedOn(PUBLISHED, "The feud ran for 9223372036854775807 decades.");
        Fact duration = Extracts.fact(e, FactType.DURATION, "9223372036854775807 decades")
                .orElseThrow();
        assertThat(duration.time().value()).isNull();
    }

    @Test
    void largeDurationsThatFitKeepTheirValue() {
        Extraction e = Extracts.publishedOn(PUBLISHED, "The vault was sealed for 922337203685477580 decades.");
        assertThat(Extracts.fact(e, FactType.DURATION, "922337203685477580 decades")
                        .orElseThrow()
                        .time()
                        .value())
                .isEqualTo("P9223372036854775800Y");
    }

    @Test
    void aDateTooFarBackIsADateWithoutAValue() {
        Extraction e = Extracts.publishedOn(PUBLISHED, "The river moved 999999999999 days ago, geologists said.");
        List<Fact> dates = Extracts.facts(e, FactType.DATE);
        assertThat(dates).extracting(Fact::text).containsExactly("999999999999 days ago");
        assertThat(dates.get(0).time().value()).isNull();
    }

    @Test
    void aCountOfAgoWithTwentyDigitsIsADateWithoutAValue() {
        Extraction e = Extracts.publishedOn(PUBLISHED, "It formed 99999999999999999999 years ago.");
        assertThat(Extracts.fact(e, FactType.DATE, "99999999999999999999 years ago")
                        .orElseThrow()
                        .time()
                        .value())
                .isNull();
    }

    @Test
    void aYearBeforeYearOneHasNoValue() {
        Extraction e = Extracts.publishedOn(PUBLISHED, "The wall was raised 5000 years ago.");
        assertThat(Extracts.fact(e, FactType.DATE, "5000 years ago")
                        .orElseThrow()
                        .time()
                        .value())
                .isNull();
    }

    @Test
    void relativeDatesAtTheEndOfTheCalendarGiveFactsWithoutValues() {
        LocalDate last = LocalDate.MAX;
        Extraction e = Extracts.publishedOn(
                last, "The council met last week and will meet next month, then next year and tomorrow.");
        assertThat(Extracts.facts(e, FactType.DATE))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.time().value()).isNull());
    }

    @Test
    void relativeDatesAtTheStartOfTheCalendarGiveFactsWithoutValues() {
        Extraction e = Extracts.publishedOn(LocalDate.MIN, "The council met last week, yesterday and on Friday.");
        assertThat(Extracts.facts(e, FactType.DATE))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.time().value()).isNull());
    }

    @Test
    void aCountTooLargeForANumberIsNoCount() {
        Extraction e = Extracts.publishedOn(PUBLISHED, "Officials said 99999999999999999999 soldiers were deployed.");
        assertThat(Extracts.facts(e, FactType.TROOP_COUNT)).isEmpty();
    }

    @Test
    void countsPastTwoToTheFiftyThirdKeepEveryDigit() {
        Extraction e = Extracts.publishedOn(PUBLISHED, "Officials said 9007199254740993 soldiers were deployed.");
        assertThat(Extracts.facts(e, FactType.TROOP_COUNT))
                .singleElement()
                .satisfies(f -> assertThat(f.quantity().value()).isEqualTo(9007199254740993L));
    }
}
