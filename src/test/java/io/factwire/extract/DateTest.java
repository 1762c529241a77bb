package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates in TIMEX3 form, resolved against the publication date when there is one. */
class DateTest {
    /** A Saturday. */
    private static final LocalDate SATURDAY = LocalDate.of(2026, 3, 7);

    private static Fact date(LocalDate published, String paragraph, String text) {
        Extraction e = Extracts.publishedOn(published, paragraph);
        return Extracts.fact(e, FactType.DATE, text)
                .orElseThrow(() -> new AssertionError("no date '" + text + "' in " + Extracts.texts(e, FactType.DATE)));
    }

    private static String value(LocalDate published, String paragraph, String text) {
        return date(published, paragraph, text).time().value();
    }

    @Test
    void fullDateWithYearIsExact() {
        assertThat(value(null, "The talks began on March 2, 2026, in the capital.", "March 2, 2026"))
                .isEqualTo("2026-03-02");
    }

    @Test
    void dayMonthYearIsExact() {
        assertThat(value(null, "The talks began on 2 March 2026 in the capital.", "2 March 2026"))
                .isEqualTo("2026-03-02");
    }

    @Test
    void ordinalDayWithAbbreviatedMonthAndYearIsExact() {
        assertThat(value(null, "Warsaw, (Agency - 3rd Mar, 2026) - Troops arrived.", "3rd Mar, 2026"))
                .isEqualTo("2026-03-03");
    }

    @Test
    void abbreviatedMonthWithFullStopTakesThePublicationYear() {
        assertThat(value(SATURDAY, "The attack happened on Feb. 27 near the port.", "Feb. 27"))
                .isEqualTo("2026-02-27");
    }

    @Test
    void dayBeforeMonthTakesThePublicationYear() {
        assertThat(value(SATURDAY, "The convoy left on 27 February and arrived later.", "27 February"))
                .isEqualTo("2026-02-27");
    }

    @Test
    void monthAndDayWithoutPublicationDateLeaveTheYearOpen() {
        assertThat(value(null, "The attack happened on Feb. 27 near the port.", "Feb. 27"))
                .isEqualTo("XXXX-02-27");
        assertThat(value(null, "The convoy left on 27 February and arrived later.", "27 February"))
                .isEqualTo("XXXX-02-27");
    }

    @Test
    void monthDayLaterThanPublicationIsLastYearsWhenThePastIsMeant() {
        assertThat(value(SATURDAY, "The base was opened on December 12 by the minister.", "December 12"))
                .isEqualTo("2025-12-12");
    }

    @Test
    void monthDayInAFutureSentenceIsTheNextOne() {
        assertThat(value(SATURDAY, "The vote is scheduled for June 14.", "June 14"))
                .isEqualTo("2026-06-14");
        assertThat(value(SATURDAY, "The base will reopen on February 2.", "February 2"))
                .isEqualTo("2027-02-02");
    }

    @Test
    void weekdayResolvesToTheMostRecentOneBeforePublication() {
        assertThat(value(SATURDAY, "The minister spoke on Friday about the plan.", "Friday"))
                .isEqualTo("2026-03-06");
        assertThat(value(SATURDAY, "The minister spoke on Monday about the plan.", "Monday"))
                .isEqualTo("2026-03-02");
    }

    @Test
    void weekdayOfPublicationItselfIsThatDay() {
        assertThat(value(SATURDAY, "The minister spoke on Saturday about the plan.", "Saturday"))
                .isEqualTo("2026-03-07");
    }

    @Test
    void weekdayWithoutPublicationDateIsAnyWeeksDay() {
        assertThat(value(null, "The minister spoke on Friday about the plan.", "Friday"))
                .isEqualTo("XXXX-WXX-5");
        assertThat(value(null, "The minister spoke on Monday about the plan.", "Monday"))
                .isEqualTo("XXXX-WXX-1");
        assertThat(value(null, "The minister spoke on Sunday about the plan.", "Sunday"))
                .isEqualTo("XXXX-WXX-7");
    }

    @Test
    void nextWeekdayLooksAhead() {
        assertThat(value(SATURDAY, "The summit will be held next Friday in the capital.", "next Friday"))
                .isEqualTo("2026-03-13");
    }

    @Test
    void weekdayInAFutureSentenceLooksAhead() {
        assertThat(value(SATURDAY, "The talks will resume on Monday.", "Monday"))
                .isEqualTo("2026-03-09");
    }

    @Test
    void lastWeekdayOnThatSameWeekdayIsAWeekBefore() {
        LocalDate friday = LocalDate.of(2026, 3, 6);
        assertThat(value(friday, "The troops left last Friday.", "last Friday")).isEqualTo("2026-02-27");
    }

    @Test
    void lastMonthNameIsTheMostRecentPastOne() {
        assertThat(date(SATURDAY, "The ceremony took place last May in the capital.", "last May")
                        .time()
                        .value())
                .isEqualTo("2025-05");
        assertThat(value(SATURDAY, "The vote took place last June in the capital.", "last June"))
                .isEqualTo("2025-06");
    }

