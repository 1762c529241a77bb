package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Title, paragraphs, headings and boilerplate: the layout stage, through {@link Extractor} and {@link HeadingDetector}. */
class LayoutTest {
    private static final String LONG_PARAGRAPH = Extracts.LEAD;
    private static final String OTHER_PARAGRAPH =
            "Officials did not say what would happen to the troops stationed near the border once the exercise was over.";

    private static List<String> headings(Extraction e) {
        return e.sections().stream().map(Section::heading).toList();
    }

    private static List<String> paragraphTexts(Extraction e) {
        return e.sections().stream()
                .flatMap(s -> s.paragraphs().stream())
                .map(p -> e.body().substring(p.start(), p.end()))
                .toList();
    }

    @Test
    void titleIsTheFirstLineAndIsNotPartOfTheBody() {
        Extraction e = Extracts.EXTRACTOR.extract("Drills end in the north\n\nThe drills ended on Friday.\n", null);
        assertThat(e.title()).isEqualTo("Drills end in the north");
        assertThat(e.body()).isEqualTo("The drills ended on Friday.");
    }

    @Test
    void titleIsTheFirstLineEvenWithoutABlankLineAfterIt() {
        Extraction e = Extracts.EXTRACTOR.extract("Drills end in the north\nThe drills ended on Friday.\n", null);
        assertThat(e.title()).isEqualTo("Drills end in the north");
        assertThat(e.body()).isEqualTo("The drills ended on Friday.");
    }

    @Test
    void leadingBlankLinesAndSpacesBeforeTheTitleAreIgnored() {
        Extraction e = Extracts.EXTRACTOR.extract("\n\n   Drills end   \n\nBody text here.", null);
        assertThat(e.title()).isEqualTo("Drills end");
    }

    @Test
    void markdownHashesAreDroppedFromTheTitle() {
        Extraction e = Extracts.EXTRACTOR.extract("# Drills end\n\nBody text here.", null);
        assertThat(e.title()).isEqualTo("Drills end");
    }

    @Test
    void textWithOnlyATitleHasAnEmptyBodyAndOneEmptyLeadSection() {
        Extraction e = Extracts.EXTRACTOR.extract("Only a title", null);
        assertThat(e.title()).isEqualTo("Only a title");
        assertThat(e.body()).isEmpty();
        assertThat(e.sections()).hasSize(1);
        assertThat(e.sections().get(0).heading()).isNull();
        assertThat(e.sections().get(0).paragraphs()).isEmpty();
        assertThat(e.quotes()).isEmpty();
        assertThat(e.facts()).isEmpty();
    }

    @Test
    void emptyInputGivesAnEmptyTitleAndBody() {
        Extraction e = Extracts.EXTRACTOR.extract("", null);
        assertThat(e.title()).isEmpty();
        assertThat(e.body()).isEmpty();
    }

    @Test
    void paragraphsAreSeparatedByOneBlankLineInTheBody() {
        Extraction e = Extracts.of("First paragraph here.", "Second paragraph here.", "Third paragraph here.");
        assertThat(e.body()).isEqualTo("First paragraph here.\n\nSecond paragraph here.\n\nThird paragraph here.");
        assertThat(paragraphTexts(e))
                .containsExactly("First paragraph here.", "Second paragraph here.", "Third paragraph here.");
    }

    @Test
    void severalBlankLinesBetweenParagraphsBecomeOne() {
        Extraction e = Extracts.EXTRACTOR.extract("Title\n\n\n\nFirst paragraph.\n \n\t\n\nSecond paragraph.", null);
        assertThat(e.body()).isEqualTo("First paragraph.\n\nSecond paragraph.");
    }

    @Test
    void shortLinesWithoutBlankLinesBetweenThemAreParagraphsOfTheirOwn() {
        Extraction e = Extracts.EXTRACTOR.extract("Title\n\nShort line one.\nShort line two.\nShort line three.", null);
        assertThat(paragraphTexts(e)).containsExactly("Short line one.", "Short line two.", "Short line three.");
    }

