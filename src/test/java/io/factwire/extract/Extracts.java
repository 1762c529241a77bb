package io.factwire.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Small helpers for the extractor's unit tests: run the pipeline on a made-up article and pick out results. */
final class Extracts {
    static final Extractor EXTRACTOR = new Extractor();
    /**
     * A lead paragraph long enough (over 25 words) that a short line after it may be a heading: a heading divides
     * article text, so some real paragraph must come before it.
     */
    static final String LEAD =
            "The exercise that began on the plain last week ended on a cold morning with a long parade of armoured "
                    + "vehicles through the town square, watched by hundreds of residents and by officials from the capital.";

    private Extracts() {}

    /** A made-up article: the title line "Test title", a blank line, then the paragraphs given, one per blank line. */
    static String article(String... paragraphs) {
        return "Test title\n\n" + String.join("\n\n", paragraphs) + "\n";
    }

    static Extraction of(String... paragraphs) {
        return EXTRACTOR.extract(article(paragraphs), null);
    }

    static Extraction publishedOn(LocalDate published, String... paragraphs) {
        return EXTRACTOR.extract(article(paragraphs), published);
    }

    static List<Fact> facts(Extraction e, FactType type) {
        return e.facts().stream().filter(f -> f.type() == type).toList();
    }

    static Optional<Fact> fact(Extraction e, FactType type, String text) {
        return e.facts().stream()
                .filter(f -> f.type() == type && f.text().equals(text))
                .findFirst();
    }

    static List<String> texts(Extraction e, FactType type) {
        return facts(e, type).stream().map(Fact::text).toList();
    }

    static Optional<Quote> quote(Extraction e, String text) {
        return e.quotes().stream().filter(q -> q.text().equals(text)).findFirst();
    }

    static List<String> quoteTexts(Extraction e) {
        return e.quotes().stream().map(Quote::text).toList();
    }

    /** The one quotation whose words begin with {@code prefix}. */
    static Quote quoteStarting(Extraction e, String prefix) {
        List<Quote> found =
                e.quotes().stream().filter(q -> q.text().startsWith(prefix)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one quote starting with '" + prefix + "' but found " + quoteTexts(e));
        }
        return found.get(0);
    }
}
