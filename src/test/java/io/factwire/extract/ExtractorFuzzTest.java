package io.factwire.extract;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;

/**
 * Jazzer over the whole extractor: any text, any publication date (or none). Fails on any exception, and on
 * work beyond the bound {@link ExtractionCostTest} holds the adversarial shapes to. Under {@code mvn verify} it
 * replays the inputs in {@code ExtractorFuzzTestInputs/} and an empty one; {@code bench/fuzz.sh} fuzzes.
 */
class ExtractorFuzzTest {
    private static final Extractor EXTRACTOR = new Extractor();
    /** Steps a text of n characters may take: the per-character bound plus a floor for tiny texts. */
    private static final long FLOOR_STEPS = 20_000;

    @FuzzTest(maxDuration = "3m")
    void extractsAnyTextAgainstAnyDateWithinItsStepBudget(FuzzedDataProvider data) {
        boolean dated = data.consumeBoolean();
        long epochDay = data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay());
        String text = data.consumeRemainingAsString();
        ExtractionBudget budget =
                ExtractionBudget.ofSteps(FLOOR_STEPS + (long) (ExtractionCostTest.MAX_STEPS_PER_CHAR * text.length()));
        Extraction e = EXTRACTOR.extract(text, dated ? LocalDate.ofEpochDay(epochDay) : null, budget);
        for (Quote q : e.quotes()) {
            if (!e.body().substring(q.start(), q.end()).equals(q.text())) {
                throw new IllegalStateException("quote offsets do not match its text: " + q);
            }
        }
        for (Fact f : e.facts()) {
            if (!e.body().substring(f.start(), f.end()).equals(f.text())) {
                throw new IllegalStateException("fact offsets do not match its text: " + f);
            }
        }
    }
}