    @Test
    void hardWrappedLinesAreJoinedIntoOneParagraph() {
        Extraction e = Extracts.EXTRACTOR.extract(
                "Title\n\nThe brigade moved its headquarters to the eastern\n"
                        + "edge of the city late on Tuesday, officials said,\nand more units are expected to follow soon.\n",
                null);
        assertThat(e.body())
                .isEqualTo("The brigade moved its headquarters to the eastern edge of the city late on Tuesday, "
                        + "officials said, and more units are expected to follow soon.");
    }

    @Test
    void windowsLineEndsAreReadLikeUnixOnes() {
        String unix = "Title\n\nThe brigade moved north.\n\nMore units followed.\n";
        Extraction a = Extracts.EXTRACTOR.extract(unix, null);
        Extraction b = Extracts.EXTRACTOR.extract(unix.replace("\n", "\r\n"), null);
        assertThat(b.title()).isEqualTo(a.title());
        assertThat(b.body()).isEqualTo(a.body()).doesNotContain("\r");
    }

    @Test
    void tabsAndRunsOfSpacesBecomeSingleSpaces() {
        Extraction e = Extracts.of("The\tbrigade   moved\u00A0north.");
        assertThat(e.body()).isEqualTo("The brigade moved north.");
    }

    @Test
    void invisibleCharactersAreRemovedFromTheBody() {
        Extraction e = Extracts.of("The bri\u00ADgade\u200B moved north.");
        assertThat(e.body()).isEqualTo("The brigade moved north.");
    }

    @Test
    void shortCapitalisedLineBetweenParagraphsIsAHeading() {
        Extraction e = Extracts.of(LONG_PARAGRAPH, "A lasting legacy", OTHER_PARAGRAPH);
        assertThat(headings(e)).containsExactly(null, "A lasting legacy");
        Section second = e.sections().get(1);
        assertThat(e.body().substring(second.start(), second.end()))
                .startsWith("A lasting legacy")
                .endsWith(OTHER_PARAGRAPH);
        assertThat(second.paragraphs()).hasSize(1);
    }

    @Test
    void markdownHashesAreDroppedFromABodyLine() {
        Extraction e = Extracts.of(LONG_PARAGRAPH, "## A lasting legacy", OTHER_PARAGRAPH);
        assertThat(e.body()).doesNotContain("#").contains("A lasting legacy");
    }

    @Test
    void shortQuestionIsAHeading() {
        Extraction e = Extracts.of(LONG_PARAGRAPH, "What happens next?", OTHER_PARAGRAPH);
        assertThat(headings(e)).containsExactly(null, "What happens next?");
    }

    @Test
    void longQuestionIsAParagraphNotAHeading() {
        Extraction e = Extracts.of(
                LONG_PARAGRAPH,
                "What will happen to the troops and their families once the exercise is over?",
                OTHER_PARAGRAPH);
        assertThat(headings(e)).containsExactly((String) null);
    }

    @Test
    void labelWithAColonIsNotAHeading() {
        Extraction e = Extracts.of(LONG_PARAGRAPH, "Source: Ministry of Defence", OTHER_PARAGRAPH);
        assertThat(headings(e)).containsExactly((String) null);
        assertThat(paragraphTexts(e)).contains("Source: Ministry of Defence");
    }

    @Test
    void bulletLineIsNotAHeading() {
        Extraction e =
                Extracts.of(LONG_PARAGRAPH, "- Two brigades moved north", "1. Three ships left port", OTHER_PARAGRAPH);
        assertThat(headings(e)).containsExactly((String) null);
    }

    @Test
    void bylineIsNotAHeading() {
        Extraction e = Extracts.of(LONG_PARAGRAPH, "By Jane Roe", OTHER_PARAGRAPH);
        assertThat(headings(e)).containsExactly((String) null);
    }

    @Test
    void photoCreditIsNotAHeading() {
        Extraction e = Extracts.of(
                LONG_PARAGRAPH, "Soldiers at the gate (Photo by John Doe/AFP via Getty Images)", OTHER_PARAGRAPH);
        assertThat(headings(e)).containsExactly((String) null);
    }

    @Test
    void lineEndingInAFullStopIsNotAHeading() {
        Extraction e = Extracts.of(LONG_PARAGRAPH, "The troops left.", OTHER_PARAGRAPH);
        assertThat(headings(e)).containsExactly((String) null);
    }

