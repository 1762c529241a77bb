package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What callers of {@link Extractor#extract} rely on: same input same output, thread safety, UTF-16 offsets. */
class ExtractorContractTest {

    private static List<String> corpusTexts() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus"))) {
            List<String> texts = new ArrayList<>();
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
            return texts;
        }
    }

    @Test
    void sameInputGivesTheSameExtraction() throws Exception {
        for (String text : corpusTexts()) {
            assertThat(new Extractor().extract(text, LocalDate.of(2026, 3, 7)))
                    .isEqualTo(Extracts.EXTRACTOR.extract(text, LocalDate.of(2026, 3, 7)));
        }
    }

    @Test
    void oneExtractorGivesTheSameResultsFromManyThreads() throws Exception {
        List<String> texts = corpusTexts();
        List<Extraction> expected =
                texts.stream().map(t -> Extracts.EXTRACTOR.extract(t, null)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Extraction>>> runs = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                runs.add(pool.submit(() -> texts.stream()
                        .map(t -> Extracts.EXTRACTOR.extract(t, null))
                        .toList()));
            }
            for (Future<List<Extraction>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void offsetsCountEmojiAsTwoUtf16Units() {
        Extraction e = Extracts.of("\uD83D\uDE00\uD83D\uDE00 “We hold the bridge,” said Anna Berg on Friday.");
        Quote q = e.quotes().get(0);
        assertThat(q.start()).isEqualTo(6);
        assertThat(e.body().substring(q.start(), q.end())).isEqualTo("We hold the bridge");
        Fact person = Extracts.facts(e, FactType.PERSON).get(0);
        assertThat(e.body().substring(person.start(), person.end())).isEqualTo("Anna Berg");
    }

    @Test
    void offsetsAreIntoTheRebuiltBodyNotTheRawText() {
        String raw = "Title\r\n\r\n\r\nThe   brigade\tleft on Friday.\r\n\r\n\r\n\r\n“We go,” said Anna Berg.";
        Extraction e = Extracts.EXTRACTOR.extract(raw, null);
        assertThat(e.body()).isEqualTo("The brigade left on Friday.\n\n“We go,” said Anna Berg.");
        assertThat(Extracts.fact(e, FactType.DATE, "Friday"))
                .get()
                .extracting(Fact::start)
                .isEqualTo(e.body().indexOf("Friday"));
        assertThat(e.quotes().get(0).start()).isEqualTo(e.body().indexOf("We go"));
    }

    @Test
    void publicationDateChangesOnlyDateValues() {
        String text = Extracts.article(
                "The country deployed 1,200 troops on Friday, said Anna Berg.", "“We stay,” she said.");
        Extraction without = Extracts.EXTRACTOR.extract(text, null);
        Extraction with = Extracts.EXTRACTOR.extract(text, LocalDate.of(2026, 3, 7));
        assertThat(with.body()).isEqualTo(without.body());
        assertThat(with.quotes()).isEqualTo(without.quotes());
        assertThat(with.facts())
                .extracting(Fact::type, Fact::text, Fact::start)
                .isEqualTo(without.facts().stream()
                        .map(f -> org.assertj.core.groups.Tuple.tuple(f.type(), f.text(), f.start()))
                        .toList());
    }

    @Test
    void factsAndQuotesCarryTheIndexOfTheSectionTheyAreIn() {
        Extraction e = Extracts.of(Extracts.LEAD, "A lasting legacy", "“We stay,” said Anna Berg on Friday.");
        assertThat(e.quotes()).singleElement().extracting(Quote::section).isEqualTo(1);
        assertThat(Extracts.fact(e, FactType.DATE, "Friday"))
                .get()
                .extracting(Fact::section)
                .isEqualTo(1);
    }
}
