package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Behaviours a review of the extractor found broken and that were fixed: a stray date resolved forward, roles,
 * markdown headings, years after a capitalised "In", "last May", formations opening a sentence, "Dr." and "Mr.".
 */
class ReportedBugsTest {
    @Test
    void markdownHeadingBetweenParagraphsIsASectionHeading() {
        Extraction e = Extracts.of(
                "The exercise that began on the plain last week ended with a parade of armoured vehicles through the town square.",
                "## A lasting legacy",
                "Officials did not say what would happen to the troops.");
        assertThat(e.sections().stream().map(Section::heading).toList()).containsExactly(null, "A lasting legacy");
    }

    @Test
    void speechVerbDateStaysInThePastWhenTheReportedClauseSpeaksOfTheFuture() {
        Extraction e = Extracts.publishedOn(
                LocalDate.of(2026, 3, 7), "The minister said on Friday that the troops will leave the city.");
        assertThat(Extracts.fact(e, FactType.DATE, "Friday"))
                .get()
                .extracting(f -> f.time().value())
                .isEqualTo("2026-03-06");
    }

    @Test
    void monthDayOfAnAnnouncementStaysInThePastWhenItsContentIsAboutTheFuture() {
        Extraction e = Extracts.publishedOn(
                LocalDate.of(2026, 3, 7), "On March 1 officials announced that a new brigade is expected to arrive.");
        assertThat(Extracts.fact(e, FactType.DATE, "March 1"))
                .get()
                .extracting(f -> f.time().value())
                .isEqualTo("2026-03-01");
    }

    @Test
    void futureWordInsideAQuotationDoesNotMoveTheDatelineDateAYearAhead() {
        Extraction e = Extracts.publishedOn(
                LocalDate.of(2026, 3, 4), "LONDON, March 3 (Reuters) - \"We will fight on,\" the minister said.");
        assertThat(Extracts.fact(e, FactType.DATE, "March 3"))
                .get()
                .extracting(f -> f.time().value())
                .isEqualTo("2026-03-03");
    }

    @Test
    void ministryAsSpeakerIsNotItsSpokeswoman() {
        Extraction e = Extracts.of(
                "Defence ministry spokeswoman Liisa Kask said the drills had ended.",
                "“Nobody was hurt,” the ministry said in a statement.");
        assertThat(e.quotes().get(0).speaker()).isNotEqualTo("Liisa Kask");
    }

    @Test
    void yearAfterSentenceInitialInIsADate() {
        Extraction e = Extracts.of("In 2024 troops were sent to the border.");
        assertThat(Extracts.fact(e, FactType.DATE, "2024"))
                .get()
                .extracting(f -> f.time().value())
                .isEqualTo("2024");
        assertThat(Extracts.facts(e, FactType.TROOP_COUNT)).isEmpty();
    }

    @Test
    void lastMayPublishedInMayIsTheMayBefore() {
        Extraction e =
                Extracts.publishedOn(LocalDate.of(2026, 5, 20), "The ceremony took place last May in the capital.");
        assertThat(Extracts.facts(e, FactType.DATE))
                .singleElement()
                .extracting(f -> f.time().value())
                .isEqualTo("2025-05");
    }

    @Test
    void lastMayIsOneFactWithItsRelativeWordLikeLastJune() {
        Extraction e =
                Extracts.publishedOn(LocalDate.of(2026, 3, 7), "The ceremony took place last May in the capital.");
        assertThat(Extracts.texts(e, FactType.DATE)).containsExactly("last May");
    }

    @Test
    void kindOfFormationOpeningASentenceIsAUnit() {
        Extraction e = Extracts.of("Special operations forces raided the depot.");
        assertThat(Extracts.texts(e, FactType.MILITARY_UNIT)).containsExactly("Special operations forces");
    }

    @Test
    void doctorBeforeANameMarksAPerson() {
        Extraction e = Extracts.of("Officials met Dr. Ivo Sepp in the capital.");
        assertThat(Extracts.facts(e, FactType.PERSON)).extracting(Fact::name).containsExactly("Ivo Sepp");
    }

    @Test
    void misterBeforeANameMarksAPerson() {
        Extraction e = Extracts.of("Officials met Mr. Ivo Sepp in the capital.");
        assertThat(Extracts.facts(e, FactType.PERSON)).extracting(Fact::name).containsExactly("Ivo Sepp");
    }

    @Test
    void nameOpeningASentenceIsAPersonWhenItsSurnameIsUsedLater() {
        Extraction e =
                Extracts.of("Ledia Hysa ran into the street when the shaking began.", "Hysa said the walls cracked.");
        assertThat(Extracts.facts(e, FactType.PERSON))
                .extracting(Fact::name)
                .containsExactly("Ledia Hysa", "Ledia Hysa");
    }
}