    @Test
    void monthNameWithoutPublicationDateLeavesTheYearOpen() {
        assertThat(value(null, "Prices peaked in August before falling.", "August"))
                .isEqualTo("XXXX-08");
    }

    @Test
    void mayIsOnlyAMonthAfterAWordOfTime() {
        Extraction e =
                Extracts.publishedOn(SATURDAY, "The troops may leave soon, officials said.", "May officials leave?");
        assertThat(Extracts.facts(e, FactType.DATE)).isEmpty();
        assertThat(value(SATURDAY, "The troops arrived in May and stayed.", "May"))
                .isEqualTo("2025-05");
    }

    @Test
    void earlyMonthCarriesTheStartModifier() {
        Fact f = date(null, "Prices peaked in early August before falling.", "early August");
        assertThat(f.time()).isEqualTo(new TimeValue("XXXX-08", "START"));
    }

    @Test
    void lateMonthWithYearIsThatMonthWithTheEndModifier() {
        Fact f = date(null, "The unit was formed in late November 2024 in the east.", "late November 2024");
        assertThat(f.time()).isEqualTo(new TimeValue("2024-11", "END"));
    }

    @Test
    void earlierThisMonthIsThePublicationMonth() {
        assertThat(value(
                        SATURDAY, "Officials said earlier this month that the plan had stalled.", "earlier this month"))
                .isEqualTo("2026-03");
    }

    @Test
    void lastYearIsTheYearBeforePublication() {
        assertThat(value(SATURDAY, "Spending rose last year and fell again.", "last year"))
                .isEqualTo("2025");
    }

    @Test
    void lastWeekIsTheIsoWeekBeforePublication() {
        assertThat(value(SATURDAY, "The exercise began last week on the plain.", "last week"))
                .isEqualTo("2026-W09");
    }

    @Test
    void relativeDatesNeedAPublicationDate() {
        Extraction e = Extracts.of(
                "Spending rose last year.",
                "Officials said earlier this month that it fell.",
                "Troops arrived yesterday.");
        assertThat(Extracts.facts(e, FactType.DATE)).isEmpty();
    }

