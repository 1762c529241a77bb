package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Durations as ISO 8601 periods; ages and points in time are not durations. */
class DurationTest {

    private static Fact duration(String paragraph, String text) {
        Extraction e = Extracts.of(paragraph);
        return Extracts.fact(e, FactType.DURATION, text)
                .orElseThrow(() ->
                        new AssertionError("no duration '" + text + "' in " + Extracts.texts(e, FactType.DURATION)));
    }

    @Test
    void hyphenatedDaysBeforeANounAreADuration() {
        assertThat(duration("The brigade began a 120-day rotation in the east.", "120-day")
                        .time())
                .isEqualTo(TimeValue.of("P120D"));
    }

    @Test
    void numberWordMonthsAreADuration() {
        assertThat(duration("The talks lasted four months and ended in a deal.", "four months")
                        .time()
                        .value())
                .isEqualTo("P4M");
    }

    @Test
    void lessThanGivesTheLessThanModifier() {
        assertThat(duration("The ceasefire held for less than three months.", "less than three months")
                        .time())
                .isEqualTo(new TimeValue("P3M", "LESS_THAN"));
    }

    @Test
    void everyHedgeOfTheLexiconHedgesADurationAsItHedgesACount() {
        assertThat(duration("The inquiry may take as many as three weeks.", "as many as three weeks")
                        .time())
                .isEqualTo(new TimeValue("P3W", "EQUAL_OR_LESS"));
        assertThat(duration("Repairs went on for upwards of six months.", "upwards of six months")
                        .time())
                .isEqualTo(new TimeValue("P6M", "MORE_THAN"));
    }

    @Test
    void moreThanAndAboutGiveTheirModifiers() {
        assertThat(duration("The siege lasted more than two weeks.", "more than two weeks")
                        .time())
                .isEqualTo(new TimeValue("P2W", "MORE_THAN"));
        assertThat(duration("The convoy drove for about 90 minutes.", "about 90 minutes")
                        .time())
                .isEqualTo(new TimeValue("PT90M", "APPROX"));
    }

    @Test
    void hoursAreATimePeriod() {
        assertThat(duration("Rescuers searched for 48 hours without rest.", "48 hours")
                        .time()
                        .value())
                .isEqualTo("PT48H");
    }

    @Test
    void secondsAndYearsAndDecadesHaveTheirUnits() {
        assertThat(duration("The alarm sounded for 30 seconds.", "30 seconds")
                        .time()
                        .value())
                .isEqualTo("PT30S");
        assertThat(duration("The war lasted three years.", "three years").time().value())
                .isEqualTo("P3Y");
        assertThat(duration("The conflict lasted two decades.", "two decades")
                        .time()
                        .value())
                .isEqualTo("P20Y");
    }

    @Test
    void compoundNumberWordsAreRead() {
        assertThat(duration("The troops began a twenty-five-day march.", "twenty-five-day")
                        .time()
                        .value())
                .isEqualTo("P25D");
    }

    @Test
    void articleAfterForIsOne() {
        assertThat(duration("The unit trained for a week in the snow.", "a week")
                        .time()
                        .value())
                .isEqualTo("P1W");
    }

    @Test
    void articleWithoutALeadWordIsNoDuration() {
        assertThat(Extracts.facts(Extracts.of("A week of talks ended in failure."), FactType.DURATION))
                .isEmpty();
    }

    @Test
    void severalWeeksIsADurationWithoutValue() {
        Fact f = duration("The repairs will take several weeks to finish.", "several weeks");
        assertThat(f.time().value()).isNull();
    }

    @Test
    void forMonthsIsADurationWithoutValue() {
        assertThat(duration("The troops trained for months before the drills.", "months")
                        .time()
                        .value())
                .isNull();
    }

    @Test
    void thePastWeekIsOneWeek() {
        assertThat(duration("Fighting intensified over the past week in the east.", "the past week")
                        .time()
                        .value())
                .isEqualTo("P1W");
    }

    @Test
    void ageIsNotADuration() {
        Extraction e = Extracts.of("A 45-year-old soldier was among the dead.", "The soldier was 45 years old.");
        assertThat(Extracts.facts(e, FactType.DURATION)).isEmpty();
    }

    @Test
    void yearsAgoIsNotADuration() {
        Extraction e = Extracts.of("The base was built two years ago near the border.");
        assertThat(Extracts.facts(e, FactType.DURATION)).isEmpty();
    }

    @Test
    void severalYearsAgoIsNotADuration() {
        Extraction e = Extracts.of("The base was built several years ago near the border.");
        assertThat(Extracts.facts(e, FactType.DURATION)).isEmpty();
    }

    @Test
    void decimalNumberOfHoursIsNoExactDuration() {
        Extraction e = Extracts.of("The storm lasted 2.5 hours over the town.");
        assertThat(Extracts.facts(e, FactType.DURATION))
                .extracting(f -> f.time().value())
                .doesNotContain("PT2H", "PT5H", "PT25H");
    }

    @Test
    void thousandsSeparatorInADurationIsRead() {
        assertThat(duration("The town has been under siege for 1,000 days.", "1,000 days")
                        .time()
                        .value())
                .isEqualTo("P1000D");
    }

    @Test
    void durationTextPointsIntoTheBody() {
        Extraction e = Extracts.of("Rescuers searched for 48 hours without rest.");
        Fact f = Extracts.facts(e, FactType.DURATION).get(0);
        assertThat(e.body().substring(f.start(), f.end())).isEqualTo("48 hours");
    }

    @Test
    void durationInsideADateIsNotCountedTwice() {
        Extraction e =
                Extracts.publishedOn(java.time.LocalDate.of(2026, 3, 7), "Spending rose last year and fell again.");
        assertThat(Extracts.facts(e, FactType.DURATION)).isEmpty();
        assertThat(Extracts.texts(e, FactType.DATE)).containsExactly("last year");
    }

    @Test
    void aSixWeekRotationIsSixWeeks() {
        Extraction e = Extracts.of("The troops began a six-week rotation.");
        assertThat(Extracts.facts(e, FactType.DURATION)).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("six-week");
            assertThat(f.time().value()).isEqualTo("P6W");
        });
    }

    @Test
    void oneTwoYearContractIsTwoYears() {
        Extraction e = Extracts.of("One two-year contract was signed.");
        assertThat(Extracts.facts(e, FactType.DURATION))
                .singleElement()
                .extracting(f -> f.time().value())
                .isEqualTo("P2Y");
    }
}
