package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quotation marks: which marks open and close a quotation, and which are apostrophes. */
class QuoteFinderTest {

    @Test
    void curlyDoubleQuotesMakeAQuotationWithoutTheMarks() {
        Extraction e = Extracts.of("“We will not retreat from the river,” said Anna Berg, the defence minister.");
        assertThat(Extracts.quoteTexts(e)).containsExactly("We will not retreat from the river");
    }

    @Test
    void straightDoubleQuotesMakeAQuotation() {
        Extraction e = Extracts.of("\"The line holds for now,\" Berg said.");
        assertThat(Extracts.quoteTexts(e)).containsExactly("The line holds for now");
    }

    @Test
    void curlyOpeningMarkClosedByAStraightMarkIsOneQuotation() {
        Extraction e = Extracts.of("“Mixed marks are common in copy,\" the spokesman said.");
        assertThat(Extracts.quoteTexts(e)).containsExactly("Mixed marks are common in copy");
    }

    @Test
    void guillemetsMakeAQuotation() {
        Extraction e = Extracts.of("«We are ready for anything,» the general said.");
        assertThat(Extracts.quoteTexts(e)).containsExactly("We are ready for anything");
    }

    @Test
    void quoteSpanPointsAtTheWordsInsideTheMarks() {
        Extraction e = Extracts.of("“We will not retreat,” said Anna Berg.");
        Quote q = e.quotes().get(0);
        assertThat(e.body().substring(q.start(), q.end())).isEqualTo(q.text());
        assertThat(e.body().charAt(q.start() - 1)).isEqualTo('“');
        assertThat(e.body().charAt(q.end())).isEqualTo(',');
    }

    @Test
    void trailingCommaBeforeTheClosingMarkIsNotPartOfTheQuotation() {
        Extraction e = Extracts.of("“We stay,” he said.");
        assertThat(Extracts.quoteTexts(e)).containsExactly("We stay");
    }

    @Test
    void fullStopBeforeTheClosingMarkStaysInTheQuotation() {
        Extraction e = Extracts.of("Berg told reporters: “The enemy withdrew overnight.”");
        assertThat(Extracts.quoteTexts(e)).containsExactly("The enemy withdrew overnight.");
    }

    @Test
    void singleQuotesInsideDoubleQuotesBelongToTheOuterQuotation() {
        Extraction e = Extracts.of("Berg told reporters: “The enemy lost ‘a great deal of equipment’ overnight.”");
        assertThat(Extracts.quoteTexts(e)).containsExactly("The enemy lost ‘a great deal of equipment’ overnight.");
    }

    @Test
    void straightSingleQuotesInsideStraightDoubleQuotesBelongToTheOuterQuotation() {
        Extraction e = Extracts.of("He said: \"They called it 'a quiet week' on the radio.\"");
        assertThat(Extracts.quoteTexts(e)).containsExactly("They called it 'a quiet week' on the radio.");
    }

    @Test
    void singleQuotesAroundAPhraseMakeAQuotation() {
        Extraction e = Extracts.of("The general called the plan ‘a serious mistake for everyone’ in his remarks.");
        assertThat(Extracts.quoteTexts(e)).containsExactly("a serious mistake for everyone");
    }

    @Test
    void apostropheInPossessiveIsNotAQuoteMark() {
        Extraction e = Extracts.of("It was the country’s worst week and the army’s hardest test.");
        assertThat(e.quotes()).isEmpty();
    }

    @Test
    void apostropheInPluralPossessiveIsNotAQuoteMark() {
        Extraction e = Extracts.of("The soldiers’ families waited at the gates’ edge for news.");
        assertThat(e.quotes()).isEmpty();
    }

    @Test
    void apostropheInAbbreviatedDecadeIsNotAQuoteMark() {
        Extraction e = Extracts.of("The base was built in the ’90s and closed in the ’00s after the war.");
        assertThat(e.quotes()).isEmpty();
    }

