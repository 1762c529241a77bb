package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The dateline: the place at the head of the first paragraph, in the forms agencies and sites write it. */
class DatelineTest {
    private final DatelineFinder finder = new DatelineFinder(Lexicon.get(), new Gazetteer(Lexicon.get()));

    private static String datelineOf(String firstParagraph) {
        return Extracts.of(firstParagraph, "A second paragraph follows here.").dateline();
    }

    @Test
    void agencyDatelineWithDateAndAgencyInBracketsGivesThePlace() {
        assertThat(datelineOf("LONDON, March 3 (Reuters) - Troops arrived in the city on Monday."))
                .isEqualTo("LONDON");
    }

    @Test
    void placeWithAgencyAndDateInsideBracketsGivesThePlace() {
        assertThat(datelineOf("Warsaw, (Agency - 3rd Mar, 2026) - Troops arrived in the city."))
                .isEqualTo("Warsaw");
    }

    @Test
    void placeBeforeAColonIsTheDateline() {
        assertThat(
                        datelineOf(
                                "Tallinn: Estonian troops arrived in the city on Monday after a long night of travel across the border region."))
                .isEqualTo("Tallinn");
    }

    @Test
    void slashAgencyDatelineGivesThePlace() {
        assertThat(datelineOf("RIGA, March 3. /TASS/. Latvian troops arrived in the city."))
                .isEqualTo("RIGA");
    }

    @Test
    void doubleHyphenDatelineWithAbbreviatedMonthGivesThePlace() {
        assertThat(datelineOf("SEOUL, Feb. 12 (Yonhap) -- North Korea fired a missile into the sea."))
                .isEqualTo("SEOUL");
    }

    @Test
    void placeWithCountryBeforeADashKeepsBothParts() {
        assertThat(
                        datelineOf(
                                "Pyongyang, North Korea – The leader visited the troops at a base near the coast on a cold and windy morning."))
                .isEqualTo("Pyongyang, North Korea");
    }

    @Test
    void placeWithAgencyInBracketsBeforeAnEmDash() {
        assertThat(
                        datelineOf(
                                "KYIV (AP) — Drones struck the city overnight, damaging homes and a power station in the eastern districts."))
                .isEqualTo("KYIV");
    }

    @Test
    void paragraphWithoutDatelineHasNone() {
        assertThat(datelineOf("Officials said on Monday that the troops had arrived."))
                .isNull();
    }

    @Test
    void dashLateInTheSentenceIsNoDateline() {
        assertThat(
                        datelineOf(
                                "Troops arrived in the city on Monday after a long and difficult march through the hills of the north - officials said."))
                .isNull();
    }

    @Test
    void commonLabelBeforeAColonIsNoDateline() {
        assertThat(datelineOf("Update: troops arrived in the city.")).isNull();
        assertThat(datelineOf("Breaking: troops arrived in the city.")).isNull();
    }

    @Test
    void onlyTheFirstParagraphIsSearchedForADateline() {
        Extraction e =
                Extracts.of("Officials said troops had arrived.", "LONDON, March 3 (Reuters) - More troops arrived.");
        assertThat(e.dateline()).isNull();
    }

    @Test
    void emptyBodyHasNoDateline() {
        assertThat(Extracts.EXTRACTOR.extract("Only a title", null).dateline()).isNull();
    }

    @Test
    void finderReadsTheFormsDirectly() {
        assertThat(finder.find("LONDON, March 3 (Reuters) - Text.")).contains("LONDON");
        assertThat(finder.find("RIGA, March 3. /TASS/. Text.")).contains("RIGA");
        assertThat(finder.find("Just a sentence without one.")).isEmpty();
        assertThat(finder.find("")).isEmpty();
    }

    @Test
    void datelineDateIsADateFactResolvedToThePublicationYear() {
        Extraction e = Extracts.publishedOn(
                LocalDate.of(2026, 3, 4), "LONDON, March 3 (Reuters) - Troops arrived in the city.");
        assertThat(Extracts.fact(e, FactType.DATE, "March 3"))
                .get()
                .extracting(f -> f.time().value())
                .isEqualTo("2026-03-03");
    }

    @Test
    void datelineAgencyInBracketsIsAnOrganisation() {
        Extraction e = Extracts.of("SEOUL, Feb. 12 (Yonhap) -- North Korea fired a missile into the sea.");
        assertThat(Extracts.texts(e, FactType.ORGANIZATION)).contains("Yonhap");
    }

    @Test
    void labelBeforeAColonIsNoDateline() {
        assertThat(Extracts.of("Editor’s note: this story was updated to add a quote.", "More text.")
                        .dateline())
                .isNull();
        assertThat(Extracts.of("Correction: an earlier version misspelled a name.", "More text.")
                        .dateline())
                .isNull();
    }
}
