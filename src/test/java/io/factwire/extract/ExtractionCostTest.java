package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extractor's work grows linearly with its input: steps per character (counted by the budget, never timed)
 * stay under one bound for every adversarial shape, and do not grow from 20 K to 160 K characters.
 */
class ExtractionCostTest {
    /** The most steps per input character any shape may take. */
    static final double MAX_STEPS_PER_CHAR = 400;

    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 7);
    private static final Extractor EXTRACTOR = new Extractor();

    static Stream<Arguments> shapes() {
        return AdversarialShapes.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    static double stepsPerChar(String text) {
        ExtractionBudget budget = ExtractionBudget.unbounded();
        EXTRACTOR.extract(text, PUBLISHED, budget);
        return (double) budget.steps() / text.length();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void stepsPerCharacterStayBoundedAndDoNotGrowWithLength(String name, IntFunction<String> shape) {
        double small = stepsPerChar(shape.apply(20_000));
        double large = stepsPerChar(shape.apply(160_000));
        assertThat(large).as("%s: steps per char at 160 K", name).isLessThan(MAX_STEPS_PER_CHAR);
        assertThat(large / small)
                .as("%s: growth of steps per char from 20 K to 160 K", name)
                .isLessThanOrEqualTo(1.5);
    }

    @Test
    void theReportedShapeCostsTheSamePerCharacterAtEverySize() {
        IntFunction<String> reported = AdversarialShapes.all().get("curly pairs and straight singles");
        double first = stepsPerChar(reported.apply(10_000));
        for (int size : new int[] {20_000, 40_000, 100_000, 190_000}) {
            assertThat(stepsPerChar(reported.apply(size)) / first)
                    .as("size %d", size)
                    .isLessThanOrEqualTo(1.5);
        }
    }

    @Test
    void oneParagraphOf200KilobytesIsLinearToo() {
        String sentence = "Officials in the northern district said on Tuesday that 40 families had returned, "
                + "and “nothing is settled,” a resident told the local radio. ";
        String text = "Long Report\n\n" + AdversarialShapes.repeat(sentence, 200_000);
        assertThat(stepsPerChar(text)).isLessThan(MAX_STEPS_PER_CHAR);
    }

    @Test
    void ordinaryArticlesCostFewStepsPerCharacter() throws Exception {
        try (Stream<java.nio.file.Path> files =
                java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/corpus"))) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                assertThat(stepsPerChar(java.nio.file.Files.readString(file)))
                        .as(file.toString())
                        .isLessThan(MAX_STEPS_PER_CHAR);
            }
        }
    }

    @Test
    void aStepCapStopsTheExtraction() {
        ExtractionBudget budget = ExtractionBudget.ofSteps(1_000);
        assertThatThrownBy(() -> EXTRACTOR.extract(AdversarialShapes.repeat("“a” 'b c' ", 50_000), PUBLISHED, budget))
                .isInstanceOf(ExtractionTooCostlyException.class)
                .satisfies(e -> assertThat(((ExtractionTooCostlyException) e).reason())
                        .isEqualTo(ExtractionTooCostlyException.Reason.STEPS));
    }

    @Test
    void aCancelledBudgetStopsTheExtraction() {
        ExtractionBudget budget = ExtractionBudget.unbounded();
        budget.cancel();
        assertThatThrownBy(() -> EXTRACTOR.extract(
                        "T\n\n" + AdversarialShapes.repeat("Alpha said “so.” ", 20_000), PUBLISHED, budget))
                .isInstanceOf(ExtractionTooCostlyException.class)
                .satisfies(e -> assertThat(((ExtractionTooCostlyException) e).reason())
                        .isEqualTo(ExtractionTooCostlyException.Reason.CANCELLED));
    }

    @Test
    void aDeadlineInThePastStopsTheExtraction() {
        ExtractionBudget budget = ExtractionBudget.of(Duration.ZERO);
        assertThatThrownBy(() -> EXTRACTOR.extract(
                        "T\n\n" + AdversarialShapes.repeat("Alpha said “so.” ", 20_000), PUBLISHED, budget))
                .isInstanceOf(ExtractionTooCostlyException.class)
                .satisfies(e -> assertThat(((ExtractionTooCostlyException) e).reason())
                        .isEqualTo(ExtractionTooCostlyException.Reason.TIMEOUT));
    }

    @Test
    void withoutABudgetTheExtractorGivesTheSameAnswer() {
        String text =
                "Border Post Reinforced\n\nAbout 300 soldiers were sent to the border post on Friday, “to stay,” officials said.";
        assertThat(EXTRACTOR.extract(text, PUBLISHED, ExtractionBudget.of(Duration.ofSeconds(30))))
                .isEqualTo(EXTRACTOR.extract(text, PUBLISHED));
    }

    /** Prints the figures the report quotes: {@code mvn test -Dtest=ExtractionCostTest -Dcost.print=true}. */
    @Test
    void printsStepsPerCharacterWhenAsked() {
        if (!Boolean.getBoolean("cost.print")) {
            return;
        }
        for (Map.Entry<String, IntFunction<String>> e : AdversarialShapes.all().entrySet()) {
            System.out.printf(
                    "%-50s 20K %.1f  160K %.1f%n",
                    e.getKey(),
                    stepsPerChar(e.getValue().apply(20_000)),
                    stepsPerChar(e.getValue().apply(160_000)));
        }
    }
}
