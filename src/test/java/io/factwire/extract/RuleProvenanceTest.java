package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every quote and fact names the rule that decided it, and the names say what happened. */
class RuleProvenanceTest {
    private static final List<Path> SETS =
            List.of(Path.of("src/test/resources/corpus"), Path.of("src/test/resources/world"));

    private static List<Extraction> testArticles() {
        try (Stream<Path> files = Stream.of(SETS.toArray(Path[]::new)).flatMap(RuleProvenanceTest::list)) {
            return files.filter(f -> f.toString().endsWith(".txt"))
                    .map(RuleProvenanceTest::extract)
                    .toList();
        }
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.list(dir).sorted();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Extraction extract(Path file) {
        try {
            return Extracts.EXTRACTOR.extract(Files.readString(file, StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyQuoteAndFactOfTheTestArticlesNamesADeclaredRule() {
        List<String> declared = new QuoteAttributor(
                        Lexicon.get(), new Gazetteer(Lexicon.get()), new SourceFinder(new Gazetteer(Lexicon.get())))
                .ruleNames();
        assertThat(new HashSet<>(declared)).as("rule names are unique").hasSameSizeAs(declared);
        Set<String> speakerRulesSeen = new HashSet<>();
        for (Extraction e : testArticles()) {
            for (Quote q : e.quotes()) {
                assertThat(declared).contains(q.rule(), q.sourceRule());
                assertThat(q.rule()).startsWith("speaker.");
                assertThat(q.sourceRule()).startsWith("source.");
                assertThat(q.source() == null)
                        .as("a source exactly when a source rule decided: " + q)
                        .isEqualTo(q.sourceRule().equals("source.none"));
                speakerRulesSeen.add(q.rule());
            }
            for (Fact f : e.facts()) {
                assertThat(f.rule()).as("rule of " + f).isNotNull().matches("[a-z]+\\.[a-z-]+");
            }
        }
        assertThat(speakerRulesSeen)
                .as("most speaker rules decide somewhere in the test articles")
                .hasSizeGreaterThan(10);
    }

    @Test
    void theQuoteSaysWhichRuleFoundItsSpeakerAndSource() {
        Extraction e = Extracts.of(
                "“The dam will hold,” Petra Vold said, according to Reuters.",
                "“We checked it twice.”",
                "Vold told reporters on Tuesday: “The water is falling.”");
        assertThat(e.quotes())
                .extracting(Quote::rule)
                .containsExactly(
                        "speaker.said-after-quote", "speaker.continues-paragraph", "speaker.verb-before-quote");
        assertThat(e.quotes().get(0).sourceRule()).isEqualTo("source.according-to");
        assertThat(e.quotes().get(2).sourceRule()).isEqualTo("source.none");
    }

    @Test
    void aQuotationNoRuleAttributesSaysSo() {
        Quote q = Extracts.of("The sign read “closed for winter” in large letters.")
                .quotes()
                .get(0);
        assertThat(q.speaker()).isNull();
        assertThat(q.rule()).isEqualTo("speaker.none");
    }

    @Test
    void entityFactsNameTheSieveRuleThatTypedThem() {
        Extraction e = Extracts.of("Colonel Arvid Tenno inspected the new bridge on Monday.");
        assertThat(e.facts())
                .extracting(Fact::type, Fact::rule)
                .contains(org.assertj.core.groups.Tuple.tuple(FactType.PERSON, "entity.person-title"));
    }

    @Test
    void factsNameTheirFinderRule() {
        Extraction e = Extracts.of("At least 40 soldiers crossed the river on March 3, 2026, after a two-day march.");
        assertThat(e.facts())
                .extracting(Fact::text, Fact::rule)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("At least 40 soldiers", "count.hedged-number"),
                        org.assertj.core.groups.Tuple.tuple("March 3, 2026", "date.month-day-year"),
                        org.assertj.core.groups.Tuple.tuple("two-day", "duration.adjective"));
    }
}