    @Test
    void bylineOrStandfirstUnderTheTitleIsNotAHeadingWithoutArticleTextBeforeIt() {
        Extraction e = Extracts.of("Jane Roe in Tallinn", LONG_PARAGRAPH, OTHER_PARAGRAPH);
        assertThat(headings(e)).containsExactly((String) null);
    }

    @Test
    void lastBlockIsNeverAHeading() {
        Extraction e = Extracts.of(LONG_PARAGRAPH, "A lasting legacy");
        assertThat(headings(e)).containsExactly((String) null);
    }

    @Test
    void headingDetectorRejectsLowerCaseStart() {
        HeadingDetector detector = new HeadingDetector();
        assertThat(detector.isHeading(List.of(LONG_PARAGRAPH, "a lasting legacy", OTHER_PARAGRAPH), 1))
                .isFalse();
        assertThat(detector.isHeading(List.of(LONG_PARAGRAPH, "A lasting legacy", OTHER_PARAGRAPH), 1))
                .isTrue();
    }

    @Test
    void commentFormAtTheEndIsDropped() {
        Extraction e =
                Extracts.of(LONG_PARAGRAPH, OTHER_PARAGRAPH, "Leave a comment", "Name *", "Email *", "Post Comment");
        assertThat(e.body()).isEqualTo(LONG_PARAGRAPH + "\n\n" + OTHER_PARAGRAPH);
    }

    @Test
    void sharePromptAtTheEndIsDropped() {
        Extraction e = Extracts.of(LONG_PARAGRAPH, OTHER_PARAGRAPH, "Share this article", "Facebook | Twitter | Email");
        assertThat(e.body()).isEqualTo(LONG_PARAGRAPH + "\n\n" + OTHER_PARAGRAPH);
    }

    @Test
    void sharePromptNearTheTopIsDroppedAndTheArticleKept() {
        Extraction e =
                Extracts.of("Share on Facebook", LONG_PARAGRAPH, OTHER_PARAGRAPH, "A third paragraph of the article.");
        assertThat(e.body())
                .isEqualTo(LONG_PARAGRAPH + "\n\n" + OTHER_PARAGRAPH + "\n\nA third paragraph of the article.");
    }

    @Test
    void newsletterPromptIsDropped() {
        Extraction e = Extracts.of(LONG_PARAGRAPH, "Sign up for our daily newsletter", OTHER_PARAGRAPH);
        assertThat(e.body()).doesNotContain("newsletter");
    }

    @Test
    void copyrightLineIsDropped() {
        Extraction e = Extracts.of(LONG_PARAGRAPH, OTHER_PARAGRAPH, "© 2026 Example Media. All rights reserved.");
        assertThat(e.body()).isEqualTo(LONG_PARAGRAPH + "\n\n" + OTHER_PARAGRAPH);
    }

    @Test
    void articleTextThatMentionsCommentsIsKept() {
        String mention = "The commander said readers had left many comments on the plan, and he would answer them.";
        Extraction e = Extracts.of(LONG_PARAGRAPH, mention, OTHER_PARAGRAPH);
        assertThat(e.body()).contains(mention).contains(OTHER_PARAGRAPH);
    }

    @Test
    void shortParagraphCalledCommentsEarlyInTheArticleDoesNotCutTheRest() {
        Extraction e = Extracts.of(
                LONG_PARAGRAPH, "Comments", OTHER_PARAGRAPH, "A third paragraph of the article.", "And a fourth one.");
        assertThat(e.body()).contains(OTHER_PARAGRAPH).contains("And a fourth one.");
    }

    @Test
    void sectionsCoverEveryParagraphOnceInOrder() {
        Extraction e = Extracts.of(
                LONG_PARAGRAPH,
                "A lasting legacy",
                OTHER_PARAGRAPH,
                "What happens next?",
                "Nobody knows yet.",
                "The end.");
        assertThat(headings(e)).containsExactly(null, "A lasting legacy", "What happens next?");
        assertThat(paragraphTexts(e)).containsExactly(LONG_PARAGRAPH, OTHER_PARAGRAPH, "Nobody knows yet.", "The end.");
        for (int i = 0; i < e.sections().size(); i++) {
            assertThat(e.sections().get(i).index()).isEqualTo(i);
        }
    }
}