    @Test
    void partsOfDayAreTheDayOfPublicationOrTheNightBefore() {
        Extraction e = Extracts.publishedOn(
                SATURDAY, "Shelling began last night and eased this morning, and talks resume tonight.");
        assertThat(Extracts.facts(e, FactType.DATE))
                .extracting(Fact::text, f -> f.time().value())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("last night", "2026-03-06"),
                        org.assertj.core.groups.Tuple.tuple("this morning", "2026-03-07"),
                        org.assertj.core.groups.Tuple.tuple("tonight", "2026-03-07"));
    }

    @Test
    void aWeekendIsTheOneBeforePublicationUnlessTheTextLooksAhead() {
        Extraction e = Extracts.publishedOn(
                SATURDAY.plusDays(2), "Talks were held over the weekend.", "A vote is expected next weekend.");
        assertThat(Extracts.facts(e, FactType.DATE))
                .extracting(Fact::text, f -> f.time().value())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("the weekend", "2026-W10-WE"),
                        org.assertj.core.groups.Tuple.tuple("next weekend", "2026-W11-WE"));
        assertThat(Extracts.facts(Extracts.of("A weekend of talks ended."), FactType.DATE))
                .isEmpty();
    }

    @Test
    void yesterdayAndTomorrowAreTheDaysAroundPublication() {
        Extraction e = Extracts.publishedOn(SATURDAY, "Troops arrived yesterday and leave tomorrow.");
        assertThat(Extracts.fact(e, FactType.DATE, "yesterday"))
                .get()
                .extracting(f -> f.time().value())
                .isEqualTo("2026-03-06");
        assertThat(Extracts.fact(e, FactType.DATE, "tomorrow"))
                .get()
                .extracting(f -> f.time().value())
                .isEqualTo("2026-03-08");
    }

    @Test
    void yearAfterInIsThatYear() {
        assertThat(value(SATURDAY, "Spending rose and then fell in 2024.", "2024"))
                .isEqualTo("2024");
        assertThat(value(null, "Spending rose and then fell in 2024.", "2024")).isEqualTo("2024");
    }

    @Test
    void bareFourDigitNumberIsNoYear() {
        Extraction e = Extracts.of("The unit has 2024 rifles and 1999 helmets in store.");
        assertThat(Extracts.facts(e, FactType.DATE)).isEmpty();
    }

    @Test
    void yearRangeIsNotASingleYear() {
        Extraction e = Extracts.of("The programme ran in 2022-2024 and was then closed.");
        assertThat(Extracts.texts(e, FactType.DATE)).doesNotContain("2022");
    }

    @Test
    void onTheNthIsADayOfThePublicationMonth() {
        assertThat(value(SATURDAY, "The bridge was hit on the 5th by drones.", "the 5th"))
                .isEqualTo("2026-03-05");
        assertThat(value(SATURDAY, "The bridge was hit on the 20th by drones.", "the 20th"))
                .isEqualTo("2026-02-20");
        assertThat(value(null, "The bridge was hit on the 20th by drones.", "the 20th"))
                .isEqualTo("XXXX-XX-20");
    }

    @Test
    void impossibleDayIsNoDate() {
        Extraction e = Extracts.of("The convoy left on March 45 according to the log.");
        assertThat(Extracts.texts(e, FactType.DATE)).doesNotContain("March 45");
    }

    @Test
    void datesAreSortedAndPointIntoTheBody() {
        Extraction e = Extracts.publishedOn(
                SATURDAY, "The talks began on March 2, 2026, and resumed on Friday.", "They end next week.");
        assertThat(Extracts.facts(e, FactType.DATE))
                .extracting(Fact::text)
                .containsExactly("March 2, 2026", "Friday", "next week");
        for (Fact f : e.facts()) {
            assertThat(e.body().substring(f.start(), f.end())).isEqualTo(f.text());
        }
    }

    @Test
    void calendarResolvesWeekdaysBothWays() {
        assertThat(Calendar.weekdayNear(SATURDAY, 5, false)).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(Calendar.weekdayNear(SATURDAY, 5, true)).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(Calendar.weekdayNear(SATURDAY, 6, true)).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(Calendar.weekdayNear(SATURDAY, 6, false)).isEqualTo(SATURDAY);
    }

    @Test
    void calendarGivesTheIsoWeek() {
        assertThat(Calendar.week(LocalDate.of(2026, 1, 1))).isEqualTo("2026-W01");
        assertThat(Calendar.week(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
    }

    @Test
    void otherRelativeDatesResolveAgainstPublication() {
        record Case(String sentence, String text, String value) {}
        for (Case c : List.of(
                new Case("The convoy left two days ago.", "two days ago", "2026-03-05"),
                new Case("Prices rose earlier this month.", "earlier this month", "2026-03"),
                new Case("The depot was hit on Monday.", "Monday", "2026-03-02"),
                new Case("Elections follow next month.", "next month", "2026-04"),
                new Case("The bridge opened last year.", "last year", "2025"))) {
            assertThat(value(SATURDAY, c.sentence(), c.text())).as(c.sentence()).isEqualTo(c.value());
        }
    }

    @Test
    void aMonthWithLastOrNextYearTakesThatYear() {
        assertThat(value(SATURDAY, "Troops first arrived in October last year.", "October last year"))
                .isEqualTo("2025-10");
        assertThat(value(SATURDAY, "Deliveries start in March next year.", "March next year"))
                .isEqualTo("2027-03");
    }

    @Test
    void aMonthBeforeAnotherWithAYearTakesThatYear() {
        assertThat(value(SATURDAY, "They arrived in October and November 2024.", "October"))
                .isEqualTo("2024-10");
    }

    @Test
    void seasonsAreTimexSeasons() {
        LocalDate april = LocalDate.of(2026, 4, 10);
        assertThat(value(april, "Fuel ran short last winter.", "last winter")).isEqualTo("2025-WI");
        assertThat(value(april, "The offensive stalled last summer.", "last summer"))
                .isEqualTo("2025-SU");
        assertThat(value(april, "A new draft begins this autumn.", "this autumn"))
                .isEqualTo("2026-FA");
        assertThat(value(april, "Talks may resume next spring.", "next spring")).isEqualTo("2027-SP");
        assertThat(value(null, "Talks may resume next spring.", "next spring")).isEqualTo("XXXX-SP");
    }

    @Test
    void decadesYearsInListsAndYearsBeforeANounAreDates() {
        assertThat(value(null, "The region has been contested since the 1970s.", "1970s"))
                .isEqualTo("197X");
        assertThat(value(null, "Coups followed in 2019 and 2022.", "2022")).isEqualTo("2022");
        assertThat(value(null, "The vehicles arrive between 2027 and 2029.", "2027"))
                .isEqualTo("2027");
        assertThat(value(null, "The 2015 ceasefire held for a year.", "2015")).isEqualTo("2015");
        assertThat(Extracts.facts(Extracts.of("The 2000 soldiers marched on."), FactType.DATE))
                .isEmpty();
    }

    @Test
    void anOrdinalDayAfterCapitalOnIsADate() {
        assertThat(value(SATURDAY, "On the 4th, the envoy laid a wreath.", "the 4th"))
                .isEqualTo("2026-03-04");
    }

    @Test
    void wouldAndExpectedLookAheadUnlessASpeechVerbFollows() {
        assertThat(value(SATURDAY, "The first companies would be in place by Tuesday.", "Tuesday"))
                .isEqualTo("2026-03-10");
        assertThat(value(SATURDAY, "The storm is expected to reach the coast on Monday.", "Monday"))
                .isEqualTo("2026-03-09");
        assertThat(value(SATURDAY, "Tarnish troops will join the drill, officials said on Thursday.", "Thursday"))
                .isEqualTo("2026-03-05");
    }
}