    @Test
    void apostrophesInRockAndRollAreNotQuoteMarks() {
        Extraction e = Extracts.of("The band played rock ’n’ roll for the troops all night.");
        assertThat(e.quotes()).isEmpty();
    }

    @Test
    void apostropheInsideAnIrishNameIsNotAQuoteMark() {
        Extraction e = Extracts.of("Sean O’Brien and Mary O'Neill ran the field hospital.");
        assertThat(e.quotes()).isEmpty();
    }

    @Test
    void straightApostrophesInContractionsAreNotQuoteMarks() {
        Extraction e = Extracts.of("It's clear the troops don't want to stay, and they won't.");
        assertThat(e.quotes()).isEmpty();
    }

    @Test
    void apostrophesDoNotStopARealQuotationInTheSameParagraph() {
        Extraction e = Extracts.of("The country’s army said “the ’90s are over for good,” and O’Brien agreed.");
        assertThat(Extracts.quoteTexts(e)).containsExactly("the ’90s are over for good");
    }

    @Test
    void quotationOverThreeParagraphsGivesOneQuotePerParagraph() {
        Extraction e = Extracts.of(
                "Colonel Mart Tamm, the brigade commander, spoke to the troops on the plain outside the town.",
                "“We trained for months for this moment and the soldiers are ready.",
                "“The weather is bad, but the weather is the same for everyone.",
                "“We will be back next year,” he said.");
        assertThat(Extracts.quoteTexts(e))
                .containsExactly(
                        "We trained for months for this moment and the soldiers are ready.",
                        "The weather is bad, but the weather is the same for everyone.",
                        "We will be back next year");
    }

    @Test
    void paragraphsOfOneQuotationAllGetTheSpeakerNamedAtItsEnd() {
        Extraction e = Extracts.of(
                "Colonel Mart Tamm, the brigade commander, spoke to the troops on the plain outside the town.",
                "“We trained for months for this moment and the soldiers are ready.",
                "“The weather is bad, but the weather is the same for everyone.",
                "“We will be back next year,” Tamm said.");
        assertThat(e.quotes())
                .hasSize(3)
                .allSatisfy(q -> assertThat(q.speaker()).isEqualTo("Mart Tamm"));
    }

    @Test
    void paragraphsOfARunningQuotationAreNotFragments() {
        Extraction e =
                Extracts.of("Colonel Mart Tamm spoke to the troops.", "“We are ready.", "“We will win,” he said.");
        assertThat(e.quotes()).extracting(Quote::fragment).containsOnly(false);
    }

    @Test
    void quotationLeftOpenAtTheEndOfTheArticleRunsToTheEndOfItsParagraph() {
        Extraction e = Extracts.of("The mayor said “the town will recover and rebuild its houses");
        assertThat(Extracts.quoteTexts(e)).containsExactly("the town will recover and rebuild its houses");
    }

    @Test
    void unclosedQuotationDoesNotSwallowTheNextParagraph() {
        Extraction e =
                Extracts.of("The mayor said “the town will recover and rebuild", "Rescue teams arrived on Monday.");
        assertThat(Extracts.quoteTexts(e)).containsExactly("the town will recover and rebuild");
    }

    @Test
    void quotationInAHeadingIsFound() {
        Extraction e = Extracts.of(
                Extracts.LEAD,
                "“We are ready,” says commander",
                "The drills continued into the night with artillery fire heard across the valley.");
        assertThat(e.sections()).extracting(Section::heading).containsExactly(null, "“We are ready,” says commander");
        Quote q = Extracts.quote(e, "We are ready").orElseThrow();
        assertThat(q.section()).isEqualTo(1);
    }

    @Test
    void quotationInAHeadingIsAFragment() {
        Extraction e = Extracts.of(
                Extracts.LEAD,
                "Commander says troops “are ready for anything”",
                "The drills continued into the night with artillery fire heard across the valley.");
        assertThat(Extracts.quote(e, "are ready for anything"))
                .get()
                .extracting(Quote::fragment)
                .isEqualTo(true);
    }

