package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small text stages: normaliser, tokenizer, sentence splitter, boilerplate filter, section builder. */
class TextStagesTest {
    private final TextNormalizer normalizer = new TextNormalizer();
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter(Lexicon.get());
    private final BoilerplateFilter boilerplate = new BoilerplateFilter(Lexicon.get());

    private List<String> sentences(String text) {
        return splitter.split(text, 0, text.length()).stream()
                .map(s -> s.coveredText(text))
                .toList();
    }

    private List<String> words(String text) {
        return tokenizer.tokens(text, 0, text.length()).stream()
                .map(Token::text)
                .toList();
    }

    @Test
    void normaliserTurnsEveryLineBreakIntoNewline() {
        assertThat(normalizer.normalize("a\r\nb\rc\u2028d\u2029e")).isEqualTo("a\nb\nc\nd\ne");
    }

    @Test
    void normaliserKeepsQuoteMarksAndDashesAsWritten() {
        assertThat(normalizer.normalize("“It’s — «done» – \"ok\"")).isEqualTo("“It’s — «done» – \"ok\"");
    }

    @Test
    void normaliserTrimsSpacesAtLineEnds() {
        assertThat(normalizer.normalize("  a  b  \n  c  ")).isEqualTo("a b\nc");
    }

    @Test
    void normaliserKeepsEmojiWhole() {
        assertThat(normalizer.normalize("Troops \uD83D\uDE00 left")).isEqualTo("Troops \uD83D\uDE00 left");
    }

    @Test
    void tokenizerLeavesTheFullStopOffTheLastWord() {
        assertThat(words("The troops left.")).containsExactly("The", "troops", "left");
    }

    @Test
    void tokenizerKeepsInnerDotsOfAbbreviations() {
        assertThat(words("The U.S. army left.")).containsExactly("The", "U.S.", "army", "left");
    }

    @Test
    void tokenizerKeepsApostrophesAndHyphensInsideWords() {
        assertThat(words("O’Brien’s 45-year-old son")).containsExactly("O’Brien’s", "45-year-old", "son");
    }

    @Test
    void tokenizerKeepsNumberSeparators() {
        assertThat(words("About 1,200 troops and 6.4 quakes"))
                .containsExactly("About", "1", "200", "troops", "and", "6.4", "quakes");
    }

    @Test
    void tokenOffsetsPointAtTheWord() {
        String text = "Troops \uD83D\uDE00 left";
        for (Token t : tokenizer.tokens(text, 0, text.length())) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void sentencesSplitAtAFullStopBeforeACapital() {
        assertThat(sentences("The troops left. The town was quiet."))
                .containsExactly("The troops left.", "The town was quiet.");
    }

    @Test
    void sentencesDoNotSplitAfterATitleAbbreviation() {
        assertThat(sentences("Gen. Sepp arrived. Dr. Berg left."))
                .containsExactly("Gen. Sepp arrived.", "Dr. Berg left.");
    }

    @Test
    void sentencesDoNotSplitAfterAnInitial() {
        assertThat(sentences("John F. Smith arrived on Monday.")).containsExactly("John F. Smith arrived on Monday.");
    }

    @Test
    void sentencesDoNotSplitAfterAnAbbreviatedMonth() {
        assertThat(sentences("The talks began on Feb. 12 in the capital.")).hasSize(1);
    }

    @Test
    void sentenceKeepsTheClosingQuoteAfterItsFullStop() {
        assertThat(sentences("He said: “We stay.” The troops cheered."))
                .containsExactly("He said: “We stay.”", "The troops cheered.");
    }

    @Test
    void sentencesDoNotSplitBeforeALowerCaseWord() {
        assertThat(sentences("The figure was 6.4 and rising. it was late.")).hasSize(1);
    }

    @Test
    void boilerplateFilterKeepsLongParagraphsEvenIfTheyMatch() {
        String longShare = "Share this article "
                + "with everyone who cares about the troops on the border and their families ".repeat(4);
        assertThat(boilerplate.keepArticle(List.of("First.", longShare, "Last.")))
                .contains(longShare);
    }

    @Test
    void boilerplateFilterStopsAtATailMarkerInTheSecondHalf() {
        assertThat(boilerplate.keepArticle(List.of("One.", "Two.", "Three.", "Related articles", "Other story.")))
                .containsExactly("One.", "Two.", "Three.");
    }

    @Test
    void boilerplateFilterDropsCreditLinesAnywhere() {
        assertThat(boilerplate.keepArticle(
                        List.of("One.", "(Reporting by Jane Roe; Editing by John Doe)", "Two.", "Three.")))
                .containsExactly("One.", "Two.", "Three.");
    }

    @Test
    void sectionBuilderGivesALeadAndOneSectionPerHeading() {
        String body = "Lead.\n\nHeading\n\nText.";
        Layout layout = new Layout(
                "T", body, List.of(new Block(0, 5, false), new Block(7, 14, true), new Block(16, 21, false)));
        List<Section> sections = new SectionBuilder().build(layout);
        assertThat(sections).extracting(Section::heading).containsExactly(null, "Heading");
        assertThat(sections.get(1).start()).isEqualTo(7);
        assertThat(sections.get(1).end()).isEqualTo(21);
        assertThat(sections.get(1).paragraphs()).containsExactly(new Paragraph(16, 21));
    }

    @Test
    void sectionBuilderGivesOneEmptyLeadForAnEmptyBody() {
        List<Section> sections = new SectionBuilder().build(new Layout("T", "", List.of()));
        assertThat(sections).containsExactly(new Section(0, null, 0, 0, List.of()));
    }

    @Test
    void sectionBuilderKeepsAHeadingWithNoParagraphsAfterIt() {
        String body = "Lead.\n\nHeading";
        Layout layout = new Layout("T", body, List.of(new Block(0, 5, false), new Block(7, 14, true)));
        assertThat(new SectionBuilder().build(layout))
                .extracting(Section::heading)
                .containsExactly(null, "Heading");
    }
}