    @Test
    void quoteMarksWithNothingBetweenThemAreNoQuotation() {
        Extraction e = Extracts.of("He wrote “” and then “ ” on the board.");
        assertThat(e.quotes()).isEmpty();
    }

    @Test
    void severalQuotationsInOneParagraphAreFoundInOrder() {
        Extraction e = Extracts.of("“We hold the bridge,” Berg said. “We hold the town. We hold the hills.”");
        assertThat(Extracts.quoteTexts(e))
                .containsExactly("We hold the bridge", "We hold the town. We hold the hills.");
    }

    @Test
    void apostrophesAtTheEdgesOfAQuotationAreNotMistakenForMarks() {
        Extraction e = Extracts.of("He said: \"It's the soldiers' war now, and the ’90s\" are long gone.");
        assertThat(ExtractionInvariants.quoteEndViolations(e)).isEmpty();
    }

    // fragment

    @Test
    void shortPhraseQuotedInsideTheWritersSentenceIsAFragment() {
        Extraction e = Extracts.of("The ministry showed what it called its “latest military hardware” at the parade.");
        assertThat(Extracts.quote(e, "latest military hardware"))
                .get()
                .extracting(Quote::fragment)
                .isEqualTo(true);
    }

    @Test
    void singleQuotedPhraseInsideASentenceIsAFragment() {
        Extraction e = Extracts.of("The general called the plan ‘a serious mistake for everyone’ in his remarks.");
        assertThat(e.quotes().get(0).fragment()).isTrue();
    }

    @Test
    void shortPhraseEndingTheWritersSentenceIsAFragment() {
        Extraction e = Extracts.of("The court promised “international justice.” It gave no date.");
        assertThat(Extracts.quoteStarting(e, "international justice").fragment())
                .isTrue();
    }

    @Test
    void statementOpeningItsParagraphIsNotAFragment() {
        Extraction e = Extracts.of("“We will not retreat from the river,” said Anna Berg.");
        assertThat(e.quotes().get(0).fragment()).isFalse();
    }

    @Test
    void statementAfterAColonIsNotAFragment() {
        Extraction e = Extracts.of("Berg told reporters: “We hold.”");
        assertThat(e.quotes().get(0).fragment()).isFalse();
    }

    @Test
    void longQuotationInsideASentenceIsNotAFragment() {
        Extraction e = Extracts.of(
                "Berg said the troops had “done everything that was asked of them and more, in the worst weather this region has seen in many years” before leaving.");
        assertThat(e.quotes().get(0).fragment()).isFalse();
    }

    @Test
    void capitalisedStatementClosedByItsOwnFullStopInsideASentenceIsNotAFragment() {
        Extraction e = Extracts.of(
                "Anna Berg, the minister, said the troops were “Tired but holding the line.” Then she left.");
        assertThat(e.quotes().get(0).fragment()).isFalse();
    }

    @Test
    void lowerCaseClauseQuotedInsideASentenceIsAFragment() {
        Extraction e = Extracts.of(
                "Anna Berg, the minister, added that “the troops are tired but they hold the line,” and left.");
        assertThat(e.quotes().get(0).fragment()).isTrue();
    }

    @Test
    void fragmentClassifierTreatsAQuotationInAHeadingAsAFragment() {
        String body = "Troops “ready for anything”";
        QuoteSpan span = new QuoteSpan(8, 26, 7, 26, 1);
        assertThat(new FragmentClassifier().isFragment(body, span, new Block(0, body.length(), true)))
                .isTrue();
    }

    @Test
    void fragmentClassifierTreatsAQuotationRunningOnAsAStatement() {
        String body = "“We are ready";
        QuoteSpan span = new QuoteSpan(1, body.length(), 0, -1, 1);
        assertThat(new FragmentClassifier().isFragment(body, span, new Block(0, body.length(), false)))
                .isFalse();
    }
}
